package jp.banso.curation;

/**
 * Someone saved a newer version since the editor opened theirs: nothing was saved. Carries both texts so
 * the editor can show them side by side and let the person merge by hand.
 */
public class EditConflictException extends RuntimeException {

    private final ArticleRevision theirs;
    private final String mine;

    public EditConflictException(ArticleRevision theirs, String mine) {
        super("article " + theirs.slug() + " was saved by " + theirs.author() + " (version " + theirs.number()
                + ") since you opened it");
        this.theirs = theirs;
        this.mine = mine;
    }

    public ArticleRevision theirs() {
        return theirs;
    }

    public String mine() {
        return mine;
    }
}
