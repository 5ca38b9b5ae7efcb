/**
 * Checks every upload goes through before it is kept: the file's type read from its bytes (never from its
 * name or the browser's claim), a size limit, and a file name cleaned of paths and invisible characters.
 */
package jp.banso.base.upload;
