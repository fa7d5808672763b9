package dk.netdesk.exchange;

import static dk.netdesk.exchange.ImportFixture.file;
import static dk.netdesk.exchange.ImportFixture.full;
import static dk.netdesk.exchange.ImportFixture.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.pipeline.Card;
import dk.netdesk.pipeline.Stage;
import dk.netdesk.testing.DatabaseDump;
import dk.netdesk.ui.UndoManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import is one transaction: a row failing late leaves every table as it was (a full dump compared);
 * {@link ContactsImport#undo} takes an import back, also through the app's {@link UndoManager}.
 */
class ContactsImportUndoTest {

    /** The AUTOINCREMENT counters do not go back on undo (new rows get new ids); everything else must. */
    private static final Set<String> COUNTERS = Set.of("sqlite_sequence");

    @TempDir
    Path dir;
    ImportFixture f;
    Contact anna;
    Contact zelda;
    ContactsRead read;
    ImportOptions options;

    @BeforeEach
    void setUp() {
        f = new ImportFixture(dir);
        anna = f.service.create(ContactDetails.named("Anna").withContact("87 65 43 21", "", "Gammel note"), null);
        zelda = f.service.create(ContactDetails.named("Zelda"), null);
        f.pipeline.addConsent(anna.id(), java.time.LocalDate.of(2026, 1, 5), "SMS", "Ja tak", true);
        read = file("kontakter.vcf", full(2), record(9, "Bo", List.of("31 32 33 34"), List.of()),
                record(12, "Anna Jensen", List.of("+4587654321"), List.of("anna@example.dk")),
                record(15, "Carl", List.of(), List.of()), record(20, "zelda", List.of(), List.of("z@example.dk")));
        Stage second = f.pipeline.stages().get(1);
        f.pipeline.move(anna.id(), second.id(), 0);
        // "Anna Jensen" shares only Anna's phone under another name: a weak match, merged because chosen for the row.
        options = new ImportOptions(second.id(), List.of("Import"), DuplicateAction.MERGE, true,
                java.util.Map.of(11, DuplicateAction.MERGE));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aMergeFailingAtTheEndLeavesEveryTableAsItWas() {
        // The merges are the import's last writes; Zelda's is the last of them.
        f.database.dsl().execute("CREATE TRIGGER fail_late BEFORE UPDATE OF notes ON contact WHEN NEW.name = 'Zelda' "
                + "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
        String before = DatabaseDump.dump(f.database);
        f.published.clear();

        assertThatThrownBy(() -> f.imports.apply(read, options, Progress.none()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("disk trouble");

        assertThat(DatabaseDump.dump(f.database)).isEqualTo(before);
        assertThat(f.published).isEmpty();
    }

    @Test
    void aTagFailingAmongTheNewContactsLeavesEveryTableAsItWas() {
        f.database.dsl().execute("CREATE TRIGGER fail_tag BEFORE INSERT ON contact_tag WHEN NEW.contact_id > "
                + zelda.id() + " + 1 BEGIN SELECT RAISE(ABORT, 'no room'); END");
        String before = DatabaseDump.dump(dir.resolve("netdesk.db"));

        assertThatThrownBy(() -> f.imports.apply(read, options, Progress.none())).isInstanceOf(DataAccessException.class);

        assertThat(DatabaseDump.dump(dir.resolve("netdesk.db"))).isEqualTo(before);
    }

    @Test
    void undoDeletesTheNewContactsAndGivesMergedOnesTheirDetailsBack() {
        String before = DatabaseDump.dump(f.database, COUNTERS);
        ImportResult result = f.imports.apply(read, options, Progress.none());
        assertThat(result.summary()).isEqualTo(new ImportSummary(3, 2, 0, 0, 0, List.of()));
        assertThat(result.undo().created()).hasSize(3);
        assertThat(result.undo().before()).extracting(Contact::id).containsExactly(anna.id(), zelda.id());
        assertThat(DatabaseDump.dump(f.database, COUNTERS)).isNotEqualTo(before);

        f.published.clear();
        f.imports.undo(result.undo());

        assertThat(DatabaseDump.dump(f.database, COUNTERS)).isEqualTo(before);
        assertThat(f.published).containsExactly(dk.netdesk.db.Changes.Topic.CONTACTS, dk.netdesk.db.Changes.Topic.PIPELINE);
    }

    @Test
    void undoClosesTheGapOnTheBoardWhenCardsWereAddedAfterTheImport() {
        Stage second = f.pipeline.stages().get(1);
        ImportResult result = f.imports.apply(read, options, Progress.none());
        Contact later = f.service.create(ContactDetails.named("Later"), null);
        f.pipeline.move(later.id(), second.id(), 99);

        f.imports.undo(result.undo());

        List<Card> column = f.pipeline.loadBoard().cards().stream().filter(c -> c.stageId() == second.id()).toList();
        assertThat(column).extracting(Card::name).containsExactly("Anna", "Later");
        assertThat(column).extracting(Card::position).containsExactly(0, 1);
    }

    @Test
    void theAppsUndoAndRedoTakeTheImportBackAndDoItAgain() {
        String before = DatabaseDump.dump(f.database, COUNTERS);
        UndoManager undo = new UndoManager();
        AtomicReference<ImportUndo> last = new AtomicReference<>(f.imports.apply(read, options, Progress.none()).undo());
        undo.done(UndoManager.Command.of(() -> "Import kontakter.vcf", () -> f.imports.undo(last.get()),
                () -> last.set(f.imports.apply(read, options, Progress.none()).undo())));
        String imported = DatabaseDump.dump(f.database, Set.of("sqlite_sequence", "contact", "contact_phone",
                "contact_email", "contact_tag", "stage_history", "consent"));

        undo.undo();
        assertThat(DatabaseDump.dump(f.database, COUNTERS)).isEqualTo(before);

        undo.redo();
        assertThat(f.contacts.findAll()).extracting(Contact::name)
                .containsExactlyInAnyOrder("Anna", "Bo", "Carl", "Zelda", "Åse Ærø-Østergård 😀");
        assertThat(DatabaseDump.dump(f.database, Set.of("sqlite_sequence", "contact", "contact_phone",
                "contact_email", "contact_tag", "stage_history", "consent"))).isEqualTo(imported);
        undo.undo();
        assertThat(DatabaseDump.dump(f.database, COUNTERS)).isEqualTo(before);
    }
}
