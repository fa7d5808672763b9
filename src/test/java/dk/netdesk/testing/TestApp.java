package dk.netdesk.testing;

import dk.netdesk.app.AppContext;
import dk.netdesk.app.Bundles;
import dk.netdesk.db.Database;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.Shell;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import javafx.stage.Stage;

/**
 * A whole app on a fresh database in a temp folder, wired like the real one but with
 * {@link Background#direct()} so every database call finishes before the next line of a test.
 */
public final class TestApp implements AutoCloseable {

    /** 2026-11-28 10:00 in Copenhagen: the "now" of every test that does not set its own. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    private final Database database;
    private final AppContext context;

    private TestApp(Database database, AppContext context) {
        this.database = database;
        this.context = context;
    }

    public static TestApp open(Path dataDir, Locale locale) {
        return open(dataDir, locale, CLOCK);
    }

    public static TestApp open(Path dataDir, Locale locale, Clock clock) {
        try {
            Database database = Database.open(dataDir);
            Messages messages = new Messages(locale, Bundles.ALL);
            AppContext context = new AppContext(database, Background.direct(), messages, clock, (period, tick) -> { });
            context.shell().loadAtStart(locale);
            messages.setLocale(locale);
            return new TestApp(database, context);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds and shows the main window on the given stage; call on the JavaFX thread. */
    public Shell showShell(Stage stage) {
        Shell shell = new Shell(stage, context.shell(), context.undo(), context.status(), context.areas(),
                database.dataDir(), "test", context.opening()::folder);
        shell.setCanClose(context::closeEditors);
        shell.setFileCommands(context.fileCommands());
        shell.setOnWorkHours(context::openWorkHours);
        shell.show();
        context.startLoading();
        return shell;
    }

    public AppContext context() {
        return context;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        try {
            database.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
