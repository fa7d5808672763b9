package bench;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline of the cold-start benchmark (packaging/benchmark-startup.sh): one Label in a
 * window, packaged into the same kind of jlink runtime as Netdesk. Prints
 * first-frame-ms=<ms since the process started> after the first frame, then exits,
 * measured exactly as NetdeskApp does with -Dnetdesk.printStartup=true.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("Hello from a bare JavaFX window"), 640, 400);
            stage.setTitle("Bare");
            stage.setScene(scene);
            stage.show();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> {
                    long ms = ProcessHandle.current().info().startInstant()
                            .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
                    System.out.println("first-frame-ms=" + ms);
                    Platform.exit();
                });
            };
            scene.addPostLayoutPulseListener(listener[0]);
        }
    }
}
