package jp.banso.formation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One step of a playbook run; {@code anchor} names the playbook step it was copied from (null if added). */
public record RunStep(long id, long runId, int position, String anchor, String title, String whatToDo, List<String> agenda,
                      String scenarioSlug, String owner, LocalDate dueDate, StepStatus status, String notes,
                      Long evidenceSessionId, String evidenceUrl, String updatedBy, Instant updatedAt, int version) {
}
