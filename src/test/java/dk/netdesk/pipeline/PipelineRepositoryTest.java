package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.testing.People;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.testing.MutableClock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineRepositoryTest {

    static final List<DefaultStage> STAGES = List.of(
            new DefaultStage("New lead", StageKind.OPEN, 7),
            new DefaultStage("Contacted", StageKind.OPEN, 7),
            new DefaultStage("Customer", StageKind.WON_CUSTOMER, 60),
            new DefaultStage("Not now", StageKind.PARKED, 90));

    @TempDir
    Path dir;
    Database db;
    MutableClock clock = new MutableClock();
    List<Changes.Topic> published = new ArrayList<>();
    ContactService contacts;
    PipelineRepository repo;
    List<Stage> stages;

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(dir);
        Changes changes = new Changes();
        changes.subscribe(Changes.Topic.PIPELINE, change -> published.add(change.topic()));
        contacts = People.service(db, changes, clock);
        repo = new PipelineRepository(db, changes, clock);
    }

    @AfterEach
    void tearDown() throws Exception {
        db.close();
    }

    /** Five cards A..E in the first stage, three F..H in the second. */
    private void board() {
        repo.seedIfEmpty(STAGES);
        stages = repo.stages();
        for (String name : List.of("A", "B", "C", "D", "E", "F", "G", "H")) {
            Contact c = contacts.create(ContactDetails.named(name).withContact("", "", ""), null);
            if (name.compareTo("F") >= 0) {
                repo.move(c.id(), stages.get(1).id(), 99);
            }
        }
        published.clear();
    }

    private long id(String name) {
        return contacts.findAll().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private List<String> column(int stage) {
        return repo.loadBoard().cards().stream().filter(c -> c.stageId() == stages.get(stage).id()).map(Card::name).toList();
    }

    /** Every row of the tables a move may touch, as text, keyed by table and id. */
    private Map<String, String> rows() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String table : List.of("contact", "stage", "stage_history")) {
            db.dsl().resultQuery("SELECT * FROM " + table + " ORDER BY id").fetch()
                    .forEach(r -> rows.put(table + ":" + r.get("id"), r.formatCSV(false)));
        }
        return rows;
    }

    private static Set<String> changedKeys(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        keys.removeIf(k -> java.util.Objects.equals(before.get(k), after.get(k)));
        return keys;
    }

    private String contactKey(String name) {
        return "contact:" + id(name);
    }

    /** In every stage the sort keys are distinct and each card's position is its index (0..n-1). */
    private void assertKeysDistinctAndPositionsDense() {
        for (Stage stage : repo.stages()) {
            List<Long> keys = db.dsl().resultQuery(
                    "SELECT stage_position FROM contact WHERE stage_id = ? ORDER BY stage_position", stage.id())
                    .fetch(0, Long.class);
            assertThat(keys).as("keys in %s", stage.name()).doesNotHaveDuplicates();
            assertThat(repo.loadBoard().cards()).filteredOn(c -> c.stageId() == stage.id()).extracting(Card::position)
                    .as("positions in %s", stage.name()).containsExactlyElementsOf(
                            java.util.stream.IntStream.range(0, keys.size()).boxed().toList());
        }
    }

    @Test
    void seedingHappensOnceAndPutsExistingContactsInTheFirstStage() {
        contacts.create(ContactDetails.named("Before the board").withContact("", "", ""), null);
        assertThat(repo.seedIfEmpty(STAGES)).isTrue();
        assertThat(repo.seedIfEmpty(STAGES)).isFalse();
        assertThat(repo.stages()).extracting(Stage::name).containsExactly("New lead", "Contacted", "Customer", "Not now");
        Card card = repo.loadBoard().cards().get(0);
        assertThat(card.stageId()).isEqualTo(repo.stages().get(0).id());
        assertThat(repo.stageHistory(card.contactId())).extracting(StageVisit::stageName).containsExactly("New lead");
    }

    @Test
    void moveToAnotherStageChangesOnlyTheMovedCardsRowAndAddsAHistoryRow() {
        board();
        Map<String, String> before = rows();
        clock.advanceDays(3);
        // B (position 1 of A..E) goes to position 1 of F..H.
        MoveResult result = repo.move(id("B"), stages.get(1).id(), 1);
        Map<String, String> after = rows();

        assertThat(column(0)).containsExactly("A", "C", "D", "E");
        assertThat(column(1)).containsExactly("F", "B", "G", "H");
        Set<String> changed = changedKeys(before, after);
        String history = after.keySet().stream().filter(k -> k.startsWith("stage_history:") && !before.containsKey(k))
                .findFirst().orElseThrow();
        assertThat(changed).containsExactlyInAnyOrder(contactKey("B"), history);
        assertThat(result.changedStage()).isTrue();
        assertThat(result.after().stageEnteredAt()).isEqualTo(clock.instant());
        assertThat(published).containsExactly(Changes.Topic.PIPELINE);
        assertKeysDistinctAndPositionsDense();
    }

    @Test
    void reorderWithinAStageChangesOnlyTheMovedCardsRow() {
        board();
        Map<String, String> before = rows();
        repo.move(id("B"), stages.get(0).id(), 3);
        assertThat(column(0)).containsExactly("A", "C", "D", "B", "E");
        assertThat(changedKeys(before, rows())).containsExactly(contactKey("B"));

        Map<String, String> middle = rows();
        repo.move(id("E"), stages.get(0).id(), 0);
        assertThat(column(0)).containsExactly("E", "A", "C", "D", "B");
        assertThat(changedKeys(middle, rows())).containsExactly(contactKey("E"));
        assertThat(repo.stageHistory(id("B"))).as("no history for a reorder").hasSize(1);
        assertKeysDistinctAndPositionsDense();
    }

    @Test
    void aDropOnItsOwnPlaceWritesNoRow() {
        board();
        Map<String, String> before = rows();
        long changesBefore = db.dsl().resultQuery("SELECT total_changes()").fetchOne(0, Long.class);

        MoveResult result = repo.move(id("C"), stages.get(0).id(), 2);

        assertThat(db.dsl().resultQuery("SELECT total_changes()").fetchOne(0, Long.class)).as("rows written by SQLite")
                .isEqualTo(changesBefore);
        assertThat(rows()).isEqualTo(before);
        assertThat(result.before().position()).isEqualTo(2);
        assertThat(result.after()).isEqualTo(result.before());
        assertThat(result.historyId()).isNull();
        assertThat(column(0)).containsExactly("A", "B", "C", "D", "E");
    }

    /** The move's statements stay prepared on the connection; a backup restored into it must not trip them. */
    @Test
    void movesStillWorkAfterABackupIsRestoredIntoTheOpenDatabase() throws Exception {
        board();
        repo.move(id("A"), stages.get(1).id(), 0);
        Path backup = dir.resolve("good.db");
        db.dsl().execute("VACUUM INTO '" + backup + "'");
        repo.move(id("B"), stages.get(1).id(), 0);
        assertThat(column(1)).containsExactly("B", "A", "F", "G", "H");

        db.restoreDamaged(backup, java.time.Instant.parse("2026-12-03T10:00:00Z"));
        assertThat(column(1)).containsExactly("A", "F", "G", "H");
        MoveResult again = repo.move(id("C"), stages.get(1).id(), 1);

        assertThat(column(0)).containsExactly("B", "D", "E");
        assertThat(column(1)).containsExactly("A", "C", "F", "G", "H");
        assertThat(again.before().position()).isEqualTo(1);
        assertThat(repo.stageHistory(id("C"))).hasSize(2);
        assertKeysDistinctAndPositionsDense();
    }

    @Test
    void movesToTheEndOrFarBeyondAreClampedAndAnEmptyStageTakesTheCard() {
        board();
        repo.move(id("A"), stages.get(1).id(), 1000);
        assertThat(column(1)).containsExactly("F", "G", "H", "A");
        repo.move(id("C"), stages.get(3).id(), 5);
        assertThat(column(3)).containsExactly("C");
        assertThat(repo.loadBoard().cards()).filteredOn(c -> c.name().equals("C")).singleElement()
                .extracting(Card::position).isEqualTo(0);
        assertKeysDistinctAndPositionsDense();
    }

    @Test
    void aMoveIsOneTransaction_aFailureHalfwayLeavesEveryRowAsItWas() {
        board();
        db.dsl().execute("CREATE TEMP TRIGGER fail_history BEFORE INSERT ON stage_history "
                + "BEGIN SELECT RAISE(ABORT, 'history is full'); END");
        Map<String, String> before = rows();
        assertThatThrownBy(() -> repo.move(id("B"), stages.get(1).id(), 0)).hasMessageContaining("history is full");
        assertThat(rows()).isEqualTo(before);
        assertThat(published).isEmpty();
    }

    @Test
    void undoMoveRestoresEveryRowExactly() {
        board();
        Map<String, String> before = rows();
        clock.advanceDays(2);
        MoveResult move = repo.move(id("D"), stages.get(1).id(), 0);
        repo.undoMove(move);
        assertThat(rows()).isEqualTo(before);

        MoveResult reorder = repo.move(id("A"), stages.get(0).id(), 4);
        repo.undoMove(reorder);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void doNotContactCannotEnterAnOpenStageOrGetAFollowUp() {
        board();
        repo.setNextFollowUp(id("A"), LocalDate.of(2026, 12, 1));
        repo.setDoNotContact(id("A"), true, "Asked not to be called");
        assertThat(repo.status(id("A")).nextFollowUp()).as("marking clears the follow-up").isNull();

        Map<String, String> before = rows();
        assertThatThrownBy(() -> repo.move(id("A"), stages.get(1).id(), 0))
                .isInstanceOf(PipelineRuleException.class).hasMessage("pipeline.rule.doNotContactOpenStage");
        assertThatThrownBy(() -> repo.setNextFollowUp(id("A"), LocalDate.of(2026, 12, 2)))
                .isInstanceOfSatisfying(dk.netdesk.contacts.DoNotContactException.class,
                        e -> assertThat(e.reason()).isEqualTo("Asked not to be called"));
        assertThatThrownBy(() -> repo.addInteraction(id("A"), InteractionType.CALL, LocalDate.of(2026, 11, 28), "x", "",
                LocalDate.of(2026, 12, 2))).isInstanceOf(dk.netdesk.contacts.DoNotContactException.class);
        assertThat(rows()).isEqualTo(before);
        assertThat(repo.interactions(id("A"))).isEmpty();

        repo.move(id("A"), stages.get(3).id(), 0);
        assertThat(column(3)).containsExactly("A");
        assertThatThrownBy(() -> repo.setDoNotContact(id("B"), true, " "))
                .isInstanceOf(PipelineRuleException.class).hasMessage("pipeline.rule.reasonRequired");
    }

    @Test
    void anInteractionRestartsTheStaleClockAndCanSetTheNextFollowUp() {
        board();
        clock.advanceDays(10);
        repo.addInteraction(id("C"), InteractionType.MEETING, LocalDate.of(2026, 12, 8), "Coffee", "Wants a demo",
                LocalDate.of(2026, 12, 15));
        Card c = repo.card(id("C"));
        assertThat(c.lastTouchedAt()).isEqualTo(clock.instant());
        assertThat(c.stageEnteredAt()).isBefore(clock.instant());
        assertThat(c.nextFollowUp()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(repo.interactions(id("C"))).singleElement().extracting(Interaction::outcome).isEqualTo("Wants a demo");
    }

    @Test
    void dueFollowUpsAreMostUrgentFirstAndSkipFutureAndDoNotContact() {
        board();
        repo.setNextFollowUp(id("A"), LocalDate.of(2026, 11, 28));
        repo.setNextFollowUp(id("B"), LocalDate.of(2026, 11, 20));
        repo.setNextFollowUp(id("C"), LocalDate.of(2026, 11, 29));
        repo.setNextFollowUp(id("D"), LocalDate.of(2026, 11, 25));
        repo.setDoNotContact(id("D"), true, "Moved abroad");
        assertThat(repo.dueFollowUps(LocalDate.of(2026, 11, 28))).extracting(FollowUp::name).containsExactly("B", "A");
    }

    @Test
    void stagesAreReorderedDenselyAndOnlyEmptyStagesCanBeDeleted() {
        board();
        repo.moveStage(stages.get(3).id(), 0);
        assertThat(repo.stages()).extracting(Stage::name).containsExactly("Not now", "New lead", "Contacted", "Customer");
        assertThat(repo.stages()).extracting(Stage::position).containsExactly(0, 1, 2, 3);
        assertThatThrownBy(() -> repo.deleteStage(stages.get(0).id()))
                .isInstanceOf(PipelineRuleException.class).hasMessage("pipeline.rule.stageNotEmpty");
        repo.deleteStage(stages.get(2).id());
        assertThat(repo.stages()).extracting(Stage::position).containsExactly(0, 1, 2);
        Stage added = repo.addStage(" Event guests ", StageKind.OPEN, 3);
        assertThat(added.name()).isEqualTo("Event guests");
        assertThat(added.position()).isEqualTo(3);
    }

    @Test
    void deletingAContactKeepsTheOrderAndPositionsDense() {
        board();
        contacts.delete(id("B"), null);
        assertThat(column(0)).containsExactly("A", "C", "D", "E");
        assertKeysDistinctAndPositionsDense();
    }

    /**
     * 500 random drops (random card, stage and index, a tenth of them beyond the end) against a plain list
     * per stage that does the same: after each drop the board shows exactly the lists, and each drop's result
     * says the index the card landed at.
     */
    @Test
    void fiveHundredRandomDropsMatchAPlainList() {
        board();
        for (int i = 0; i < 12; i++) {
            contacts.create(ContactDetails.named("P" + i).withContact("", "", ""), null);
        }
        List<List<String>> plain = plainLists();
        java.util.Random random = new java.util.Random(16);
        for (int drop = 0; drop < 500; drop++) {
            int from = random.nextInt(stages.size());
            while (plain.get(from).isEmpty()) {
                from = random.nextInt(stages.size());
            }
            String name = plain.get(from).get(random.nextInt(plain.get(from).size()));
            int to = random.nextInt(stages.size());
            int others = plain.get(to).size() - (to == from ? 1 : 0);
            int index = random.nextInt(10) == 0 ? others + 1 + random.nextInt(5) : random.nextInt(others + 1);
            MoveResult result = repo.move(id(name), stages.get(to).id(), index);
            plain.get(from).remove(name);
            int at = Math.min(index, plain.get(to).size());
            plain.get(to).add(at, name);
            assertThat(result.after().position()).as("drop %d", drop).isEqualTo(at);
            assertThat(plainLists()).as("after drop %d", drop).isEqualTo(plain);
        }
        assertKeysDistinctAndPositionsDense();
    }

    /**
     * Forty drops into the same place (always between the first and second card): halving a gap of
     * {@link PipelineRepository#GAP} runs out after about ten, so the stage is respaced inside the move several
     * times. The board still matches a plain list after each drop, and undoing every drop, newest first, gives
     * the board as it was.
     */
    @Test
    void manyDropsIntoOneGapRespaceTheStageAndStillMatchAPlainList() {
        board();
        for (int i = 0; i < 40; i++) {
            contacts.create(ContactDetails.named("Q" + i).withContact("", "", ""), null);
            repo.move(id("Q" + i), stages.get(1).id(), 99);
        }
        List<List<String>> start = plainLists();
        List<List<String>> plain = plainLists();
        List<MoveResult> done = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = "Q" + i;
            done.add(repo.move(id(name), stages.get(0).id(), 1));
            plain.get(1).remove(name);
            plain.get(0).add(1, name);
            assertThat(plainLists()).as("after drop %d", i).isEqualTo(plain);
        }
        assertKeysDistinctAndPositionsDense();
        for (int i = done.size() - 1; i >= 0; i--) {
            repo.undoMove(done.get(i));
        }
        assertThat(plainLists()).isEqualTo(start);
        assertKeysDistinctAndPositionsDense();
    }

    /**
     * A database made before V14 (dense positions, one tie) gets spaced keys in the same order (position, then
     * id), and the board shows the same columns with positions 0..n-1.
     */
    @Test
    void v14RespacesExistingPositionsKeepingTheirOrder(@TempDir Path old) throws Exception {
        org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + old.resolve(Database.FILE_NAME));
        org.flywaydb.core.Flyway.configure().dataSource(source).locations("classpath:db/migration").target("13")
                .load().migrate();
        try (java.sql.Connection c = source.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("INSERT INTO stage (id, name, kind, position, stale_days) VALUES (1, 'One', 'OPEN', 0, 7), "
                    + "(2, 'Two', 'OPEN', 1, 7)");
            s.execute("INSERT INTO contact (id, name, created_at, updated_at, stage_id, stage_position) VALUES "
                    + "(1, 'C', 'x', 'x', 1, 2), (2, 'A', 'x', 'x', 1, 0), (3, 'B2', 'x', 'x', 1, 1), "
                    + "(4, 'B1', 'x', 'x', 1, 1), (5, 'D', 'x', 'x', 2, 0), (6, 'Off', 'x', 'x', NULL, 0)");
        }
        try (Database migrated = Database.open(old)) {
            assertThat(migrated.dsl().resultQuery("SELECT name || ':' || stage_position FROM contact "
                    + "WHERE stage_id IS NOT NULL ORDER BY stage_id, stage_position").fetch(0, String.class))
                    .containsExactly("A:0", "B2:1024", "B1:2048", "C:3072", "D:0");
            assertThat(new PipelineRepository(migrated, new Changes(), clock).loadBoard().cards())
                    .extracting(c -> c.name() + "@" + c.position()).containsExactly("A@0", "B2@1", "B1@2", "C@3", "D@0");
        }
    }

    /** The board's columns, names top to bottom, one list per stage in board order. */
    private List<List<String>> plainLists() {
        List<Card> cards = repo.loadBoard().cards();
        List<List<String>> lists = new ArrayList<>();
        for (Stage stage : stages) {
            lists.add(new ArrayList<>(cards.stream().filter(c -> c.stageId() == stage.id()).map(Card::name).toList()));
        }
        return lists;
    }

    @Test
    void consentLogKeepsGivenAndWithdrawnNewestFirst() {
        board();
        repo.addConsent(id("A"), LocalDate.of(2026, 1, 5), "email", "Newsletter", true);
        repo.addConsent(id("A"), LocalDate.of(2026, 6, 1), "phone", "Stop calling", false);
        assertThat(repo.consents(id("A"))).extracting(Consent::given).containsExactly(false, true);
        assertThatThrownBy(() -> repo.addConsent(id("A"), LocalDate.of(2026, 6, 1), " ", "", true))
                .isInstanceOf(PipelineRuleException.class);
    }
}
