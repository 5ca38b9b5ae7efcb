package jp.banso.formation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import jp.banso.formation.CouncilScope;
import jp.banso.formation.FormationException;
import jp.banso.formation.FormationLimits;
import jp.banso.formation.FormationService;
import jp.banso.formation.FormationTarget;
import jp.banso.formation.PrefectureKpi;
import jp.banso.formation.TargetDraft;
import jp.banso.formation.TargetMetric;
import jp.banso.formation.Texts;

/** The advisers' form for a prefecture's two targets (coverage and count), each with its source text. */
class TargetEditor extends Div {

    /** One target's fields. */
    final class Form extends Div {
        final Select<CouncilScope> scope = new Select<>();
        final BigDecimalField baseline = new BigDecimalField(getTranslation("formation.target.baseline"));
        final IntegerField baselineFy = new IntegerField(getTranslation("formation.target.baselineFy"));
        final BigDecimalField target = new BigDecimalField(getTranslation("formation.target.value"));
        final IntegerField targetFy = new IntegerField(getTranslation("formation.target.fy"));
        final TextArea source = new TextArea(getTranslation("formation.target.source"));
        final Div error = new Div();
        final Button save = new Button(getTranslation("formation.target.save"));

        Form(FormationService formation, PrefectureKpi kpi, TargetMetric metric, FormationTarget t, Runnable saved) {
            scope.setLabel(getTranslation("formation.target.scope"));
            scope.setItems(CouncilScope.values());
            scope.setItemLabelGenerator(Texts::scope);
            scope.setValue(t == null ? CouncilScope.OWN : t.scope());
            source.setMaxLength(FormationLimits.TARGET_SOURCE_MAX);
            source.setWidthFull();
            if (t != null) {
                baseline.setValue(t.baselineValue());
                baselineFy.setValue(t.baselineFy());
                target.setValue(t.targetValue());
                targetFy.setValue(t.targetFy());
                source.setValue(t.sourceText());
            }
            error.addClassName("form-error");
            error.getElement().setAttribute("role", "alert");
            save.addClickListener(e -> {
                error.setText("");
                try {
                    formation.saveTarget(kpi.prefecture().code(), t == null ? null : t.id(), t == null ? 0 : t.version(),
                            new TargetDraft(metric, scope.getValue(), baseline.getValue(), baselineFy.getValue(), target.getValue(),
                                    targetFy.getValue(), source.getValue()));
                    saved.run();
                } catch (FormationException ex) {
                    error.setText(getTranslation(ex.messageKey(), ex.args()));
                }
            });
            Div fields = new Div(scope, baseline, baselineFy, target, targetFy);
            fields.addClassName("formation-form-row");
            add(new H3(getTranslation("formation.target.metric." + metric.name())), fields, source, error, save);
            addClassName("formation-target-form");
            setId("target-" + metric.name().toLowerCase(Locale.ROOT));
        }
    }

    final Map<TargetMetric, Form> forms = new EnumMap<>(TargetMetric.class);

    TargetEditor(FormationService formation, PrefectureKpi kpi, Runnable saved) {
        addClassName("formation-targets");
        add(new H2(getTranslation("formation.target.edit")));
        forms.put(TargetMetric.COVERAGE, new Form(formation, kpi, TargetMetric.COVERAGE, kpi.coverageTarget().orElse(null), saved));
        forms.put(TargetMetric.COUNT, new Form(formation, kpi, TargetMetric.COUNT, kpi.countTarget().orElse(null), saved));
        forms.values().forEach(this::add);
    }
}
