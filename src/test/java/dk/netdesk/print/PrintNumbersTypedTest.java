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
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hours and weeks typed into the print dialog: text that is no whole number in range stays with a message
 * under it and Print waits; a number typed and followed straight by a click on Print is the one printed.
 */
@ExtendWith(ApplicationExtension.class)
class PrintNumbersTypedTest {

    private static final PrintFonts FONTS = new PrintFonts();

    private final StatusLine status = new StatusLine();
    private final Recorder printers = new Recorder();
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

    private void open(Locale locale) throws Exception {
        Messages messages = new Messages(locale, Bundles.ALL);
        model = new PrintViewModel((monday, personal) -> SampleWeeks.ordinary(monday), () -> "Maria Sørensen",
                FONTS, printers, Background.direct(), messages, status, java.time.Clock.systemDefaultZone());
        dialog = WaitForAsyncUtils.asyncFx(() -> {
            Dialog<ButtonType> d = new PrintPreviewDialog(model, messages).build(stage, SampleWeeks.MONDAY_48.plusDays(2));
            d.show();
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private Spinner<Integer> spinner(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Spinner.class);
    }

    /** Replaces the spinner's text by typing, as a user does, without pressing Enter. */
    private void typeInto(FxRobot robot, String id, String text) {
        Spinner<Integer> spinner = spinner(robot, id);
        // focus as the Tab key does: in a low window the field may lie below the options' scrolled view
        robot.interact(() -> {
            spinner.getEditor().requestFocus();
            spinner.getEditor().selectAll();
        });
        robot.write(text);
    }

    private Label message(FxRobot robot, String id) {
        return robot.lookup(id + "-error").queryAs(Label.class);
    }

    @Test
    void weeksThatAreNoWholeNumberStayWithAMessageAndPrintWaits(FxRobot robot) throws Exception {
        open(Locale.ENGLISH);
        robot.clickOn("#print-several-weeks");

        typeInto(robot, "#print-week-count", "abc");
        robot.clickOn("#print-print");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isTrue();
        assertThat(printers.printed).isEmpty();
        assertThat(spinner(robot, "#print-week-count").getEditor().getText()).isEqualTo("abc");
        assertThat(message(robot, "#print-week-count").isVisible()).isTrue();
        assertThat(message(robot, "#print-week-count").getText())
                .isEqualTo("“abc” is not a whole number. Type a whole number from 2 to 53.");
        // like hours that run backwards: Print and Save as PDF are off while the field is wrong, and the weeks
        // next to it are not named as if the count had been taken
        assertThat(robot.lookup("#print-print").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#print-pdf").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#print-week-range").queryAs(Label.class).isVisible()).isFalse();

        typeInto(robot, "#print-week-count", "60");
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(printers.printed).as("Ctrl+P waits too").isEmpty();
        assertThat(spinner(robot, "#print-week-count").getEditor().getText()).isEqualTo("60");
        assertThat(message(robot, "#print-week-count").getText()).isEqualTo("60 is more than 53. Type a whole number from 2 to 53.");
        robot.interact(() -> dk.netdesk.testing.Screenshots.save(dialog.getDialogPane().getScene(), "print-dialog-bad-weeks-en"));

        // typed and straight to Print: the typed number is printed
        Label weeksMessage = message(robot, "#print-week-count");
        typeInto(robot, "#print-week-count", "3");
        assertThat(robot.lookup("#print-week-range").queryAs(Label.class).isVisible()).isTrue();
        robot.clickOn("#print-print");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(weeksMessage.isVisible()).isFalse();
        assertThat(printers.weeks).containsExactly(3);
        assertThat(dialog.isShowing()).isFalse();
    }

    @Test
    void hoursOutOfRangeStayWithAMessageInDanishToo(FxRobot robot) throws Exception {
        open(new Locale("da"));
        robot.clickOn("#print-hours-range");

        typeInto(robot, "#print-hours-to", "25");
        robot.type(KeyCode.ENTER);
        assertThat(spinner(robot, "#print-hours-to").getEditor().getText()).isEqualTo("25");
        assertThat(message(robot, "#print-hours-to").getText()).isEqualTo("25 er større end 24. Skriv et helt tal fra 1 til 24.");
        assertThat(printers.printed).isEmpty();
        assertThat(dialog.isShowing()).isTrue();

        typeInto(robot, "#print-hours-from", "7,5");
        robot.clickOn("#print-hours-to");
        assertThat(message(robot, "#print-hours-from").getText())
                .isEqualTo("„7,5“ er ikke et helt tal. Skriv et helt tal fra 0 til 23.");

        // "fit to the events" turns the hour fields off: what could not be read there no longer holds Print up
        robot.clickOn("#print-hours-fit");
        assertThat(message(robot, "#print-hours-to").isVisible()).isFalse();
        assertThat(message(robot, "#print-hours-from").isVisible()).isFalse();
        robot.clickOn("#print-print");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(printers.printed).hasSize(1);
    }

    @Test
    void hoursThatRunBackwardsShowAMessageUnderTheFieldsAndPrintAndPdfWait(FxRobot robot) throws Exception {
        backwardsHours(robot, Locale.ENGLISH);
    }

    @Test
    void hoursThatRunBackwardsShowAMessageInDanishToo(FxRobot robot) throws Exception {
        backwardsHours(robot, new Locale("da"));
    }

    private void backwardsHours(FxRobot robot, Locale locale) throws Exception {
        {
            open(locale);
            robot.clickOn("#print-hours-range");
            typeInto(robot, "#print-hours-from", "22");
            robot.type(KeyCode.TAB);
            typeInto(robot, "#print-hours-to", "7");
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();

            Label backwards = robot.lookup("#print-hours-error").queryAs(Label.class);
            assertThat(backwards.isVisible()).isTrue();
            assertThat(backwards.getText()).isEqualTo(locale.getLanguage().equals("da")
                    ? "Sidste time skal ligge efter den første." : "The last hour must be after the first.");
            assertThat(spinner(robot, "#print-hours-to").getPseudoClassStates())
                    .anyMatch(p -> p.getPseudoClassName().equals("danger"));
            assertThat(robot.lookup("#print-print").queryButton().isDisabled()).isTrue();
            assertThat(robot.lookup("#print-pdf").queryButton().isDisabled()).isTrue();
            // said once, under the fields: nothing at the bottom of the options
            assertThat(robot.lookup("#print-message").queryAs(Label.class).isVisible()).isFalse();
            robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(printers.printed).as("Ctrl+P waits too").isEmpty();
            robot.interact(() -> dk.netdesk.testing.Screenshots.save(dialog.getDialogPane().getScene(),
                    "print-hours-backwards-" + locale.getLanguage()));

            // typing a last hour after the first puts it right at once: the message goes, Print is on again
            typeInto(robot, "#print-hours-to", "23");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(backwards.isVisible()).isFalse();
            assertThat(robot.lookup("#print-print").queryButton().isDisabled()).isFalse();
            assertThat(model.options().fromHour()).isEqualTo(22);
            assertThat(model.options().toHour()).isEqualTo(23);
        }
    }

    /** A printer that records what it was asked to print. */
    private static final class Recorder implements PrinterAccess {
        final List<String> printed = new ArrayList<>();
        final List<Integer> weeks = new ArrayList<>();

        @Override
        public List<String> printerNames() {
            return List.of("Office");
        }

        @Override
        public Optional<String> defaultPrinter() {
            return Optional.of("Office");
        }

        @Override
        public Result print(String printer, PrintOptions options, PageMaker pages, String jobName) {
            pages.pages(595, 842, 20, 20, 555, 802);
            printed.add(printer);
            weeks.add(jobName.contains("–") ? Integer.parseInt(jobName.replaceAll(".*?(\\d+)–(\\d+).*", "$2"))
                    - Integer.parseInt(jobName.replaceAll(".*?(\\d+)–(\\d+).*", "$1")) + 1 : 1);
            return Result.PRINTED;
        }
    }
}
