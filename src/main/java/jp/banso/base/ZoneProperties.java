package jp.banso.base;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code banso.zone}: the time zone the app lives in (default Asia/Tokyo), whatever the server's own zone.
 * Binding fails at start for a zone name Java does not know, so a typo stops the app instead of shifting
 * every date by nine hours. The Clock bean carries it; views format times in it through {@link AppZone}.
 */
@ConfigurationProperties(prefix = "banso")
public record ZoneProperties(@DefaultValue("Asia/Tokyo") ZoneId zone) {
}
