/**
 * Shared kernel: the data folder, the embedded database, clock, i18n, safe Markdown and the app shell.
 * Features may depend on base; base depends on no feature.
 */
package jp.banso.base;
