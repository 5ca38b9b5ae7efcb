/**
 * The audit log: who changed which article or user, and when. Stores {@link jp.banso.base.audit.AuditEvent}s
 * published by other features; only ADMIN reads it ({@link jp.banso.audit.AuditService}).
 */
package jp.banso.audit;
