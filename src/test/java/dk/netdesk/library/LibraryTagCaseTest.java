package dk.netdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, item 8: library tags that differ only by case, beyond ASCII, are one tag in the first spelling. */
class LibraryTagCaseTest {

    @TempDir
    Path dir;

    private static LibraryItemDraft note(String title, List<String> tags) {
        return new LibraryItemDraft(title, LibraryKind.TRAINING_NOTE, "", tags, LibrarySource.OWN, "da", "", "", null,
                List.of());
    }

    @Test
    void tagsCompareWithoutCaseAndKeepTheFirstSpelling() throws Exception {
        try (Database db = Database.open(dir)) {
            db.textOrder().setLocale(new Locale("da"));
            LibraryRepository library = new LibraryRepository(db, new Changes(), TestApp.CLOCK);
            LibraryItem first = library.create(note("Første", List.of("Ærø", "ÆRØ", "Hudpleje")));
            LibraryItem second = library.create(note("Anden", List.of("ærø", "HUDPLEJE")));

            assertThat(first.tags()).containsExactly("Hudpleje", "Ærø");
            assertThat(library.find(second.id()).orElseThrow().tags()).as("the spelling already in use")
                    .containsExactly("Hudpleje", "Ærø");
            assertThat(library.tags()).containsExactly("Hudpleje", "Ærø");
            assertThat(library.search("", new LibraryFilter(null, "ÆRØ", null, null))).extracting(LibraryHit::title)
                    .containsExactlyInAnyOrder("Første", "Anden");
        }
    }
}
