package jp.banso.formation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import jp.banso.formation.FormationException;
import jp.banso.formation.PlaybookRun;
import jp.banso.formation.PlaybookRunService;
import jp.banso.formation.PlaybookService;
import jp.banso.formation.PlaybookSummary;

/** A municipality's or prefecture's playbook runs with their progress, and the form to adopt a playbook. */
class RunsPanel extends Div {

    final Select<PlaybookSummary> playbook = new Select<>();
    final Button start = new Button();
    final Div error = new Div();
    final List<Anchor> runLinks = new ArrayList<>();

    RunsPanel(PlaybookRunService runs, PlaybookService playbooks, String adopterCode) {
        addClassName("formation-runs");
        add(new H2(getTranslation("formation.run.title")));
        List<PlaybookRun> list = runs.runsOf(adopterCode);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("formation.run.none")));
        }
        for (PlaybookRun r : list) {
            Anchor link = new Anchor("formation/run/" + r.id(), r.playbookTitle());
            runLinks.add(link);
            ProgressBar bar = new ProgressBar(0, 100, r.progressPercent());
            bar.getElement().setAttribute("aria-label", getTranslation("formation.run.progress", r.progressPercent()));
            Span pct = new Span(getTranslation("formation.run.progress", r.progressPercent()));
            Div row = new Div(link, bar, pct);
            row.addClassName("formation-run-row");
            add(row);
        }
        playbook.setLabel(getTranslation("formation.run.playbook"));
        playbook.setItems(playbooks.listPublished());
        playbook.setItemLabelGenerator(p -> p.title() + "（" + getTranslation("formation.run.steps", p.stepCount()) + "）");
        playbook.setWidthFull();
        start.setText(getTranslation("formation.run.start"));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        start.addClickListener(e -> {
            error.setText("");
            if (playbook.getValue() == null) {
                error.setText(getTranslation("formation.run.error.choose"));
                return;
            }
            try {
                PlaybookRun run = runs.start(playbook.getValue().slug(), adopterCode);
                UI.getCurrent().navigate(PlaybookRunView.class, run.id());
            } catch (FormationException ex) {
                error.setText(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        Div form = new Div(playbook, start);
        form.addClassName("formation-form-row");
        add(form, error);
    }
}
