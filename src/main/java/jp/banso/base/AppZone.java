package jp.banso.base;

import java.time.ZoneId;

/**
 * The configured zone ({@code banso.zone}) for code that formats times without a Clock at hand (views'
 * formatters). Set once when the Clock bean is made, before any view exists; Asia/Tokyo until then.
 */
public final class AppZone {

    private static volatile ZoneId zone = ZoneId.of("Asia/Tokyo");

    private AppZone() {
    }

    public static ZoneId zone() {
        return zone;
    }

    static void set(ZoneId z) {
        zone = z;
    }
}
