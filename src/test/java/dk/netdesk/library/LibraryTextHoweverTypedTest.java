package dk.netdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.db.AttachmentReferences;
import dk.netdesk.db.AttachmentStore;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import dk.netdesk.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 6: a library text is the same text however it was typed. "café" typed on Windows (NFC),
 * pasted from a Mac (NFD, "cafe" + U+0301), in capitals or with a no-break space after it is one tag, found
 * by the tag filter on every item; a search typed in NFD finds an NFC body; an attachment named in NFD
 * (as macOS names files) is stored in NFC.
 */
class LibraryTextHoweverTypedTest {

    private static final String NFC = "caf\u00e9";
    private static final String NFD = "cafe\u0301";

    @TempDir
    Path dir;
    Database database;
    LibraryRepository repository;
    LibraryService service;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir);
        database.textOrder().setLocale(Locale.ENGLISH);
        Changes changes = new Changes();
        repository = new LibraryRepository(database, changes, TestApp.CLOCK);
        service = new LibraryService(repository, new AttachmentStore(dir), new AttachmentReferences(database),
                new Settings(database, changes), new StarterLibrary());
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private static LibraryItemDraft note(String title, String body, String... tags) {
        return new LibraryItemDraft(title, LibraryKind.TRAINING_NOTE, body, List.of(tags), LibrarySource.OWN, "en", "",
                "", null, List.of());
    }

    @Test
    void anNfcTagAndAnNfdTagAreOneTagAndTheFilterFindsBothItems() {
        repository.create(note("Windows", "", NFC));
        repository.create(note("Mac", "", NFD));

        assertThat(repository.tags()).containsExactly(NFC);
        assertThat(repository.search("", new LibraryFilter(null, NFC, null, null))).extracting(LibraryHit::title)
                .containsExactlyInAnyOrder("Windows", "Mac");
        assertThat(repository.search("", new LibraryFilter(null, NFD, null, null))).extracting(LibraryHit::title)
                .containsExactlyInAnyOrder("Windows", "Mac");
    }

    @Test
    void tagsThatReadTheSameAreOneTagWhateverTheCaseSpacesAndInvisibleMarks() {
        repository.create(note("One", "", "Caf\u00e9"));
        repository.create(note("Two", "", NFC));
        repository.create(note("Three", "", NFD));
        repository.create(note("Four", "", NFC + "\u00a0"));
        repository.create(note("Five", "", "\u200b" + NFC + "\ufeff"));
        repository.create(note("Six", "", "hud\u00a0pleje", "hud\u2009pleje", "hud\u00adpleje", "hudpleje"));

        assertThat(repository.tags()).containsExactlyInAnyOrder("Caf\u00e9", "hud pleje", "hudpleje");
        assertThat(repository.find(repository.search("", LibraryFilter.NONE).stream()
                .filter(h -> h.title().equals("Four")).findFirst().orElseThrow().id()).orElseThrow().tags())
                .as("the spelling in use, without the no-break space").containsExactly("Caf\u00e9");
        for (String typed : List.of("CAF\u00c9", NFD, NFC + "\u00a0", "\u2060caf\u00e9")) {
            assertThat(repository.search("", new LibraryFilter(null, typed, null, null))).as(typed)
                    .extracting(LibraryHit::title).containsExactlyInAnyOrder("One", "Two", "Three", "Four", "Five");
        }
    }

    @Test
    void aSearchTypedInNfdFindsAnNfcBodyAndTheOtherWayRound() {
        repository.create(note("Morgenmad", "Vi m\u00f8des p\u00e5 " + NFC + "en ved havnen."));
        repository.create(note("Aftensmad", "Bordet er bestilt p\u00e5 caf\u00e9 Nord " + "(" + NFD + " i menuen)."));

        assertThat(repository.search(NFD + "en", LibraryFilter.NONE)).extracting(LibraryHit::title)
                .containsExactly("Morgenmad");
        assertThat(repository.search("m\u00f8des p\u00e5\u00a0" + NFD, LibraryFilter.NONE)).as("a no-break space between words")
                .extracting(LibraryHit::title).containsExactly("Morgenmad");
        assertThat(repository.search("caf\u00e9\u200b Nord", LibraryFilter.NONE)).as("a zero width space after a word")
                .extracting(LibraryHit::title).containsExactly("Aftensmad");
        assertThat(repository.find(repository.search("Nord", LibraryFilter.NONE).get(0).id()).orElseThrow().body())
                .as("an NFD body is stored in NFC").contains("(" + NFC + " i menuen)");
    }

    @Test
    void aTitleAndCollectionTypedWithANoBreakSpaceOrInNfdAreStoredAsTheyRead() {
        LibraryItem item = repository.create(new LibraryItemDraft("\u00a0Kom\u00a0godt\u2003i gang\u200b ",
                LibraryKind.TRAINING_NOTE, "", List.of(), LibrarySource.OWN, "da", "", "Tr\u00e6ning\u00a0" + NFD, null,
                List.of()));
        LibraryItem other = repository.create(new LibraryItemDraft("Anden", LibraryKind.TRAINING_NOTE, "", List.of(),
                LibrarySource.OWN, "da", "", "tr\u00e6ning " + NFC, null, List.of()));

        assertThat(item.title()).isEqualTo("Kom godt i gang");
        assertThat(repository.collections()).extracting(LibraryCollection::name).containsExactly("Tr\u00e6ning " + NFC);
        assertThat(other.collection()).isEqualTo(item.collection());
    }

    @Test
    void anAttachmentNamedInNfdAsOnAMacIsStoredInNfc() throws Exception {
        LibraryItem item = repository.create(note("Prisliste", ""));
        Path file = Files.createDirectories(dir.resolve("incoming")).resolve("Menu\u0308 " + NFD + ".png");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        Attachment attached = service.attach(item.id(), file);

        assertThat(attached.fileName()).isEqualTo("Men\u00fc " + NFC + ".png");
    }
}
