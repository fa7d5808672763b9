package bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor of the start-up benchmark (packaging/benchmark-startup.sh): the smallest JavaFX window,
 * one Label, titled "BareWindow" so that xdotool can find it, packaged with the same jlink runtime
 * and the same launcher as Netdesk.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("BareWindow");
            stage.setScene(new Scene(new Label("bare"), 800, 600));
            stage.show();
        }
    }
}
