package jp.banso.formation;

/** The KPIs at the end of a fiscal year (for the current year: as recorded so far). */
public record KpiPoint(int fiscalYear, boolean current, KpiValue own, KpiValue ownOrJoint) {

    public KpiValue of(CouncilScope scope) {
        return scope == CouncilScope.OWN ? own : ownOrJoint;
    }
}
