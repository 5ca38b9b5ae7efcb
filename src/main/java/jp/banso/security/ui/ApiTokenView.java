package jp.banso.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import jp.banso.security.ApiToken;
import jp.banso.security.ApiTokenService;
import jp.banso.security.AppRoles;
import jp.banso.security.TokenLimits;
import jp.banso.security.UserValidationException;

/** Personal access tokens for scripts that create drafts through the REST API; shown once, revocable. */
@Route("account/tokens")
@Menu(title = "nav.tokens", order = 80, icon = "vaadin:key")
@RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
public class ApiTokenView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(jp.banso.base.AppZone.zone());

    final TextField name = new TextField();
    final Button create = new Button();
    final Span created = new Span();
    final Grid<ApiToken> grid = new Grid<>();
    private final transient ApiTokenService tokens;

    public ApiTokenView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassName("api-token-view");
        name.setLabel(getTranslation("token.name"));
        name.setMaxLength(TokenLimits.NAME_MAX);
        create.setText(getTranslation("token.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            try {
                created.setText(tokens.create(name.getValue()));
                name.clear();
                refresh();
            } catch (UserValidationException ex) {
                Notification.show(getTranslation(ex.messageKey(), TokenLimits.NAME_MAX), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        created.addClassName("one-time-secret");
        grid.addColumn(ApiToken::name).setHeader(getTranslation("token.name")).setFlexGrow(1);
        grid.addColumn(t -> DATE.format(t.createdAt())).setHeader(getTranslation("token.created")).setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "" : DATE.format(t.lastUsedAt())).setHeader(getTranslation("token.lastUsed"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> {
            if (t.revoked()) {
                return new Span(getTranslation("token.revoked"));
            }
            Button b = new Button(getTranslation("token.revoke"), e -> {
                tokens.revoke(t.id());
                refresh();
            });
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return b;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        HorizontalLayout row = new HorizontalLayout(name, create);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("token.title")), new Paragraph(getTranslation("token.lead")), row, created, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.myTokens());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("token.title") + " | " + getTranslation("app.name");
    }
}
