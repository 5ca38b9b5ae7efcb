package jp.banso.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code banso.*}.
 *
 * @param dataDir folder for the embedded database, the search index and the first admin password
 */
@ConfigurationProperties(prefix = "banso")
public record BansoProperties(Path dataDir) {

    public BansoProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    public Path resolve(String child) {
        return dataDir.resolve(child);
    }
}
