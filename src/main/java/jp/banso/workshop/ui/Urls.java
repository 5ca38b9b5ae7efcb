package jp.banso.workshop.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/** Absolute links for things people copy or scan (join URL, return link), from the current request's host. */
final class Urls {

    private Urls() {
    }

    static String absolute(String path) {
        VaadinServletRequest vr = VaadinServletRequest.getCurrent();
        if (vr == null) {
            return "/" + path;
        }
        HttpServletRequest r = vr.getHttpServletRequest();
        boolean defaultPort = ("http".equals(r.getScheme()) && r.getServerPort() == 80)
                || ("https".equals(r.getScheme()) && r.getServerPort() == 443);
        return r.getScheme() + "://" + r.getServerName() + (defaultPort ? "" : ":" + r.getServerPort())
                + r.getContextPath() + "/" + path;
    }
}
