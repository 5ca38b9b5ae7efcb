package jp.banso.workshop.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.function.Consumer;
import jp.banso.workshop.BoardRow;
import jp.banso.workshop.GroupWorkService;
import jp.banso.workshop.ParticipantService;
import jp.banso.workshop.WorkshopBroadcaster;
import jp.banso.workshop.WorkshopService;

/** Test-only access to the views for the benchmark: opens real views in new UIs of the current Vaadin session. */
public final class WorkshopProbe {

    private WorkshopProbe() {
    }

    /**
     * What the server does when it sends a page to the browser: runs the tasks before the response and hands the
     * changes and pending JavaScript over. A UI that was never sent keeps them as a backlog no served page holds.
     */
    private static UI sent(UI ui) {
        new com.vaadin.flow.server.communication.UidlWriter().createUidl(ui, false);
        return ui;
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
        return sent(ui);
    }

    public static UI openSheet(ParticipantService participants, WorkshopBroadcaster broadcaster, GroupWorkService groups,
                               String token) {
        UI ui = newUi();
        SheetView sheet = new SheetView(participants, broadcaster, groups);
        if (!sheet.load(token)) {
            throw new IllegalStateException("no participant");
        }
        ui.add(sheet);
        return sent(ui);
    }

    public static int cardCount(UI boardUi) {
        return boardUi.getChildren().filter(BoardView.class::isInstance).map(b -> ((BoardView) b).cards.size())
                .findFirst().orElse(0);
    }

    /** A member's group page in a new UI; {@code onApplied} hears every stored cell that reached it. */
    public static UI openGroupSheet(ParticipantService participants, GroupWorkService groups, WorkshopBroadcaster broadcaster,
                                    String token, Consumer<jp.banso.workshop.GroupCell> onApplied) {
        UI ui = newUi();
        GroupSheetView view = new GroupSheetView(participants, groups, broadcaster);
        if (!view.load(token)) {
            throw new IllegalStateException("not in a group");
        }
        view.onApplied = onApplied;
        ui.add(view);
        return sent(ui);
    }

    /** The facilitator's overview of every group's worksheet in a new UI. */
    public static UI openOverview(GroupWorkService groups, WorkshopService workshops, WorkshopBroadcaster broadcaster,
                                  long sessionId, Consumer<jp.banso.workshop.GroupCell> onApplied) {
        UI ui = newUi();
        OverviewView view = new OverviewView(groups, workshops, broadcaster);
        view.setParameter(null, sessionId);
        view.onApplied = onApplied;
        ui.add(view);
        return sent(ui);
    }
}
