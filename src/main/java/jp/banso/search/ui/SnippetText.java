package jp.banso.search.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import jp.banso.search.Snippet;

/** A snippet as DOM: text nodes and {@code <mark>} elements, never HTML parsed from content. */
final class SnippetText {

    private SnippetText() {
    }

    static Paragraph of(Snippet snippet) {
        Paragraph p = new Paragraph();
        p.addClassName("search-snippet");
        for (Snippet.Part part : snippet.parts()) {
            if (part.marked()) {
                Element mark = new Element("mark");
                mark.setText(part.text());
                p.getElement().appendChild(mark);
            } else {
                p.getElement().appendChild(Element.createText(part.text()));
            }
        }
        return p;
    }
}
