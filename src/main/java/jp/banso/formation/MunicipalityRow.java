package jp.banso.formation;

/** A municipality on its prefecture's dashboard: its stage and how far its playbook runs are (null: none). */
public record MunicipalityRow(Municipality municipality, Integer playbookProgressPercent) {
}
