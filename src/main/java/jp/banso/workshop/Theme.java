package jp.banso.workshop;

public record Theme(long id, String name) {
}
