package dk.netdesk.calendar;

import static dk.netdesk.testing.FieldMessages.assertUnder;
import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.ui.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The event dialog's errors, as a new user met them: an unreadable typed date is not dropped (Save is
 * refused and the field says what to type), every wrong field shows its own error at once, and an
 * error never squeezes the notes.
 */
@ExtendWith(ApplicationExtension.class)
class EventDialogErrorsTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 1280, 800));
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.show();
    }

    private EventDialog open(FxRobot robot, Messages messages, EventForm form) {
        form.edit(EventForm.newDraft(DAY, BalanceSettings.defaults()).withTitle("Kundemøde"), List.of());
        EventDialog[] dialog = new EventDialog[1];
        robot.interact(() -> {
            dialog[0] = new EventDialog(stage, messages, form, false, false);
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return dialog[0];
    }

    private static void typeInto(FxRobot robot, DatePicker picker, String text) {
        robot.clickOn(picker.getEditor());
        robot.interact(() -> picker.getEditor().selectAll());
        robot.write(text);
    }

    @Test
    void anUnreadableEndDateRefusesSaveAndSaysWhatToTypeInBothLanguages(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, new Locale("da"))) {
            for (String typed : List.of("32.13.2026", "tomorrow")) {
                Messages messages = new Messages(locale, Bundles.ALL);
                EventForm form = new EventForm();
                EventDialog dialog = open(robot, messages, form);
                DatePicker endDate = (DatePicker) dialog.getDialogPane().lookup("#calendar-dialog-end-date");
                typeInto(robot, endDate, typed);
                robot.clickOn("#calendar-dialog-save");
                WaitForAsyncUtils.waitForFxEvents();

                String where = locale.getLanguage() + ", " + typed;
                assertThat(dialog.isShowing()).as(where + ": Save was refused").isTrue();
                assertThat(form.endDateProperty().get()).as(where + ": nothing changed").isEqualTo(DAY);
                Label message = (Label) dialog.getDialogPane().lookup("#calendar-dialog-end-date-error");
                assertThat(message.isVisible()).as(where).isTrue();
                assertThat(message.getText()).as(where).isEqualTo(messages.format("input.date.unreadable", typed))
                        .contains(typed);
                assertThat(endDate.getEditor().getText()).as(where + ": the typed text stays to be corrected").isEqualTo(typed);
                assertUnder(message, endDate, where);
                if (typed.equals("tomorrow")) {
                    robot.interact(() -> Screenshots.save(dialog.getDialogPane().getScene(),
                            "calendar-dialog-bad-date-" + locale.getLanguage()));
                }

                // the message names three forms (DateTextTest reads each); its first, the field's own, is read
                // by the same field in this language (Enter then saves the event)
                java.util.regex.Matcher examples = java.util.regex.Pattern
                        .compile(".* (?:as|som) (.+), (.+) (?:or|eller) (\\S+)\\.$").matcher(message.getText());
                assertThat(examples.matches()).as(where + ": three forms named").isTrue();
                String example = examples.group(1);
                typeInto(robot, endDate, example);
                robot.type(KeyCode.ENTER);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(form.endDateProperty().get()).as(where + ": the example " + example).isEqualTo(LocalDate.of(2026, 12, 24));
                assertThat(message.isVisible()).as(where + ": a readable date clears the message").isFalse();
                robot.interact(dialog::close);
            }
        }
    }

    @Test
    void aRepeatCountThatIsNoWholeNumberInRangeRefusesSaveAndSaysWhatToType(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, new Locale("da"))) {
            for (String typed : List.of("abc", "0", "5000")) {
                Messages messages = new Messages(locale, Bundles.ALL);
                EventForm form = new EventForm();
                EventDialog dialog = open(robot, messages, form);
                robot.interact(() -> {
                    form.repeatProperty().set(EventForm.Repeat.WEEKLY);
                    form.repeatEndProperty().set(EventForm.RepeatEnd.COUNT);
                });
                @SuppressWarnings("unchecked")
                javafx.scene.control.Spinner<Integer> count =
                        (javafx.scene.control.Spinner<Integer>) dialog.getDialogPane().lookup("#calendar-dialog-count");
                robot.clickOn(count.getEditor());
                robot.interact(count.getEditor()::selectAll);
                robot.write(typed);
                robot.clickOn("#calendar-dialog-save");
                WaitForAsyncUtils.waitForFxEvents();

                String where = locale.getLanguage() + ", " + typed;
                assertThat(dialog.isShowing()).as(where + ": Save was refused").isTrue();
                assertThat(form.countProperty().get()).as(where + ": the count is as it was").isEqualTo(EventForm.DEFAULT_COUNT);
                assertThat(count.getEditor().getText()).as(where + ": the typed text stays to be corrected").isEqualTo(typed);
                Label message = (Label) dialog.getDialogPane().lookup("#calendar-dialog-count-error");
                assertUnder(message, count, where);
                String expected = switch (locale.getLanguage() + typed) {
                    case "enabc" -> "“abc” is not a whole number. Type a whole number from 1 to 999.";
                    case "en0" -> "0 is less than 1. Type a whole number from 1 to 999.";
                    case "en5000" -> "5000 is more than 999. Type a whole number from 1 to 999.";
                    case "daabc" -> "„abc“ er ikke et helt tal. Skriv et helt tal fra 1 til 999.";
                    case "da0" -> "0 er mindre end 1. Skriv et helt tal fra 1 til 999.";
                    default -> "5000 er større end 999. Skriv et helt tal fra 1 til 999.";
                };
                assertThat(message.getText()).as(where).isEqualTo(expected);
                if (typed.equals("5000")) {
                    robot.interact(() -> Screenshots.save(dialog.getDialogPane().getScene(),
                            "calendar-dialog-bad-count-" + locale.getLanguage()));
                }

                // a number typed and followed straight by a click on Save is the one saved
                robot.clickOn(count.getEditor());
                robot.interact(count.getEditor()::selectAll);
                robot.write("12");
                robot.clickOn("#calendar-dialog-save");
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(dialog.isShowing()).as(where + ": saved").isFalse();
                assertThat(form.repeatRule().count()).as(where).isEqualTo(12);
            }
        }
    }

    @Test
    void everyWrongFieldShowsItsOwnErrorAtOnce(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, new Locale("da"))) {
            Messages messages = new Messages(locale, Bundles.ALL);
            EventForm form = new EventForm();
            EventDialog dialog = open(robot, messages, form);
            DatePicker endDate = (DatePicker) dialog.getDialogPane().lookup("#calendar-dialog-end-date");
            robot.interact(() -> {
                form.titleProperty().set(" ");
                form.endProperty().set("25:99");
                form.reminderProperty().set(99_999);
            });
            typeInto(robot, endDate, "32.13.2026");
            robot.clickOn("#calendar-dialog-save");
            WaitForAsyncUtils.waitForFxEvents();

            String where = locale.getLanguage();
            assertThat(dialog.isShowing()).isTrue();
            Node pane = dialog.getDialogPane();
            Label title = (Label) pane.lookup("#calendar-dialog-title-error");
            Label end = (Label) pane.lookup("#calendar-dialog-end-error");
            Label endDay = (Label) pane.lookup("#calendar-dialog-end-date-error");
            Label reminder = (Label) pane.lookup("#calendar-dialog-reminder-error");
            assertThat(title.getText()).as(where).isEqualTo(messages.get("calendar.error.title"));
            assertThat(end.getText()).as(where).isEqualTo(messages.format("input.time.unreadable", "25:99"));
            assertThat(endDay.getText()).as(where).isEqualTo(messages.format("input.date.unreadable", "32.13.2026"));
            assertThat(reminder.getText()).as(where).isEqualTo(messages.get("calendar.error.reminder"));
            assertUnder(title, pane.lookup("#calendar-dialog-title"), where);
            assertUnder(end, pane.lookup("#calendar-dialog-end"), where);
            assertUnder(endDay, endDate, where);
            assertUnder(reminder, pane.lookup("#calendar-dialog-reminder"), where);
            assertThat(((Label) pane.lookup("#calendar-dialog-start-error")).isVisible()).as(where + ": the start is fine").isFalse();
            robot.interact(() -> Screenshots.save(dialog.getDialogPane().getScene(), "calendar-dialog-errors-" + where));

            robot.interact(() -> form.titleProperty().set("Kundemøde"));
            assertThat(title.isVisible()).as(where + ": a fixed field loses its error, the others keep theirs").isFalse();
            assertThat(end.isVisible()).isTrue();
            robot.interact(dialog::close);
        }
    }

    /**
     * A bad end time ("25:99", or a time a new user typed that cannot be read) shows its message under the end
     * time, not under the date at the start of the row, and Save puts the focus on the end time (new-user test
     * after issue 17). With several wrong fields the focus goes to the first in the dialog's order.
     */
    @Test
    void aBadEndTimeShowsUnderTheEndTimeAndSaveFocusesIt(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, new Locale("da"))) {
            for (String typed : List.of("25:99", "\u0662\u0665:\u0669\u0669", "halv ti")) {
                Messages messages = new Messages(locale, Bundles.ALL);
                EventForm form = new EventForm();
                EventDialog dialog = open(robot, messages, form);
                Node pane = dialog.getDialogPane();
                javafx.scene.control.TextField end = (javafx.scene.control.TextField) pane.lookup("#calendar-dialog-end");
                robot.clickOn(end);
                robot.interact(end::selectAll);
                robot.write(typed);
                robot.clickOn("#calendar-dialog-save");
                WaitForAsyncUtils.waitForFxEvents();

                String where = locale.getLanguage() + ", " + typed;
                assertThat(dialog.isShowing()).as(where + ": refused").isTrue();
                Label message = (Label) pane.lookup("#calendar-dialog-end-error");
                assertThat(message.getText()).as(where).isEqualTo(messages.format("input.time.unreadable",
                        dk.netdesk.ui.Digits.toLatin(typed)));
                assertUnder(message, end, where);
                assertThat(((Label) pane.lookup("#calendar-dialog-date-error")).isVisible()).as(where).isFalse();
                assertThat(((Label) pane.lookup("#calendar-dialog-start-error")).isVisible()).as(where).isFalse();
                assertThat(pane.getScene().getFocusOwner()).as(where + ": the end time has the focus").isSameAs(end);
                if (typed.equals("25:99")) {
                    robot.interact(() -> Screenshots.save(pane.getScene(), "calendar-dialog-bad-end-" + locale.getLanguage()));
                }

                // a wrong title too: the title comes first
                robot.interact(() -> form.titleProperty().set(" "));
                robot.clickOn("#calendar-dialog-save");
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(pane.getScene().getFocusOwner()).as(where + ": the title first")
                        .isSameAs(pane.lookup("#calendar-dialog-title"));
                robot.interact(dialog::close);
            }
        }
    }

    /** A time typed in Arabic-Indic digits ("١٠:٣٠") is 10:30: Save saves it. */
    @Test
    void aTimeTypedInArabicIndicDigitsIsSaved(FxRobot robot) {
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        EventForm form = new EventForm();
        EventDialog dialog = open(robot, messages, form);
        javafx.scene.control.TextField start = (javafx.scene.control.TextField) dialog.getDialogPane().lookup("#calendar-dialog-start");
        javafx.scene.control.TextField end = (javafx.scene.control.TextField) dialog.getDialogPane().lookup("#calendar-dialog-end");
        for (var typed : java.util.Map.of(start, "\u0669:\u0660\u0660", end, "\u0661\u0660:\u0663\u0660").entrySet()) {
            robot.clickOn(typed.getKey());
            robot.interact(typed.getKey()::selectAll);
            robot.write(typed.getValue());
            assertThat(typed.getKey().getText()).isEqualTo(typed.getValue());
        }
        robot.clickOn("#calendar-dialog-save");
        WaitForAsyncUtils.waitForFxEvents();
        boolean showing = dialog.isShowing();
        if (showing) {
            robot.interact(dialog::close);
        }
        assertThat(showing).as("saved: " + form.shownProblems()).isFalse();
        assertThat(form.draft().orElseThrow().start()).isEqualTo(DAY.atTime(9, 0));
        assertThat(form.draft().orElseThrow().end()).isEqualTo(DAY.atTime(10, 30));
    }

    @Test
    void errorsNeverSqueezeTheNotesAndTheButtonsStayInTheWindow(FxRobot robot) {
        Messages messages = new Messages(new Locale("da"), Bundles.ALL);
        EventForm form = new EventForm();
        EventDialog dialog = open(robot, messages, form);
        TextArea notes = (TextArea) dialog.getDialogPane().lookup("#calendar-dialog-notes");
        double before = notes.getHeight();
        assertThat(before).isGreaterThan(40);
        robot.interact(() -> {
            form.titleProperty().set("");
            form.startProperty().set("x");
            form.endProperty().set("y");
            form.reminderProperty().set(99_999);
            form.kindProperty().set(null);
            dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0)).fireEvent(
                    new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.shownProblems()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(notes.getHeight()).as("the notes keep their height").isGreaterThanOrEqualTo(before - 0.5);
        Node save = dialog.getDialogPane().lookup("#calendar-dialog-save");
        Bounds saveBounds = save.localToScene(save.getLayoutBounds());
        assertThat(saveBounds.getMaxY()).as("Save is inside the window").isLessThanOrEqualTo(dialog.getDialogPane().getScene().getHeight() + 0.5);
        assertThat(dialog.getHeight()).as("the dialog grew only as much as the messages need").isLessThan(800);
        robot.interact(() -> Screenshots.save(dialog.getDialogPane().getScene(), "calendar-dialog-many-errors-da"));
        robot.interact(dialog::close);
    }

    @Test
    void theMonthEndHintShowsWholeInBothLanguages(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, new Locale("da"))) {
            Messages messages = new Messages(locale, Bundles.ALL);
            EventForm form = new EventForm();
            EventDialog dialog = open(robot, messages, form);
            robot.interact(() -> {
                form.dateProperty().set(LocalDate.of(2027, 1, 31));
                form.repeatProperty().set(EventForm.Repeat.MONTHLY);
            });
            WaitForAsyncUtils.waitForFxEvents();
            Label hint = (Label) dialog.getDialogPane().lookup("#calendar-dialog-month-end");
            String where = locale.getLanguage();
            assertThat(hint.isVisible()).isTrue();
            javafx.scene.text.Text shown = (javafx.scene.text.Text) hint.lookup(".text");
            assertThat(shown.getText()).as(where + ": not cut").isEqualTo(hint.getText());
            assertThat(hint.getHeight()).as(where + ": tall enough for its lines").isGreaterThanOrEqualTo(hint.prefHeight(hint.getWidth()) - 0.5);
            Bounds b = hint.localToScene(hint.getLayoutBounds());
            assertThat(b.getMaxX()).as(where + ": inside the dialog").isLessThanOrEqualTo(dialog.getDialogPane().getScene().getWidth() + 0.5);
            assertThat(dialog.getWidth()).as(where + ": the hint does not stretch the dialog").isLessThan(800);
            robot.interact(() -> Screenshots.save(dialog.getDialogPane().getScene(), "calendar-dialog-month-end-" + where));
            robot.interact(dialog::close);
        }
    }
}
