package dk.netdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.Occurrence;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.library.LibraryFilter;
import dk.netdesk.library.LibraryRepository;
import dk.netdesk.pipeline.Board;
import dk.netdesk.pipeline.PipelineRepository;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BigFolder} at a small scale: the counts, and the app's repositories reading the result. */
class BigFolderTest {

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @TempDir
    Path dir;

    @Test
    void aHundredthOfTheBigFolderHoldsItsShareAndTheAppReadsIt() throws Exception {
        BigFolder.Sizes sizes = BigFolder.Sizes.FULL.scaled(0.01);
        BigFolder.Totals totals = BigFolder.generate(dir.resolve("big"), sizes, Locale.ENGLISH, QUIET);

        assertThat(totals.contacts()).isEqualTo(100);
        assertThat(totals.stages()).isEqualTo(8);
        assertThat(totals.interactions()).isEqualTo(300);
        assertThat(totals.events()).isEqualTo(500 + 12);
        assertThat(totals.series()).isEqualTo(12);
        assertThat(totals.items()).isEqualTo(1_000);
        assertThat(totals.libraryTags()).isEqualTo(1_750);
        assertThat(totals.ftsRows()).isEqualTo(1_000);
        assertThat(totals.bodyChars() / totals.items()).isBetween(800L, 1_000L);
        assertThat(totals.contactTags()).isPositive();
        assertThat(totals.consents()).isPositive();

        try (Database db = Database.open(dir.resolve("big"))) {
            Board board = new PipelineRepository(db, new Changes(), TestApp.CLOCK).loadBoard();
            assertThat(board.stages()).hasSize(8);
            assertThat(board.cards()).hasSize(100);
            assertThat(board.cards().stream().map(c -> c.stageId()).distinct().count()).isGreaterThan(4);

            LibraryRepository library = new LibraryRepository(db, new Changes(), TestApp.CLOCK);
            assertThat(library.search("the", LibraryFilter.NONE)).isNotEmpty();
            assertThat(library.search("og", LibraryFilter.NONE)).isNotEmpty();
            assertThat(library.search("hudpleje", LibraryFilter.NONE)).as("a tag is searchable").isNotEmpty();
            // The search rows hold what the app's triggers write: title, body and the item's tags.
            assertThat(((Number) db.dsl().fetchValue("SELECT count(*) FROM library_item i JOIN library_fts f ON f.rowid = i.id "
                    + "WHERE f.title = i.title AND f.body = i.body AND f.attachments = '' AND f.tags = "
                    + "coalesce((SELECT group_concat(tag, ' ') FROM library_tag WHERE item_id = i.id), '')")).longValue())
                    .isEqualTo(1_000);

            LocalDate monday = LocalDate.of(2026, 11, 30);
            List<Occurrence> week = new CalendarRepository(db, new Changes()).occurrences(
                    monday.atStartOfDay(BigFolder.ZONE).toInstant(), monday.plusDays(7).atStartOfDay(BigFolder.ZONE).toInstant());
            assertThat(week).isNotEmpty();
            assertThat(week).anyMatch(o -> o.row().rrule() != null);
        }
    }

    @Test
    void aFolderWithADatabaseIsRefusedUntouched() throws Exception {
        Path folder = dir.resolve("used");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(Database.FILE_NAME), "not mine");

        assertThatThrownBy(() -> BigFolder.generate(folder, BigFolder.Sizes.FULL.scaled(0.001), Locale.ENGLISH, QUIET))
                .isInstanceOf(BigFolder.FolderNotEmptyException.class).hasMessageContaining("netdesk.db");
        assertThat(Files.readString(folder.resolve(Database.FILE_NAME))).isEqualTo("not mine");
    }

    @Test
    void twoRunsMakeTheSameData() throws Exception {
        String[] dumps = new String[2];
        for (int run = 0; run < 2; run++) {
            Path folder = dir.resolve("run" + run);
            BigFolder.generate(folder, BigFolder.Sizes.FULL.scaled(0.002), Locale.forLanguageTag("da"), QUIET);
            try (Database db = Database.open(folder)) {
                // Event uids are random (the schema's trigger), and Flyway records when it ran.
                dumps[run] = DatabaseDump.dump(db).replaceAll("uid=[^|\\n]*", "")
                        .replaceAll("(?s)== flyway_schema_history.*?(?=\\n== )", "");
            }
        }
        assertThat(dumps[1]).isEqualTo(dumps[0]);
    }
}
