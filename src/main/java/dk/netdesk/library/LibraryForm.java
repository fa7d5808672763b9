package dk.netdesk.library;

import dk.netdesk.ui.TextLimits;
import dk.netdesk.ui.TypedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The editor's fields for one item, with validation; the body is plain Markdown text. */
public final class LibraryForm {

    private final ReadOnlyObjectWrapper<LibraryItem> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LibraryKind> kind = new SimpleObjectProperty<>(LibraryKind.OBJECTION_SCRIPT);
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final ObjectProperty<LibrarySource> source = new SimpleObjectProperty<>(LibrarySource.OWN);
    private final StringProperty language = new SimpleStringProperty("en");
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty collection = new SimpleStringProperty("");
    private final ObjectProperty<Long> eventId = new SimpleObjectProperty<>();
    private final ObservableList<Long> stageIds = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> titleError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> urlError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> bodyError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> tagsError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> collectionError = new ReadOnlyObjectWrapper<>();
    private LibraryItemDraft original = draft();
    private final BooleanBinding dirty;

    public LibraryForm() {
        dirty = Bindings.createBooleanBinding(() -> !Objects.equals(draft(), original),
                title, kind, body, tags, source, language, url, collection, eventId, stageIds, editing);
        title.addListener((obs, old, now) -> {
            if (titleError.get() != null) {
                validateTitle();
            }
        });
        url.addListener((obs, old, now) -> {
            if (urlError.get() != null) {
                validateUrl();
            }
        });
        recheck(body, bodyError, LibraryForm::bodyProblem);
        recheck(tags, tagsError, LibraryForm::tagsProblem);
        recheck(collection, collectionError, LibraryForm::collectionProblem);
    }

    /** Once a field is marked, its mark follows the typing. */
    private static void recheck(StringProperty field, ReadOnlyObjectWrapper<String> error,
                                java.util.function.UnaryOperator<String> problem) {
        field.addListener((obs, old, now) -> {
            if (error.get() != null) {
                error.set(problem.apply(now));
            }
        });
    }

    /** The body's message key: {@link TypedText}'s, or "library.error.bodyTooLong" over {@link TextLimits#TEXT} characters. */
    static String bodyProblem(String body) {
        String typed = TypedText.problem(body, true);
        return typed != null ? typed : TextLimits.tooLong(body, TextLimits.TEXT) ? "library.error.bodyTooLong" : null;
    }

    /** The tags' message key: {@link TypedText}'s, or "library.error.tagTooLong" for a tag over {@link TextLimits#NAME}. */
    static String tagsProblem(String tags) {
        String typed = TypedText.problem(tags, false);
        return typed != null ? typed : LibraryItemDraft.parseTags(tags).stream()
                .anyMatch(t -> TextLimits.tooLong(t, TextLimits.NAME)) ? "library.error.tagTooLong" : null;
    }

    /** The collection's message key: {@link TypedText}'s, or "library.error.collectionTooLong" over {@link TextLimits#NAME}. */
    static String collectionProblem(String collection) {
        String typed = TypedText.problem(collection, false);
        return typed != null ? typed : TextLimits.tooLong(collection, TextLimits.NAME) ? "library.error.collectionTooLong" : null;
    }

    /** Fills the fields from an item, or empties them for a new one in the given language. */
    public void edit(LibraryItem item, String newLanguage) {
        LibraryItemDraft d = item != null ? item.draft()
                : new LibraryItemDraft("", LibraryKind.OBJECTION_SCRIPT, "", List.of(), LibrarySource.OWN,
                newLanguage, "", "", null, List.of());
        title.set(d.title());
        kind.set(d.kind());
        body.set(d.body());
        tags.set(String.join(", ", d.tags()));
        source.set(d.source());
        language.set(d.language());
        url.set(d.url());
        collection.set(d.collection());
        eventId.set(d.eventId());
        stageIds.setAll(d.stageIds());
        titleError.set(null);
        urlError.set(null);
        bodyError.set(null);
        tagsError.set(null);
        collectionError.set(null);
        original = draft();
        editing.set(item);
        dirty.invalidate();
    }

    public LibraryItemDraft draft() {
        return new LibraryItemDraft(title.get(), kind.get(), body.get(), LibraryItemDraft.parseTags(tags.get()),
                source.get(), language.get(), url.get(), collection.get(),
                kind.get() == LibraryKind.TRAINING_NOTE ? eventId.get() : null,
                kind.get() == LibraryKind.OBJECTION_SCRIPT ? List.copyOf(stageIds) : List.of());
    }

    /**
     * Checks every field; the error properties hold message keys. Text with a control character (a
     * line break too, outside the body) or broken text (a lone surrogate) is refused with
     * {@link TypedText}'s message: it cannot be stored as typed. A body over {@link TextLimits#TEXT} characters,
     * and a tag or collection over {@link TextLimits#NAME}, are refused too.
     */
    public boolean validateAll() {
        boolean titleOk = validateTitle();
        boolean urlOk = validateUrl();
        bodyError.set(bodyProblem(body.get()));
        tagsError.set(tagsProblem(tags.get()));
        collectionError.set(collectionProblem(collection.get()));
        return titleOk && urlOk && bodyError.get() == null && tagsError.get() == null && collectionError.get() == null;
    }

    private boolean validateTitle() {
        String problem = TypedText.problem(title.get(), false);
        titleError.set(problem != null ? problem
                : title.get() == null || title.get().isBlank() ? "library.error.title"
                : dk.netdesk.ui.TextLimits.tooLong(title.get(), dk.netdesk.ui.TextLimits.NAME) ? "library.error.titleTooLong" : null);
        return titleError.get() == null;
    }

    private boolean validateUrl() {
        String u = url.get() == null ? "" : url.get().strip();
        boolean required = kind.get() == LibraryKind.LINK;
        String problem = TypedText.problem(u, false);
        boolean ok = problem == null && (u.isEmpty() ? !required : dk.netdesk.ui.LinkPolicy.opens(u));
        urlError.set(ok ? null : problem != null ? problem : "library.error.url");
        return ok;
    }

    public Optional<LibraryItem> editing() {
        return Optional.ofNullable(editing.get());
    }

    public ReadOnlyObjectProperty<LibraryItem> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LibraryKind> kindProperty() {
        return kind;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public ObjectProperty<LibrarySource> sourceProperty() {
        return source;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty collectionProperty() {
        return collection;
    }

    public ObjectProperty<Long> eventIdProperty() {
        return eventId;
    }

    public ObservableList<Long> stageIds() {
        return stageIds;
    }

    public ReadOnlyObjectProperty<String> titleErrorProperty() {
        return titleError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> urlErrorProperty() {
        return urlError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> bodyErrorProperty() {
        return bodyError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> tagsErrorProperty() {
        return tagsError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> collectionErrorProperty() {
        return collectionError.getReadOnlyProperty();
    }
}
