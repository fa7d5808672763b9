package dk.netdesk.app;

import dk.netdesk.ui.ErrorReporter;
import dk.netdesk.ui.FxBackground;
import dk.netdesk.ui.Shell;
import java.io.IOException;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. {@link Netdesk} builds the {@link AppContext} before the toolkit
 * starts and hands it over once, here; JavaFX creates this class by reflection, so the
 * hand-over is the one static field in the app.
 */
public final class NetdeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(NetdeskApp.class);
    private static Startup handOver;

    private record Startup(AppContext context, ErrorReporter errors, FxBackground background) {
    }

    private Startup startup;

    static void launch(AppContext context, ErrorReporter errors, FxBackground background) {
        handOver = new Startup(context, errors, background);
        Application.launch(NetdeskApp.class);
    }

    @Override
    public void init() {
        startup = handOver;
        handOver = null;
    }

    @Override
    public void start(Stage stage) {
        AppContext context = startup.context();
        var icon = NetdeskApp.class.getResourceAsStream("/dk/netdesk/ui/icon-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        context.setOpener(getHostServices()::showDocument);
        Shell shell = new Shell(stage, context.shell(), context.undo(), context.status(), context.areas(),
                context.database().dataDir(), Version.current(), getHostServices()::showDocument);
        shell.show();
        startup.errors().uiStarted(stage);
        context.startLoading();
        context.startReminders();
        LOG.info("Netdesk {} started with data folder {}", Version.current(), context.database().dataDir());
    }

    @Override
    public void stop() {
        try {
            startup.background().close();
            startup.context().database().close();
        } catch (IOException | InterruptedException e) {
            LOG.warn("Closing down did not finish cleanly", e);
        }
    }
}
