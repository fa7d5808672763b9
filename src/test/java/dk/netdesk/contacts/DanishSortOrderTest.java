package dk.netdesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.library.LibraryFilter;
import dk.netdesk.library.LibraryHit;
import dk.netdesk.library.LibraryItemDraft;
import dk.netdesk.library.LibraryKind;
import dk.netdesk.library.LibraryRepository;
import dk.netdesk.library.LibrarySource;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names and titles sort in the UI language in SQL: Danish puts Æ, Ø, Å after Z and "Aa" as Å (decision 0031). */
class DanishSortOrderTest {

    private static final List<String> NAMES = List.of("Åse", "Øjvind", "ærø", "Aage", "Zacharias", "Ærø", "Anders");

    @TempDir
    Path dir;

    @Test
    void contactNamesSortTheDanishWayInDanishAndTheEnglishWayInEnglish() throws Exception {
        try (Database db = Database.open(dir)) {
            ContactRepository contacts = new ContactRepository(db, TestApp.CLOCK);
            NAMES.forEach(n -> contacts.insert(ContactDetails.named(n)));

            db.textOrder().setLocale(new Locale("da"));
            List<String> danish = contacts.findAll().stream().map(Contact::name).toList();
            assertThat(danish).as("… Z, Æ, Ø, Å, and Aa as Å; ærø beside Ærø")
                    .containsExactly("Anders", "Zacharias", "Ærø", "ærø", "Øjvind", "Aage", "Åse");

            db.textOrder().setLocale(Locale.ENGLISH);
            List<String> english = contacts.findAll().stream().map(Contact::name).toList();
            assertThat(english).isNotEqualTo(danish);
            assertThat(english.get(0)).as("Aa is two a's in English").isEqualTo("Aage");
            assertThat(english.indexOf("Åse")).as("Å with A in English").isLessThan(english.indexOf("Zacharias"));
            assertThat(Math.abs(english.indexOf("ærø") - english.indexOf("Ærø"))).as("cases together").isEqualTo(1);

            db.textOrder().setLocale(new Locale("da"));
            assertThat(contacts.names().stream().map(ContactRef::name).toList()).as("the name pickers too")
                    .containsExactly("Anders", "Zacharias", "Ærø", "ærø", "Øjvind", "Aage", "Åse");
        }
    }

    @Test
    void englishSortsOWithOAsTheRootOrderDoesInSqlAndInJava() throws Exception {
        List<String> names = List.of("Per", "Øjvind", "Ole", "Zacharias", "Oda", "Åse", "Ærø", "Aage", "øjvind");
        List<String> expected = List.of("Aage", "Ærø", "Åse", "Oda", "Ole", "øjvind", "Øjvind", "Per", "Zacharias");
        try (Database db = Database.open(dir)) {
            ContactRepository contacts = new ContactRepository(db, TestApp.CLOCK);
            names.forEach(n -> contacts.insert(ContactDetails.named(n)));
            db.textOrder().setLocale(Locale.ENGLISH);
            assertThat(contacts.findAll().stream().map(Contact::name).toList()).as("SQL, English: Ø right after O")
                    .containsExactlyElementsOf(expected);
        }
        List<String> java = new java.util.ArrayList<>(names);
        java.sort(dk.netdesk.db.TextOrder.comparator(Locale.ENGLISH));
        assertThat(java).as("Java lists agree with SQL").containsExactlyElementsOf(expected);
    }

    @Test
    void libraryTitlesSortInTheUiLanguage() throws Exception {
        try (Database db = Database.open(dir)) {
            LibraryRepository library = new LibraryRepository(db, new Changes(), TestApp.CLOCK);
            for (String title : List.of("Åbning", "Zoneterapi", "Ærlighed", "aalborg-turen")) {
                library.create(new LibraryItemDraft(title, LibraryKind.TRAINING_NOTE, "", List.of(), LibrarySource.OWN,
                        "da", "", "", null, List.of()));
            }
            db.textOrder().setLocale(new Locale("da"));
            assertThat(library.search("", new LibraryFilter(null, null, null, null)).stream().map(LibraryHit::title)
                    .toList()).containsExactly("Zoneterapi", "Ærlighed", "Åbning", "aalborg-turen");
        }
    }

    @Test
    void theSqlOrderFollowsTheAppsLanguage() {
        try (TestApp app = TestApp.open(dir, new Locale("da"))) {
            assertThat(app.database().textOrder().locale().getLanguage()).isEqualTo("da");
            app.context().messages().setLocale(Locale.ENGLISH);
            assertThat(app.database().textOrder().locale()).isEqualTo(Locale.ENGLISH);
        }
    }
}
