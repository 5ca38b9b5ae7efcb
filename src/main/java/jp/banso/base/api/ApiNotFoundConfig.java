package jp.banso.base.api;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * An /api/** path that no controller maps is a JSON 404, not a Vaadin page: this mapping comes after the
 * controllers' (so a known path with another method still answers 405) and before Vaadin's catch-all one.
 */
@Configuration
class ApiNotFoundConfig {

    @Bean
    SimpleUrlHandlerMapping apiNotFoundMapping() {
        HttpRequestHandler notFound = (request, response) -> {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No API endpoint " + request.getMethod() + " "
                    + request.getRequestURI().substring(request.getContextPath().length()));
        };
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api", notFound, "/api/**", notFound));
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return mapping;
    }
}
