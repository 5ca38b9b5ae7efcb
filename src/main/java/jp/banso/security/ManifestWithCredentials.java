package jp.banso.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Marks the page's web app manifest link {@code crossorigin="use-credentials"}. Without it, browsers fetch
 * the manifest without cookies, and Vaadin opened a new session for every such fetch (one per page load,
 * each left to expire after 30 minutes).
 */
@Component
class ManifestWithCredentials implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().select("link[rel=manifest]")
                .attr("crossorigin", "use-credentials"));
    }
}
