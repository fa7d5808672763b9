package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: default stage names follow the UI language until the user renames one; tags differing only
 * by case are one tag; new stages go before the won and parked ones and stay selected; undoing a move
 * into a stage deleted since says so in plain words.
 */
class StageNamesTagsAndUndoTest {

    private static final Locale DANISH = new Locale("da");

    @TempDir
    Path dir;
    MutableClock clock = new MutableClock();
    TestApp app;
    PipelineViewModel model;
    ContactService contacts;
    PipelineRepository pipeline;
    Messages messages;

    private void open(Locale locale) {
        app = TestApp.open(dir, locale, clock);
        model = app.context().pipeline();
        messages = app.context().messages();
        contacts = People.service(app.database(), new Changes(), clock);
        pipeline = new PipelineRepository(app.database(), new Changes(), clock);
        model.load();
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    private List<String> shownStages() {
        return model.columns().stream().map(c -> c.stage().name(messages)).toList();
    }

    private Stage stage(int index) {
        return model.columns().get(index).stage();
    }

    private long create(String name, List<String> tags) {
        return contacts.create(ContactDetails.named(name).withTags(tags), null).id();
    }

    @Test
    void defaultStagesFollowTheLanguageAndARenamedOneKeepsItsName() {
        open(Locale.ENGLISH);
        assertThat(shownStages()).startsWith("New lead", "Contacted");
        long anna = create("Anna", List.of());
        model.load();
        assertThat(model.moveCard(anna, stage(1).id(), 0)).isTrue();
        pipeline.setNextFollowUp(anna, LocalDate.of(2000, 1, 3));
        // saving a default stage with its shown name unchanged keeps it a default stage
        model.stages().updateStage(stage(1).id(), "Contacted", StageKind.OPEN, 10);
        model.stages().updateStage(stage(2).id(), "Warm", StageKind.OPEN, 7);

        messages.setLocale(DANISH);
        model.load();
        assertThat(shownStages()).containsExactly("Nyt emne", "Kontaktet", "Warm", "Præsentation", "Opfølgning",
                "Kunde", "Teammedlem", "Ikke nu");
        assertThat(stage(1).staleDays()).isEqualTo(10);

        app.context().today().load();
        assertThat(app.context().today().due()).singleElement()
                .satisfies(f -> assertThat(f.stageName(messages)).as("Today's 'Fase:'").isEqualTo("Kontaktet"));
        assertThat(pipeline.status(anna).stageName(messages)).isEqualTo("Kontaktet");
        assertThat(pipeline.stageHistory(anna)).extracting(v -> v.stageName(messages)).containsExactly("Kontaktet", "Nyt emne");
        app.context().library().refresh();
        assertThat(app.context().library().stages()).extracting(dk.netdesk.library.StageOption::name)
                .as("the library's stage filter").startsWith("Nyt emne", "Kontaktet", "Warm");

        // a name the user typed stays in every language
        model.stages().updateStage(stage(0).id(), "Leads", StageKind.OPEN, 7);
        messages.setLocale(Locale.ENGLISH);
        model.load();
        assertThat(shownStages()).startsWith("Leads", "Contacted", "Warm", "Presentation");
    }

    @Test
    void anExistingBoardWithDefaultNamesInEnglishOrDanishIsRecognised() throws Exception {
        Path data = dir.resolve("old");
        java.nio.file.Files.createDirectories(data);
        String url = "jdbc:sqlite:" + data.resolve(Database.FILE_NAME);
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("12").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO stage (name, kind, position, stale_days) VALUES ('Contacted', 'OPEN', 0, 7),"
                    + " ('Kunde', 'WON_CUSTOMER', 1, 60), ('Our own', 'OPEN', 2, 7)");
        }
        try (Database db = Database.open(data)) {
            List<Stage> stages = new PipelineRepository(db, new Changes(), clock).stages();
            Messages danish = new Messages(DANISH, List.of("dk.netdesk.pipeline.messages"));
            assertThat(stages).extracting(s -> s.name(danish)).containsExactly("Kontaktet", "Kunde", "Our own");
            Messages english = new Messages(Locale.ENGLISH, List.of("dk.netdesk.pipeline.messages"));
            assertThat(stages).extracting(s -> s.name(english)).containsExactly("Contacted", "Customer", "Our own");
        }
    }

    @Test
    void tagsThatDifferOnlyByCaseAreOneTagInTheFirstSpelling() {
        open(Locale.ENGLISH);
        long anna = create("Anna", List.of("Hudpleje", "HUDPLEJE", "Ærø", "ærø"));
        long bo = create("Bo", List.of("HUDPLEJE", "ÆRØ"));
        model.load();
        assertThat(contacts.find(anna).orElseThrow().details().tags()).containsExactlyInAnyOrder("Hudpleje", "Ærø");
        assertThat(contacts.find(bo).orElseThrow().details().tags()).as("the spelling already in use")
                .containsExactlyInAnyOrder("Hudpleje", "Ærø");
        assertThat(model.tags()).as("English sorts Æ as AE").containsExactly("Ærø", "Hudpleje");
        app.context().messages().setLocale(DANISH);
        model.load();
        assertThat(model.tags()).as("Danish sorts Æ after Z").containsExactly("Hudpleje", "Ærø");
        model.tagFilterProperty().set("ærø");
        assertThat(model.columns().get(0).visibleCards()).extracting(Card::name).containsExactly("Anna", "Bo");
    }

    @Test
    void aNewStageGoesBeforeTheWonAndParkedStagesAndIsSelected() {
        open(Locale.ENGLISH);
        StagesViewModel stages = model.stages();
        stages.selectedIdProperty().set(stage(0).id());
        assertThat(stages.addStage("Event guests", StageKind.OPEN, 7)).isTrue();
        assertThat(shownStages()).containsExactly("New lead", "Contacted", "Interested", "Presentation", "Follow-up",
                "Event guests", "Customer", "Team member", "Not now");
        assertThat(stages.selectedIdProperty().get()).as("the new stage is the one edited").isEqualTo(stage(5).id());
        stages.addStage("Partner", StageKind.WON_CUSTOMER, 30);
        assertThat(shownStages()).containsSubsequence("Team member", "Partner", "Not now");
        stages.addStage("Later", StageKind.PARKED, 30);
        assertThat(shownStages()).last().isEqualTo("Later");
    }

    @Test
    void undoingAMoveOutOfAStageDeletedSinceSaysSoInPlainWords() {
        open(Locale.ENGLISH);
        long anna = create("Anna", List.of());
        model.load();
        model.moveCard(anna, stage(1).id(), 0);
        model.moveCard(anna, stage(2).id(), 0);
        long gone = stage(1).id();
        assertThat(model.stages().deleteStage(gone)).isTrue();
        app.context().undo().undo();
        String status = app.context().status().textProperty().get();
        assertThat(status).isEqualTo(messages.get("pipeline.rule.stageGone")).doesNotContain("SQLITE");
        assertThat(model.find(anna).stageId()).as("the card stays where it is").isEqualTo(stage(1).id());
    }
}
