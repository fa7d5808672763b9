package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stages dialog's form always holds the selected stage's values, or is blank when none is selected:
 * after a selection, a delete, an add, a move and a reload; Save never writes it to another stage.
 */
class StagesFormTest {

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
        stages.openProperty().set(true);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private List<String> names() {
        return model.columns().stream().map(c -> c.stage().name(messages)).toList();
    }

    private long idOf(String name) {
        return model.columns().stream().filter(c -> c.stage().name(messages).equals(name)).findFirst()
                .orElseThrow().stage().id();
    }

    private String status() {
        return app.context().status().textProperty().get();
    }

    @Test
    void deletingTheSelectedStageClearsTheFormAndSaveThenWritesNothing() {
        assertThat(stages.addStage("Smagsprøve", StageKind.OPEN, 30)).isTrue();
        long tasting = idOf("Smagsprøve");
        assertThat(stages.selectedIdProperty().get()).isEqualTo(tasting);
        assertThat(stages.nameProperty().get()).isEqualTo("Smagsprøve");
        assertThat(stages.staleDaysProperty().get()).isEqualTo(30);

        assertThat(stages.deleteStage(tasting)).isTrue();
        List<String> after = names();
        assertThat(after).doesNotContain("Smagsprøve");
        assertThat(stages.selectedIdProperty().get()).isNull();
        assertThat(stages.formStageIdProperty().get()).isNull();
        assertThat(stages.nameProperty().get()).isEmpty();
        assertThat(stages.kindProperty().get()).isEqualTo(StageKind.OPEN);
        assertThat(stages.staleDaysProperty().get()).isEqualTo(14);

        assertThat(stages.saveSelected()).isFalse();
        assertThat(names()).isEqualTo(after);
    }

    @Test
    void choosingAnotherStageReplacesWhatWasTypedAndSaveGoesToTheChosenStage() {
        long first = model.columns().get(0).stage().id();
        long second = model.columns().get(1).stage().id();
        String secondName = names().get(1);
        stages.select(first);
        stages.nameProperty().set("Typed for the first");
        stages.select(second);
        assertThat(stages.nameProperty().get()).isEqualTo(secondName);
        assertThat(stages.saveSelected()).isTrue();
        assertThat(names().get(1)).isEqualTo(secondName);
        assertThat(names()).doesNotContain("Typed for the first");

        stages.nameProperty().set("Second, renamed");
        assertThat(stages.saveSelected()).isTrue();
        model.load();
        assertThat(names().get(1)).isEqualTo("Second, renamed");
        assertThat(names().get(0)).isNotEqualTo("Second, renamed");
    }

    @Test
    void aMovedStageStaysInTheFormAndTheStatusLineSaysItMoved() {
        long second = model.columns().get(1).stage().id();
        String name = names().get(1);
        stages.select(second);
        assertThat(stages.moveStage(second, -1)).isTrue();
        assertThat(names().get(0)).isEqualTo(name);
        assertThat(stages.selectedIdProperty().get()).isEqualTo(second);
        assertThat(stages.nameProperty().get()).isEqualTo(name);
        assertThat(status()).isEqualTo("Moved the stage " + name + " up.");

        assertThat(stages.moveStage(second, 1)).isTrue();
        assertThat(names().get(1)).isEqualTo(name);
        assertThat(status()).isEqualTo("Moved the stage " + name + " down.");
    }

    @Test
    void aReloadWithoutTheSelectedStageClearsTheForm() throws Exception {
        assertThat(stages.addStage("Gone soon", StageKind.OPEN, 14)).isTrue();
        long gone = idOf("Gone soon");
        stages.select(gone);
        // deleted elsewhere (another window's board): the next read of the board no longer has it
        PipelineRepository repository = new PipelineRepository(app.database(), new dk.netdesk.db.Changes(), TestApp.CLOCK);
        repository.deleteStage(gone);
        model.load();
        assertThat(names()).doesNotContain("Gone soon");
        assertThat(stages.selectedIdProperty().get()).isNull();
        assertThat(stages.nameProperty().get()).isEmpty();
        assertThat(stages.saveSelected()).isFalse();
    }
}
