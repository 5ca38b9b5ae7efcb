package jp.banso.security;

import java.util.List;

/** The roles of Banso. Names are stored in the database: never rename one. */
public final class AppRoles {

    public static final String ADMIN = "ADMIN";
    public static final String ADVISER = "ADVISER";
    public static final String FACILITATOR = "FACILITATOR";
    public static final String STAFF = "STAFF";

    public static final List<String> ALL = List.of(ADMIN, ADVISER, FACILITATOR, STAFF);

    private AppRoles() {
    }
}
