package dk.netdesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

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

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        model = app.context().contacts();
        model.load();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void errorsShowBesideFieldsAndInvalidFormSavesNothing() {
        model.newContact();
        assertThat(model.form().nameErrorProperty().get()).as("untouched new form shows no error yet").isNull();
        model.form().emailProperty().set("anna@");
        model.form().phoneProperty().set("12");
        assertThat(model.form().emailErrorProperty().get()).isEqualTo("contact.error.email");
        assertThat(model.form().phoneErrorProperty().get()).isEqualTo("contact.error.phone");

        assertThat(model.save()).isFalse();
        assertThat(model.form().nameErrorProperty().get()).isEqualTo("contact.error.nameRequired");
        assertThat(model.allContacts()).isEmpty();
        assertThat(app.context().status().textProperty().get()).contains("correct the fields");
    }

    @Test
    void saveCreatesThenUpdatesAndSelectsTheContact() {
        model.newContact();
        model.form().nameProperty().set("Anna Jensen");
        model.form().emailProperty().set("anna@example.dk");
        assertThat(model.save()).isTrue();
        assertThat(model.allContacts()).extracting(Contact::name).containsExactly("Anna Jensen");
        assertThat(model.selectedProperty().get().name()).isEqualTo("Anna Jensen");
        assertThat(model.form().dirtyProperty().get()).isFalse();

        model.form().phoneProperty().set("+45 11 22 33 44");
        assertThat(model.form().dirtyProperty().get()).isTrue();
        model.save();
        assertThat(model.allContacts()).singleElement().extracting(Contact::phone).isEqualTo("+45 11 22 33 44");
    }

    @Test
    void deleteIsUndoneAndRedone() {
        model.newContact();
        model.form().nameProperty().set("Bo Nielsen");
        model.save();
        Contact bo = model.selectedProperty().get();

        model.delete(bo);
        assertThat(model.allContacts()).isEmpty();
        assertThat(app.context().undo().canUndoProperty().get()).isTrue();

        app.context().undo().undo();
        assertThat(model.allContacts()).containsExactly(bo);
        assertThat(model.selectedProperty().get()).isEqualTo(bo);

        app.context().undo().redo();
        assertThat(model.allContacts()).isEmpty();
    }

    @Test
    void undoOfEditRestoresTheOldValues() {
        model.newContact();
        model.form().nameProperty().set("Carl");
        model.save();
        model.form().nameProperty().set("Carl Hansen");
        model.save();
        app.context().undo().undo();
        assertThat(model.allContacts()).extracting(Contact::name).containsExactly("Carl");
        assertThat(model.form().nameProperty().get()).isEqualTo("Carl");
    }

    @Test
    void searchMatchesNamePhoneEmailAndNotes() {
        for (String[] c : new String[][] {{"Anna", "+45 11 11 11 11", "anna@x.dk", ""},
                {"Bo", "22222222", "bo@y.dk", "likes tea"}}) {
            model.newContact();
            model.form().nameProperty().set(c[0]);
            model.form().phoneProperty().set(c[1]);
            model.form().emailProperty().set(c[2]);
            model.form().notesProperty().set(c[3]);
            model.save();
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
        model.form().nameProperty().set("Anna");
        model.form().phoneProperty().set("+45 20 30 40 50");
        model.save();
        Contact anna = model.selectedProperty().get();

        model.newContact();
        model.form().nameProperty().set("Anna Jensen");
        model.form().phoneProperty().set("0045 2030-4050");
        model.save();
        assertThat(model.duplicateProperty().get()).isEqualTo(anna);
        assertThat(model.allContacts()).hasSize(1);
        assertThat(app.context().status().textProperty().get()).isEqualTo("Not added: Anna has the same email or phone.");

        model.openDuplicate();
        assertThat(model.selectedProperty().get()).isEqualTo(anna);

        model.newContact();
        model.form().nameProperty().set("Anna Twin");
        model.form().phoneProperty().set("20304050");
        model.save();
        model.saveAnyway();
        assertThat(model.allContacts()).extracting(Contact::name).containsExactly("Anna", "Anna Twin");
    }
}
