package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.library.LibraryItemDraft;
import dk.netdesk.library.LibraryKind;
import dk.netdesk.library.LibraryRepository;
import dk.netdesk.library.LibrarySource;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.DuplicateFinder;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: lists sorted in Java follow a switch of the UI language at once, not at their next load (as the
 * contacts list: {@code ContactsViewModelTest.theListIsSortedAgainWhenTheLanguageChanges}). English puts Æ and Å
 * with A and Ø right after O; Danish puts them after Z as Æ, Ø, Å, and reads "Aa" as Å.
 */
class ListsResortOnLanguageSwitchTest {

    private static final List<String> WORDS = List.of("Zebra", "\u00c5se", "\u00d8ko", "\u00c6ble", "Aage", "Omsorg");
    private static final List<String> ENGLISH = List.of("Aage", "\u00c6ble", "\u00c5se", "Omsorg", "\u00d8ko", "Zebra");
    private static final List<String> DANISH = List.of("Omsorg", "Zebra", "\u00c6ble", "\u00d8ko", "Aage", "\u00c5se");

    @TempDir
    Path dir;
    TestApp app;
    ContactService contacts;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        contacts = People.service(app.database(), new Changes(), TestApp.CLOCK);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private void switchTo(String language) {
        app.context().messages().setLocale(new Locale(language));
    }

    @Test
    void theBoardsTagFilterIsSortedAgainAtOnce() {
        contacts.create(new ContactDetails("Mette", List.of(), List.of(), "", "", "", "", "", null, null, null, null,
                WORDS, ""), null);
        app.context().pipeline().load();
        assertThat(app.context().pipeline().tags()).containsExactlyElementsOf(ENGLISH);
        switchTo("da");
        assertThat(app.context().pipeline().tags()).containsExactlyElementsOf(DANISH);
        switchTo("en");
        assertThat(app.context().pipeline().tags()).containsExactlyElementsOf(ENGLISH);
    }

    @Test
    void theDuplicatePairsAreSortedAgainAtOnce() {
        for (String word : WORDS) {
            contacts.create(ContactDetails.named(word + " Hansen"), null);
            contacts.create(ContactDetails.named(word + " Hansen"), null);
        }
        app.context().merge().open();
        assertThat(firstNames()).containsExactlyElementsOf(ENGLISH);
        switchTo("da");
        assertThat(firstNames()).containsExactlyElementsOf(DANISH);
        switchTo("en");
        assertThat(firstNames()).containsExactlyElementsOf(ENGLISH);
    }

    private List<String> firstNames() {
        return app.context().merge().pairs().stream().filter(p -> p.first().name().equals(p.second().name()))
                .map(DuplicateFinder.Pair::first)
                .map(c -> c.name().replace(" Hansen", "")).toList();
    }

    @Test
    void theLibrarysTagListIsSortedAgainAtOnce() {
        new LibraryRepository(app.database(), new Changes(), TestApp.CLOCK).create(new LibraryItemDraft("Tags", LibraryKind.TRAINING_NOTE,
                "", WORDS, LibrarySource.OWN, "en", "", "", null, List.of()));
        app.context().library().refresh();
        assertThat(app.context().library().tags()).containsSubsequence(ENGLISH);
        switchTo("da");
        assertThat(app.context().library().tags()).containsSubsequence(DANISH);
        switchTo("en");
        assertThat(app.context().library().tags()).containsSubsequence(ENGLISH);
    }
}
