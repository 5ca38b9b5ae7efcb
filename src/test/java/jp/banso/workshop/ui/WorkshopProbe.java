package jp.banso.workshop.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.function.Consumer;
import jp.banso.workshop.BoardRow;
import jp.banso.workshop.ParticipantService;
import jp.banso.workshop.WorkshopBroadcaster;
import jp.banso.workshop.WorkshopService;

/** Test-only access to the views for the benchmark: opens real views in new UIs of the current Vaadin session. */
public final class WorkshopProbe {

    private WorkshopProbe() {
    }

    private static UI newUi() {
        UI ui = new UI();
        ui.getInternals().setSession(VaadinSession.getCurrent());
        ui.setLocale(java.util.Locale.JAPANESE);
        return ui;
    }

    public static UI openBoard(WorkshopService workshops, WorkshopBroadcaster broadcaster, long sessionId,
                               Consumer<BoardRow> onApplied) {
        UI ui = newUi();
        BoardView board = new BoardView(workshops, broadcaster);
        board.setParameter(null, sessionId);
        board.onApplied = onApplied;
        ui.add(board);
        return ui;
    }

    public static UI openSheet(ParticipantService participants, WorkshopBroadcaster broadcaster, String token) {
        UI ui = newUi();
        SheetView sheet = new SheetView(participants, broadcaster);
        if (!sheet.load(token)) {
            throw new IllegalStateException("no participant");
        }
        ui.add(sheet);
        return ui;
    }

    public static int cardCount(UI boardUi) {
        return boardUi.getChildren().filter(BoardView.class::isInstance).map(b -> ((BoardView) b).cards.size())
                .findFirst().orElse(0);
    }
}
