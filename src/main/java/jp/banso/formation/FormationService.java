package jp.banso.formation;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.banso.security.AppRoles;
import jp.banso.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The formation tracker: the municipality register and stages, the prefectures' KPIs and targets. Reading is
 * public (the dashboard shows what advisers and facilitators recorded); recording stages and importing
 * municipalities is for ADVISER, FACILITATOR and ADMIN; targets are curated by ADVISER and ADMIN.
 */
@Service
public class FormationService {

    private final FormationRepository repo;
    private final FormationExports exports;
    private final PlaybookProgress progress;
    private volatile Clock clock;

    FormationService(FormationRepository repo, FormationExports exports, PlaybookProgress progress, Clock clock) {
        this.repo = repo;
        this.exports = exports;
        this.progress = progress;
        this.clock = clock;
    }

    /** Tests pin "today" here (the shared test context has one Clock bean for every feature). */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PrefectureKpi> prefectures() {
        return repo.prefectures().stream().map(this::kpi).toList();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PrefectureKpi> prefecture(String code) {
        return code == null ? Optional.empty() : repo.prefecture(code.strip()).map(this::kpi);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Municipality> municipality(String code) {
        return code == null ? Optional.empty() : repo.municipality(code.strip());
    }

    /** Every recorded change of a municipality's stage, oldest first, with who recorded it. */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<StageChange> history(String code) {
        return repo.history(code);
    }

    /**
     * Records a stage (moving back is allowed: every change is kept). Refused with nothing changed: an unknown
     * municipality, a stale {@code version}, a date in the future or before the current stage's date, the current
     * stage again, a council stage without its council type.
     */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public Municipality recordStage(String code, int version, StageChangeDraft draft) {
        Municipality m = repo.lockMunicipality(code == null ? "" : code.strip())
                .orElseThrow(() -> new FormationException("formation.error.unknownMunicipality", String.valueOf(code)));
        if (m.version() != version) {
            throw new FormationException("formation.error.changed", m.name());
        }
        if (draft == null || draft.stage() == null) {
            throw new FormationException("formation.error.stageRequired");
        }
        if (draft.date() == null) {
            throw new FormationException("formation.error.dateRequired");
        }
        DatePrecision precision = draft.precision() == null ? DatePrecision.DAY : draft.precision();
        LocalDate date = precision == DatePrecision.DAY ? draft.date() : FiscalYears.end(FiscalYears.of(draft.date()));
        LocalDate earliest = earliest(date, precision);
        LocalDate today = today();
        if (earliest.isAfter(today)) {
            throw new FormationException("formation.error.futureDate", Labels.date(date, precision), Labels.date(today, DatePrecision.DAY));
        }
        if (m.stageDate() != null && date.isBefore(earliest(m.stageDate(), m.datePrecision()))) {
            throw new FormationException("formation.error.beforePrevious", Labels.date(date, precision),
                    Labels.stage(m.stage()), Labels.date(m.stageDate(), m.datePrecision()));
        }
        CouncilType type = draft.stage().hasCouncil() ? draft.councilType() : null;
        if (draft.stage().hasCouncil() && type == null) {
            throw new FormationException("formation.error.councilTypeRequired");
        }
        if (draft.stage() == m.stage() && type == m.councilType()) {
            throw new FormationException("formation.error.duplicate", m.name(), Labels.stage(m.stage()));
        }
        String evidence = Text.limit(Text.clean(draft.evidence()).strip(), FormationLimits.EVIDENCE_MAX, "formation.error.evidenceTooLong");
        String url = Text.url(draft.evidenceUrl());
        if (!repo.setStage(m.code(), version, draft.stage(), date, precision, type)) {
            throw new FormationException("formation.error.changed", m.name());
        }
        repo.insertChange(m.code(), draft.stage(), date, precision, type, evidence, url, CurrentUser.username().orElse("?"),
                clock.instant());
        return repo.municipality(m.code()).orElseThrow();
    }

    private static LocalDate earliest(LocalDate date, DatePrecision precision) {
        return precision == DatePrecision.FISCAL_YEAR ? FiscalYears.start(FiscalYears.of(date)) : date;
    }

    /**
     * Adds the municipalities of a CSV file (see {@link MunicipalityCsv}): every row is checked first and any
     * problem refuses the whole file, so nothing is half-imported.
     *
     * @return how many municipalities were added
     */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.ADMIN})
    @Transactional
    public int importMunicipalities(byte[] file) {
        if (file == null || file.length == 0) {
            throw new FormationImportException(List.of(new ImportProblem(0, "formation.import.empty")));
        }
        if (file.length > FormationLimits.IMPORT_BYTES_MAX) {
            throw new FormationImportException(List.of(new ImportProblem(0, "formation.import.tooBig",
                    FormationLimits.IMPORT_BYTES_MAX / 1024 / 1024)));
        }
        List<MunicipalityCsv.Row> rows = MunicipalityCsv.parse(file);
        Map<String, Prefecture> byName = new HashMap<>();
        repo.prefectures().forEach(p -> byName.put(p.name(), p));
        Set<String> existing = new HashSet<>(repo.municipalityCodes());
        Map<String, Integer> seen = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<Object[]> valid = new ArrayList<>();
        for (MunicipalityCsv.Row r : rows) {
            int before = problems.size();
            Prefecture p = byName.get(r.prefecture());
            if (r.prefecture().isEmpty()) {
                problems.add(new ImportProblem(r.line(), "formation.import.prefectureRequired"));
            } else if (p == null) {
                problems.add(new ImportProblem(r.line(), "formation.import.unknownPrefecture", r.prefecture()));
            }
            if (!r.code().matches("[0-9]{6}")) {
                problems.add(new ImportProblem(r.line(), "formation.import.codeFormat", r.code()));
            } else if (!MunicipalityCodes.valid(r.code())) {
                problems.add(new ImportProblem(r.line(), "formation.import.checkDigit", r.code(),
                        MunicipalityCodes.checkDigit(r.code().substring(0, 5))));
            } else {
                if (p != null && !r.code().startsWith(p.code().substring(0, 2))) {
                    problems.add(new ImportProblem(r.line(), "formation.import.codePrefecture", r.code(), p.name()));
                }
                if (r.code().substring(2, 5).equals("000")) {
                    problems.add(new ImportProblem(r.line(), "formation.import.prefectureCode", r.code()));
                }
                if (existing.contains(r.code())) {
                    problems.add(new ImportProblem(r.line(), "formation.import.exists", r.code()));
                }
                Integer first = seen.putIfAbsent(r.code(), r.line());
                if (first != null) {
                    problems.add(new ImportProblem(r.line(), "formation.import.duplicate", r.code(), first));
                }
            }
            if (r.name().isEmpty()) {
                problems.add(new ImportProblem(r.line(), "formation.import.nameRequired"));
            } else if (r.name().codePointCount(0, r.name().length()) > FormationLimits.NAME_MAX) {
                problems.add(new ImportProblem(r.line(), "formation.import.nameTooLong", FormationLimits.NAME_MAX));
            }
            if (r.kana().codePointCount(0, r.kana().length()) > FormationLimits.KANA_MAX) {
                problems.add(new ImportProblem(r.line(), "formation.import.kanaTooLong", FormationLimits.KANA_MAX));
            }
            if (!List.of("市", "町", "村", "区").contains(r.kind())) {
                problems.add(new ImportProblem(r.line(), "formation.import.kind", r.kind()));
            }
            String pop = r.population().replace(",", "");
            long population = -1;
            if (!pop.matches("[0-9]{1,9}")) {
                problems.add(new ImportProblem(r.line(), "formation.import.population", r.population()));
            } else {
                population = Long.parseLong(pop);
                if (population > FormationLimits.POPULATION_MAX) {
                    problems.add(new ImportProblem(r.line(), "formation.import.population", r.population()));
                }
            }
            if (problems.size() == before) {
                valid.add(new Object[] {r.code(), p.code(), r.name(), r.kana(), r.kind(), population});
            }
        }
        if (!problems.isEmpty()) {
            throw new FormationImportException(problems);
        }
        try {
            for (Object[] v : valid) {
                repo.insertMunicipality((String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4], (Long) v[5]);
            }
        } catch (DuplicateKeyException e) {
            // another import added one of these codes meanwhile: the transaction rolls back, nothing stays
            throw new FormationImportException(List.of(new ImportProblem(0, "formation.import.concurrent")));
        }
        return valid.size();
    }

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public FormationTarget saveTarget(String prefectureCode, Long id, int version, TargetDraft draft) {
        Prefecture p = repo.prefecture(prefectureCode == null ? "" : prefectureCode)
                .orElseThrow(() -> new FormationException("formation.error.unknownPrefecture", String.valueOf(prefectureCode)));
        TargetDraft d = validTarget(draft);
        String by = CurrentUser.username().orElse("?");
        if (id == null) {
            if (!repo.insertTargetIfAbsent(p.code(), d, by, clock.instant())) {
                throw new FormationException("formation.error.targetExists");
            }
        } else if (repo.targets(p.code()).stream().noneMatch(t -> t.id() == id && t.metric() == d.metric())
                || !repo.updateTarget(id, version, d, by, clock.instant())) {
            throw new FormationException("formation.error.targetChanged");
        }
        return repo.targets(p.code()).stream().filter(t -> t.metric() == d.metric()).findFirst().orElseThrow();
    }

    private static TargetDraft validTarget(TargetDraft d) {
        if (d == null || d.metric() == null || d.scope() == null) {
            throw new FormationException("formation.error.targetMetric");
        }
        if (d.targetValue() == null || d.targetFy() == null) {
            throw new FormationException("formation.error.targetRequired");
        }
        BigDecimal max = d.metric() == TargetMetric.COVERAGE ? BigDecimal.valueOf(100) : BigDecimal.valueOf(10_000);
        for (BigDecimal v : new BigDecimal[] {d.baselineValue(), d.targetValue()}) {
            if (v != null && (v.signum() < 0 || v.compareTo(max) > 0 || v.scale() > 3)) {
                throw new FormationException("formation.error.targetValue", max.toPlainString());
            }
        }
        for (Integer fy : new Integer[] {d.baselineFy(), d.targetFy()}) {
            if (fy != null && (fy < FormationLimits.FISCAL_YEAR_MIN || fy > FormationLimits.FISCAL_YEAR_MAX)) {
                throw new FormationException("formation.error.fiscalYear", FormationLimits.FISCAL_YEAR_MIN,
                        FormationLimits.FISCAL_YEAR_MAX);
            }
        }
        if ((d.baselineValue() == null) != (d.baselineFy() == null)) {
            throw new FormationException("formation.error.baselinePair");
        }
        if (d.baselineFy() != null && d.baselineFy() >= d.targetFy()) {
            throw new FormationException("formation.error.baselineBeforeTarget");
        }
        String source = Text.clean(d.sourceText()).strip();
        if (source.isEmpty()) {
            throw new FormationException("formation.error.sourceRequired");
        }
        Text.limit(source, FormationLimits.TARGET_SOURCE_MAX, "formation.error.sourceTooLong");
        return new TargetDraft(d.metric(), d.scope(), d.baselineValue(), d.baselineFy(), d.targetValue(), d.targetFy(), source);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> exportCsv(String prefectureCode) {
        return prefecture(prefectureCode).map(exports::csv);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> exportXlsx(String prefectureCode) {
        return prefecture(prefectureCode).map(exports::xlsx);
    }

    private PrefectureKpi kpi(Prefecture p) {
        return Kpis.compute(p, repo.municipalities(p.code()), repo.prefectureHistory(p.code()), repo.targets(p.code()),
                progress.byMunicipality(p.code()), today());
    }
}
