package jp.banso.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;

/**
 * The HTTP status of an error view. Vaadin ignores the status {@code setErrorParameter} returns when the page
 * is loaded (vaadin/flow#13421: the page comes as 200), so the view sets it on the page's own response; a
 * navigation inside the open app (a UIDL request, {@code v-r} set) keeps its 200, which the client expects.
 */
final class ErrorStatus {

    private ErrorStatus() {
    }

    static int onPageLoad(int status) {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (request != null && response != null && request.getParameter("v-r") == null) {
            response.setStatus(status);
        }
        return status;
    }
}
