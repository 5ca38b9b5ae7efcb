package jp.banso.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Without {@code spring.datasource.url} the app starts its own MariaDB under the data folder.
 * With a URL, this configuration stays out and Spring Boot connects to that server instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfig {

    static final String BEAN_NAME = "embeddedMariaDb";
    static final java.time.Duration WATCH_INTERVAL = java.time.Duration.ofSeconds(1);

    /** The server's process as the watchdog sees it, next to Spring Boot's own database check. */
    @Bean
    HealthIndicator embeddedDatabaseHealthIndicator(EmbeddedMariaDb db) {
        return () -> {
            EmbeddedMariaDb.Status s = db.status();
            Health.Builder health = s.state() == EmbeddedMariaDb.State.RUNNING ? Health.up() : Health.down();
            health.withDetail("state", s.state()).withDetail("port", s.port()).withDetail("restarts", s.restarts());
            if (s.pid() > 0) {
                health.withDetail("pid", s.pid());
            }
            if (s.problem() != null) {
                health.withDetail("problem", s.problem());
            }
            return health.build();
        };
    }

    /**
     * Registers the server before any other bean is created and starts it in the background: MariaDB boots
     * (3-5 s on a fresh folder) while Spring starts Tomcat and Vaadin, instead of after them.
     */
    @Bean
    static BeanFactoryPostProcessor embeddedMariaDbStarter(Environment environment) {
        return beanFactory -> {
            Path dir = EmbeddedMariaDbEarlyStart.folder(environment);
            EmbeddedMariaDb db = EmbeddedMariaDbEarlyStart.take(dir)
                    .orElseGet(() -> new EmbeddedMariaDb(dir).startInBackground());
            beanFactory.registerSingleton(BEAN_NAME, db);
            if (beanFactory instanceof DefaultListableBeanFactory registry) {
                registry.registerDisposableBean(BEAN_NAME, (DisposableBean) db::stop);
            }
        };
    }

    /** Depends on the server bean, so Spring closes the pool before it stops the server. */
    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedMariaDb db) {
        db.start();
        // a server that dies (killed, crashed) is started again on the same port: the pool then reconnects
        db.watch(WATCH_INTERVAL);
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(db.jdbcUrl());
        ds.setUsername(db.username());
        ds.setPassword(db.password());
        ds.setMaximumPoolSize(10);
        // a dead server fails a call within seconds instead of Hikari's 30 s wait (issue 11)
        ds.setConnectionTimeout(3000);
        ds.setValidationTimeout(1000);
        ds.setPoolName("banso-embedded");
        return ds;
    }
}
