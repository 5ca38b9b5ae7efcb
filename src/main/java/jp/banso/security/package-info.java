/**
 * Accounts, roles and the login: who may do what. Services elsewhere declare their callers with
 * {@link jp.banso.security.AppRoles} in method-security annotations.
 */
package jp.banso.security;
