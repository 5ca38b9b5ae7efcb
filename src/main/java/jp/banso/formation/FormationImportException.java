package jp.banso.formation;

import java.util.List;

/** An import refused as a whole, with every problem found (nothing was imported). */
public class FormationImportException extends FormationException {

    private final transient List<ImportProblem> problems;

    public FormationImportException(List<ImportProblem> problems) {
        super("formation.import.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
