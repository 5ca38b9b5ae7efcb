package jp.banso.search.internal;

import jp.banso.base.BansoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The index lives in the data folder (banso.data-dir/index); Spring closes it on shutdown. */
@Configuration
class SearchIndexConfig {

    @Bean(destroyMethod = "close")
    LuceneIndex luceneIndex(BansoProperties properties) {
        return LuceneIndex.open(properties.resolve("index"), new JapaneseAnalysis());
    }
}
