package dk.netdesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.pipeline.ContactDetailsViewModel;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactsViewModelTest {

    @TempDir
    Path dir;
    TestApp app;
    ContactsViewModel model;
    ContactDetailsViewModel editor;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        model = app.context().contacts();
        editor = app.context().contactsEditor();
        model.load();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void errorsShowBesideFieldsAndInvalidFormSavesNothing() {
        model.newContact();
        assertThat(editor.form().nameErrorProperty().get()).as("untouched new form shows no error yet").isNull();
        editor.form().emailsProperty().set("anna@");
        editor.form().phonesProperty().set("12");
        assertThat(editor.form().emailsErrorProperty().get()).isEqualTo("contact.error.email");
        assertThat(editor.form().phonesErrorProperty().get()).isEqualTo("contact.error.phone");

        assertThat(editor.save()).isFalse();
        assertThat(editor.form().nameErrorProperty().get()).isEqualTo("contact.error.nameRequired");
        assertThat(model.allContacts()).isEmpty();
        assertThat(app.context().status().textProperty().get()).contains("correct the fields");
    }

    @Test
    void saveCreatesThenUpdatesAndSelectsTheContact() {
        model.newContact();
        editor.form().nameProperty().set("Anna Jensen");
        editor.form().emailsProperty().set("anna@example.dk");
        assertThat(editor.save()).isTrue();
        assertThat(model.allContacts()).extracting(Contact::name).containsExactly("Anna Jensen");
        assertThat(model.selectedProperty().get().name()).isEqualTo("Anna Jensen");
        assertThat(editor.form().dirtyProperty().get()).isFalse();

        editor.form().phonesProperty().set("+45 11 22 33 44");
        assertThat(editor.form().dirtyProperty().get()).isTrue();
        editor.save();
        assertThat(model.allContacts()).singleElement().extracting(Contact::phone).isEqualTo("+45 11 22 33 44");
    }

    @Test
    void deleteIsUndoneAndRedone() {
        model.newContact();
        editor.form().nameProperty().set("Bo Nielsen");
        editor.save();
        Contact bo = model.selectedProperty().get();

        model.delete(bo);
        assertThat(model.allContacts()).isEmpty();
        assertThat(app.context().undo().canUndoProperty().get()).isTrue();

        app.context().undo().undo();
        assertThat(model.allContacts()).containsExactly(bo);
        assertThat(editor.contactIdProperty().get()).as("the editor stays closed; the row is selectable").isNull();

        app.context().undo().redo();
        assertThat(model.allContacts()).isEmpty();
    }

    @Test
    void undoOfEditRestoresTheOldValues() {
        model.newContact();
        editor.form().nameProperty().set("Carl");
        editor.save();
        editor.form().nameProperty().set("Carl Hansen");
        editor.save();
        app.context().undo().undo();
        assertThat(model.allContacts()).extracting(Contact::name).containsExactly("Carl");
        assertThat(editor.form().nameProperty().get()).isEqualTo("Carl");
    }

    @Test
    void theListIsSortedAgainWhenTheLanguageChanges() {
        for (String name : new String[] {"Åse Nielsen", "Øjvind Larsen", "Ærø Hansen", "Aage Berg", "Zacharias Holm"}) {
            model.newContact();
            editor.form().nameProperty().set(name);
            editor.save();
        }
        assertThat(model.allContacts()).extracting(Contact::name).containsExactly(
                "Aage Berg", "Ærø Hansen", "Åse Nielsen", "Øjvind Larsen", "Zacharias Holm");

        app.context().messages().setLocale(new Locale("da"));
        assertThat(model.allContacts()).as("Danish: … Z, Æ, Ø, Å, with Aa as Å").extracting(Contact::name)
                .containsExactly("Zacharias Holm", "Ærø Hansen", "Øjvind Larsen", "Aage Berg", "Åse Nielsen");

        app.context().messages().setLocale(Locale.ENGLISH);
        assertThat(model.allContacts()).extracting(Contact::name).containsExactly(
                "Aage Berg", "Ærø Hansen", "Åse Nielsen", "Øjvind Larsen", "Zacharias Holm");
    }

    @Test
    void searchFindsAPhoneNumberTypedInAnyFormat() {
        for (String[] c : new String[][] {{"Anna", "20 30 40 50"}, {"Bo", "+46 70 123 45 67"}}) {
            model.newContact();
            editor.form().nameProperty().set(c[0]);
            editor.form().phonesProperty().set(c[1]);
            editor.save();
        }
        for (String typed : new String[] {"+45 20 30 40 50", "+4520304050", "20-30-40-50", "0045 20304050", "30 40",
                "\u00a0+45\u00a020\u00a030\u201140\u201150"}) {
            model.searchProperty().set(typed);
            assertThat(model.visibleContacts()).as(typed).extracting(Contact::name).containsExactly("Anna");
        }
        model.searchProperty().set("0046 70 123");
        assertThat(model.visibleContacts()).extracting(Contact::name).containsExactly("Bo");
        model.searchProperty().set("+45 70 12");
        assertThat(model.visibleContacts()).as("another country's prefix is another number").isEmpty();
    }

    @Test
    void searchMatchesNamePhoneEmailAndNotes() {
        for (String[] c : new String[][] {{"Anna", "+45 11 11 11 11", "anna@x.dk", ""},
                {"Bo", "22222222", "bo@y.dk", "likes tea"}}) {
            model.newContact();
            editor.form().nameProperty().set(c[0]);
            editor.form().phonesProperty().set(c[1]);
            editor.form().emailsProperty().set(c[2]);
            editor.form().notesProperty().set(c[3]);
            editor.save();
        }
        model.searchProperty().set("TEA");
        assertThat(model.visibleContacts()).extracting(Contact::name).containsExactly("Bo");
        model.searchProperty().set("4511");
        assertThat(model.visibleContacts()).extracting(Contact::name).containsExactly("Anna");
        model.searchProperty().set("");
        assertThat(model.visibleContacts()).hasSize(2);
    }

    @Test
    void aNewContactWithTheNormalisedPhoneOfAnotherWarnsAndCanOpenIt() {
        model.newContact();
        editor.form().nameProperty().set("Anna");
        editor.form().phonesProperty().set("+45 20 30 40 50");
        editor.save();
        Contact anna = model.selectedProperty().get();

        model.newContact();
        editor.form().nameProperty().set("Anna Jensen");
        editor.form().phonesProperty().set("0045 2030-4050");
        editor.save();
        assertThat(editor.duplicatesProperty().get()).containsExactly(anna);
        assertThat(model.allContacts()).hasSize(1);
        assertThat(app.context().status().textProperty().get()).isEqualTo("Not added: Anna has the same email or phone.");

        editor.openDuplicate(anna);
        assertThat(model.selectedProperty().get()).isEqualTo(anna);

        model.newContact();
        editor.form().nameProperty().set("Anna Twin");
        editor.form().phonesProperty().set("20304050");
        editor.save();
        editor.saveAnyway();
        assertThat(model.allContacts()).extracting(Contact::name).containsExactly("Anna", "Anna Twin");
    }

    @Test
    void aSearchHoldingNulOrBrokenTextKeepsTheListAndSaysWhy() {
        for (String name : new String[] {"Anna", "Bo", "Ren\u00e9"}) {
            model.newContact();
            editor.form().nameProperty().set(name);
            editor.save();
        }
        model.searchProperty().set("an");
        assertThat(model.visibleContacts()).extracting(Contact::name).containsExactly("Anna");
        assertThat(model.searchErrorProperty().get()).isNull();
        for (String typed : new String[] {"an\u0000", "an\uD83D", "\uDE00"}) {
            model.searchProperty().set(typed);
            assertThat(model.visibleContacts()).as(typed).extracting(Contact::name).containsExactly("Anna");
            assertThat(model.searchErrorProperty().get()).isEqualTo(dk.netdesk.ui.TypedText.SEARCH);
        }
        model.searchProperty().set("Rene\u0301");
        assertThat(model.searchErrorProperty().get()).isNull();
        assertThat(model.visibleContacts()).as("NFC").extracting(Contact::name).containsExactly("Ren\u00e9");
    }
}
