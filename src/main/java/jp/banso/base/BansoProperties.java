package jp.banso.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code banso.*}.
 *
 * @param dataDir folder for the embedded database, the search index and the first admin password
 * @param contentDir optional folder of more article files ({@code *.md}, the shipped format) that the
 *                   deployment adds to the shipped ones: loaded at start like them ({@code BANSO_CONTENT_DIR})
 */
@ConfigurationProperties(prefix = "banso")
public record BansoProperties(Path dataDir, Path contentDir) {

    public BansoProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        contentDir = contentDir == null || contentDir.toString().isBlank() ? null
                : contentDir.toAbsolutePath().normalize();
    }

    public Path resolve(String child) {
        return dataDir.resolve(child);
    }
}
