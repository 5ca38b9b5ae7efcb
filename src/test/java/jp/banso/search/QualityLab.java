package jp.banso.search;

/**
 * Hand-run: the figures of {@link SearchQualityTest} without Maven or JUnit (for quick measuring);
 * {@code -Dfinal=true} adds the unseen set's final ten questions.
 */
public final class QualityLab {

    public static void main(String[] args) throws Exception {
        SearchQualityTest.buildIndexes();
        SearchQualityTest.print("dev", SearchEval.run(SearchQualityTest.onShipped));
        SearchQualityTest.print("holdout", SearchEval.runHoldout(SearchQualityTest.onShipped));
        SearchQualityTest.print("variants", SearchEval.runVariants(SearchQualityTest.onShipped));
        SearchQualityTest.print("unseen", SearchEval.runSlugFile(SearchQualityTest.onUnseen, "search-unseen/questions.tsv"));
        if (Boolean.getBoolean("final")) {
            SearchQualityTest.print("unseen-final",
                    SearchEval.runSlugFile(SearchQualityTest.onUnseen, "search-unseen/questions-final.tsv"));
        }
        SearchQualityTest.close();
        System.exit(0);
    }
}
