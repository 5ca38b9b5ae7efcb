package jp.banso.base.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import jp.banso.base.BansoProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url} the app starts its own MariaDB under the data folder.
 * With a URL, this configuration stays out and Spring Boot connects to that server instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfig {

    @Bean(initMethod = "start", destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(BansoProperties properties) {
        return new EmbeddedMariaDb(properties.resolve("mariadb"));
    }

    /** Depends on the server bean, so Spring closes the pool before it stops the server. */
    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(db.jdbcUrl());
        ds.setUsername("root");
        ds.setPassword("");
        ds.setMaximumPoolSize(10);
        ds.setPoolName("banso-embedded");
        return ds;
    }
}
