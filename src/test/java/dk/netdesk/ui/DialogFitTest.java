package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dialog whose content is taller than the screen stays on the screen with its buttons visible, and its
 * content scrolls; one whose content grows after it is shown grows up to the screen and no further; a dialog
 * that fits looks as it did without {@link DialogFit} (wrapped text wraps at the dialog's width).
 */
@ExtendWith(ApplicationExtension.class)
class DialogFitTest {

    private static final String LONG = "This sentence is long enough that it has to wrap onto several lines in a narrow "
            + "dialog, and every word of it must still be shown in full rather than cut off with an ellipsis.";

    private Stage stage;
    private Dialog<ButtonType> dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.LIGHT.apply();
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        if (dialog != null) {
            WaitForAsyncUtils.asyncFx(() -> dialog.close()).get();
        }
    }

    private Dialog<ButtonType> dialog(VBox content) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle("Fit");
        d.setResizable(true);
        d.getDialogPane().setContent(DialogFit.pad(content));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        return DialogFit.onScreen(d);
    }

    private static VBox lines(int count) {
        VBox box = new VBox(6);
        for (int i = 1; i <= count; i++) {
            Label line = new Label("Line " + i);
            line.setId("line-" + i);
            box.getChildren().add(line);
        }
        return box;
    }

    @Test
    void contentTallerThanTheScreenScrollsAndTheButtonsStayOnScreen(FxRobot robot) throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        int count = (int) (screen.getHeight() / 10); // far more than the screen holds
        dialog = WaitForAsyncUtils.asyncFx(() -> {
            Dialog<ButtonType> d = dialog(lines(count));
            d.show();
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertOnScreen(dialog, screen);
        ScrollPane scroll = robot.lookup(".dialog-fit").queryAs(ScrollPane.class);
        Label last = robot.lookup("#line-" + count).queryAs(Label.class);
        assertThat(isInView(last, scroll)).as("the last line is below the fold at first").isFalse();
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        assertThat(isInView(last, scroll)).as("scrolling down shows the last line").isTrue();
    }

    @Test
    void contentThatGrowsAfterShowingGrowsTheWindowUpToTheScreenOnly(FxRobot robot) throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        VBox content = lines(2);
        dialog = WaitForAsyncUtils.asyncFx(() -> {
            Dialog<ButtonType> d = dialog(content);
            d.show();
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        double before = dialog.getHeight();

        // a form's error lines appear under it, many of them (the balance settings with every day wrong)
        robot.interact(() -> content.getChildren().add(new Label("An error\n".repeat(4).strip())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getHeight()).as("grows for a few lines").isGreaterThan(before);
        assertOnScreen(dialog, screen);

        robot.interact(() -> content.getChildren().add(new Label("An error\n".repeat((int) screen.getHeight() / 10).strip())));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertOnScreen(dialog, screen);
    }

    @Test
    void aDialogPlacedPartlyOffTheScreenIsMovedOnto(FxRobot robot) throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        dialog = WaitForAsyncUtils.asyncFx(() -> {
            Dialog<ButtonType> d = dialog(lines(3));
            d.setX(screen.getMaxX() - 40);
            d.setY(screen.getMaxY() - 40);
            d.show();
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertOnScreen(dialog, screen);
    }

    @Test
    void wrappedTextInAFittingDialogWrapsAtTheDialogsWidthAndShowsEveryWord(FxRobot robot) throws Exception {
        Label text = new Label(LONG);
        text.setWrapText(true);
        text.setId("long");
        dialog = WaitForAsyncUtils.asyncFx(() -> {
            Dialog<ButtonType> d = dialog(new VBox(8, new Label("Heading"), text));
            d.show();
            d.setWidth(320);
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        String shown = String.join(" ", robot.from(text).lookup(".text").queryAllAs(javafx.scene.text.Text.class)
                .stream().map(javafx.scene.text.Text::getText).toList());
        assertThat(shown.replaceAll("\\s+", " ").strip()).isEqualTo(LONG);
        assertThat(text.getHeight()).as("several lines").isGreaterThan(3 * text.getFont().getSize());
        assertThat(text.getHeight()).as("tall enough for its lines").isGreaterThanOrEqualTo(text.prefHeight(text.getWidth()) - 0.5);
        double right = text.localToScene(text.getLayoutBounds()).getMaxX();
        assertThat(right).as("inside the dialog").isLessThanOrEqualTo(dialog.getDialogPane().getScene().getWidth() + 0.5);
        ScrollPane scroll = robot.lookup(".dialog-fit").queryAs(ScrollPane.class);
        assertThat(scroll.getVmax() == 0 || scroll.getViewportBounds().getHeight() >= scroll.getContent().getLayoutBounds().getHeight() - 0.5)
                .as("nothing to scroll").isTrue();
    }

    /** The dialog's window lies inside {@code screen} and its buttons inside the window. */
    static void assertOnScreen(Dialog<?> dialog, Rectangle2D screen) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        assertThat(window.getHeight()).as("window height").isLessThanOrEqualTo(screen.getHeight() + 0.5);
        assertThat(window.getWidth()).as("window width").isLessThanOrEqualTo(screen.getWidth() + 0.5);
        assertThat(window.getY()).as("top").isGreaterThanOrEqualTo(screen.getMinY() - 0.5);
        assertThat(window.getY() + window.getHeight()).as("bottom").isLessThanOrEqualTo(screen.getMaxY() + 0.5);
        assertThat(window.getX()).as("left").isGreaterThanOrEqualTo(screen.getMinX() - 0.5);
        assertThat(window.getX() + window.getWidth()).as("right").isLessThanOrEqualTo(screen.getMaxX() + 0.5);
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            Node button = dialog.getDialogPane().lookupButton(type);
            Bounds inScene = button.localToScene(button.getLayoutBounds());
            assertThat(inScene.getMaxY()).as(type.getText() + " button bottom inside the window")
                    .isLessThanOrEqualTo(dialog.getDialogPane().getScene().getHeight() + 0.5);
            assertThat(inScene.getMaxX()).as(type.getText() + " button right inside the window")
                    .isLessThanOrEqualTo(dialog.getDialogPane().getScene().getWidth() + 0.5);
            Bounds onScreen = button.localToScreen(button.getLayoutBounds());
            assertThat(onScreen.getMaxY()).as(type.getText() + " button on the screen").isLessThanOrEqualTo(screen.getMaxY() + 0.5);
        }
    }

    private static boolean isInView(Node node, ScrollPane scroll) {
        Bounds inScroll = scroll.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        return inScroll.getMinY() >= -0.5 && inScroll.getMaxY() <= scroll.getHeight() + 0.5;
    }

    @Test
    void aFieldMessageInADialogIsDrawnInTheDangerColourLikeInTheMainWindow(FxRobot robot) throws Exception {
        Label plain = new Label("Title");
        Label message = FieldMessage.label("fit-error", new javafx.beans.property.SimpleStringProperty("Give it a title."));
        dialog = WaitForAsyncUtils.asyncFx(() -> {
            Dialog<ButtonType> d = dialog(new VBox(6, plain, message));
            d.show();
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(message.getTextFill()).as("the message's colour").isNotEqualTo(plain.getTextFill());
        javafx.scene.paint.Color red = (javafx.scene.paint.Color) message.getTextFill();
        assertThat(red.getRed()).as("reddish: " + red).isGreaterThan(red.getGreen() + 0.2).isGreaterThan(red.getBlue() + 0.2);
    }

    /** Issue 15, item 17: content built without padding (the Settings labels touched the left edge) gets the app's. */
    @Test
    void contentWithNoPaddingOfItsOwnGetsTheAppsPadding() throws Exception {
        VBox bare = new VBox(new Label("Your name"));
        VBox padded = new VBox(new Label("Language"));
        padded.setPadding(new javafx.geometry.Insets(4));
        WaitForAsyncUtils.asyncFx(() -> {
            for (VBox content : new VBox[] {bare, padded}) {
                Dialog<ButtonType> d = new Dialog<>();
                d.getDialogPane().setContent(content);
                DialogFit.onScreen(d);
            }
        }).get();
        assertThat(bare.getPadding()).isEqualTo(DialogFit.PADDING);
        assertThat(padded.getPadding()).isEqualTo(new javafx.geometry.Insets(4));
    }
}
