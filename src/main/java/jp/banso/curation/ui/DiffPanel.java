package jp.banso.curation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jp.banso.curation.RevisionDiff;

/**
 * A section-by-section diff: each changed section with inserted text marked <ins>, deleted text <del>
 * (as elements with text, never HTML strings, so nothing in an article can inject markup here).
 */
class DiffPanel extends Div {

    DiffPanel() {
        addClassName("diff-panel");
    }

    void show(RevisionDiff diff, boolean includeUnchanged) {
        removeAll();
        if (!diff.hasChanges() && !includeUnchanged) {
            add(new Paragraph(getTranslation("diff.none")));
            return;
        }
        for (RevisionDiff.SectionDiff s : diff.sections()) {
            if (s.change() == RevisionDiff.Change.UNCHANGED && !includeUnchanged) {
                continue;
            }
            Div block = new Div();
            block.addClassNames("diff-section", "diff-" + s.change().name().toLowerCase());
            String title = s.anchor().isEmpty() ? getTranslation("diff.frontMatter") : s.title();
            block.add(new H4(title + " — " + getTranslation("diff.change." + s.change().name())));
            Div text = new Div();
            text.addClassName("diff-text");
            for (RevisionDiff.Segment seg : s.segments()) {
                Span span = new Span(seg.text());
                if (seg.kind() == RevisionDiff.SegmentKind.INSERTED) {
                    span.getElement().setAttribute("class", "diff-ins");
                    span.getElement().setAttribute("title", getTranslation("diff.inserted"));
                } else if (seg.kind() == RevisionDiff.SegmentKind.DELETED) {
                    span.getElement().setAttribute("class", "diff-del");
                    span.getElement().setAttribute("title", getTranslation("diff.deleted"));
                }
                text.add(span);
            }
            block.add(text);
            add(block);
        }
    }
}
