package jp.banso.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * アクセシビリティ方針, as Japanese public bodies publish one (総務省's みんなの公共サイト運用ガイドライン): the target
 * (JIS X 8341-3:2016 level AA), how it is tested and the latest result. The texts live in the bundle; the
 * result is updated with each release's RouteWalkIT run.
 */
@Route("accessibility")
@AnonymousAllowed
public class AccessibilityView extends Main implements HasDynamicTitle {

    public AccessibilityView() {
        addClassName("policy-view");
        add(new H1(getTranslation("a11y.title")), new Paragraph(getTranslation("a11y.intro")));
        section("a11y.target", "a11y.target.text");
        section("a11y.scope", "a11y.scope.text");
        add(new H2(getTranslation("a11y.method")));
        add(list("a11y.method.1", "a11y.method.2", "a11y.method.3", "a11y.method.4"));
        section("a11y.result", "a11y.result.text");
        add(list("a11y.result.1", "a11y.result.2", "a11y.result.3"));
        section("a11y.known", "a11y.known.text");
        section("a11y.contact", "a11y.contact.text");
        // a page of text still needs something to focus, or the keyboard can't scroll it (axe: scrollable-region-focusable)
        add(new Paragraph(new Anchor("", getTranslation("error.toHome"))));
    }

    private void section(String title, String text) {
        add(new H2(getTranslation(title)), new Paragraph(getTranslation(text)));
    }

    private UnorderedList list(String... keys) {
        UnorderedList list = new UnorderedList();
        for (String key : keys) {
            list.add(new ListItem(getTranslation(key)));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.title") + " | " + getTranslation("app.name");
    }
}
