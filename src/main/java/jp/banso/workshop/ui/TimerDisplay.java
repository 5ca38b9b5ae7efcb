package jp.banso.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import jp.banso.workshop.TimerState;

/**
 * The agenda timer: the server sends only changes (start, pause, next); the browser counts down from the
 * remaining time itself, so no server thread ticks per viewer.
 */
final class TimerDisplay extends Div {

    final Span item = new Span();
    final Span clock = new Span();
    final Span state = new Span();

    TimerDisplay() {
        addClassName("workshop-timer");
        item.addClassName("timer-item");
        clock.addClassName("timer-clock");
        state.addClassName("timer-state");
        getElement().setAttribute("role", "timer");
        add(item, clock, state);
    }

    void show(TimerState t) {
        if (t.idle()) {
            item.setText(getTranslation("workshop.timer.idle"));
            clock.setText("");
            state.setText("");
            getElement().executeJs("clearInterval(this._t)");
            return;
        }
        item.setText(getTranslation("workshop.timer.item", t.position() + 1, t.itemTitle()));
        clock.setText(format(t.remainingMs()));
        state.setText(getTranslation(t.running() ? "workshop.timer.running" : "workshop.timer.paused"));
        getElement().executeJs("""
                const el = this; clearInterval(el._t);
                const deadline = $1 ? Date.now() + $0 : null;
                const render = () => {
                  let ms = deadline ? deadline - Date.now() : $0; const over = ms < 0; ms = Math.abs(ms);
                  const s = Math.floor(ms / 1000);
                  el.querySelector('.timer-clock').textContent = (over ? '+' : '')
                    + String(Math.floor(s / 60)).padStart(2, '0') + ':' + String(s % 60).padStart(2, '0');
                  el.classList.toggle('overtime', over);
                };
                render(); if ($1) { el._t = setInterval(render, 1000); }""", (double) t.remainingMs(), t.running());
    }

    /** The facilitator's start / pause / next buttons, labelled the same on every page that has them. */
    static void labelControls(Button start, Button pause, Button next) {
        start.setText(start.getTranslation("workshop.timer.start"));
        start.setIcon(VaadinIcon.PLAY.create());
        pause.setText(pause.getTranslation("workshop.timer.pause"));
        pause.setIcon(VaadinIcon.PAUSE.create());
        next.setText(next.getTranslation("workshop.timer.next"));
        next.setIcon(VaadinIcon.STEP_FORWARD.create());
    }

    static String format(long ms) {
        boolean over = ms < 0;
        long s = Math.abs(ms) / 1000;
        return (over ? "+" : "") + String.format("%02d:%02d", s / 60, s % 60);
    }
}
