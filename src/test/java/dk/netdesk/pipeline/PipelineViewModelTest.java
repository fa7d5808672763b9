package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineViewModelTest {

    @TempDir
    Path dir;
    MutableClock clock = new MutableClock();
    TestApp app;
    PipelineViewModel model;
    ContactService contacts;
    PipelineRepository pipeline;

    private void open(Locale locale) {
        app = TestApp.open(dir, locale, clock);
        model = app.context().pipeline();
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

    /** A..E in the first column, F and G in the second; the rest empty. */
    private void board() {
        open(Locale.ENGLISH);
        for (String name : List.of("A", "B", "C", "D", "E", "F", "G")) {
            long id = contacts.create(details(name, List.of(), List.of()), null).id();
            if (name.compareTo("F") >= 0) {
                pipeline.move(id, stage(1).id(), 99);
            }
        }
        model.load();
    }

    private static ContactDetails details(String name, List<String> tags, List<String> phones) {
        return new ContactDetails(name, phones, List.of(), "", "", "", "", "", null, null, null, null, tags, "");
    }

    private Stage stage(int index) {
        return model.columns().get(index).stage();
    }

    private List<String> names(int column) {
        return model.columns().get(column).cards().stream().map(Card::name).toList();
    }

    private List<String> stored(int column) {
        long stageId = stage(column).id();
        return pipeline.loadBoard().cards().stream().filter(c -> c.stageId() == stageId).map(Card::name).toList();
    }

    private long id(String name) {
        return model.columns().stream().flatMap(c -> c.cards().stream()).filter(c -> c.name().equals(name))
                .findFirst().orElseThrow().contactId();
    }

    @Test
    void firstRunSeedsTheDefaultStagesInTheUsersLanguage() {
        open(new Locale("da"));
        assertThat(model.columns()).extracting(c -> c.stage().name()).containsExactly(
                "Nyt emne", "Kontaktet", "Interesseret", "Præsentation", "Opfølgning", "Kunde", "Teammedlem", "Ikke nu");
        assertThat(model.columns()).extracting(c -> c.stage().kind()).containsExactly(StageKind.OPEN, StageKind.OPEN,
                StageKind.OPEN, StageKind.OPEN, StageKind.OPEN, StageKind.WON_CUSTOMER, StageKind.WON_TEAM_MEMBER,
                StageKind.PARKED);
        app.context().messages().setLocale(Locale.ENGLISH);
        model.load();
        assertThat(stage(0).name()).as("names stay as seeded").isEqualTo("Nyt emne");
    }

    @Test
    void moveToAnotherColumnAtFirstMiddleAndLastPosition() {
        board();
        assertThat(model.moveCard(id("B"), stage(1).id(), 0)).isTrue();
        assertThat(names(1)).containsExactly("B", "F", "G");
        assertThat(model.moveCard(id("C"), stage(1).id(), 2)).isTrue();
        assertThat(names(1)).containsExactly("B", "F", "C", "G");
        assertThat(model.moveCard(id("D"), stage(1).id(), 4)).isTrue();
        assertThat(names(1)).containsExactly("B", "F", "C", "G", "D");
        assertThat(names(0)).containsExactly("A", "E");
        assertThat(stored(0)).containsExactly("A", "E");
        assertThat(stored(1)).containsExactly("B", "F", "C", "G", "D");
    }

    @Test
    void moveOntoAnEmptyColumn() {
        board();
        assertThat(model.columns().get(3).cards()).isEmpty();
        model.moveCard(id("A"), stage(3).id(), 0);
        assertThat(names(3)).containsExactly("A");
        assertThat(stored(3)).containsExactly("A");
        assertThat(model.find(id("A")).stageEnteredAt()).isEqualTo(clock.instant());
    }

    @Test
    void reorderWithinAColumnToFirstAndLast() {
        board();
        model.moveCard(id("C"), stage(0).id(), 0);
        assertThat(names(0)).containsExactly("C", "A", "B", "D", "E");
        model.moveCard(id("A"), stage(0).id(), 4);
        assertThat(names(0)).containsExactly("C", "B", "D", "E", "A");
        assertThat(stored(0)).containsExactly("C", "B", "D", "E", "A");
        assertThat(model.moveCard(id("A"), stage(0).id(), 4)).as("already there").isFalse();
    }

    @Test
    void dropBeforeACardOrAtTheEndMeansTheSameWhetherMovingUpOrDown() {
        board();
        // Dropped on D (index 3) while B (index 1) is dragged: B lands just before D.
        model.drop(id("B"), stage(0).id(), 3);
        assertThat(names(0)).containsExactly("A", "C", "B", "D", "E");
        // Dropped on A: lands first.
        model.drop(id("E"), stage(0).id(), 0);
        assertThat(names(0)).containsExactly("E", "A", "C", "B", "D");
        // Dropped on the empty area below the last card of another column: lands last.
        model.drop(id("A"), stage(1).id(), Integer.MAX_VALUE);
        assertThat(names(1)).containsExactly("F", "G", "A");
    }

    @Test
    void dropWithAFilterPlacesTheCardBeforeTheVisibleCardItWasDroppedOn() {
        board();
        model.searchProperty().set("g");
        assertThat(model.columns().get(1).visibleCards()).extracting(Card::name).containsExactly("G");
        model.drop(id("A"), stage(1).id(), 0);
        assertThat(names(1)).containsExactly("F", "A", "G");
    }

    @Test
    void undoAndRedoOfAMove() {
        board();
        clock.advanceDays(1);
        model.moveCard(id("B"), stage(1).id(), 1);
        assertThat(app.context().undo().undoDescriptionProperty().get()).isEqualTo("move of B");
        app.context().undo().undo();
        assertThat(names(0)).containsExactly("A", "B", "C", "D", "E");
        assertThat(names(1)).containsExactly("F", "G");
        assertThat(stored(0)).containsExactly("A", "B", "C", "D", "E");
        assertThat(pipeline.stageHistory(id("B"))).hasSize(1);
        app.context().undo().redo();
        assertThat(names(1)).containsExactly("F", "B", "G");
        assertThat(stored(1)).containsExactly("F", "B", "G");
    }

    @Test
    void keyboardMovesTheSelectedCardBetweenColumnsAndWithinOne() {
        board();
        model.select(id("C"));
        assertThat(model.moveSelectedToStage(1)).isTrue();
        assertThat(names(1)).containsExactly("C", "F", "G");
        assertThat(model.selectedProperty().get().stageId()).isEqualTo(stage(1).id());
        assertThat(model.reorderSelected(1)).isTrue();
        assertThat(model.reorderSelected(1)).isTrue();
        assertThat(names(1)).containsExactly("F", "G", "C");
        assertThat(model.reorderSelected(1)).as("already last").isFalse();
        assertThat(model.moveSelectedToStage(-1)).isTrue();
        assertThat(model.moveSelectedToStage(-1)).as("already in the first column").isFalse();
        assertThat(names(0)).containsExactly("C", "A", "B", "D", "E");
        assertThat(stored(0)).containsExactly("C", "A", "B", "D", "E");
    }

    @Test
    void overdueTodayPlannedAndNoNextStep() {
        board();
        pipeline.setNextFollowUp(id("A"), LocalDate.of(2026, 11, 27));
        pipeline.setNextFollowUp(id("B"), LocalDate.of(2026, 11, 28));
        pipeline.setNextFollowUp(id("C"), LocalDate.of(2026, 11, 29));
        model.load();
        assertThat(model.followUpState(model.find(id("A")))).isEqualTo(FollowUpState.OVERDUE);
        assertThat(model.followUpState(model.find(id("B")))).isEqualTo(FollowUpState.TODAY);
        assertThat(model.followUpState(model.find(id("C")))).isEqualTo(FollowUpState.PLANNED);
        assertThat(model.followUpState(model.find(id("D")))).isEqualTo(FollowUpState.NONE);
        clock.advanceDays(1);
        assertThat(model.followUpState(model.find(id("B")))).isEqualTo(FollowUpState.OVERDUE);
        assertThat(model.followUpState(model.find(id("C")))).isEqualTo(FollowUpState.TODAY);
    }

    @Test
    void aCardGoesStaleAfterTheStagesThresholdAndAnInteractionResetsTheClock() {
        board();
        // "New lead" is stale after 7 days without contact.
        assertThat(stage(0).staleDays()).isEqualTo(7);
        clock.advanceDays(7);
        assertThat(model.isStale(model.find(id("A")))).as("7 days is not more than 7").isFalse();
        assertThat(model.daysInStage(model.find(id("A")))).isEqualTo(7);
        clock.advanceDays(1);
        assertThat(model.isStale(model.find(id("A")))).isTrue();

        pipeline.addInteraction(id("A"), InteractionType.CALL, LocalDate.now(clock), "Called", "Interested", null);
        model.load();
        assertThat(model.isStale(model.find(id("A")))).isFalse();
        assertThat(model.daysInStage(model.find(id("A")))).as("days in stage keep counting").isEqualTo(8);

        model.moveCard(id("B"), stage(1).id(), 0);
        assertThat(model.isStale(model.find(id("B")))).as("a new stage restarts the clock").isFalse();
        assertThat(model.daysInStage(model.find(id("B")))).isZero();
    }

    @Test
    void doNotContactCannotBeMovedToAnOpenStageButCanBeParkedOrReordered() {
        board();
        pipeline.setDoNotContact(id("A"), true, "Asked us to stop");
        model.load();
        assertThat(model.moveCard(id("A"), stage(1).id(), 0)).isFalse();
        assertThat(app.context().status().textProperty().get())
                .isEqualTo("Not moved: A is marked do not contact (Asked us to stop), so cannot go to an open stage. "
                        + "Lift the mark in the details first.");
        assertThat(names(1)).containsExactly("F", "G");
        assertThat(stored(1)).containsExactly("F", "G");
        assertThat(app.context().undo().canUndoProperty().get()).isFalse();

        assertThat(model.moveCard(id("A"), stage(0).id(), 2)).as("reorder in its own stage").isTrue();
        assertThat(model.moveCard(id("A"), stage(7).id(), 0)).as("to Not now").isTrue();
        assertThat(names(7)).containsExactly("A");
        model.select(id("A"));
        assertThat(model.moveSelectedToStage(-1)).as("to Team member, which is not open").isTrue();
        assertThat(model.moveCard(id("A"), stage(4).id(), 0)).isFalse();
    }

    @Test
    void searchFindsAPhoneNumberTypedInAnyFormat() {
        open(Locale.ENGLISH);
        contacts.create(details("Anna", List.of(), List.of("20 30 40 50")), null);
        contacts.create(details("Bo", List.of(), List.of("11223344", "0045 28 76 54 32")), null);
        model.load();
        List<Card> visible = model.columns().get(0).visibleCards();
        for (String typed : List.of("+45 20 30 40 50", "+4520304050", "20-30-40-50", "0045 20304050", "(+45) 2030-4050")) {
            model.searchProperty().set(typed);
            assertThat(visible).as(typed).extracting(Card::name).containsExactly("Anna");
        }
        model.searchProperty().set("+45 28 76 54 32");
        assertThat(visible).as("a second number").extracting(Card::name).containsExactly("Bo");
        model.searchProperty().set("28765432");
        assertThat(visible).extracting(Card::name).containsExactly("Bo");
    }

    @Test
    void filtersBySearchTagSourceAndFollowUpToday() {
        open(Locale.ENGLISH);
        contacts.create(new ContactDetails("Anna", List.of("+45 20 30 40 50"), List.of("anna@x.dk"), "", "", "", "", "",
                null, Source.EVENT, null, null, List.of("skin care"), "Met at the fair"), null);
        contacts.create(new ContactDetails("Bo", List.of(), List.of(), "", "", "", "", "", null, Source.REFERRAL, null,
                null, List.of("Odense"), ""), null);
        long carl = contacts.create(details("Carl", List.of(), List.of()), null).id();
        pipeline.setNextFollowUp(carl, LocalDate.of(2026, 11, 28));
        model.load();
        List<Card> visible = model.columns().get(0).visibleCards();

        model.searchProperty().set("FAIR");
        assertThat(visible).extracting(Card::name).containsExactly("Anna");
        model.searchProperty().set("20304050");
        assertThat(visible).extracting(Card::name).containsExactly("Anna");
        model.clearFilters();
        assertThat(model.tags()).containsExactly("Odense", "skin care");
        model.tagFilterProperty().set("odense");
        assertThat(visible).extracting(Card::name).containsExactly("Bo");
        model.clearFilters();
        model.sourceFilterProperty().set(Source.EVENT);
        assertThat(visible).extracting(Card::name).containsExactly("Anna");
        model.clearFilters();
        model.followUpTodayProperty().set(true);
        assertThat(visible).extracting(Card::name).containsExactly("Carl");
        assertThat(model.isFiltered()).isTrue();
        model.clearFilters();
        assertThat(visible).hasSize(3);
    }

    @Test
    void aStageThatHoldsContactsIsNotDeletedAndTheStatusSaysWhy() {
        board();
        assertThat(model.stages().deleteStage(stage(0).id())).isFalse();
        assertThat(app.context().status().textProperty().get())
                .isEqualTo("The stage New lead still holds 5 contacts: move them to another stage first.");
        assertThat(model.columns()).hasSize(8);
        assertThat(model.stages().deleteStage(stage(3).id())).isTrue();
        assertThat(model.columns()).hasSize(7);
        assertThat(model.stages().addStage("Event guests", StageKind.OPEN, 3)).isTrue();
        assertThat(model.columns().get(4).stage().name()).as("after the open stages").isEqualTo("Event guests");
        assertThat(model.stages().moveStage(model.columns().get(4).stage().id(), -1)).isTrue();
        assertThat(model.columns().get(3).stage().name()).isEqualTo("Event guests");
        assertThat(model.stages().addStage(" ", StageKind.OPEN, 3)).isFalse();
        int before = model.columns().size();
        assertThat(model.stages().addStage("x".repeat(201), StageKind.OPEN, 3)).as("over the limit: refused").isFalse();
        assertThat(app.context().status().textProperty().get())
                .isEqualTo("A stage name can have at most 200 characters. Shorten it.");
        assertThat(model.columns()).as("nothing saved").hasSize(before);
        assertThat(model.stages().updateStage(stage(0).id(), "x".repeat(1_000_000), StageKind.OPEN, 10)).isFalse();
        assertThat(model.stages().addStage("x".repeat(200), StageKind.OPEN, 3)).as("at the limit").isTrue();
        assertThat(model.stages().updateStage(stage(0).id(), "Leads", StageKind.OPEN, 10)).isTrue();
        assertThat(stage(0).name()).isEqualTo("Leads");
        assertThat(stage(0).staleDays()).isEqualTo(10);
    }

    @Test
    void aSearchHoldingNulOrBrokenTextKeepsTheBoardAndSaysWhy() {
        board();
        model.searchProperty().set("g");
        assertThat(model.columns().get(1).visibleCards()).extracting(Card::name).containsExactly("G");
        for (String typed : new String[] {"g\u0000", "\u0000", "g\uD83D"}) {
            model.searchProperty().set(typed);
            assertThat(model.columns().get(1).visibleCards()).as(typed).extracting(Card::name).containsExactly("G");
            assertThat(model.searchErrorProperty().get()).isEqualTo(dk.netdesk.ui.TypedText.SEARCH);
        }
        model.searchProperty().set("f");
        assertThat(model.searchErrorProperty().get()).isNull();
        assertThat(model.columns().get(1).visibleCards()).extracting(Card::name).containsExactly("F");
        model.searchProperty().set("\u0000");
        model.clearFilters();
        assertThat(model.searchErrorProperty().get()).isNull();
        assertThat(model.columns().get(1).visibleCards()).extracting(Card::name).containsExactly("F", "G");
    }
}
