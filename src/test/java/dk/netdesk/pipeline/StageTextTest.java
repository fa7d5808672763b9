package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.TextLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (items 19, 21): a stage name with a control character or broken text is refused with a message,
 * a stored name is NFC, and the stages dialog's messages go as soon as their cause is fixed.
 */
class StageTextTest {

    @TempDir
    Path dir;
    TestApp app;
    PipelineViewModel model;
    StagesViewModel stages;
    Messages messages;

    @BeforeEach
    void open() {
        app = TestApp.open(dir, Locale.ENGLISH);
        model = app.context().pipeline();
        stages = model.stages();
        messages = app.context().messages();
        model.load();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private List<String> names() {
        return model.columns().stream().map(c -> c.stage().name(messages)).toList();
    }

    private String status() {
        return app.context().status().textProperty().get();
    }

    @Test
    void aNameWithAControlCharacterOrBrokenTextIsRefusedWithAMessage() {
        List<String> before = names();
        assertThat(stages.addStage("Cold\u0000leads", StageKind.OPEN, 14)).isFalse();
        assertThat(status()).isEqualTo(messages.get("pipeline.stage.nameNotText")).contains("control character");
        assertThat(stages.updateStage(model.columns().get(0).stage().id(), "Leads \uD83D", StageKind.OPEN, 14)).isFalse();
        assertThat(status()).isEqualTo(messages.get("pipeline.stage.nameNotText"));
        assertThat(names()).isEqualTo(before);

        assertThat(stages.addStage("Cafe\u0301 guests \uD83D\uDE00", StageKind.OPEN, 14)).isTrue();
        model.load();
        assertThat(names()).contains("Caf\u00e9 guests \uD83D\uDE00");
    }

    @Test
    void theDialogsMessagesGoAsSoonAsTheFieldsAreRight() {
        stages.openProperty().set(true);
        stages.nameProperty().set("");
        stages.staleDaysProperty().set(14);
        assertThat(stages.addStage("", StageKind.OPEN, 14)).isFalse();
        assertThat(status()).isEqualTo("Give the stage a name.");
        stages.nameProperty().set("C");
        assertThat(status()).isEmpty();

        String tooLong = "C".repeat(TextLimits.NAME + 1);
        stages.nameProperty().set(tooLong);
        assertThat(stages.addStage(tooLong, StageKind.OPEN, 14)).isFalse();
        assertThat(status()).contains("200");
        stages.nameProperty().set("Cold");
        assertThat(status()).isEmpty();

        stages.nameProperty().set("Cold\u0000");
        assertThat(stages.addStage("Cold\u0000", StageKind.OPEN, 14)).isFalse();
        stages.nameProperty().set("Cold");
        assertThat(status()).isEmpty();

        stages.staleDaysProperty().set(0);
        assertThat(stages.addStage("Cold", StageKind.OPEN, 0)).isFalse();
        assertThat(status()).isEqualTo(messages.get("pipeline.stage.staleDaysRange"));
        stages.nameProperty().set("Colder");
        assertThat(status()).as("another change that leaves the fault").isNotEmpty();
        stages.staleDaysProperty().set(5);
        assertThat(status()).isEmpty();

        stages.nameProperty().set("");
        assertThat(stages.addStage("", StageKind.OPEN, 5)).isFalse();
        stages.openProperty().set(false);
        assertThat(status()).as("the dialog closed").isEmpty();
    }
}
