package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.AppContext;
import dk.netdesk.app.Bundles;
import dk.netdesk.db.Database;
import dk.netdesk.testing.FailingBackground;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 item 19: "What you typed is in the dialog again" is said while that dialog is open, and goes with it. */
class EventNotSavedMessageTest {

    @TempDir
    Path dir;
    Database database;
    AppContext context;
    final List<Throwable> reported = new ArrayList<>();
    final FailingBackground background = new FailingBackground(() -> new IOException("disk I/O error"), reported::add);

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir);
        context = new AppContext(database, background, new Messages(Locale.ENGLISH, Bundles.ALL), TestApp.CLOCK,
                (period, tick) -> { });
        context.shell().loadAtStart(Locale.ENGLISH);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private String status() {
        return context.status().textProperty().get();
    }

    @Test
    void theNotSavedMessageHoldsWhileTheDialogIsOpenAgainAndGoesWhenItCloses() {
        List<String> whileOpen = new ArrayList<>();
        List<EventDraft> reopened = new ArrayList<>();
        // the view's handler opens the dialog again and returns when it is closed (showAndWait)
        context.calendar().setOnSaveFailed((occurrence, draft) -> {
            reopened.add(draft);
            whileOpen.add(status());
        });
        EventDraft draft = new EventDraft("Home party", LocalDateTime.of(2026, 12, 3, 19, 0),
                LocalDateTime.of(2026, 12, 3, 21, 0), false, "", "", null, Kind.values()[0], null, null);
        background.failing = true;

        context.calendar().create(draft);

        assertThat(reported).hasSize(1);
        assertThat(reopened).containsExactly(draft);
        assertThat(whileOpen).containsExactly("The event was not saved. What you typed is in the dialog again.");
        assertThat(status()).as("the dialog is closed again").isEmpty();
    }
}
