package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.pipeline.Card;
import dk.netdesk.pipeline.ContactDetailsViewModel;
import dk.netdesk.pipeline.Interaction;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.UndoManager;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every contact action can be undone and redone the same way from every screen that offers it: the
 * Contacts screen, the board's details panel and Today each use their own instance of the one editor.
 */
class UndoEverywhereTest {

    @TempDir
    Path dir;
    TestApp app;
    AppContext context;
    UndoManager undo;
    PipelineRepository pipeline;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        context = app.context();
        context.pipeline().load();
        context.contacts().load();
        undo = context.undo();
        pipeline = new PipelineRepository(app.database(), new dk.netdesk.db.Changes(), TestApp.CLOCK);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    static Stream<Arguments> screens() {
        return Stream.of(
                Arguments.of("contacts", (Function<AppContext, ContactDetailsViewModel>) AppContext::contactsEditor),
                Arguments.of("pipeline", (Function<AppContext, ContactDetailsViewModel>) AppContext::pipelineDetails),
                Arguments.of("today", (Function<AppContext, ContactDetailsViewModel>) c -> c.today().details()));
    }

    private Optional<Contact> stored(long id) {
        return context.contactService().find(id);
    }

    private long anna() {
        return context.contactService().create(ContactDetails.named("Anna Jensen").withContact("", "", ""), null).id();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void createIsUndoneAndRedone(String screen, Function<AppContext, ContactDetailsViewModel> editorOf) {
        ContactDetailsViewModel editor = editorOf.apply(context);
        editor.newContact();
        editor.form().nameProperty().set("Bo Nielsen");
        editor.form().phonesProperty().set("+45 20 30 40 50");
        assertThat(editor.save()).isTrue();
        long id = editor.contactIdProperty().get();
        assertThat(undo.undoDescriptionProperty().get()).isEqualTo("adding Bo Nielsen");

        undo.undo();
        assertThat(stored(id)).isEmpty();
        assertThat(context.status().textProperty().get()).isEqualTo("Undone: adding Bo Nielsen.");
        assertThat(editor.openProperty().get()).as("the editor of a contact that is gone closes").isFalse();
        assertThat(context.pipeline().columns().get(0).cards()).isEmpty();

        undo.redo();
        assertThat(stored(id)).get().extracting(Contact::phone).isEqualTo("+45 20 30 40 50");
        assertThat(context.pipeline().columns().get(0).cards()).extracting(Card::name).containsExactly("Bo Nielsen");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void editIsUndoneAndRedoneAndTheOpenEditorFollows(String screen,
                                                      Function<AppContext, ContactDetailsViewModel> editorOf) {
        long id = anna();
        ContactDetailsViewModel editor = editorOf.apply(context);
        editor.open(id);
        editor.form().cityProperty().set("Odense");
        editor.save();
        assertThat(stored(id).orElseThrow().details().city()).isEqualTo("Odense");

        undo.undo();
        assertThat(stored(id).orElseThrow().details().city()).isEmpty();
        assertThat(editor.form().cityProperty().get()).isEmpty();
        assertThat(editor.dirtyProperty().get()).isFalse();

        undo.redo();
        assertThat(editor.form().cityProperty().get()).isEqualTo("Odense");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void deleteIsUndoneWithEverythingItTookAndRedone(String screen,
                                                     Function<AppContext, ContactDetailsViewModel> editorOf) {
        long id = anna();
        pipeline.addInteraction(id, dk.netdesk.pipeline.InteractionType.CALL, LocalDate.of(2026, 11, 27), "Samples", "",
                null);
        ContactDetailsViewModel editor = editorOf.apply(context);
        editor.open(id);
        editor.delete(id);
        assertThat(stored(id)).isEmpty();
        assertThat(editor.openProperty().get()).isFalse();

        undo.undo();
        assertThat(stored(id)).get().extracting(Contact::name).isEqualTo("Anna Jensen");
        assertThat(pipeline.interactions(id)).extracting(Interaction::text).containsExactly("Samples");
        assertThat(context.contacts().allContacts()).extracting(Contact::name).containsExactly("Anna Jensen");

        undo.redo();
        assertThat(stored(id)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void loggingAnInteractionIsUndoneWithItsFollowUpAndRedone(String screen,
                                                               Function<AppContext, ContactDetailsViewModel> editorOf) {
        long id = anna();
        pipeline.setNextFollowUp(id, LocalDate.of(2026, 12, 1));
        ContactDetailsViewModel editor = editorOf.apply(context);
        editor.open(id);
        editor.activity().interactionTextProperty().set("Called about the samples");
        editor.activity().interactionFollowUpProperty().set(LocalDate.of(2026, 12, 5));
        assertThat(editor.activity().addInteraction()).isTrue();
        assertThat(pipeline.status(id).nextFollowUp()).isEqualTo(LocalDate.of(2026, 12, 5));

        undo.undo();
        assertThat(pipeline.interactions(id)).isEmpty();
        assertThat(editor.activity().interactions()).isEmpty();
        assertThat(pipeline.status(id).nextFollowUp()).as("the follow-up it had before").isEqualTo(LocalDate.of(2026, 12, 1));

        undo.redo();
        assertThat(editor.activity().interactions()).extracting(Interaction::text).containsExactly("Called about the samples");
        assertThat(pipeline.status(id).nextFollowUp()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void deletingAnInteractionIsUndoneAndRedone(String screen, Function<AppContext, ContactDetailsViewModel> editorOf) {
        long id = anna();
        pipeline.addInteraction(id, dk.netdesk.pipeline.InteractionType.MEETING, LocalDate.of(2026, 11, 20), "Coffee", "",
                null);
        ContactDetailsViewModel editor = editorOf.apply(context);
        editor.open(id);
        Interaction coffee = editor.activity().interactions().get(0);
        editor.activity().deleteInteraction(coffee);
        assertThat(editor.activity().interactions()).isEmpty();

        undo.undo();
        assertThat(editor.activity().interactions()).containsExactly(coffee);
        undo.redo();
        assertThat(pipeline.interactions(id)).isEmpty();
    }

    @Test
    void movingACardIsUndoneOnTheBoardTheOnlyScreenThatMovesCards() {
        long id = anna();
        context.pipeline().load();
        long second = context.pipeline().columns().get(1).stageProperty().get().id();
        assertThat(context.pipeline().moveCard(id, second, 0)).isTrue();
        assertThat(pipeline.status(id).stageId()).isEqualTo(second);
        undo.undo();
        assertThat(pipeline.status(id).stageId()).isEqualTo(context.pipeline().columns().get(0).stageProperty().get().id());
        undo.redo();
        assertThat(pipeline.status(id).stageId()).isEqualTo(second);
    }

    @Test
    void anEditorWithUnsavedEditsTakesInFieldsChangedElsewhereAndKeepsTheUsersOwn() {
        long anna = anna();
        long bo = context.contactService().create(new ContactDetails("Bo Hansen", java.util.List.of(), java.util.List.of(),
                "", "", "", "", "", null, dk.netdesk.contacts.Source.REFERRAL, anna, null, java.util.List.of(), ""), null).id();
        ContactDetailsViewModel board = context.pipelineDetails();
        board.open(bo);
        board.form().cityProperty().set("Horsens");

        context.contactsEditor().delete(anna);
        assertThat(board.form().referredByProperty().get()).as("the referral the delete cleared").isNull();
        assertThat(board.outOfDateProperty().get()).as("no field the user edited changed").isFalse();
        undo.undo();
        assertThat(board.form().referredByProperty().get()).as("undo brings the referral back into the open editor")
                .hasToString("Anna Jensen");
        assertThat(board.form().cityProperty().get()).isEqualTo("Horsens");
        board.save();
        assertThat(stored(bo).orElseThrow().details().referredBy()).isEqualTo(anna);
        assertThat(stored(bo).orElseThrow().details().city()).isEqualTo("Horsens");

        board.form().cityProperty().set("Vejle");
        ContactDetailsViewModel contacts = context.contactsEditor();
        contacts.open(bo);
        contacts.form().cityProperty().set("Odense");
        contacts.save();
        assertThat(board.outOfDateProperty().get()).as("both changed the city").isTrue();
        assertThat(board.form().cityProperty().get()).as("the user's text stays").isEqualTo("Vejle");
    }
}
