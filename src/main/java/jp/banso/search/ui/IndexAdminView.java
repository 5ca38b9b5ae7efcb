package jp.banso.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import jp.banso.search.IndexStatus;
import jp.banso.search.SearchService;
import jp.banso.security.AppRoles;

/** Admins rebuild the search index from MariaDB and watch it progress (server push through UI.access). */
@Route("admin/search-index")
@Menu(title = "nav.search.index", order = 91, icon = "vaadin:database")
@RolesAllowed(AppRoles.ADMIN)
public class IndexAdminView extends Main implements HasDynamicTitle {

    final Span status = new Span();
    final Button rebuild = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    private final transient SearchService search;

    public IndexAdminView(SearchService search) {
        this.search = search;
        addClassName("index-admin-view");
        rebuild.setText(getTranslation("search.index.rebuild"));
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(e -> start());
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("search.index.rebuild"));
        progressText.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("search.index.title")), new Paragraph(getTranslation("search.index.lead")), status,
                new Paragraph(rebuild), progress, progressText);
        showStatus();
    }

    private void showStatus() {
        IndexStatus s = search.status();
        status.setText(getTranslation("search.index.status", s.articles(), s.sections(), s.schemaVersion()));
    }

    private void start() {
        UI ui = UI.getCurrent();
        rebuild.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        // called here, in the request thread, so the admin's roles are checked; the rebuild runs in the
        // index's own worker thread and reports back through UI.access (push)
        Future<Integer> running = search.rebuild((done, total) -> ui.access(() -> {
            progress.setValue(total == 0 ? 1 : done / (double) total);
            progressText.setText(getTranslation("search.index.progress", done, total));
        }));
        CompletableFuture.runAsync(() -> {
            try {
                int n = running.get();
                ui.access(() -> finished(n < 0 ? getTranslation("search.index.running")
                        : getTranslation("search.index.done", n)));
            } catch (Exception ex) {
                ui.access(() -> finished(getTranslation("search.index.failed", ex.getMessage())));
            }
        });
    }

    private void finished(String text) {
        progress.setValue(1);
        progressText.setText(text);
        rebuild.setEnabled(true);
        showStatus();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        showStatus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.index.title") + " | " + getTranslation("app.name");
    }
}
