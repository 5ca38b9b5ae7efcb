package jp.banso.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.banso.security.OwnAccountService;
import jp.banso.security.UserLimits;
import jp.banso.security.UserValidationException;

/** Every logged-in user changes their own password here; a password someone else set leads here first. */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends Main implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    final Div error = new Div();
    final Paragraph mustNotice = new Paragraph();

    private final transient OwnAccountService accounts;

    public ChangePasswordView(OwnAccountService accounts) {
        this.accounts = accounts;
        addClassNames("account-password-view", "narrow-form");
        current.setLabel(getTranslation("account.password.current"));
        current.setId("password-current");
        next.setLabel(getTranslation("account.password.new"));
        next.setHelperText(getTranslation("account.password.rule", UserLimits.PASSWORD_MIN));
        next.setId("password-new");
        repeat.setLabel(getTranslation("account.password.repeat"));
        repeat.setId("password-repeat");
        for (PasswordField f : new PasswordField[] {current, next, repeat}) {
            f.setWidthFull();
            f.setRequired(true);
            f.getElement().setAttribute("autocomplete", f == current ? "current-password" : "new-password");
        }
        save.setText(getTranslation("account.password.save"));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        mustNotice.addClassName("notice");
        mustNotice.setVisible(accounts.mustChangePassword());
        mustNotice.setText(getTranslation("account.password.must"));
        add(new H1(getTranslation("account.password.title")), mustNotice, current, next, repeat, error, save);
    }

    void submit() {
        error.setText("");
        try {
            accounts.changeOwnPassword(current.getValue(), next.getValue(), repeat.getValue());
            for (PasswordField f : new PasswordField[] {current, next, repeat}) {
                f.clear();
            }
            Notification.show(getTranslation("account.password.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("");
        } catch (UserValidationException e) {
            error.setText(getTranslation(e.messageKey(), UserLimits.PASSWORD_MIN, UserLimits.PASSWORD_MAX_BYTES));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.password.title") + " | " + getTranslation("app.name");
    }
}
