package jp.banso.formation.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.banso.base.ui.CardListView;
import jp.banso.formation.PlaybookService;
import jp.banso.formation.PlaybookSummary;

/** The published playbooks: the paths the cases took, as steps to follow. */
@Route("playbooks")
@Menu(title = "nav.playbooks", order = 4, icon = "vaadin:road")
@AnonymousAllowed
public class PlaybookListView extends CardListView {

    public PlaybookListView(PlaybookService playbooks) {
        super("playbook-list-view", "playbook.list.title", "playbook.list.lead");
        for (PlaybookSummary p : playbooks.listPublished()) {
            addCard(p.slug(), "playbooks/" + p.slug(), p.title(), p.summary(),
                    badge(getTranslation("playbook.steps", p.stepCount()), "kind-playbook"));
        }
    }
}
