package dk.netdesk.calendar;

import dk.netdesk.ui.Background;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reminders: a timer off the JavaFX thread checks every {@link #PERIOD} which reminders came due
 * since the last check and hands them to {@link #setOnDue}. What came due while the app was
 * closed (up to two weeks back) goes to {@link #setOnMissed} at start.
 */
public final class ReminderViewModel implements AutoCloseable {

    public static final Duration PERIOD = Duration.ofSeconds(20);
    static final Duration MISSED_HORIZON = Duration.ofDays(14);

    private final CalendarService service;
    private final Background background;
    private final Clock clock;
    private ScheduledExecutorService timer;
    private volatile Instant checkedUntil;
    private Consumer<List<Occurrence>> onDue = list -> { };
    private Consumer<List<Occurrence>> onMissed = list -> { };

    public ReminderViewModel(CalendarService service, Background background, Clock clock) {
        this.service = service;
        this.background = background;
        this.clock = clock;
    }

    public void setOnDue(Consumer<List<Occurrence>> onDue) {
        this.onDue = onDue;
    }

    public void setOnMissed(Consumer<List<Occurrence>> onMissed) {
        this.onMissed = onMissed;
    }

    /** Lists missed reminders, then starts the timer (when {@code withTimer}). */
    public void start(boolean withTimer) {
        Instant now = clock.instant();
        background.run(() -> {
            Instant last = service.lastReminderCheck().orElse(now);
            Instant from = last.isBefore(now.minus(MISSED_HORIZON)) ? now.minus(MISSED_HORIZON) : last;
            List<Occurrence> missed = from.isBefore(now) ? service.remindersDue(from, now) : List.of();
            service.setLastReminderCheck(now);
            return missed;
        }, missed -> {
            checkedUntil = now;
            if (!missed.isEmpty()) {
                onMissed.accept(missed);
            }
            if (withTimer && timer == null) {
                timer = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread thread = new Thread(r, "netdesk-reminders");
                    thread.setDaemon(true);
                    return thread;
                });
                timer.scheduleAtFixedRate(this::check, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    /** One tick: reminders that came due since the last tick. Runs on the timer thread in the app. */
    public void check() {
        Instant from = checkedUntil == null ? clock.instant() : checkedUntil;
        Instant now = clock.instant();
        if (!now.isAfter(from)) {
            return;
        }
        checkedUntil = now;
        background.run(() -> {
            List<Occurrence> due = service.remindersDue(from, now);
            service.setLastReminderCheck(now);
            return due;
        }, due -> {
            if (!due.isEmpty()) {
                onDue.accept(due);
            }
        });
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
