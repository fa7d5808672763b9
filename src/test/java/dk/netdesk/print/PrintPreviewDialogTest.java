package dk.netdesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PrintPreviewDialogTest {

    private static final PrintFonts FONTS = new PrintFonts();

    private final Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
    private final StatusLine status = new StatusLine();
    private final Fake printers = new Fake();
    private Stage stage;
    private Dialog<ButtonType> dialog;
    private PrintViewModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dk.netdesk.ui.Theme.LIGHT.apply();
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        if (dialog != null) {
            WaitForAsyncUtils.asyncFx(() -> dialog.close()).get();
        }
    }

    private void open(List<String> names) throws Exception {
        printers.names = names;
        PrintViewModel model = new PrintViewModel((monday, personal) -> SampleWeeks.ordinary(monday), () -> "Maria Sørensen",
                FONTS, printers, Background.direct(), messages, status,
                java.time.Clock.systemDefaultZone());
        this.model = model;
        dialog = WaitForAsyncUtils.asyncFx(() -> {
            Dialog<ButtonType> d = new PrintPreviewDialog(model, messages).build(stage, SampleWeeks.MONDAY_48.plusDays(2));
            d.show();
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyOptionShowsItsWholeLabel(FxRobot robot) throws Exception {
        open(List.of("PDF"));
        for (String id : List.of("#print-personal", "#print-notes", "#print-summary")) {
            javafx.scene.control.CheckBox box = robot.lookup(id).queryAs(javafx.scene.control.CheckBox.class);
            String shown = String.join(" ", robot.from(box).lookup(".text").queryAllAs(javafx.scene.text.Text.class)
                    .stream().map(javafx.scene.text.Text::getText).toList());
            // the new user saw "Event notes (what does not fit g…"
            assertThat(shown.replaceAll("\\s+", " ").strip()).as(id).isEqualTo(box.getText());
        }
    }

    @Test
    void onA1024x700ScreenTheButtonsStayInTheWindowAndTheOptionsScroll(FxRobot robot) throws Exception {
        open(List.of()); // no printer: the warning makes the options column taller
        assertThat(dialog.getWidth()).as("wider than the theme's 600 pixel dialogs: room for the page").isGreaterThan(900);
        // a 700 pixel screen less a title bar and a panel
        robot.interact(() -> {
            dialog.setWidth(1024);
            dialog.setHeight(620);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = dialog.getDialogPane().getScene();
        for (String id : List.of("#print-print", "#print-pdf", "#print-close")) {
            Button button = robot.lookup(id).queryButton();
            javafx.geometry.Bounds b = button.localToScene(button.getLayoutBounds());
            assertThat(b.getMaxY()).as(id + " bottom inside the window").isLessThanOrEqualTo(scene.getHeight() + 0.5);
            assertThat(b.getMaxX()).as(id + " right inside the window").isLessThanOrEqualTo(scene.getWidth() + 0.5);
        }
        javafx.scene.Parent up = robot.lookup("#print-week-count").query().getParent();
        while (!(up instanceof javafx.scene.control.ScrollPane)) {
            up = up.getParent();
        }
        javafx.scene.control.ScrollPane options = (javafx.scene.control.ScrollPane) up;
        robot.interact(() -> options.setVvalue(options.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node count = robot.lookup("#print-week-count").query();
        javafx.geometry.Bounds shown = options.sceneToLocal(count.localToScene(count.getLayoutBounds()));
        assertThat(shown.getMaxY()).as("the last option is reached by scrolling").isLessThanOrEqualTo(options.getHeight() + 0.5);
        Pane sheet = robot.lookup("#print-sheet").queryAs(Pane.class);
        javafx.geometry.Bounds page = sheet.localToScene(sheet.getBoundsInLocal());
        assertThat(page.getMaxY()).as("the page shrinks to the window").isLessThanOrEqualTo(scene.getHeight());
    }

    @Test
    void withoutAPrinterPrintIsOffItSaysWhyAndPdfIsTheDefault(FxRobot robot) throws Exception {
        open(List.of());

        assertThat(robot.lookup("#print-print").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#print-pdf").queryButton().isDefaultButton()).isTrue();
        assertThat(robot.lookup("#print-pdf").queryButton().isDisabled()).isFalse();
        Label why = robot.lookup("#print-no-printer").queryAs(Label.class);
        assertThat(why.isVisible()).isTrue();
        assertThat(why.getText()).contains("No printer is installed").contains("PDF");
        assertThat(robot.lookup("#print-printer").queryAs(ComboBox.class).isDisabled()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        assertThat(robot.lookup("#print-message").queryAs(Label.class).getText()).contains("No printer is installed");
        assertThat(dialog.isShowing()).isTrue();
        assertThat(printers.printed).isEmpty();
    }

    @Test
    void itOpensNoTallerThanA700PixelScreenAndAPrinterErrorDoesNotMakeItTaller(FxRobot robot) throws Exception {
        open(List.of("Office", "PDF"));
        // the screenshots saw 1,024x776: the content asked for 700 pixels, the button row came on top
        assertThat(dialog.getHeight()).as("opened at its preferred height").isLessThanOrEqualTo(700);
        printers.result = PrinterAccess.Result.FAILED;
        robot.interact(() -> model.print());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#print-message").queryAs(Label.class).isVisible()).isTrue();
        assertThat(dialog.getHeight()).as("the message scrolls in the options, the window stays").isLessThanOrEqualTo(700);
        Scene scene = dialog.getDialogPane().getScene();
        for (String id : List.of("#print-print", "#print-pdf", "#print-close")) {
            Button button = robot.lookup(id).queryButton();
            assertThat(button.localToScene(button.getLayoutBounds()).getMaxY()).as(id)
                    .isLessThanOrEqualTo(scene.getHeight() + 0.5);
        }
    }

    @Test
    void aPrinterErrorKeepsTheDialogOpenWithTheMessageAndSuccessClosesIt(FxRobot robot) throws Exception {
        open(List.of("Office", "PDF"));
        assertThat(robot.lookup("#print-printer").queryAs(ComboBox.class).getValue()).isEqualTo("Office");
        assertThat(robot.lookup("#print-print").queryButton().isDefaultButton()).isTrue();
        assertThat(robot.lookup("#print-no-printer").queryAs(Label.class).isVisible()).isFalse();

        printers.result = PrinterAccess.Result.FAILED;
        robot.clickOn("#print-print");
        assertThat(dialog.isShowing()).isTrue();
        assertThat(robot.lookup("#print-message").queryAs(Label.class).getText()).contains("Office").contains("not printed");
        assertThat(status.textProperty().get()).isEmpty();

        printers.result = PrinterAccess.Result.PRINTED;
        robot.interact(() -> robot.lookup("#print-landscape").queryAs(javafx.scene.control.RadioButton.class).fire());
        robot.clickOn("#print-print");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(printers.printed).containsExactly("Office LANDSCAPE");
        assertThat(status.textProperty().get()).isEqualTo("Week 48: sent to the printer Office.");
    }

    @Test
    void thePreviewFollowsOrientationAndFitsItsArea(FxRobot robot) throws Exception {
        open(List.of("PDF"));
        Pane sheet = robot.lookup("#print-sheet").queryAs(Pane.class);
        assertThat(sheet.getPrefWidth()).isLessThan(sheet.getPrefHeight());
        StackPane area = robot.lookup("#print-preview-area").queryAs(StackPane.class);
        assertThat(area.getWidth()).isGreaterThan(300);
        assertThat(sheet.localToScene(sheet.getBoundsInLocal()).getHeight()).isLessThanOrEqualTo(area.getHeight());

        robot.interact(() -> robot.lookup("#print-landscape").queryAs(javafx.scene.control.RadioButton.class).fire());
        Pane turned = robot.lookup("#print-sheet").queryAs(Pane.class);
        assertThat(turned.getPrefWidth()).isGreaterThan(turned.getPrefHeight());
        assertThat(turned.localToScene(turned.getBoundsInLocal()).getWidth()).isLessThanOrEqualTo(area.getWidth());

        robot.clickOn("#print-several-weeks");
        assertThat(robot.lookup("#print-heading").queryAs(Label.class).getText()).isEqualTo("Weeks 48–51");
        robot.clickOn("#print-this-week");
        assertThat(robot.lookup("#print-heading").queryAs(Label.class).getText()).isEqualTo("Week 48");

        Button close = robot.lookup("#print-close").queryButton();
        robot.clickOn(close);
        assertThat(dialog.isShowing()).isFalse();
        assertThat(printers.printed).isEmpty();
    }

    @Test
    void theDialogOpenedAgainAfterCancelOrPrintStillShowsThePrinterAndPrints(FxRobot robot) throws Exception {
        open(List.of("Office", "PDF"));
        PrintViewModel model = this.model;
        robot.clickOn("#print-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();

        reopen(model);
        assertThat(robot.lookup("#print-printer").queryAs(ComboBox.class).getValue()).isEqualTo("Office");
        robot.clickOn("#print-print");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(printers.printed).containsExactly("Office PORTRAIT");

        reopen(model);
        assertThat(robot.lookup("#print-printer").queryAs(ComboBox.class).getValue()).isEqualTo("Office");
        assertThat(model.printerProperty().get()).isEqualTo("Office");
        robot.clickOn("#print-print");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(printers.printed).containsExactly("Office PORTRAIT", "Office PORTRAIT");
        assertThat(status.textProperty().get()).isEqualTo("Week 48: sent to the printer Office.");
    }

    private void reopen(PrintViewModel model) throws Exception {
        dialog = WaitForAsyncUtils.asyncFx(() -> {
            Dialog<ButtonType> d = new PrintPreviewDialog(model, messages).build(stage, SampleWeeks.MONDAY_48);
            d.show();
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static final class Fake implements PrinterAccess {
        List<String> names = List.of();
        Result result = Result.PRINTED;
        final List<String> printed = new ArrayList<>();

        @Override
        public List<String> printerNames() {
            return names;
        }

        @Override
        public Optional<String> defaultPrinter() {
            return names.stream().findFirst();
        }

        @Override
        public Result print(String printer, PrintOptions options, PageMaker pages, String jobName) {
            pages.pages(595, 842, 20, 20, 555, 802);
            if (result == Result.PRINTED) {
                printed.add(printer + " " + options.orientation());
            }
            return result;
        }
    }

    @Test
    void aClosedDialogIsNotKeptAliveByTheViewModelItWasBuiltOn() throws Exception {
        PrintViewModel model = new PrintViewModel((monday, personal) -> SampleWeeks.ordinary(monday), () -> "Maria",
                FONTS, printers, Background.direct(), messages, status, java.time.Clock.systemDefaultZone());
        java.lang.ref.WeakReference<javafx.scene.control.DialogPane> old = WaitForAsyncUtils.asyncFx(() ->
                new java.lang.ref.WeakReference<>(new PrintPreviewDialog(model, messages)
                        .build(null, SampleWeeks.MONDAY_48).getDialogPane())).get();
        for (int i = 0; i < 50 && old.get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        assertThat(old.get()).isNull();
        WaitForAsyncUtils.asyncFx(() -> model.paperProperty().set(PaperSize.LETTER)).get();
        assertThat(model.previewProperty().get()).isNotNull();
    }

    /** The options column: the scroll pane on the left of the print dialog. */
    private javafx.scene.control.ScrollPane optionsScroll() {
        Node paper = dialog.getDialogPane().lookup("#print-paper");
        for (javafx.scene.Parent p = paper.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError("the options do not scroll");
    }

    @Test
    void tabToAFieldBelowTheVisiblePartScrollsItIntoView(FxRobot robot) throws Exception {
        open(List.of("PDF"));
        javafx.scene.control.ScrollPane scroll = optionsScroll();
        // a low screen (1,024 x 700 and less): the options column holds less than its fields
        robot.interact(() -> {
            dialog.getDialogPane().setPrefHeight(380);
            dialog.getDialogPane().setMaxHeight(380);
            dialog.getDialogPane().getScene().getWindow().setHeight(420);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getContent().getLayoutBounds().getHeight()).as("the options scroll")
                .isGreaterThan(scroll.getViewportBounds().getHeight() + 40);
        robot.interact(() -> dialog.getDialogPane().lookup("#print-several-weeks").requestFocus());
        robot.interact(() -> ((javafx.scene.control.RadioButton) dialog.getDialogPane().lookup("#print-several-weeks")).fire());
        robot.interact(() -> dialog.getDialogPane().lookup("#print-paper").requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        double lowest = 0;
        for (int i = 0; i < 30; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = dialog.getDialogPane().getScene().getFocusOwner();
            if (focused == null || !isInside(scroll.getContent(), focused)) {
                continue;
            }
            javafx.geometry.Bounds field = focused.localToScene(focused.getLayoutBounds());
            javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
            lowest = Math.max(lowest, scroll.getVvalue());
            assertThat(field.getMinY()).as("%s: top in view", focused.getId()).isGreaterThanOrEqualTo(view.getMinY() - 0.5);
            assertThat(field.getMaxY()).as("%s: bottom in view", focused.getId()).isLessThanOrEqualTo(view.getMaxY() + 0.5);
        }
        assertThat(lowest).as("a field below the visible part was reached").isGreaterThan(0);
    }

    private static boolean isInside(Node parent, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aFieldFocusedWithoutTabBelowTheVisiblePartIsScrolledIntoViewToo(FxRobot robot) throws Exception {
        // a mnemonic, a refused save (FirstError) or a dialog's own requestFocus moves the focus without Tab
        open(List.of("PDF"));
        javafx.scene.control.ScrollPane scroll = optionsScroll();
        robot.interact(() -> {
            dialog.getDialogPane().setPrefHeight(380);
            dialog.getDialogPane().setMaxHeight(380);
            dialog.getDialogPane().getScene().getWindow().setHeight(420);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ((javafx.scene.control.RadioButton) dialog.getDialogPane().lookup("#print-several-weeks")).fire());
        robot.interact(() -> scroll.setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        Node count = dialog.getDialogPane().lookup("#print-week-count");
        javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        assertThat(count.localToScene(count.getLayoutBounds()).getMaxY()).as("the week count starts out of sight")
                .isGreaterThan(view.getMaxY());
        robot.interact(count::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds field = count.localToScene(count.getLayoutBounds());
        assertThat(field.getMinY()).isGreaterThanOrEqualTo(view.getMinY() - 0.5);
        assertThat(field.getMaxY()).isLessThanOrEqualTo(view.getMaxY() + 0.5);
    }
}
