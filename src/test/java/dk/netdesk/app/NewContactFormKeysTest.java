package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.Card;
import dk.netdesk.pipeline.ContactStatus;
import dk.netdesk.pipeline.FollowUpKind;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.pipeline.StageColumn;
import dk.netdesk.testing.TestApp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A new contact made on the board by keyboard alone (issue 18, item 11): Ctrl+N, the name, Tab through the fields
 * to Stage, the third stage, a follow-up date and time, "Meeting", Save with Enter; the card is in the third column
 * with that follow-up. The focus is checked after every step.
 */
class NewContactFormKeysTest extends KeyboardWindowTest {

    /** The fields between Name and Stage, in Tab order (Referred by is skipped while the source is no referral). */
    private static final List<String> BETWEEN = List.of("details-phones", "details-emails", "details-facebook",
            "details-instagram", "details-linkedin", "details-tiktok", "details-city", "details-birthday",
            "details-source", "details-interest", "details-tags", "details-notes");

    @Test
    void aNewContactGetsItsStageAndFollowUpByKeyboardAlone(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT2);
        assertFocusIs("pipeline-search");
        keys.ctrl(KeyCode.N);
        assertFocusIs("details-name");
        keys.write("Cleo Berg");
        assertFocusIs("details-name");
        for (String field : BETWEEN) {
            keys.type(KeyCode.TAB);
            // the date picker's and combo boxes' focus is on the control itself
            assertFocusIs(field);
        }
        keys.type(KeyCode.TAB);
        assertFocusIs("details-new-stage");
        List<StageColumn> columns = context.pipeline().columns();
        assertThat(context.pipelineDetails().newContactPlan().stageProperty().get())
                .as("a new contact started from the search starts in the first stage").isEqualTo(columns.get(0).stage());
        keys.type(KeyCode.DOWN);
        keys.type(KeyCode.DOWN);
        assertFocusIs("details-new-stage");
        assertThat(context.pipelineDetails().newContactPlan().stageProperty().get()).isEqualTo(columns.get(2).stage());

        keys.type(KeyCode.TAB);
        assertFocusIs("details-new-follow-up");
        keys.write("2026-12-10");
        keys.type(KeyCode.TAB);
        assertFocusIs("details-new-follow-up-time");
        keys.write("10:30");
        keys.type(KeyCode.TAB);
        assertFocusIs("details-new-follow-up-kind");
        keys.type(KeyCode.DOWN);
        keys.type(KeyCode.DOWN);
        keys.type(KeyCode.DOWN);
        assertFocusIs("details-new-follow-up-kind");
        assertThat(context.pipelineDetails().newContactPlan().followUp().kindProperty().get()).isEqualTo(FollowUpKind.MEETING);
        keys.type(KeyCode.TAB);
        assertFocusIs("details-save");
        keys.shift(KeyCode.TAB);
        assertFocusIs("details-new-follow-up-kind");

        keys.type(KeyCode.ENTER);
        keys.settle();
        context.pipeline().load();
        keys.settle();
        Card card = columns.get(2).cards().stream().filter(c -> c.name().equals("Cleo Berg")).findFirst().orElse(null);
        assertThat(card).as("the card is in the third column").isNotNull();
        assertThat(columns.get(0).cards()).extracting(Card::name).doesNotContain("Cleo Berg");
        assertThat(card.nextFollowUp()).isEqualTo(LocalDate.of(2026, 12, 10));
        ContactStatus status = new PipelineRepository(database, new Changes(), TestApp.CLOCK).status(card.contactId());
        assertThat(status.nextFollowUpTime()).isEqualTo(LocalTime.of(10, 30));
        assertThat(status.nextFollowUpKind()).isEqualTo(FollowUpKind.MEETING);
        assertThat(context.pipelineDetails().contactIdProperty().get()).as("the saved contact stays open")
                .isEqualTo(card.contactId());
        // the new contact's rows are gone; its follow-up shows in the stored contact's section, the focus on its date
        assertFocusIs("details-follow-up");
        assertThat(context.pipelineDetails().activity().followUp().kindProperty().get()).isEqualTo(FollowUpKind.MEETING);
        assertThat(context.pipelineDetails().activity().followUp().timeProperty().get()).isEqualTo("10:30");
    }
}
