package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.CutOff;
import dk.netdesk.testing.FieldMessages;
import dk.netdesk.testing.People;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The new contact's Stage and Next follow-up rows and a stored contact's follow-up rows have visible labels, each the
 * label of its control ({@link Label#setLabelFor}, what a screen reader says), in English and Danish; their
 * messages sit under their fields. Saves {@code contact-form-<language>.png} (the new form, the same with its
 * messages, and a stored contact's follow-up section), copied to {@code docs/screenshots}.
 */
class FollowUpLabelsTest extends AppWindowTest {

    private static final Map<String, Map<String, String>> LABELS = Map.of(
            "en", Map.of("details-new-stage", "Stage", "details-new-follow-up", "Date",
                    "details-new-follow-up-time", "Time", "details-new-follow-up-kind", "Kind",
                    "details-follow-up", "Date", "details-follow-up-time", "Time", "details-follow-up-kind", "Kind",
                    "details-schedule-date", "Date in calendar", "details-schedule-time", "Time"),
            "da", Map.of("details-new-stage", "Fase", "details-new-follow-up", "Dato",
                    "details-new-follow-up-time", "Klokkeslæt", "details-new-follow-up-kind", "Type",
                    "details-follow-up", "Dato", "details-follow-up-time", "Klokkeslæt", "details-follow-up-kind", "Type",
                    "details-schedule-date", "Dato i kalenderen", "details-schedule-time", "Klokkeslæt"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "da"})
    void theFollowUpFieldsAreLabelledAndTheirMessagesSitUnderThem(String language, FxRobot robot) {
        app = TestApp.open(dir, Locale.forLanguageTag(language));
        Contact anna = People.service(app.database(), new Changes(), TestApp.CLOCK).create(ContactDetails.named("Anna"),
                null, new NextFollowUp(LocalDate.of(2026, 12, 1), LocalTime.of(9, 0), FollowUpKind.CALL), null);
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(860);
            app.showShell(stage).select("pipeline");
        });
        ContactDetailsViewModel details = app.context().pipelineDetails();
        robot.interact(() -> {
            details.newContact(app.context().pipeline().columns().get(1).stage().id());
            details.form().nameProperty().set("Cleo Berg");
            details.newContactPlan().followUp().dateProperty().set(LocalDate.of(2026, 12, 10));
            details.newContactPlan().followUp().timeProperty().set("10:30");
            details.newContactPlan().followUp().kindProperty().set(FollowUpKind.MEETING);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = stage.getScene().getRoot();
        for (String id : new String[] {"details-new-stage", "details-new-follow-up", "details-new-follow-up-time",
                "details-new-follow-up-kind"}) {
            assertLabelled(root, id, LABELS.get(language).get(id));
        }
        assertThat(robot.lookup("#details-new-follow-up-heading").queryAs(Label.class).getText())
                .isEqualTo(language.equals("en") ? "Next follow-up" : "Næste opfølgning");
        assertThat(robot.lookup("#details-new-stage").queryComboBox().getValue())
                .as("started from the second column").isEqualTo(app.context().pipeline().columns().get(1).stage());
        Node sections = robot.lookup("#contact-details-scroll").queryAs(ScrollPane.class).getContent();
        ImageView filled = snapshot(robot, sections);

        // a time with no date, a time that is no time: each message under its own field
        robot.interact(() -> {
            details.newContactPlan().followUp().dateProperty().set(null);
            details.save();
        });
        WaitForAsyncUtils.waitForFxEvents();
        FieldMessages.assertUnder(robot.lookup("#details-new-follow-up-needed").queryAs(Label.class),
                robot.lookup("#details-new-follow-up").query(), language + " time without a date");
        robot.interact(() -> {
            details.newContactPlan().followUp().dateProperty().set(LocalDate.of(2026, 12, 10));
            details.newContactPlan().followUp().timeProperty().set("25:99");
            details.save();
        });
        WaitForAsyncUtils.waitForFxEvents();
        FieldMessages.assertUnder(robot.lookup("#details-new-follow-up-time-error").queryAs(Label.class),
                robot.lookup("#details-new-follow-up-time").query(), language + " a time that is no time");
        assertThat(details.contactIdProperty().get()).as("nothing saved").isNull();
        ImageView refused = snapshot(robot, sections);

        // a stored contact: its follow-up rows, labelled the same way, showing its time and kind
        robot.interact(() -> {
            details.setAskToLeave(() -> dk.netdesk.ui.LeaveChoice.DISCARD); // no question in the way
            details.open(anna.id());
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"details-follow-up", "details-follow-up-time", "details-follow-up-kind",
                "details-schedule-date", "details-schedule-time"}) {
            assertLabelled(root, id, LABELS.get(language).get(id));
        }
        assertThat(robot.lookup("#details-follow-up-time").queryComboBox().getEditor().getText()).isEqualTo("09:00");
        Node followUp = robot.lookup("#details-follow-up").query();
        while (!followUp.getStyleClass().contains("details-section")) {
            followUp = followUp.getParent();
        }
        assertThat(CutOff.in(stage.getScene())).as("nothing cut off").isEmpty();
        ImageView stored = snapshot(robot, followUp);
        robot.interact(() -> {
            HBox all = new HBox(16, filled, refused, stored);
            all.setStyle("-fx-background-color: white; -fx-padding: 8;");
            new javafx.scene.Scene(all);
            Screenshots.save(all, "contact-form-" + language);
        });
    }

    /** Each label text in {@code expected} ("A|B") is shown and is the label of the control {@code id}. */
    private static void assertLabelled(Parent root, String id, String expected) {
        Node control = root.lookup("#" + id);
        assertThat(control).as(id).isNotNull();
        assertThat(control.isVisible()).as(id + " shown").isTrue();
        for (String text : expected.split("\\|")) {
            assertThat(root.lookupAll(".label").stream().filter(n -> n instanceof Label l && l.getLabelFor() == control
                            && l.isVisible() && text.equals(l.getText())).count())
                    .as("a visible label \u201c%s\u201d for #%s", text, id).isEqualTo(1);
        }
    }

    private static ImageView snapshot(FxRobot robot, Node node) {
        ImageView[] view = new ImageView[1];
        robot.interact(() -> view[0] = new ImageView(node.snapshot(null, null)));
        return view[0];
    }
}
