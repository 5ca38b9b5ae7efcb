package jp.banso.security;

import java.util.Set;

public record NewUser(String username, String displayName, String password, Set<String> roles) {
}
