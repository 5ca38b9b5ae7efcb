package jp.banso.formation;

import java.time.LocalDate;

/** What a step's form saves: owner (a username, or empty for none), due date, status, notes, evidence link. */
public record StepUpdate(String owner, LocalDate dueDate, StepStatus status, String notes, String evidenceUrl) {
}
