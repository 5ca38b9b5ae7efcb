package jp.banso.formation;

/** One problem of an import file: its line (1 = header; 0 = the file as a whole), a message key and its args. */
public record ImportProblem(int line, String messageKey, Object... args) {
}
