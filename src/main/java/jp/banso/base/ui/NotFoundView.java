package jp.banso.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist, for every visitor (SecurityConfig lets unknown addresses through): a clear
 * message inside the app's shell and ways on (home, library, search). Vaadin does not send the status this
 * returns when a page is loaded (vaadin/flow#13421); an address that is no view gets its 404 from
 * SecurityConfig (UnknownPages), a missing article under a known view is shown as this page with 200.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        addClassName("error-view");
        removeAll();
        UnorderedList ways = new UnorderedList(
                new ListItem(new Anchor("", getTranslation("error.toHome"))),
                new ListItem(new Anchor("library", getTranslation("error.toLibrary"))),
                new ListItem(new Anchor(MainLayout.SEARCH_ROUTE, getTranslation("error.toSearch"))));
        ways.addClassName("error-ways");
        add(new H1(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound.text")), ways);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title") + " | " + getTranslation("app.name");
    }
}
