package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.AppContext;
import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.ContactMerge.Field;
import dk.netdesk.pipeline.ContactMerge.Side;
import dk.netdesk.testing.DatabaseDump;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge view-model without a window, over the app as composed with a direct background. */
class MergeViewModelTest {

    @TempDir
    Path dir;
    TestApp app;
    AppContext context;
    ContactService contacts;
    MergeViewModel model;
    Contact anna;
    Contact anne;
    Contact bo;
    Contact bodil;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        context = app.context();
        context.pipeline().load();
        contacts = People.service(app.database(), new Changes(), TestApp.CLOCK);
        anna = contacts.create(new ContactDetails("Anna Søgaard", List.of("20 30 40 50"), List.of("anna@example.dk"),
                "", "", "", "", "Aarhus", null, Source.EVENT, null, null, List.of("VIP"), "Met at the fair."), null);
        anne = contacts.create(new ContactDetails("Anna Soegaard", List.of("+4520304050"), List.of("ANNA@example.dk"),
                "", "anna.insta", "", "", "Århus", LocalDate.of(1990, 5, 1), null, null, null, List.of("Family"),
                "Likes tea."), null);
        bo = contacts.create(ContactDetails.named("Bo Ibsen"), null);
        bodil = contacts.create(ContactDetails.named("bo  ibsen"), null);
        model = context.merge();
        model.open();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void listsThePairsWithTheirReasonsAndShowsTheDifferingFields() {
        assertThat(model.pairs()).hasSize(2);
        DuplicateFinder.Pair first = model.pairs().get(0);
        assertThat(first.first().id()).isEqualTo(anna.id());
        assertThat(model.reasons(first)).isEqualTo("Same email: anna@example.dk \u00b7 Same phone: 20 30 40 50 \u00b7 Similar name");
        assertThat(model.reasons(model.pairs().get(1))).isEqualTo("Same name");
        assertThat(model.selectedProperty().get()).isEqualTo(first);
        assertThat(model.keptNameProperty().get()).isEqualTo("Anna Søgaard");
        assertThat(model.fields()).extracting(MergeViewModel.FieldRow::field)
                .containsExactly(Field.NAME, Field.CITY, Field.BIRTHDAY, Field.SOURCE, Field.INSTAGRAM, Field.NOTES);
        MergeViewModel.FieldRow birthday = model.fields().get(2);
        assertThat(birthday.keptText()).isEqualTo("\u2014");
        assertThat(birthday.otherText()).isEqualTo(context.messages().date(LocalDate.of(1990, 5, 1))).isEqualTo("1 May 1990");
        assertThat(birthday.choice().get()).isEqualTo(Side.OTHER); // the kept one has none
        assertThat(model.fields().get(0).choice().get()).isEqualTo(Side.KEPT);
        assertThat(model.fields().get(5).choice().get()).isEqualTo(Side.BOTH);
        assertThat(model.joinedProperty().get()).isEqualTo("Phones: 20 30 40 50\nEmails: anna@example.dk\nTags: VIP, Family");
        assertThat(model.doNotContactNoteProperty().get()).isEmpty();
    }

    @Test
    void eachSideIsIdentifiedAndEqualNamesAreWordedSensibly() {
        String created = context.messages().date(anna.createdAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate());
        assertThat(model.keptDetailsProperty().get()).isEqualTo("anna@example.dk \u00b7 20 30 40 50 \u00b7 Created " + created);
        assertThat(model.otherDetailsProperty().get()).as("one number is shown one way, however it was typed")
                .startsWith("ANNA@example.dk \u00b7 20 30 40 50 \u00b7 Created ");

        Contact jens = contacts.create(new ContactDetails("Jens Hansen", List.of(), List.of("jens@a.dk"), "", "", "", "",
                "", null, null, null, null, List.of(), ""), null);
        contacts.create(new ContactDetails("Jens Hansen", List.of("11 22 33 44"), List.of(), "", "", "", "", "", null,
                null, null, null, List.of(), ""), null);
        model.load();
        model.selectedProperty().set(model.pairs().stream().filter(p -> p.first().id() == jens.id()).findFirst()
                .orElseThrow());
        assertThat(model.keptDetailsProperty().get()).startsWith("jens@a.dk \u00b7 Created ");
        assertThat(model.otherDetailsProperty().get()).startsWith("11 22 33 44 \u00b7 Created ");

        model.merge();
        assertThat(model.statusProperty().get()).isEqualTo("Merged two contacts named Jens Hansen. Press Ctrl+Z to undo.");
        assertThat(context.undo().undoDescriptionProperty().get()).contains("merge of two contacts named Jens Hansen");
    }

    @Test
    void mergeTakesTheChosenValuesAndUndoPutsEverythingBack() {
        String before = DatabaseDump.dump(app.database());
        model.choose(Field.CITY, Side.OTHER);
        model.choose(Field.NOTES, Side.KEPT);

        model.merge();

        Contact merged = contacts.find(anna.id()).orElseThrow();
        assertThat(contacts.find(anne.id())).isEmpty();
        assertThat(merged.details().city()).isEqualTo("Århus");
        assertThat(merged.details().notes()).isEqualTo("Met at the fair.");
        assertThat(merged.details().birthday()).isEqualTo(LocalDate.of(1990, 5, 1));
        assertThat(merged.details().instagram()).isEqualTo("anna.insta");
        assertThat(model.statusProperty().get()).isEqualTo("Merged Anna Soegaard into Anna Søgaard. Press Ctrl+Z to undo.");
        assertThat(context.status().textProperty().get()).isEqualTo(model.statusProperty().get());
        assertThat(model.pairs()).hasSize(1);
        assertThat(context.undo().canUndoProperty().get()).isTrue();

        context.undo().undo();
        assertThat(DatabaseDump.dump(app.database())).isEqualTo(before);
        assertThat(model.pairs()).hasSize(2);

        context.undo().redo();
        assertThat(contacts.find(anne.id())).isEmpty();
        assertThat(contacts.find(anna.id()).orElseThrow().details().city()).isEqualTo("Århus");
    }

    @Test
    void swapKeepsTheOtherContact() {
        model.swap();
        assertThat(model.keptNameProperty().get()).isEqualTo("Anna Soegaard");
        model.merge();
        assertThat(contacts.find(anna.id())).isEmpty();
        Contact kept = contacts.find(anne.id()).orElseThrow();
        assertThat(kept.name()).isEqualTo("Anna Soegaard");
        assertThat(kept.details().phones()).containsExactly("+4520304050");
        assertThat(kept.details().city()).isEqualTo("Århus");
        assertThat(kept.details().source()).isEqualTo(Source.EVENT); // the kept one had none
    }

    @Test
    void skipLeavesThePairForNowAndNotADuplicateIsRemembered() {
        DuplicateFinder.Pair annas = model.pairs().get(0);
        model.skip();
        assertThat(model.pairs()).hasSize(1);
        assertThat(model.selectedProperty().get().first().id()).isEqualTo(bo.id());

        model.notDuplicate();
        assertThat(model.pairs()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Bo Ibsen and bo  ibsen are not listed as duplicates again. Press Ctrl+Z to undo.");

        model.close();
        model.open();
        assertThat(model.pairs()).containsExactly(annas);

        context.undo().undo();
        assertThat(model.pairs()).extracting(DuplicateFinder.Pair::key).contains(DuplicateFinder.pairKey(bo.id(), bodil.id()));
    }

    @Test
    void aMarkedContactIsSaidAndStaysMarked() {
        new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK).setDoNotContact(anne.id(), true, "Asked us");
        model.load();
        assertThat(model.doNotContactNoteProperty().get())
                .isEqualTo("Anna Soegaard is marked do not contact (Asked us). The merged contact stays marked.");
        model.merge();
        Contact kept = contacts.find(anna.id()).orElseThrow();
        assertThat(kept.doNotContact()).isTrue();
        assertThat(kept.doNotContactReason()).isEqualTo("Asked us");
    }

    @Test
    void aContactGoneMeanwhileIsSaidAndNothingIsMerged() {
        contacts.delete(anne.id(), null);
        String before = DatabaseDump.dump(app.database());
        model.merge();
        assertThat(model.statusProperty().get()).startsWith("Nothing was merged: one of the two contacts was changed");
        assertThat(DatabaseDump.dump(app.database())).isEqualTo(before);
        assertThat(model.pairs()).hasSize(1);
    }

    @Test
    void anEditorShowingTheRemovedContactShowsTheKeptOne() {
        ContactDetailsViewModel editor = context.contactsEditor();
        editor.open(anne.id());
        model.merge();
        assertThat(editor.contactIdProperty().get()).isEqualTo(anna.id());
    }
}
