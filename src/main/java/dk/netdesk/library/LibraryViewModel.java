package dk.netdesk.library;

import dk.netdesk.db.AttachmentStore;
import dk.netdesk.db.Changes;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.ErrorReporter;
import dk.netdesk.ui.LeaveChoice;
import java.util.function.Supplier;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import dk.netdesk.ui.UndoManager;
import dk.netdesk.ui.LinkPolicy;
import dk.netdesk.ui.OpenWithSystem;
import dk.netdesk.ui.SystemOpener;
import dk.netdesk.ui.TypedText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The library screen: search as you type with filters, the selected item for reading,
 * the editor, copying, attachments and the record of how a script went.
 */
public final class LibraryViewModel {

    /** What the filters and pickers offer, read in one go. */
    private record Choices(List<LibraryCollection> collections, List<String> tags, List<String> languages,
                           List<StageOption> stages, List<EventOption> events) {
    }

    /** The reading pane's content. */
    private record Detail(LibraryItem item, ScriptRecord record) {
    }

    /** A search's answer: the hits, and how many more the language filter hides, by language. */
    private record Found(List<LibraryHit> hits, Map<String, Integer> otherLanguages) {
    }

    private final LibraryRepository repository;
    private final LibraryService service;
    private final Background background;
    private final UndoManager undo;
    private final StatusLine status;
    private final Messages messages;
    private final StageOptions stageOptions;
    private final EventOptions eventOptions;
    private final Debouncer debouncer;
    private final LibraryUndo commands;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<LibraryKind> kindFilter = new SimpleObjectProperty<>();
    private final StringProperty tagFilter = new SimpleStringProperty();
    private final ObjectProperty<LibraryCollection> collectionFilter = new SimpleObjectProperty<>();
    private final StringProperty languageFilter = new SimpleStringProperty();

    private final ObservableList<LibraryHit> hits = FXCollections.observableArrayList();
    private final ObjectProperty<LibraryHit> selectedHit = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LibraryItem> item = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScriptRecord> record = new ReadOnlyObjectWrapper<>(ScriptRecord.NONE);
    private final ObservableList<LibraryCollection> collections = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final ObservableList<StageOption> stages = FXCollections.observableArrayList();
    private final ObservableList<EventOption> events = FXCollections.observableArrayList();
    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private Supplier<LeaveChoice> askToLeave = () -> LeaveChoice.CANCEL;
    /** True while {@link #close()} asks or waits for its save: a second close meanwhile is refused. */
    private boolean leaving;
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<String> searchError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<String, Integer>> otherLanguages = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<FtsQuery> searched = new ReadOnlyObjectWrapper<>(FtsQuery.parse(""));
    /** Opens attachments and addresses with the system's programs; says when none could ({@link #setOpener}). */
    private OpenWithSystem opening;
    private final LibraryForm form = new LibraryForm();
    /** True while the editor is open with a field marked: the "fix the marked fields" message holds only so long. */
    private final javafx.beans.binding.BooleanBinding fieldsMarked = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> editing.get() && (form.titleErrorProperty().get() != null || form.urlErrorProperty().get() != null
                    || form.bodyErrorProperty().get() != null || form.tagsErrorProperty().get() != null
                    || form.collectionErrorProperty().get() != null),
            editing, form.titleErrorProperty(), form.urlErrorProperty(), form.bodyErrorProperty(),
            form.tagsErrorProperty(), form.collectionErrorProperty());

    private long searchGeneration;
    private long detailGeneration;
    private Long selectAfterSearch;

    public LibraryViewModel(LibraryRepository repository, LibraryService service, Changes changes,
                            Background background, UndoManager undo, StatusLine status, Messages messages,
                            StageOptions stageOptions, EventOptions eventOptions, Debouncer debouncer) {
        this.repository = repository;
        this.service = service;
        this.background = background;
        this.undo = undo;
        this.status = status;
        this.messages = messages;
        this.stageOptions = stageOptions;
        this.eventOptions = eventOptions;
        this.debouncer = debouncer;
        this.opening = new OpenWithSystem((uri, onFailure) -> onFailure.accept(new IllegalStateException("No opener set")),
                status, messages);
        this.commands = new LibraryUndo(repository, background, messages, status, this::reveal, service::keepForUndo);
        query.addListener((obs, old, now) -> debouncer.submit(this::search));
        kindFilter.addListener((obs, old, now) -> search());
        tagFilter.addListener((obs, old, now) -> search());
        collectionFilter.addListener((obs, old, now) -> search());
        languageFilter.addListener((obs, old, now) -> {
            // any change but the one that follows the UI language is the user's own choice
            if (!settingUiLanguage) {
                languageFollowsUi = false;
            }
            search();
            reloadTags();
        });
        selectedHit.addListener((obs, old, now) -> showDetail(now == null ? null : now.id()));
        // Changes arrive on the JavaFX thread.
        changes.subscribe(Changes.Topic.LIBRARY, change -> refresh());
        // a stage added, renamed or deleted in Pipeline > Stages… shows at once in the editor's stage boxes
        changes.subscribe(Changes.Topic.PIPELINE, change -> background.run(() -> stageOptions.stages(), now -> stages.setAll(now)));
        // stage and event names, the order of the pickers and the "more in other languages" line follow the UI language
        messages.localeProperty().addListener((obs, old, now) -> {
            if (languageFollowsUi) {
                setLanguageFilterToUi();
            }
            refresh();
        });
    }

    /** True while the language filter is the UI language set by {@link #filterToUiLanguage()}, not the user's choice. */
    private boolean languageFollowsUi;
    private boolean settingUiLanguage;

    /**
     * Filters the list to the UI language ({@code Messages.getLocale().getLanguage()}, such as "en" or "da") and keeps
     * it there: after a language switch the filter is the new language, until the filter is changed in any other way
     * (picked by the user, {@link #clearFilters()}, {@link #showAllLanguages()}); from then on it stays as set.
     */
    public void filterToUiLanguage() {
        setLanguageFilterToUi();
        languageFollowsUi = true;
    }

    private void setLanguageFilterToUi() {
        settingUiLanguage = true;
        try {
            languageFilter.set(messages.getLocale().getLanguage());
        } finally {
            settingUiLanguage = false;
        }
    }

    private final javafx.beans.property.BooleanProperty loadFailed = new javafx.beans.property.SimpleBooleanProperty();

    /** First load: the starter library on first run, tidying of unused files, then the list. */
    public void load() {
        background.run(() -> {
            service.loadStarterIfFirstRun();
            service.deleteUnusedFiles();
            return Boolean.TRUE;
        }, ok -> refresh(), e -> {
            // Work the user did not ask for: log it, and show the list anyway.
            ErrorReporter.logQuietly("loading the starter library and tidying unused attachment files", e);
            refresh();
        });
    }

    /** Reloads the pickers, the list and the shown item. */
    public void refresh() {
        String language = blankToNull(languageFilter.get());
        background.run(() -> new Choices(repository.collections(), repository.tags(language), repository.languages(),
                stageOptions.stages(), eventOptions.events()), choices -> {
            LibraryCollection keep = collectionFilter.get();
            collections.setAll(choices.collections());
            if (keep != null) {
                collectionFilter.set(choices.collections().stream().filter(c -> c.id() == keep.id())
                        .findFirst().orElse(null));
            }
            tags.setAll(choices.tags());
            languages.setAll(choices.languages());
            stages.setAll(choices.stages());
            events.setAll(choices.events());
        });
        search();
        LibraryHit shown = selectedHit.get();
        if (shown != null) {
            showDetail(shown.id());
        }
    }

    /** The tag filter's choices: the tags of the items in the chosen language (every tag with "all languages"). */
    private void reloadTags() {
        String language = blankToNull(languageFilter.get());
        background.run(() -> repository.tags(language), now -> {
            if (java.util.Objects.equals(language, blankToNull(languageFilter.get()))) {
                tags.setAll(now);
            }
        });
    }

    /** Runs the search now; an answer that arrives after a newer search started is dropped. */
    public void search() {
        long generation = ++searchGeneration;
        String text = query.get();
        String problem = TypedText.problem(text, false);
        if (problem != null) {
            // Nothing changes: the list stays as it was, and the search box says what is wrong.
            searchError.set("library.search.error");
            return;
        }
        searchError.set(null);
        LibraryCollection collection = collectionFilter.get();
        LibraryFilter filter = new LibraryFilter(kindFilter.get(), blankToNull(tagFilter.get()),
                collection == null ? null : collection.id(), blankToNull(languageFilter.get()));
        searching.set(true);
        background.run(() -> new Found(repository.search(text, filter),
                repository.countInOtherLanguages(text, filter)), answer -> {
            if (generation != searchGeneration) {
                return;
            }
            List<LibraryHit> found = answer.hits();
            searching.set(false);
            loadFailed.set(false);
            otherLanguages.set(answer.otherLanguages());
            searched.set(FtsQuery.parse(text));
            long keep = selectAfterSearch != null ? selectAfterSearch
                    : selectedHit.get() != null ? selectedHit.get().id() : -1;
            hits.setAll(found);
            Optional<LibraryHit> again = found.stream().filter(h -> h.id() == keep).findFirst();
            if (again.isPresent()) {
                selectAfterSearch = null;
                selectedHit.set(again.get());
            } else if (selectAfterSearch != null && !query.get().isBlank()) {
                // A saved or restored item the search text hides: clear the text to show it; the filters stay.
                query.set("");
                search();
            } else if (selectAfterSearch != null && hasSearchOrFilter()) {
                // A saved or restored item the filters hide: they stay as the user set them, and the item stays
                // in the reading pane.
                long hidden = selectAfterSearch;
                selectAfterSearch = null;
                if (!editing.get()) {
                    selectedHit.set(null);
                    showDetail(hidden);
                }
            } else {
                selectAfterSearch = null;
                if (!editing.get()) {
                    selectedHit.set(null);
                }
            }
        }, failure -> {
            if (generation == searchGeneration) {
                searching.set(false);
                hits.clear();
                otherLanguages.set(Map.of());
                loadFailed.set(true);
                ErrorReporter.logQuietly("searching the library", failure);
            }
        });
    }

    /**
     * True after the last read of the library (a search) failed (a damaged or locked file), until one
     * succeeds: the view then says the data could not be read, never that there is none.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty loadFailedProperty() {
        return loadFailed;
    }


    private void showDetail(Long id) {
        long generation = ++detailGeneration;
        if (id == null) {
            item.set(null);
            record.set(ScriptRecord.NONE);
            return;
        }
        background.run(() -> repository.find(id).map(found -> new Detail(found,
                found.kind().isScript() ? repository.scriptRecord(id) : ScriptRecord.NONE)).orElse(null), detail -> {
            if (generation != detailGeneration) {
                return;
            }
            item.set(detail == null ? null : detail.item());
            record.set(detail == null ? ScriptRecord.NONE : detail.record());
        });
    }

    private boolean hasSearchOrFilter() {
        return !query.get().isBlank() || kindFilter.get() != null || tagFilter.get() != null
                || collectionFilter.get() != null || languageFilter.get() != null;
    }

    private javafx.beans.binding.BooleanBinding filterSet;

    /**
     * True while a filter (kind, collection, tag or language) is set; the search text does not count. The empty
     * list then says that no item matches the filter, not that the library is empty.
     */
    public javafx.beans.binding.BooleanBinding filterSetProperty() {
        if (filterSet == null) {
            filterSet = javafx.beans.binding.Bindings.createBooleanBinding(() -> kindFilter.get() != null
                            || tagFilter.get() != null || collectionFilter.get() != null || languageFilter.get() != null,
                    kindFilter, tagFilter, collectionFilter, languageFilter);
        }
        return filterSet;
    }

    /** Clears the search text and every filter; the list then shows all items. */
    public void clearFilters() {
        kindFilter.set(null);
        tagFilter.set(null);
        collectionFilter.set(null);
        languageFilter.set(null);
        query.set("");
    }

    // ---- editing ------------------------------------------------------------------------------

    /**
     * Starts a new item in the editor, in the language of the app. Unsaved text in the editor is
     * asked about first, as at {@link #close()}; returns false, starting nothing, when the user stays
     * or its save fails.
     */
    public boolean newItem() {
        if (!close()) {
            return false;
        }
        form.edit(null, messages.getLocale().getLanguage());
        editing.set(true);
        return true;
    }

    /**
     * Opens the shown item in the editor. Unsaved text of another item in the editor is asked about
     * first, as at {@link #close()}; the user staying (Cancel) or a failed save opens nothing.
     */
    public void edit() {
        LibraryItem shown = item.get();
        if (shown != null && close()) {
            form.edit(shown, shown.language());
            editing.set(true);
        }
    }

    /** How the view asks Save / Discard / Cancel about unsaved text; until a view sets one, the text is kept (Cancel). */
    public void setAskToLeave(Supplier<LeaveChoice> ask) {
        this.askToLeave = ask;
    }

    /**
     * Closes the editor before the window closes. Unsaved text (also text whose save failed) is
     * asked about first: Save saves it and waits for the result ({@link Background#runAndWait}):
     * false, with the text kept, when a field is invalid or the save fails (the failure is said as
     * any failed save's); Discard drops it; Cancel keeps it and returns false, so the window stays open.
     */
    public boolean close() {
        if (leaving) {
            return false;
        }
        if (!editing.get() || !form.dirtyProperty().get()) {
            return true;
        }
        leaving = true;
        try {
            return switch (askToLeave.get()) {
                case SAVE -> saveAndWait();
                case DISCARD -> {
                    cancelEdit();
                    yield true;
                }
                case CANCEL -> false;
            };
        } finally {
            leaving = false;
        }
    }

    /** What the editor holds, for the "Save the changes to …?" question: the typed title, or "New item". */
    public String editedName() {
        String title = form.titleProperty().get();
        return title == null || title.isBlank() ? messages.get("library.editor.new") : title.strip();
    }

    /**
     * Leaves the editor as Escape and its Cancel button do. With nothing changed it closes at once; unsaved
     * text is asked about first ({@link #close()}): Save saves and closes (false, the editor kept, when a
     * field is invalid or the save fails), Discard closes without saving, Cancel keeps the editor open with
     * its text and returns false.
     *
     * @return true when the editor is closed
     */
    public boolean leaveEditor() {
        if (!close()) {
            return false;
        }
        editing.set(false);
        return true;
    }

    /** Leaves the editor without saving and without asking; the form's changes are dropped. */
    public void cancelEdit() {
        editing.set(false);
    }

    /** Saves the editor; returns false, changing nothing, when a field is invalid. */
    public boolean save() {
        Callable<LibraryItem> work = saving();
        if (work == null) {
            return false;
        }
        LibraryItem before = form.editing().orElse(null);
        background.run(work, stored -> saved(before, stored));
        return true;
    }

    /** Saves and waits for the result; true only when the item was stored (a failure is reported, the text kept). */
    private boolean saveAndWait() {
        Callable<LibraryItem> work = saving();
        if (work == null) {
            return false;
        }
        LibraryItem before = form.editing().orElse(null);
        LibraryItem stored;
        try {
            stored = background.runAndWait(work);
        } catch (Exception e) {
            background.report(e);
            return false;
        }
        saved(before, stored);
        return true;
    }

    /** The database work of a save, or null, with the fields marked, when one is invalid. */
    private Callable<LibraryItem> saving() {
        if (!form.validateAll()) {
            status.showWhile(() -> messages.get("library.status.fixErrors"), fieldsMarked);
            return null;
        }
        LibraryItemDraft draft = form.draft();
        LibraryItem before = form.editing().orElse(null);
        return before == null ? () -> repository.create(draft) : () -> repository.update(before.id(), draft);
    }

    /** Leaves the editor on the stored item, says so and records the undo; {@code before} is null for a new item. */
    private void saved(LibraryItem before, LibraryItem stored) {
        editing.set(false);
        reveal(stored.id());
        status.done(() -> messages.format(before == null ? "library.status.created" : "library.status.saved", stored.title()));
        undo.done(before == null ? commands.created(stored) : commands.edited(before, stored));
    }

    /** Selects an item once it is in the list; clears a search that would hide it. */
    private void reveal(long id) {
        selectAfterSearch = id;
        LibraryHit listed = hits.stream().filter(h -> h.id() == id).findFirst().orElse(null);
        if (listed != null) {
            selectedHit.set(listed);
            showDetail(id);
        }
        search();
    }

    /** Deletes an item; the view asks for confirmation first. Ctrl+Z brings it back. */
    public void delete(LibraryItem target) {
        background.run(() -> commands.deleteKeepingFiles(target.id()), deleted -> deleted.ifPresent(gone -> {
            editing.set(false);
            UndoManager.Command command = commands.deleted(gone);
            undo.done(command);
            status.showWhile(() -> messages.format("library.status.deleted", gone.item().title()), undo.isNext(command));
        }));
    }

    // ---- use in the field ---------------------------------------------------------------------

    /** The shown item's text for the clipboard (the view puts it there), or empty when nothing is shown. */
    /**
     * What a section's or a quote's own Copy puts on the clipboard ({@link BodyParts}), and the status line saying so.
     *
     * @param part a part of the shown item's body
     * @return its text; empty when no item is shown
     */
    public Optional<CopyText> copyPart(BodyParts.Part part) {
        if (item.get() == null || part == null) {
            return Optional.empty();
        }
        status.done(() -> messages.format("library.status.copied", part.name()));
        return Optional.of(part.text());
    }

    public Optional<CopyText> copyText() {
        LibraryItem shown = item.get();
        if (shown == null) {
            return Optional.empty();
        }
        // a link that is not opened is only its label, never a live link: the reading pane's "(link not opened: …)"
        // is for the reader, not for the customer the text is pasted to
        String plain = Markdown.plainText(shown.body());
        if (shown.kind() == LibraryKind.LINK && !shown.url().isBlank()) {
            plain = plain.isEmpty() ? shown.url() : plain + "\n" + shown.url();
        }
        status.done(() -> messages.format("library.status.copied", shown.title()));
        return Optional.of(new CopyText(plain, Markdown.html(shown.body())));
    }

    /** Records that the shown script was used and how it went; undoable. */
    public void recordUse(ScriptOutcome outcome) {
        LibraryItem shown = item.get();
        if (shown == null || !shown.kind().isScript()) {
            return;
        }
        background.run(() -> repository.recordScriptUse(shown.id(), null, outcome), useId -> {
            status.done(() -> messages.format("library.status.recorded", shown.title(),
                    messages.get("library.outcome." + outcome.name())));
            undo.done(commands.recordedUse(shown, outcome, useId));
        });
    }

    /** Attaches a PDF or an image to the shown item; a wrong file gets a message and changes nothing. */
    public void attach(Path file) {
        LibraryItem shown = item.get();
        if (shown == null) {
            return;
        }
        if (!AttachmentStore.accepts(file)) {
            status.show(() -> messages.format("library.status.wrongFile", file.getFileName().toString()));
            return;
        }
        background.run(() -> service.attach(shown.id(), file), added -> {
            status.show(() -> messages.format(added.textUnreadable() ? "library.status.attachedUnreadable"
                    : added.isPdf() && !added.hasText() ? "library.status.attachedNoText"
                    : "library.status.attached", added.fileName()));
            undo.done(commands.attached(added));
        });
    }

    /**
     * The note under an attachment in the reading pane, in the UI language: for a PDF whose text could not
     * be read (damaged or crafted) that it could not be read; for a PDF without text (a scan) that it cannot
     * be searched; "" for one that was read and for images.
     */
    public String attachmentNote(Attachment attachment) {
        if (attachment.textUnreadable()) {
            return messages.get("library.attachment.unreadable");
        }
        return attachment.isPdf() && !attachment.hasText() ? messages.get("library.attachment.noText") : "";
    }

    /** Removes an attachment; the view asks first. The file stays until the next start, for undo. */
    public void removeAttachment(Attachment attachment) {
        background.run(() -> commands.removeKeepingFile(attachment.id()), removed -> removed.ifPresent(file -> {
            UndoManager.Command command = commands.detached(attachment.itemId(), file);
            undo.done(command);
            status.showWhile(() -> messages.format("library.status.detached", file.fileName()), undo.isNext(command));
        }));
    }

    /** The address to open an attachment with the system viewer. */
    public String uriOf(Attachment attachment) {
        return service.fileOf(attachment).toUri().toString();
    }

    /**
     * How attachments and web addresses are opened with the system's programs; the app sets the desktop's,
     * tests a fake. A failure it reports is said in the status line ({@link OpenWithSystem}).
     */
    public void setOpener(SystemOpener opener) {
        this.opening = new OpenWithSystem(opener, status, messages);
    }

    /**
     * Opens a web or mail address (a link in the text, a link item's address); a failure is said in the status
     * line. Only {@code http}, {@code https} and {@code mailto} reach the opener ({@link LinkPolicy}); anything
     * else is not opened and the status line says where it leads ({@link OpenWithSystem#address}).
     */
    public void openAddress(String address) {
        opening.address(address);
    }

    /**
     * The words shown and copied after the label of a link that is not opened, so the reader sees where it led:
     * "(link not opened: file:///etc/passwd)" / "(link ikke åbnet: …)" in the UI language, "(link not opened)" when
     * the label is the destination ({@link OpenWithSystem#refusedHint}); "" for a link that may open.
     *
     * @param destination the destination as written; may be null
     * @param label the link's label as shown; may be null
     */
    public String linkHint(String destination, String label) {
        return LinkPolicy.opens(destination) ? "" : OpenWithSystem.refusedHint(messages, destination, label);
    }

    /**
     * Whether a link destination from an item's text may open, for the reading pane to show it as a link or as
     * text: empty when it may ({@link LinkPolicy#web}), else the words "This link leads to … and is not opened.
     * Netdesk opens only web and mail addresses." in the UI language.
     *
     * @param destination the destination as written; may be null
     */
    public Optional<String> linkRefusal(String destination) {
        return LinkPolicy.opens(destination) ? Optional.empty()
                : Optional.of(OpenWithSystem.refused(messages, destination));
    }

    /**
     * Opens an attachment with the system's viewer. A file missing from the attachments folder, or one
     * no program could open, is said in the status line (with what to do), not only logged.
     */
    public void openAttachment(Attachment attachment) {
        Path file = service.fileOf(attachment);
        if (!Files.isRegularFile(file)) {
            status.show(() -> messages.format("library.status.fileMissing", attachment.fileName()));
            return;
        }
        opening.file(file, attachment.fileName(), attachment.isPdf());
    }

    /**
     * What the language filter hides: "12 more in Danish" (several languages joined), or "" when the
     * search has no hits in other languages. Call {@link #showAllLanguages()} to show them.
     */
    public String otherLanguagesText() {
        List<String> parts = new ArrayList<>();
        otherLanguages.get().forEach((language, count) -> parts.add(messages.format("library.moreIn", count,
                LanguageNames.inSentence(language, messages.getLocale()))));
        return String.join(", ", parts);
    }

    /** Clears the language filter, keeping the search: the hits of every language show. */
    public void showAllLanguages() {
        languageFilter.set(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    // ---- properties ---------------------------------------------------------------------------

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<LibraryKind> kindFilterProperty() {
        return kindFilter;
    }

    public StringProperty tagFilterProperty() {
        return tagFilter;
    }

    public ObjectProperty<LibraryCollection> collectionFilterProperty() {
        return collectionFilter;
    }

    public StringProperty languageFilterProperty() {
        return languageFilter;
    }

    public ObservableList<LibraryHit> hits() {
        return hits;
    }

    public ObjectProperty<LibraryHit> selectedHitProperty() {
        return selectedHit;
    }

    public ReadOnlyObjectProperty<LibraryItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScriptRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }

    public ObservableList<LibraryCollection> collections() {
        return collections;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObservableList<String> languages() {
        return languages;
    }

    public ObservableList<StageOption> stages() {
        return stages;
    }

    public ObservableList<EventOption> events() {
        return events;
    }

    public BooleanProperty editingProperty() {
        return editing;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** A message key when the search text cannot be searched (a control character, broken text); else null. */
    public ReadOnlyObjectProperty<String> searchErrorProperty() {
        return searchError.getReadOnlyProperty();
    }

    /** How many more items match the search in each language the language filter hides (code → count). */
    public ReadOnlyObjectProperty<Map<String, Integer>> otherLanguagesProperty() {
        return otherLanguages.getReadOnlyProperty();
    }

    /** The words of the search the list shows, to highlight them in the reading pane. */
    public ReadOnlyObjectProperty<FtsQuery> searchedProperty() {
        return searched.getReadOnlyProperty();
    }

    public LibraryForm form() {
        return form;
    }
}
