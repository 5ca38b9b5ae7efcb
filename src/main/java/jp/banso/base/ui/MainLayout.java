package jp.banso.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;
import jp.banso.base.i18n.BansoI18NProvider;

/**
 * The shell: header with brand, a search box, language switch and login state; a side navigation built
 * from the views' {@code @Menu} annotations (their titles are translation keys). Imports no feature.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public static final String SEARCH_ROUTE = "search";

    final SideNav nav = new SideNav();
    final TextField searchBox = new TextField();
    final Button languageButton = new Button();
    private final transient AuthenticationContext auth;

    public MainLayout(AuthenticationContext auth) {
        this.auth = auth;
        setPrimarySection(Section.DRAWER);
        addClassName("banso-shell");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));

        searchBox.setPlaceholder(getTranslation("shell.search.placeholder"));
        searchBox.setAriaLabel(getTranslation("shell.search.label"));
        searchBox.setPrefixComponent(VaadinIcon.SEARCH.create());
        searchBox.setClearButtonVisible(true);
        searchBox.addClassName("shell-search");
        searchBox.addKeyDownListener(com.vaadin.flow.component.Key.ENTER, e -> {
            String q = searchBox.getValue().strip();
            if (!q.isEmpty()) {
                UI.getCurrent().navigate(SEARCH_ROUTE, QueryParameters.simple(Map.of("q", q)));
            }
        });

        boolean english = getLocale() != null && "en".equals(getLocale().getLanguage());
        languageButton.setText(getTranslation("shell.language.other"));
        languageButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        languageButton.getElement().setAttribute("lang", english ? "ja" : "en");
        languageButton.addClassName("shell-lang");
        languageButton.addClickListener(e -> switchLanguage(english));

        HorizontalLayout header = new HorizontalLayout(toggle, searchBox, new Div(), languageButton, accountArea());
        header.addClassName("shell-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(2));
        addToNavbar(header);

        Anchor brand = new Anchor("", "");
        brand.addClassName("shell-brand");
        Span mark = new Span(getTranslation("app.mark"));
        mark.addClassName("shell-brand-mark");
        Span name = new Span(getTranslation("app.name.latin"));
        name.addClassName("shell-brand-name");
        brand.add(mark, name);
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("shell-tagline");
        nav.setLabel(getTranslation("shell.menu"));
        nav.addClassName("shell-nav");
        Anchor policy = new Anchor("accessibility", getTranslation("shell.accessibility"));
        policy.addClassName("shell-footer-link");
        Footer footer = new Footer(new Span(getTranslation("shell.footer")), policy);
        footer.addClassName("shell-footer");
        Div drawer = new Div(brand, tagline, nav, drawerAccount(english), footer);
        drawer.addClassName("shell-drawer");
        addToDrawer(drawer);
        buildNavigation();
    }

    /**
     * Login or the user and logout. On a phone the header keeps only the icon of the action (its label stays for
     * screen readers); the drawer repeats the account actions and the language switch in full (drawerAccount).
     */
    private com.vaadin.flow.component.Component accountArea() {
        if (auth.isAuthenticated()) {
            Span who = new Span(auth.getPrincipalName().orElse(""));
            who.addClassName("shell-user");
            Button logout = actionButton("shell.logout", VaadinIcon.SIGN_OUT, () -> auth.logout());
            HorizontalLayout area = new HorizontalLayout(who, logout);
            area.setAlignItems(FlexComponent.Alignment.CENTER);
            area.setSpacing(false);
            area.addClassName("shell-account");
            return area;
        }
        return actionButton("shell.login", VaadinIcon.SIGN_IN, () -> UI.getCurrent().navigate("login"));
    }

    private Button actionButton(String key, VaadinIcon icon, Runnable action) {
        Span label = new Span(getTranslation(key));
        label.addClassName("shell-action-label");
        Button button = new Button(icon.create(), e -> action.run());
        button.getElement().appendChild(label.getElement());
        button.setAriaLabel(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("shell-action");
        return button;
    }

    /** The account actions inside the drawer: the menu of a phone reaches login, logout and the language. */
    private com.vaadin.flow.component.Component drawerAccount(boolean english) {
        Div box = new Div();
        box.addClassName("shell-drawer-account");
        if (auth.isAuthenticated()) {
            Span who = new Span(getTranslation("shell.signedInAs", auth.getPrincipalName().orElse("")));
            Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_SMALL);
            Anchor password = new Anchor("account/password", getTranslation("shell.changePassword"));
            box.add(who, password, logout);
        } else {
            Anchor login = new Anchor("login", getTranslation("shell.login"));
            box.add(login);
        }
        Button language = new Button(getTranslation("shell.language.other"), e -> switchLanguage(english));
        language.getElement().setAttribute("lang", english ? "ja" : "en");
        language.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_SMALL);
        box.add(language);
        return box;
    }

    private static void switchLanguage(boolean english) {
        VaadinSession.getCurrent().setLocale(english ? BansoI18NProvider.JAPANESE : BansoI18NProvider.ENGLISH);
        UI.getCurrent().getPage().reload();
    }

    private void buildNavigation() {
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            // the label as an element, not the item's text: a text node takes the item's one-line "…" rule
            // (記事の編集・レビ… in a drawer with a scrollbar), an element can wrap (.shell-nav-label)
            SideNavItem item = new SideNavItem(null, entry.path());
            Span label = new Span(getTranslation(entry.title()));
            label.addClassName("shell-nav-label");
            item.getElement().appendChild(label.getElement());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new com.vaadin.flow.component.icon.Icon(entry.icon()));
            }
            item.setMatchNested(!entry.path().isEmpty());
            nav.addItem(item);
        }
    }
}
