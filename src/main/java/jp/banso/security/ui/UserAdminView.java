package jp.banso.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.stream.Collectors;
import jp.banso.security.AppRoles;
import jp.banso.security.CurrentUser;
import jp.banso.security.NewUser;
import jp.banso.security.UserAccount;
import jp.banso.security.UserLimits;
import jp.banso.security.UserService;
import jp.banso.security.UserValidationException;

/** The admin creates accounts, assigns roles, disables accounts and resets passwords. */
@Route("admin/users")
@Menu(title = "nav.users", order = 90, icon = "vaadin:users")
@RolesAllowed(AppRoles.ADMIN)
public class UserAdminView extends Main implements HasDynamicTitle {

    final Grid<UserAccount> grid = new Grid<>();
    final Button create = new Button();
    final TextField newUsername = new TextField();
    final TextField newDisplayName = new TextField();
    final PasswordField newPassword = new PasswordField();
    final CheckboxGroup<String> newRoles = new CheckboxGroup<>();
    final Button save = new Button();
    final Dialog createDialog = new Dialog();

    private final transient UserService users;

    public UserAdminView(UserService users) {
        this.users = users;
        addClassName("user-admin-view");
        grid.addColumn(UserAccount::username).setHeader(getTranslation("user.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("user.displayName")).setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("role." + r)).sorted()
                .collect(Collectors.joining("、"))).setHeader(getTranslation("user.roles")).setFlexGrow(1);
        grid.addColumn(u -> getTranslation(u.enabled() ? "user.enabled" : "user.disabled"))
                .setHeader(getTranslation("user.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("user.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        create.setText(getTranslation("user.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createDialog.open());
        buildCreateDialog();
        add(new H1(getTranslation("user.title")), new Paragraph(getTranslation("user.lead")), create, grid);
        refresh();
    }

    private void buildCreateDialog() {
        createDialog.setHeaderTitle(getTranslation("user.create"));
        newUsername.setLabel(getTranslation("user.username"));
        newUsername.setHelperText(getTranslation("user.username.help"));
        newUsername.setMaxLength(UserLimits.USERNAME_MAX);
        newUsername.setRequired(true);
        newDisplayName.setLabel(getTranslation("user.displayName"));
        newDisplayName.setMaxLength(UserLimits.DISPLAY_NAME_MAX);
        newDisplayName.setRequired(true);
        newPassword.setLabel(getTranslation("user.password"));
        newPassword.setHelperText(getTranslation("user.password.help", UserLimits.PASSWORD_MIN));
        newPassword.setRequired(true);
        newRoles.setLabel(getTranslation("user.roles"));
        newRoles.setItems(AppRoles.ALL);
        newRoles.setItemLabelGenerator(r -> getTranslation("role." + r));
        FormLayout form = new FormLayout(newUsername, newDisplayName, newPassword, newRoles);
        createDialog.add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                users.createUser(new NewUser(newUsername.getValue(), newDisplayName.getValue(), newPassword.getValue(),
                        new HashSet<>(newRoles.getValue())));
                notify(getTranslation("user.created", newUsername.getValue()), false);
                newUsername.clear();
                newDisplayName.clear();
                newPassword.clear();
                newRoles.clear();
                createDialog.close();
                refresh();
            } catch (UserValidationException ex) {
                notify(getTranslation(ex.messageKey(), UserLimits.PASSWORD_MIN), true);
            }
        });
        createDialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> createDialog.close()), save);
    }

    private Span actions(UserAccount user) {
        Button edit = new Button(getTranslation("user.edit"), e -> openEdit(user));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button reset = new Button(getTranslation("user.resetPassword"), e -> {
            String password = users.resetPassword(user.id());
            Dialog d = new Dialog();
            d.setHeaderTitle(getTranslation("user.resetPassword"));
            Span shown = new Span(password);
            shown.addClassName("one-time-secret");
            d.add(new Paragraph(getTranslation("user.resetPassword.done", user.username())), shown);
            d.getFooter().add(new Button(getTranslation("action.close"), x -> d.close()));
            d.open();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new Span(edit, reset);
    }

    private void openEdit(UserAccount user) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("user.edit") + ": " + user.username());
        TextField name = new TextField(getTranslation("user.displayName"), user.displayName(), "");
        name.setMaxLength(UserLimits.DISPLAY_NAME_MAX);
        Checkbox enabled = new Checkbox(getTranslation("user.enabled"), user.enabled());
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("user.roles"));
        roles.setItems(AppRoles.ALL);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r));
        roles.setValue(user.roles());
        d.add(new FormLayout(name, enabled, roles));
        Button ok = new Button(getTranslation("action.save"), e -> {
            try {
                users.updateUser(user.id(), user.version(), name.getValue(), enabled.getValue(),
                        new HashSet<>(roles.getValue()), CurrentUser.username().orElse(""));
                d.close();
                refresh();
            } catch (UserValidationException ex) {
                notify(getTranslation(ex.messageKey(), UserLimits.PASSWORD_MIN), true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    private void refresh() {
        grid.setItems(users.listUsers());
    }

    private static void notify(String text, boolean error) {
        Notification n = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.title") + " | " + getTranslation("app.name");
    }
}
