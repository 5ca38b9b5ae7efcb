package jp.banso.base.api;

import java.util.List;

/**
 * The one error body of every /api/** answer: the status, its HTTP reason, a message for people (Japanese),
 * and when there is one a plain English {@code detail} for API clients and the {@code problems} of a text
 * that was refused. Never a stack trace or a cause's text.
 */
public record ApiError(int status, String error, String message, String detail, List<String> problems) {
}
