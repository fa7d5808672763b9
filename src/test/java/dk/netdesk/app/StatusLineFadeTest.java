package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.db.Database;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a confirmation on the status line ("Balance settings saved.") goes after {@link StatusLine#FADE} and
 * when the user goes to another screen; a refusal or a failure stays until another message or the end of its
 * state. Without a window: the fade is timed by a timer the test fires itself.
 */
class StatusLineFadeTest {

    /** A timer the test fires: each task waits in {@link #pending} until {@link #fire}. */
    static final class ManualTimer implements StatusLine.Timer {
        record Task(Duration delay, Runnable run, boolean[] cancelled) {
        }

        final List<Task> pending = new ArrayList<>();

        @Override
        public Runnable after(Duration delay, Runnable task) {
            Task t = new Task(delay, task, new boolean[1]);
            pending.add(t);
            return () -> t.cancelled()[0] = true;
        }

        /** Runs every task not cancelled, as if their time had come. */
        void fire() {
            List<Task> now = new ArrayList<>(pending);
            pending.clear();
            now.stream().filter(t -> !t.cancelled()[0]).forEach(t -> t.run().run());
        }
    }

    @TempDir
    Path dir;
    Database database;
    AppContext context;
    ManualTimer timer = new ManualTimer();
    Messages messages;

    @BeforeEach
    void setUp() throws Exception {
        database = Database.open(dir);
        messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        context = new AppContext(database, Background.direct(), messages, TestApp.CLOCK, (period, tick) -> { }, timer);
        context.shell().loadAtStart(Locale.ENGLISH);
        context.calendar().load();
    }

    @AfterEach
    void tearDown() throws Exception {
        database.close();
    }

    private String status() {
        return context.status().textProperty().get();
    }

    private void saveBalance() {
        context.calendar().saveBalance(context.calendar().balanceProperty().get(), context.calendar().zone());
        assertThat(status()).isEqualTo("Balance settings saved.");
    }

    @Test
    void aConfirmationGoesWhenTheUserGoesToAnotherScreen() {
        context.shell().screenShown("calendar");
        saveBalance();
        context.shell().screenShown("calendar");
        assertThat(status()).as("the same screen shown again").isEqualTo("Balance settings saved.");
        context.shell().screenShown("today");
        assertThat(status()).as("Ctrl+1 from the calendar").isEmpty();
    }

    @Test
    void aConfirmationFadesAfterSomeSecondsAndFollowsALanguageSwitchUntilThen() {
        saveBalance();
        assertThat(timer.pending).extracting(ManualTimer.Task::delay).containsExactly(StatusLine.FADE);
        messages.setLocale(new Locale("da"));
        assertThat(status()).isEqualTo(messages.get("calendar.status.balanceSaved"));
        timer.fire();
        assertThat(status()).isEmpty();
    }

    @Test
    void aLaterMessageIsNotClearedByAnEarlierConfirmationsFade() {
        saveBalance();
        context.status().show(() -> "The change was not saved.");
        timer.fire();
        context.shell().screenShown("today");
        context.shell().screenShown("library");
        assertThat(status()).as("a failure stays until something else is said").isEqualTo("The change was not saved.");

        saveBalance();
        List<ManualTimer.Task> first = new ArrayList<>(timer.pending);
        timer.pending.clear();
        context.status().done(() -> "Saved Anna.");
        first.forEach(t -> t.run().run()); // the first fade's time comes anyway (a timer that could not be stopped)
        assertThat(status()).as("the newer confirmation keeps its own time").isEqualTo("Saved Anna.");
        timer.fire();
        assertThat(status()).isEmpty();
    }

    @Test
    void aMessageAboutAStateStaysAcrossScreensWhileTheStateHolds() {
        SimpleBooleanProperty wrong = new SimpleBooleanProperty(true);
        context.status().showWhile(() -> "Not saved: correct the fields marked in red.", wrong);
        timer.fire();
        context.shell().screenShown("today");
        context.shell().screenShown("contacts");
        assertThat(status()).isEqualTo("Not saved: correct the fields marked in red.");
        wrong.set(false);
        assertThat(status()).isEmpty();
    }
}
