package jp.banso.workshop.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.banso.workshop.Affiliation;
import jp.banso.workshop.Board;
import jp.banso.workshop.BoardRow;
import jp.banso.workshop.Participant;
import jp.banso.workshop.SessionKind;
import jp.banso.workshop.SessionStatus;
import jp.banso.workshop.Theme;
import jp.banso.workshop.TimerState;
import jp.banso.workshop.WorkshopEvent;
import jp.banso.workshop.WorkshopSession;
import org.junit.jupiter.api.Test;

/** The board's rules without any view: what the board, the group tiles and the tests share. */
class BoardModelTest {

    static final WorkshopSession SESSION = new WorkshopSession(7, "意見交換会", SessionKind.EXCHANGE,
            LocalDateTime.of(2026, 12, 2, 14, 0), "", false, "", 0, 3, "ABCDEFGH", SessionStatus.OPEN, "f", 0);

    static BoardRow row(long id, long participant, Affiliation a, String content, Long theme, int version) {
        return new BoardRow(id, 7, participant, "人" + participant, a, "", 0, "", content, "", theme, false, 0, version);
    }

    BoardModel model = new BoardModel(new Board(SESSION, List.of(), TimerState.IDLE,
            List.of(new Participant(1, 7, "田中", Affiliation.HOUSING, ""), new Participant(2, 7, "", Affiliation.WELFARE, "")),
            List.of(row(10, 1, Affiliation.HOUSING, "保証人がいない", null, 1)), List.of(new Theme(100, "保証"))));

    @Test
    void an_older_version_arriving_late_does_not_overwrite_a_newer_one() {
        model.apply(new WorkshopEvent.RowSaved(7, row(10, 1, Affiliation.HOUSING, "新しい", null, 3)));
        BoardModel.Change late = model.apply(new WorkshopEvent.RowSaved(7, row(10, 1, Affiliation.HOUSING, "古い", null, 2)));
        assertThat(late).isInstanceOf(BoardModel.Change.None.class);
        assertThat(model.rows().get(10L).content()).isEqualTo("新しい");
    }

    @Test
    void observers_hear_each_change_once_and_counts_follow() {
        List<BoardModel.Change> heard = new ArrayList<>();
        model.observe(heard::add);
        model.apply(new WorkshopEvent.RowSaved(7, row(11, 2, Affiliation.WELFARE, "見守り", null, 0)));
        model.apply(new WorkshopEvent.ParticipantJoined(7, new Participant(3, 7, "", Affiliation.WELFARE, "")));
        model.apply(new WorkshopEvent.RowDeleted(7, 10));
        assertThat(heard).hasSize(3);
        assertThat(model.affiliationCounts()).containsExactly(
                new BoardModel.AffiliationCount(Affiliation.HOUSING, 1, 0),
                new BoardModel.AffiliationCount(Affiliation.WELFARE, 2, 1));
    }

    @Test
    void grouping_by_theme_puts_rows_without_one_last_and_filters_combine() {
        model.apply(new WorkshopEvent.RowSaved(7, row(11, 2, Affiliation.WELFARE, "見守り", 100L, 0)));
        model.setGroupBy(BoardModel.GroupBy.THEME);
        assertThat(model.orderedRows()).extracting(BoardRow::id).containsExactly(11L, 10L);
        assertThat(model.groupKey(model.rows().get(10L))).isEqualTo("none");
        model.setFilter("ﾐﾏﾓﾘ", null, false);
        assertThat(model.matches(model.rows().get(11L))).isFalse();
        model.setFilter("見守", Affiliation.WELFARE, false);
        assertThat(model.matches(model.rows().get(11L))).isTrue();
        assertThat(model.matches(model.rows().get(10L))).isFalse();
    }

    @Test
    void votes_and_status_change_the_model_not_a_view() {
        model.apply(new WorkshopEvent.VotesChanged(7, 10, 4));
        model.apply(new WorkshopEvent.StatusChanged(7, SessionStatus.LOCKED, 5));
        assertThat(model.rows().get(10L).votes()).isEqualTo(4);
        assertThat(model.session().status()).isEqualTo(SessionStatus.LOCKED);
        assertThat(model.session().dotsPerPerson()).isEqualTo(5);
        assertThat(model.toggle(10)).isTrue();
        assertThat(model.toggle(10)).isFalse();
    }

    @Test
    void a_blank_row_is_no_card_and_not_counted_until_it_has_text() {
        List<BoardModel.Change> heard = new ArrayList<>();
        model.observe(heard::add);
        model.apply(new WorkshopEvent.RowSaved(7, row(11, 2, Affiliation.WELFARE, " \u3000", null, 0)));
        assertThat(model.rows()).doesNotContainKey(11L);
        assertThat(model.orderedRows()).extracting(BoardRow::id).containsExactly(10L);
        assertThat(model.affiliationCounts()).contains(new BoardModel.AffiliationCount(Affiliation.WELFARE, 1, 0));
        assertThat(heard).isEmpty();

        model.apply(new WorkshopEvent.RowSaved(7, row(11, 2, Affiliation.WELFARE, "家賃債務保証", null, 1)));
        assertThat(model.orderedRows()).extracting(BoardRow::id).containsExactly(10L, 11L);
        assertThat(model.affiliationCounts()).contains(new BoardModel.AffiliationCount(Affiliation.WELFARE, 1, 1));

        // emptied again: the card goes, and a late older version with text does not bring it back
        model.apply(new WorkshopEvent.RowSaved(7, row(11, 2, Affiliation.WELFARE, "", null, 2)));
        model.apply(new WorkshopEvent.RowSaved(7, row(11, 2, Affiliation.WELFARE, "家賃債務保証", null, 1)));
        assertThat(model.rows()).doesNotContainKey(11L);
        assertThat(heard).hasSize(2).last().isInstanceOf(BoardModel.Change.RowRemoved.class);
    }

    @Test
    void blank_rows_loaded_with_the_board_are_left_out() {
        BoardModel loaded = new BoardModel(new Board(SESSION, List.of(), TimerState.IDLE,
                List.of(new Participant(1, 7, "田中", Affiliation.HOUSING, "")),
                List.of(row(10, 1, Affiliation.HOUSING, "保証人がいない", null, 1), row(12, 1, Affiliation.HOUSING, "", null, 0)),
                List.of()));
        assertThat(loaded.rows().keySet()).containsExactly(10L);
        assertThat(loaded.affiliationCounts()).containsExactly(new BoardModel.AffiliationCount(Affiliation.HOUSING, 1, 1));
    }
}
