package dk.netdesk.app;

import dk.netdesk.ui.DamagedFileDialog;
import dk.netdesk.ui.CloudFolderDialog;
import dk.netdesk.ui.ErrorReporter;
import dk.netdesk.ui.FirstFrame;
import dk.netdesk.ui.FxBackground;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.Shell;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. {@link Netdesk} starts building the {@link AppContext} (opening the
 * database) while the toolkit starts, and hands it over once, here; JavaFX creates this class by
 * reflection, so the hand-over is the one static field in the app.
 */
public final class NetdeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(NetdeskApp.class);
    private static Startup handOver;

    private record Startup(CompletableFuture<AppContext> opening, ErrorReporter errors, FxBackground background,
                           Messages messages, Function<Throwable, Netdesk.Refusal> refusal, PrintStream err,
                           AtomicInteger exitCode, Restorer restorer) {
    }

    /** Puts a backup in place of the damaged database and opens the app on it; see {@link Netdesk#restoreAndOpen}. */
    @FunctionalInterface
    interface Restorer {
        Netdesk.Restored restoreAndOpen(java.nio.file.Path backup) throws Exception;
    }

    private Startup startup;
    private AppContext context;
    private Netdesk.Refusal refused;
    private Optional<String> cloudTool = Optional.empty();

    /**
     * Runs the app until its window closes; returns the exit code. {@code restorer} runs when the user chooses to restore a backup over a damaged file.
     */
    static int launch(CompletableFuture<AppContext> opening, ErrorReporter errors, FxBackground background,
                      Messages messages, Function<Throwable, Netdesk.Refusal> refusal, PrintStream err,
                      Restorer restorer) {
        AtomicInteger exitCode = new AtomicInteger();
        handOver = new Startup(opening, errors, background, messages, refusal, err, exitCode, restorer);
        Application.launch(NetdeskApp.class);
        return exitCode.get();
    }

    /** Waits (off the JavaFX thread) for the database the launcher is opening. */
    @Override
    public void init() {
        startup = handOver;
        handOver = null;
        try {
            context = startup.opening().join();
            cloudTool = context.cloudWarning().check(context.database().dataDir());
        } catch (CompletionException e) {
            refused = startup.refusal().apply(e.getCause());
            startup.err().println(refused.text());
            startup.exitCode().set(refused.exitCode());
        }
    }

    @Override
    public void start(Stage stage) {
        if (refused != null) {
            // From a later task, once the toolkit runs and draws frames: shown here, it could stay blank.
            Platform.runLater(() -> {
                if (refused.offer() != null) {
                    offerRestore(stage, refused.offer());
                    return;
                }
                StartupDialog.build(startup.messages(), refused.text()).showAndWait();
                Platform.exit();
            });
            return;
        }
        showApp(stage, () -> { });
    }

    /**
     * Asks whether to restore {@code offer}'s backup over the damaged file. "Quit" ends the app (the
     * damaged exit code stays); "Restore" restores and opens off the JavaFX thread, then shows the
     * window as a normal start does, with the status line saying where the damaged file is kept. A
     * failed restore is said in a dialog, and the app ends with the damaged exit code.
     */
    private void offerRestore(Stage stage, Netdesk.RestoreOffer offer) {
        Messages messages = startup.messages();
        // No window shows between this dialog and the app's own: the toolkit must not end when it closes.
        Platform.setImplicitExit(false);
        if (!StartupDialog.askRestore(messages, offer)) {
            Platform.exit();
            return;
        }
        Thread restorer = new Thread(() -> {
            try {
                Netdesk.Restored restored = startup.restorer().restoreAndOpen(offer.backup());
                AppContext opened = restored.context();
                Optional<String> tool = opened.cloudWarning().check(opened.database().dataDir());
                Platform.runLater(() -> {
                    context = opened;
                    cloudTool = tool;
                    refused = null;
                    startup.exitCode().set(0);
                    // Only once the window shows may the toolkit end with the last window again.
                    showApp(stage, () -> Platform.setImplicitExit(true));
                    context.status().show(() -> messages.format("integrity.restored", messages.dateTimeSeconds(offer.takenAt()),
                            restored.kept() == null ? "" : restored.kept().getFileName()));
                });
            } catch (Throwable e) {
                LOG.error("Restoring {} at start failed", offer.backup(), e);
                String text = messages.format("startup.damaged.restoreFailed", offer.backup(),
                        offer.file().toAbsolutePath().getParent());
                startup.err().println(text);
                Platform.runLater(() -> {
                    StartupDialog.build(messages, text).showAndWait();
                    Platform.exit();
                });
            }
        }, "netdesk-restore");
        restorer.start();
    }

    /** Builds and shows the main window on the opened {@link #context}, and starts its work; {@code shown} runs once it shows. */
    private void showApp(Stage stage, Runnable shown) {
        var icon = NetdeskApp.class.getResourceAsStream("/dk/netdesk/ui/icon-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        context.setOpener(dk.netdesk.ui.SystemOpener.desktop(getHostServices()::showDocument));
        openWindow(stage, context, Version.current(), shell -> {
            exitAfterFirstFrameIfAsked(stage);
            startup.errors().uiStarted(stage);
            // Once the file is known to be damaged, reads and writes that fail because of it go to the log only.
            startup.errors().setQuietWhile(() -> context.database().writesStopped());
            context.dataFileCheck().setOnDamaged(
                    () -> DamagedFileDialog.show(stage, context.messages(), context.dataFileCheck()));
            FirstFrame.after(stage.getScene(), () -> {
                context.checkAndLoadTheRest();
                context.startReminders(() -> shell.select("calendar"));
                context.startBackups();
                context.startRetentionReminder(stage, shell::showNotice);
                // The board is the heaviest screen to build: once its cards are read, it is built and styled hidden,
                // so that its first visit only shows it (decision 0035).
                whenTrue(context.pipeline().loadedProperty(), () -> Platform.runLater(() -> shell.prepare("pipeline")));
            });
            cloudTool.ifPresent(tool -> Platform.runLater(() -> {
                CloudFolderDialog.build(stage, startup.messages(), tool).showAndWait();
                context.cloudWarning().shown();
            }));
            LOG.info("Netdesk {} started with data folder {}", Version.current(), context.database().dataDir());
            shown.run();
        });
    }

    /**
     * Builds the main window ({@link Shell}) on {@code context} into {@code stage} and shows it once Today's first
     * read is in ({@link AppContext#whenFirstScreenRead}), so that the window's first frame holds the real Today
     * screen, laid out at the window's size, and not a blank or "Reading…" frame. The read runs on the database
     * thread while the window is built; should it take longer than {@link #FIRST_SCREEN_WAIT_MS}, the window shows
     * without it. {@code shown} runs on the JavaFX thread right after the window is shown, with the shell. Call on
     * the JavaFX thread.
     */
    static void openWindow(Stage stage, AppContext context, String version, Consumer<Shell> shown) {
        // The database thread reads Today's follow-ups while the window is built.
        context.loadFirstScreen();
        Shell shell = new Shell(stage, context.shell(), context.undo(), context.status(), context.areas(),
                context.database().dataDir(), version, context.opening()::folder);
        shell.setCanClose(context::closeEditors);
        context.startWelcome(shell, stage);
        shell.setFileCommands(context.fileCommands());
        shell.setOnWorkHours(context::openWorkHours);
        boolean[] done = new boolean[1];
        Runnable show = () -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            shell.show();
            shown.accept(shell);
        };
        PauseTransition patience = new PauseTransition(javafx.util.Duration.millis(FIRST_SCREEN_WAIT_MS));
        patience.setOnFinished(e -> show.run());
        patience.play();
        context.whenFirstScreenRead(() -> {
            patience.stop();
            show.run();
        });
    }

    /** The longest the window waits for Today's first read before it shows without it, in milliseconds. */
    static final long FIRST_SCREEN_WAIT_MS = 1500;

    /** Runs {@code action} once, as soon as {@code flag} is true (at once when it is already). */
    private static void whenTrue(javafx.beans.value.ObservableBooleanValue flag, Runnable action) {
        if (flag.get()) {
            action.run();
            return;
        }
        flag.addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (now) {
                    flag.removeListener(this);
                    action.run();
                }
            }
        });
    }

    /**
     * The packaging hook, off unless asked for: {@code -Dnetdesk.exitAfterFirstFrame=true} quits once the
     * first frame is drawn, after {@code netdesk.exitDelayMs} (default 0), as the AppCDS training run
     * needs. Start-up time is measured from outside the process (packaging/benchmark-startup.sh).
     */
    static void exitAfterFirstFrameIfAsked(Stage stage) {
        if (!Boolean.getBoolean("netdesk.exitAfterFirstFrame") || stage.getScene() == null) {
            return;
        }
        FirstFrame.after(stage.getScene(), () -> {
            PauseTransition delay = new PauseTransition(
                    javafx.util.Duration.millis(Long.getLong("netdesk.exitDelayMs", 0L)));
            delay.setOnFinished(e -> Platform.exit());
            delay.play();
        });
    }

    @Override
    public void stop() {
        startup.errors().uiStopped();
        if (context == null) {
            return;
        }
        try {
            startup.background().close();
            // The database thread has finished: the exit backup uses the connection from here.
            context.backUpAtExit();
            context.database().close();
        } catch (IOException | InterruptedException e) {
            LOG.warn("Closing down did not finish cleanly", e);
        }
    }
}
