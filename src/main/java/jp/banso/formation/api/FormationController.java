package jp.banso.formation.api;

import java.math.BigDecimal;
import java.util.List;
import jp.banso.formation.FiscalYears;
import jp.banso.formation.FormationService;
import jp.banso.formation.FormationTarget;
import jp.banso.formation.KpiPoint;
import jp.banso.formation.KpiValue;
import jp.banso.formation.Labels;
import jp.banso.formation.Municipality;
import jp.banso.formation.PrefectureKpi;
import jp.banso.formation.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Read-only JSON of the formation dashboard: prefectures, their KPIs and targets, and their municipalities. */
@RestController
@RequestMapping(path = "/api/formation/prefectures", produces = MediaType.APPLICATION_JSON_VALUE)
class FormationController {

    record KpiJson(String scope, String scopeLabel, BigDecimal coveragePercent, long coveredPopulation, int councils) {
    }

    record TargetJson(String metric, String scope, BigDecimal baselineValue, Integer baselineFiscalYear, BigDecimal targetValue,
                      int targetFiscalYear, String text, String source) {
    }

    record PointJson(int fiscalYear, String label, boolean current, KpiJson own, KpiJson ownOrJoint) {
    }

    record MunicipalityJson(String code, String name, String kana, String kind, long population2020, String stage,
                            String stageLabel, String stageDate, String datePrecision, String councilType, boolean counted,
                            Integer playbookProgressPercent) {
    }

    record PrefectureJson(String code, String name, long population2020, int municipalityCount, String asOf, KpiJson kpi,
                          KpiJson own, KpiJson ownOrJoint, List<TargetJson> targets, String definition, String source,
                          String url, List<PointJson> history, List<MunicipalityJson> municipalities) {
    }

    private final FormationService formation;

    FormationController(FormationService formation) {
        this.formation = formation;
    }

    @GetMapping
    List<PrefectureJson> list() {
        return formation.prefectures().stream().map(k -> json(k, false)).toList();
    }

    @GetMapping("/{code}")
    PrefectureJson get(@PathVariable String code) {
        return formation.prefecture(code).map(k -> json(k, true))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no prefecture with code " + code));
    }

    private static PrefectureJson json(PrefectureKpi k, boolean details) {
        List<TargetJson> targets = java.util.stream.Stream.concat(k.coverageTarget().stream(), k.countTarget().stream())
                .map(FormationController::target).toList();
        return new PrefectureJson(k.prefecture().code(), k.prefecture().name(), k.prefecture().population2020(),
                k.municipalityCount(), k.asOf().toString(), kpi(k.headline()), kpi(k.own()), kpi(k.ownOrJoint()), targets,
                Texts.COVERAGE_DEFINITION, Texts.SOURCE, "/formation/" + k.prefecture().code(),
                details ? k.history().stream().map(FormationController::point).toList() : null,
                details ? k.municipalities().stream().map(r -> municipality(k, r.municipality(), r.playbookProgressPercent())).toList()
                        : null);
    }

    private static KpiJson kpi(KpiValue v) {
        return new KpiJson(v.scope().name(), Texts.scope(v.scope()), v.coveragePercent(), v.coveredPopulation(), v.councils());
    }

    private static TargetJson target(FormationTarget t) {
        return new TargetJson(t.metric().name(), t.scope().name(), t.baselineValue(), t.baselineFy(), t.targetValue(),
                t.targetFy(), Texts.target(t), t.sourceText());
    }

    private static PointJson point(KpiPoint p) {
        return new PointJson(p.fiscalYear(), FiscalYears.label(p.fiscalYear()), p.current(), kpi(p.own()), kpi(p.ownOrJoint()));
    }

    private static MunicipalityJson municipality(PrefectureKpi k, Municipality m, Integer progress) {
        return new MunicipalityJson(m.code(), m.name(), m.kana(), m.kind(), m.population2020(), m.stage().name(),
                Labels.stage(m.stage()), m.stageDate() == null ? null : m.stageDate().toString(),
                m.datePrecision() == null ? null : m.datePrecision().name(),
                m.councilType() == null ? null : m.councilType().name(), k.headlineScope().counts(m.stage(), m.councilType()),
                progress);
    }
}
