package dk.netdesk.calendar;

import dk.netdesk.ui.Background;
import dk.netdesk.ui.ErrorReporter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reminders: an injected {@link Ticker} calls {@link #check} every {@link #PERIOD}, which hands the
 * reminders that came due since the last check to {@link #setOnDue}. What came due while the app
 * was closed (up to two weeks back) goes to {@link #setOnMissed} at start. The checks are not
 * asked for by the user, so their failures go to the log only, never to a dialog.
 */
public final class ReminderViewModel {

    /** Calls {@code tick} every {@code period}, off the JavaFX thread, until the app closes. */
    @FunctionalInterface
    public interface Ticker {
        void every(Duration period, Runnable tick);
    }

    public static final Duration PERIOD = Duration.ofSeconds(20);
    static final Duration MISSED_HORIZON = Duration.ofDays(14);

    private final CalendarService service;
    private final Background background;
    private final Clock clock;
    private final Ticker ticker;
    private boolean ticking;
    private volatile Instant checkedUntil;
    private Consumer<List<Occurrence>> onDue = list -> { };
    private Consumer<List<Occurrence>> onMissed = list -> { };
    /** Snoozed reminders and when they come again; kept in memory only (a restart shows them as missed no more). */
    private final List<Snoozed> snoozed = new java.util.concurrent.CopyOnWriteArrayList<>();

    private record Snoozed(Occurrence occurrence, Instant due) {
    }

    /** @param ticker the timer; tests pass one that never ticks and call {@link #check} themselves */
    public ReminderViewModel(CalendarService service, Background background, Clock clock, Ticker ticker) {
        this.service = service;
        this.background = background;
        this.clock = clock;
        this.ticker = ticker;
    }

    public void setOnDue(Consumer<List<Occurrence>> onDue) {
        this.onDue = onDue;
    }

    public void setOnMissed(Consumer<List<Occurrence>> onMissed) {
        this.onMissed = onMissed;
    }

    /** Lists missed reminders, then starts the ticks (once). */
    public void start() {
        Instant now = clock.instant();
        background.run(() -> {
            Instant last = service.lastReminderCheck().orElse(now);
            Instant from = last.isBefore(now.minus(MISSED_HORIZON)) ? now.minus(MISSED_HORIZON) : last;
            List<Occurrence> missed = from.isBefore(now) ? service.remindersDue(from, now) : List.of();
            remember(now);
            return missed;
        }, missed -> {
            checkedUntil = now;
            if (!missed.isEmpty()) {
                onMissed.accept(missed);
            }
            startTicking();
        }, e -> {
            ErrorReporter.logQuietly("listing missed reminders", e);
            checkedUntil = now;
            startTicking();
        });
    }

    private void startTicking() {
        if (!ticking) {
            ticking = true;
            ticker.every(PERIOD, this::check);
        }
    }

    /**
     * Writes the time of the last check. The user did not ask for this write, so a failure (a full
     * disk, a locked file) goes to the log only; the reminders found are shown all the same.
     */
    private void remember(Instant now) {
        try {
            service.setLastReminderCheck(now);
        } catch (RuntimeException e) {
            ErrorReporter.logQuietly("remembering the time of the reminder check", e);
        }
    }

    /**
     * Shows a reminder again after {@code delay} (e.g. 5, 10 or 15 minutes): the first {@link #check}
     * at or after now + delay hands it to {@link #setOnDue} once more. Held in memory only.
     */
    public void snooze(Occurrence occurrence, Duration delay) {
        snoozed.add(new Snoozed(occurrence, clock.instant().plus(delay)));
    }

    /** One tick: reminders that came due since the last tick, then snoozed ones whose time came. Runs on the ticker's thread in the app. */
    public void check() {
        Instant from = checkedUntil == null ? clock.instant() : checkedUntil;
        Instant now = clock.instant();
        if (!now.isAfter(from)) {
            return;
        }
        checkedUntil = now;
        List<Occurrence> again = new java.util.ArrayList<>();
        for (Snoozed s : snoozed) {
            if (!s.due().isAfter(now) && snoozed.remove(s)) {
                again.add(s.occurrence());
            }
        }
        background.run(() -> {
            List<Occurrence> due = new java.util.ArrayList<>(service.remindersDue(from, now));
            due.addAll(again);
            remember(now);
            return due;
        }, due -> {
            if (!due.isEmpty()) {
                onDue.accept(due);
            }
        }, e -> ErrorReporter.logQuietly("checking for due reminders", e));
    }
}
