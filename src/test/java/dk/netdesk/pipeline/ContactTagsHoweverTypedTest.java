package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactsViewModel;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.MutableClock;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 6, on the board and the contacts list: "café" typed on Windows (NFC), pasted from a Mac (NFD), in
 * capitals or with a no-break space after it is one tag, and the board's tag filter and search find every card
 * that has it, however the filter or search was typed.
 */
class ContactTagsHoweverTypedTest {

    private static final String NFC = "caf\u00e9";
    private static final String NFD = "cafe\u0301";

    @TempDir
    Path dir;
    TestApp app;

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    private static ContactDetails tagged(String name, String tag, String notes) {
        return new ContactDetails(name, List.of(), List.of(), "", "", "", "", "", null, null, null, null, List.of(tag),
                notes);
    }

    @Test
    void anNfcTagAndAnNfdTagAreOneTagAndTheBoardsFilterFindsBoth() {
        app = TestApp.open(dir, Locale.ENGLISH, new MutableClock());
        PipelineViewModel board = app.context().pipeline();
        ContactService contacts = People.service(app.database(), new Changes(), new MutableClock());
        board.load();
        contacts.create(tagged("Windows", NFC, ""), null);
        contacts.create(tagged("Mac", NFD, ""), null);
        contacts.create(tagged("Web", "Caf\u00e9\u00a0", ""), null);
        contacts.create(tagged("Other", "\u200b" + NFC, ""), null);
        board.load();
        List<Card> visible = board.columns().get(0).visibleCards();

        assertThat(board.tags()).containsExactly(NFC);
        assertThat(visible.stream().flatMap(c -> c.tags().stream()).distinct().toList()).containsExactly(NFC);
        for (String typed : List.of(NFC, NFD, "CAF\u00c9\u00a0")) {
            board.tagFilterProperty().set(typed);
            assertThat(visible).as(typed).extracting(Card::name)
                    .containsExactlyInAnyOrder("Windows", "Mac", "Web", "Other");
        }
    }

    @Test
    void aSearchTypedInNfdOrWithANoBreakSpaceFindsTheContact() {
        app = TestApp.open(dir, Locale.ENGLISH, new MutableClock());
        PipelineViewModel board = app.context().pipeline();
        ContactService contacts = People.service(app.database(), new Changes(), new MutableClock());
        board.load();
        contacts.create(new ContactDetails("Jos\u00e9\u00a0M\u00fcller", List.of(), List.of(), "", "", "", "", "", null,
                null, null, null, List.of(), ""), null);
        contacts.create(tagged("Bo", "Kunde", ""), null);
        board.load();
        List<Card> visible = board.columns().get(0).visibleCards();

        board.searchProperty().set("Jose\u0301 m\u00fc");
        assertThat(visible).extracting(Card::name).containsExactly("Jos\u00e9 M\u00fcller");
        board.searchProperty().set("jos\u00e9\u2009mu\u0308\u200bller");
        assertThat(visible).extracting(Card::name).containsExactly("Jos\u00e9 M\u00fcller");

        ContactsViewModel list = app.context().contacts();
        list.load();
        list.searchProperty().set("jose\u0301\u00a0m\u00fcller");
        assertThat(list.visibleContacts()).extracting(c -> c.name()).containsExactly("Jos\u00e9 M\u00fcller");
    }
}
