package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.ui.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The event and balance dialogs' messages wrap instead of being cut off, at the default size and in
 * a small window, in English and Danish; the shown error follows the contact without another Save.
 */
@ExtendWith(ApplicationExtension.class)
class EventDialogLayoutTest {

    static final ContactRef BLOCKED = new ContactRef(5, "Mette Kjær", true,
            "Bad om ikke at blive kontaktet igen, heller ikke på messenger eller til hjemmeparties");
    static final ContactRef FREE = new ContactRef(7, "Søren Åberg");

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 800, 600));
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.show();
    }

    @Test
    void theDoNotContactErrorWrapsAndFollowsTheContactInBothLanguages(FxRobot robot) throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, new Locale("da"))) {
            Messages messages = new Messages(locale, Bundles.ALL);
            EventForm form = new EventForm();
            form.edit(EventForm.newDraft(LocalDate.of(2026, 12, 1), BalanceSettings.defaults()).withTitle("Ring til Mette"),
                    List.of(BLOCKED, FREE));
            EventDialog[] dialog = new EventDialog[1];
            robot.interact(() -> {
                form.kindProperty().set(Kind.PROSPECTING);
                form.contactProperty().set(BLOCKED);
                dialog[0] = new EventDialog(stage, messages, form, false, false);
                dialog[0].show();
                robot.lookup("#calendar-dialog-save").queryButton().fire();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Label error = (Label) dialog[0].getDialogPane().lookup("#calendar-dialog-contact-error");
            Label badge = (Label) dialog[0].getDialogPane().lookup("#calendar-dialog-dnc");
            assertThat(dialog[0].isShowing()).as("Save was refused").isTrue();
            assertThat(error.getText()).isEqualTo(messages.get("calendar.error.doNotContact"));
            String language = locale.getLanguage();
            assertWhole(error, "default size, " + language);
            assertWhole(badge, "default size, " + language);
            robot.interact(() -> Screenshots.save(dialog[0].getDialogPane().getScene(), "calendar-dialog-dnc-" + language));

            robot.interact(() -> {
                dialog[0].setWidth(420);
                dialog[0].setHeight(720);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertWhole(error, "small window, " + language);
            assertWhole(badge, "small window, " + language);
            robot.interact(() -> Screenshots.save(dialog[0].getDialogPane().getScene(), "calendar-dialog-dnc-small-" + language));

            robot.interact(() -> form.contactProperty().set(FREE));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(error.getText()).as("an unblocked person clears the error at once").isEmpty();
            assertThat(badge.isVisible()).isFalse();
            robot.interact(() -> dialog[0].close());
        }
    }

    @Test
    void theBalanceErrorWrapsInASmallWindow(FxRobot robot) throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, new Locale("da"))) {
            Messages messages = new Messages(locale, Bundles.ALL);
            BalanceForm form = new BalanceForm(locale);
            form.edit(BalanceSettings.defaults());
            BalanceSettingsDialog[] dialog = new BalanceSettingsDialog[1];
            robot.interact(() -> {
                form.windowsProperty(java.time.DayOfWeek.WEDNESDAY).set("19:00-18:00");
                dialog[0] = new BalanceSettingsDialog(stage, messages, form);
                dialog[0].show();
                robot.lookup("#calendar-balance-save").queryButton().fire();
                dialog[0].setWidth(360);
            });
            WaitForAsyncUtils.waitForFxEvents();
            Label error = (Label) dialog[0].getDialogPane().lookup("#calendar-balance-window-wednesday-error");
            assertThat(error.getText()).isNotEmpty();
            assertWhole(error, "balance, " + locale.getLanguage());
            robot.interact(() -> form.windowsProperty(java.time.DayOfWeek.WEDNESDAY).set("18:00-19:00"));
            assertThat(error.getText()).as("fixing the day clears it").isEmpty();
            robot.interact(() -> dialog[0].close());
        }
    }

    /** The label shows all its words (no "…"), on more than one line when it is long, inside its dialog. */
    private static void assertWhole(Label label, String where) {
        Text shown = (Text) label.lookup(".text");
        assertThat(shown.getText()).as(where + ": shown text").isEqualTo(label.getText());
        assertThat(label.getHeight()).as(where + ": tall enough for its lines")
                .isGreaterThanOrEqualTo(label.prefHeight(label.getWidth()) - 0.5);
        assertThat(label.getWidth()).as(where + ": bounded width").isLessThanOrEqualTo(ErrorLabels.MAX_WIDTH);
        Node pane = label.getScene().getRoot();
        double right = label.localToScene(label.getLayoutBounds()).getMaxX();
        assertThat(right).as(where + ": inside the dialog").isLessThanOrEqualTo(pane.getLayoutBounds().getWidth() + 0.5);
        if (label.getText().length() > 120) {
            assertThat(label.getHeight()).as(where + ": wraps onto several lines").isGreaterThan(1.6 * label.getFont().getSize());
        }
    }

    @Test
    void aMonthlyRepeatFromTheThirtyFirstSaysMonthsWithoutItAreSkipped(FxRobot robot) {
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        EventForm form = new EventForm();
        form.edit(EventForm.newDraft(LocalDate.of(2027, 1, 31), BalanceSettings.defaults()).withTitle("Month-end report"), List.of());
        EventDialog[] dialog = new EventDialog[1];
        robot.interact(() -> {
            dialog[0] = new EventDialog(stage, messages, form, false, false);
            dialog[0].show();
        });
        Label note = (Label) dialog[0].getDialogPane().lookup("#calendar-dialog-month-end");
        assertThat(note.isVisible()).as("not repeating yet").isFalse();
        robot.interact(() -> form.repeatProperty().set(EventForm.Repeat.MONTHLY));
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("Months without day 31 are skipped: the event comes only in months that have that day.");
        robot.interact(() -> form.dateProperty().set(LocalDate.of(2027, 1, 15)));
        assertThat(note.isVisible()).isFalse();
        robot.interact(() -> dialog[0].close());
    }

    @Test
    void aWeeklyRepeatShowsTheChoiceAndEveryWeekdayWholeInBothLanguages(FxRobot robot) {
        for (Locale locale : List.of(new Locale("da"), Locale.ENGLISH)) {
            Messages messages = new Messages(locale, Bundles.ALL);
            EventForm form = new EventForm();
            form.edit(EventForm.newDraft(LocalDate.of(2026, 12, 1), BalanceSettings.defaults()).withTitle("Kundemøde"),
                    List.of());
            EventDialog[] dialog = new EventDialog[1];
            robot.interact(() -> {
                dialog[0] = new EventDialog(stage, messages, form, false, false);
                dialog[0].show();
                form.repeatProperty().set(EventForm.Repeat.WEEKLY);
            });
            WaitForAsyncUtils.waitForFxEvents();
            for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
                javafx.scene.control.ToggleButton toggle = (javafx.scene.control.ToggleButton) dialog[0].getDialogPane()
                        .lookup("#calendar-dialog-weekday-" + day.name().toLowerCase(Locale.ROOT));
                assertThat(((Text) toggle.lookup(".text")).getText()).as(locale + " " + day).isEqualTo(toggle.getText());
            }
            javafx.scene.control.ComboBox<?> repeat = (javafx.scene.control.ComboBox<?>) dialog[0].getDialogPane()
                    .lookup("#calendar-dialog-repeat");
            javafx.scene.control.ListCell<?> shown = repeat.getButtonCell();
            assertThat(((Text) shown.lookup(".text")).getText()).as(locale + " repeat choice")
                    .isEqualTo(shown.getText()).isNotEmpty();
            robot.interact(() -> dialog[0].close());
        }
    }

    @Test
    void theDateAndAllDayAreShownWholeInBothLanguages(FxRobot robot) throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, new Locale("da"))) {
            Messages messages = new Messages(locale, Bundles.ALL);
            EventForm form = new EventForm();
            form.edit(EventForm.newDraft(LocalDate.of(2026, 12, 28), BalanceSettings.defaults()).withTitle("Ring til Mette"),
                    List.of(FREE));
            EventDialog[] dialog = new EventDialog[1];
            robot.interact(() -> {
                dialog[0] = new EventDialog(stage, messages, form, false, false);
                dialog[0].show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.DatePicker date =
                    (javafx.scene.control.DatePicker) dialog[0].getDialogPane().lookup("#calendar-dialog-date");
            javafx.scene.control.TextField editor = date.getEditor();
            Text measure = new Text(editor.getText());
            measure.setFont(editor.getFont());
            assertThat(editor.getText()).isNotEmpty();
            assertThat(editor.getWidth() - editor.snappedLeftInset() - editor.snappedRightInset())
                    .as("the date is shown whole in " + locale).isGreaterThanOrEqualTo(measure.getLayoutBounds().getWidth());
            javafx.scene.control.CheckBox allDay =
                    (javafx.scene.control.CheckBox) dialog[0].getDialogPane().lookup("#calendar-dialog-allday");
            Text shown = (Text) allDay.lookup(".text");
            assertThat(shown.getText()).as("all day shown whole in " + locale).isEqualTo(allDay.getText());
            robot.interact(() -> dialog[0].close());
        }
    }
}
