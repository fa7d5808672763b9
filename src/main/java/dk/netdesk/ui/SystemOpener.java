package dk.netdesk.ui;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Opens a file or a web address with the system's program for it (a PDF viewer, the browser), and says
 * when that failed, so that the user can be told instead of nothing happening.
 */
@FunctionalInterface
public interface SystemOpener {

    /**
     * Opens {@code uri} (a {@code file:} URI or a web address) without blocking the caller.
     *
     * @param onFailure runs on the JavaFX thread, at most once, with the cause when no program could
     *                  open it (none installed for the kind of file, or it failed to start)
     */
    void open(String uri, Consumer<Exception> onFailure);

    /**
     * The desktop's opener: {@code xdg-open} on Linux (a non-zero exit means no program took the
     * file), {@link Desktop} on Windows and macOS, and {@code fallback} (the JavaFX host services, which
     * cannot report a failure) where neither is there. Runs on a daemon thread of its own.
     */
    static SystemOpener desktop(Consumer<String> fallback) {
        return (uri, onFailure) -> {
            Thread thread = new Thread(() -> {
                try {
                    openNow(uri, fallback);
                } catch (Exception e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            }, "netdesk-open-file");
            thread.setDaemon(true);
            thread.start();
        };
    }

    private static void openNow(String uri, Consumer<String> fallback) throws Exception {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.contains("win") && !os.contains("mac")) {
            Process process = new ProcessBuilder("xdg-open", uri)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // xdg-open returns once the program is started; 3 and 4: no program for the file, or it failed.
            if (process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() != 0) {
                throw new IOException("xdg-open could not open " + uri + " (exit " + process.exitValue() + ")");
            }
            return;
        }
        if (Desktop.isDesktopSupported()) {
            Desktop desktop = Desktop.getDesktop();
            URI address = URI.create(uri);
            if ("file".equalsIgnoreCase(address.getScheme()) && desktop.isSupported(Desktop.Action.OPEN)) {
                desktop.open(new File(address));
                return;
            }
            if (desktop.isSupported(Desktop.Action.BROWSE)) {
                desktop.browse(address);
                return;
            }
        }
        Platform.runLater(() -> fallback.accept(uri));
    }
}
