package jp.banso.workshop;

/**
 * The agenda timer as of the moment it was read: which item, and how much of its time is left. Browsers
 * count down from {@code remainingMs} themselves, so the server sends only changes (start, pause, next).
 */
public record TimerState(Integer position, String itemTitle, int minutes, boolean running, long remainingMs) {

    public static final TimerState IDLE = new TimerState(null, "", 0, false, 0);

    public boolean idle() {
        return position == null;
    }
}
