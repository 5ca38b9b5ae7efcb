package jp.banso.formation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import jp.banso.formation.FormationService;
import jp.banso.formation.PrefectureKpi;
import jp.banso.formation.Texts;
import jp.banso.security.AppRoles;
import jp.banso.security.CurrentUser;

/** Every prefecture of the register with its headline KPI and target: the way into each dashboard. */
@Route("formation")
@Menu(title = "nav.formation", order = 40, icon = "vaadin:chart")
@AnonymousAllowed
public class FormationIndexView extends Main implements HasDynamicTitle {

    final List<Anchor> prefectureLinks = new ArrayList<>();

    public FormationIndexView(FormationService formation) {
        addClassName("formation-index");
        add(new H1(getTranslation("formation.index.title")), new Paragraph(getTranslation("formation.index.lead")));
        Div cards = new Div();
        cards.addClassName("formation-cards");
        for (PrefectureKpi k : formation.prefectures()) {
            Anchor link = new Anchor("formation/" + k.prefecture().code(), k.prefecture().name());
            link.addClassName("formation-card-title");
            prefectureLinks.add(link);
            Div card = new Div(link);
            card.addClassName("formation-card");
            Div figure = new Div(new Span(k.headline().coveragePercent().toPlainString() + "%"),
                    new Span(getTranslation("formation.kpi.coverage")));
            figure.addClassName("formation-card-figure");
            card.add(figure, new Paragraph(getTranslation("formation.index.councils", k.headline().councils(), k.municipalityCount())));
            List<String> targets = new ArrayList<>();
            k.coverageTarget().ifPresent(t -> targets.add(Texts.target(t)));
            k.countTarget().ifPresent(t -> targets.add(Texts.target(t)));
            Paragraph target = new Paragraph(targets.isEmpty() ? getTranslation("formation.target.none")
                    : getTranslation("formation.target.label") + "：" + String.join("／", targets));
            target.addClassName("formation-card-target");
            card.add(target);
            cards.add(card);
        }
        add(cards, new H2(getTranslation("formation.definition.title")), new Paragraph(Texts.COVERAGE_DEFINITION),
                new Paragraph(Texts.SOURCE), new Paragraph(getTranslation("formation.index.national")));
        if (CurrentUser.hasRole(AppRoles.ADVISER) || CurrentUser.hasRole(AppRoles.FACILITATOR) || CurrentUser.hasRole(AppRoles.ADMIN)) {
            add(new Anchor("formation/import", getTranslation("formation.import.title")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("formation.index.title") + " | " + getTranslation("app.name");
    }
}
