package dk.netdesk.exchange;

import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import dk.netdesk.ui.UndoManager;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The contacts import wizard ({@link ImportStep}): choose a file, preview it (CSV: encoding and separator
 * overridable), map its columns (CSV; remembered per header set; the date order when the file cannot tell),
 * choose what happens to duplicates, the stage, tags and consent, import, and see the summary. Reading goes
 * through {@link ContactFileReader}, storing through {@link ContactsImport}; all of it on the database thread
 * ({@link Background}), results back on the JavaFX thread. A finished import is one undo entry and one status
 * line. A file that cannot be read leaves {@link #errorProperty()} saying why in one line, and nothing changed.
 */
public final class ImportWizardViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportWizardViewModel.class);
    /** How many records the preview shows. */
    public static final int PREVIEW_ROWS = 20;
    /** How many matches of one row the duplicates step names before "and N more". */
    private static final int MATCHES_SHOWN = 3;

    private final ContactFileReader reader;
    private final ContactsImport imports;
    private final Background background;
    private final UndoManager undo;
    private final StatusLine status;
    private final Messages messages;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<ImportStep> step = new ReadOnlyObjectWrapper<>(ImportStep.FILE);
    /** The steps from the first to the one shown, as the user came: the shown step's number is its place here. */
    private final List<ImportStep> path = new ArrayList<>(List.of(ImportStep.FILE));
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ContactsPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Charset> detectedEncoding = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Character> detectedSeparator = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PreviewRow> previewRows = FXCollections.observableArrayList();
    private final ObservableList<MappingRow> mappingRows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper askDateOrder = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper dateSample = new ReadOnlyStringWrapper("");
    private final ObservableList<ImportMatch> matches = FXCollections.observableArrayList();
    private final ObjectProperty<DuplicateAction> duplicates = new SimpleObjectProperty<>(DuplicateAction.SKIP);
    /** Each listed record's action, by record number; set to the defaults whenever the general choice changes. */
    private final Map<Integer, ObjectProperty<DuplicateAction>> rowActions = new HashMap<>();
    private final ObservableList<ImportBoard.BoardStage> stages = FXCollections.observableArrayList();
    private final ObjectProperty<ImportBoard.BoardStage> stage = new SimpleObjectProperty<>();
    private final StringProperty tags = new SimpleStringProperty("");
    /** The message {@link #next()} showed about the tags, while it is shown; null otherwise. */
    private String tagsError;
    private final BooleanProperty consentGiven = new SimpleBooleanProperty(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<ImportSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper("");
    private final ObservableList<String> rejectedLines = FXCollections.observableArrayList();
    private final BooleanBinding canNext;
    private final BooleanBinding canBack;

    private ReadChoices choices = ReadChoices.DETECT;
    private boolean mappingChanged;
    private ContactsRead read;
    /** Counts the reads asked for; a result that is not the latest one's is dropped. */
    private int reads;

    public ImportWizardViewModel(ContactFileReader reader, ContactsImport imports, Background background,
                                 UndoManager undo, StatusLine status, Messages messages, Clock clock) {
        this.reader = reader;
        this.imports = imports;
        this.background = background;
        this.undo = undo;
        this.status = status;
        this.messages = messages;
        this.clock = clock;
        this.canNext = Bindings.createBooleanBinding(() -> !busy.get() && preview.get() != null
                        && (error.get().isEmpty() || step.get() == ImportStep.TARGET)
                        && step.get() != ImportStep.RUNNING && step.get() != ImportStep.SUMMARY,
                busy, error, preview, step);
        this.canBack = Bindings.createBooleanBinding(() -> !busy.get() && step.get() != ImportStep.FILE
                && step.get() != ImportStep.RUNNING && step.get() != ImportStep.SUMMARY, busy, step);
        // The general choice is "for every row at once": each row gets its default under it again.
        duplicates.addListener((obs, old, now) -> resetRowActions());
        step.addListener((obs, old, now) -> follow(now));
        // A message about the tags goes as soon as the tags field changes; Import checks them again.
        tags.addListener((obs, old, now) -> {
            if (tagsError != null && tagsError.equals(error.get())) {
                error.set("");
            }
            tagsError = null;
        });
        heading.set(headingOf(ImportStep.FILE));
    }

    /**
     * Keeps {@link #path} as the user walks: a step already on it (going back) cuts the path there, a new one is
     * added. So a step's number never changes while it is shown, going back counts down one by one, and a step the
     * wizard skips (mapping for a vCard file, contacts you already have when there are none) takes no number.
     */
    private void follow(ImportStep now) {
        int at = path.indexOf(now);
        if (at >= 0) {
            path.subList(at + 1, path.size()).clear();
        } else {
            path.add(now);
        }
        heading.set(headingOf(now));
    }

    /** "Step 3: Map columns"; the import and its summary have no number. */
    private String headingOf(ImportStep shown) {
        if (shown == ImportStep.RUNNING || shown == ImportStep.SUMMARY) {
            return messages.get(shown.key());
        }
        return messages.format("exchange.wizard.stepNumber", path.indexOf(shown) + 1, messages.get(shown.key()));
    }

    /**
     * Starts again at the first step with nothing chosen; with a {@code fileOrNull} that file is read at once
     * and the wizard goes to its preview (or stays on the first step saying why it cannot be read).
     */
    public void open(Path fileOrNull) {
        reads++;
        step.set(ImportStep.FILE);
        path.clear();
        path.add(ImportStep.FILE);
        heading.set(headingOf(ImportStep.FILE));
        file.set(null);
        preview.set(null);
        error.set("");
        busy.set(false);
        read = null;
        matches.clear();
        rowActions.clear();
        previewRows.clear();
        mappingRows.clear();
        askDateOrder.set(false);
        dateSample.set("");
        duplicates.set(DuplicateAction.SKIP);
        stages.clear();
        stage.set(null);
        tags.set("");
        consentGiven.set(false);
        progress.set(0);
        summary.set(null);
        summaryText.set("");
        rejectedLines.clear();
        if (fileOrNull != null) {
            choose(fileOrNull);
        }
    }

    /** Reads {@code chosen} with everything detected; on success the wizard shows its preview. */
    public void choose(Path chosen) {
        file.set(chosen);
        choices = ReadChoices.DETECT;
        mappingChanged = false;
        askDateOrder.set(false);
        detectedEncoding.set(null);
        detectedSeparator.set(null);
        step.set(ImportStep.FILE);
        loadPreview(ImportStep.PREVIEW);
    }

    /** Reads the file again with {@code encoding} (null: detect it). CSV only. */
    public void chooseEncoding(Charset encoding) {
        if (preview.get() != null && encoding != null && encoding.equals(preview.get().encoding())
                && choices.encoding() == null) {
            return;
        }
        choices = choices.withEncoding(encoding).withMapping(null);
        mappingChanged = false;
        loadPreview(null);
    }

    /** Reads the file again with {@code separator} (null: detect it). CSV only. */
    public void chooseSeparator(Character separator) {
        if (preview.get() != null && separator != null && separator == preview.get().separator()
                && choices.separator() == null) {
            return;
        }
        choices = choices.withSeparator(separator).withMapping(null);
        mappingChanged = false;
        loadPreview(null);
    }

    /** Sends column {@code column} (0-based) to {@code field} and reads the preview again. CSV only. */
    public void map(int column, ContactField field) {
        ContactsPreview shown = preview.get();
        ColumnMapping current = choices.mapping() != null ? choices.mapping() : shown == null ? null : shown.mapping();
        if (current == null || current.field(column) == field) {
            return;
        }
        choices = choices.withMapping(current.with(column, field));
        mappingChanged = true;
        MappingRow row = mappingRows.get(column);
        mappingRows.set(column, new MappingRow(column, row.header(), row.sample(), field));
        loadPreview(null);
    }

    /** Reads the file's dates in {@code order} (the answer to {@link #askDateOrderProperty()}). CSV only. */
    public void chooseDateOrder(DateOrder order) {
        if (order == null || order == choices.dateOrder()) {
            return;
        }
        choices = choices.withDateOrder(order);
        loadPreview(null);
    }

    /** The date order in use (chosen, or the reader's guess), or null for a vCard file. */
    public DateOrder dateOrder() {
        return preview.get() == null ? null : preview.get().dateOrder();
    }

    /**
     * How the sample date ({@link #dateSampleProperty()}) reads in {@code order}, in the UI language
     * ("5 April 1990"), or "" when there is no sample or it is no date that way.
     */
    public String dateReads(DateOrder order) {
        String sample = dateSample.get();
        if (sample.isEmpty()) {
            return "";
        }
        CellDates.Cell cell = CellDates.read(sample, order, CellDates.yearOf(LocalDate.now(clock)));
        return cell.date() == null ? "" : messages.date(cell.date());
    }

    /** Goes to the next step; from the last choices, imports. Does nothing when {@link #canNextProperty()} is false. */
    public void next() {
        if (!canNext.get()) {
            return;
        }
        switch (step.get()) {
            case FILE -> step.set(ImportStep.PREVIEW);
            case PREVIEW -> {
                if (preview.get().kind() == ContactFileKind.CSV) {
                    step.set(ImportStep.MAPPING);
                } else {
                    readAll();
                }
            }
            case MAPPING -> {
                if (mappingChanged) {
                    ColumnMapping mapping = preview.get().mapping();
                    background.run(() -> reader.remember(mapping), () -> { }, e -> LOG.warn("Could not remember the mapping", e));
                    mappingChanged = false;
                }
                readAll();
            }
            case DUPLICATES -> step.set(ImportStep.TARGET);
            case TARGET -> {
                String problem = tagsProblem();
                if (problem == null) {
                    run();
                } else {
                    tagsError = problem;
                    error.set(problem);
                }
            }
            default -> { }
        }
    }

    /** Goes back one step (never from the import or its summary). */
    public void back() {
        if (!canBack.get()) {
            return;
        }
        error.set("");
        boolean csv = preview.get() != null && preview.get().kind() == ContactFileKind.CSV;
        switch (step.get()) {
            case PREVIEW -> step.set(ImportStep.FILE);
            case MAPPING -> step.set(ImportStep.PREVIEW);
            case DUPLICATES -> step.set(csv ? ImportStep.MAPPING : ImportStep.PREVIEW);
            case TARGET -> step.set(!matches.isEmpty() ? ImportStep.DUPLICATES
                    : csv ? ImportStep.MAPPING : ImportStep.PREVIEW);
            default -> { }
        }
    }

    /**
     * True when leaving now would throw away choices the user made (column mapping, duplicates, stage…):
     * the view asks first. False on the first two steps and on the summary, and while the import runs.
     */
    public boolean askBeforeLeaving() {
        return step.get() == ImportStep.MAPPING || step.get() == ImportStep.DUPLICATES || step.get() == ImportStep.TARGET;
    }

    /** True while the import is being stored: the wizard cannot be left then. */
    public boolean isRunning() {
        return step.get() == ImportStep.RUNNING;
    }

    private void loadPreview(ImportStep onSuccess) {
        Path chosen = file.get();
        if (chosen == null) {
            return;
        }
        ReadChoices asked = choices;
        int number = ++reads;
        busy.set(true);
        error.set("");
        background.run(() -> reader.preview(chosen, asked, PREVIEW_ROWS), shown -> {
            if (number != reads) {
                return;
            }
            busy.set(false);
            show(shown, asked);
            if (onSuccess != null) {
                step.set(onSuccess);
            }
        }, failure -> {
            if (number != reads) {
                return;
            }
            busy.set(false);
            failed(failure, "reading");
        });
    }

    private void show(ContactsPreview shown, ReadChoices asked) {
        if (asked.encoding() == null) {
            detectedEncoding.set(shown.encoding());
        }
        if (asked.separator() == null && shown.kind() == ContactFileKind.CSV) {
            detectedSeparator.set(shown.separator());
        }
        askDateOrder.set(shown.kind() == ContactFileKind.CSV && shown.ambiguousDates());
        List<PreviewRow> rows = new ArrayList<>();
        String sample = "";
        for (ContactsPreview.Row row : shown.rows()) {
            rows.add(rowOf(row));
            if (sample.isEmpty() && !row.birthdayOther().isEmpty()) {
                sample = row.birthdayCell().strip();
            }
        }
        if (sample.isEmpty()) {
            for (ContactsPreview.Row row : shown.rows()) {
                if (!row.birthdayCell().isBlank()) {
                    sample = row.birthdayCell().strip();
                    break;
                }
            }
        }
        dateSample.set(sample);
        previewRows.setAll(rows);
        List<MappingRow> columns = new ArrayList<>();
        for (int i = 0; i < shown.headers().size(); i++) {
            String first = "";
            for (ContactsPreview.Row row : shown.rows()) {
                if (i < row.cells().size() && !row.cells().get(i).isBlank()) {
                    first = row.cells().get(i).strip();
                    break;
                }
            }
            columns.add(new MappingRow(i, shown.headers().get(i), first, shown.mapping().field(i)));
        }
        mappingRows.setAll(columns);
        preview.set(shown);
    }

    private PreviewRow rowOf(ContactsPreview.Row row) {
        Outcome outcome = row.outcome();
        boolean ambiguous = !row.birthdayOther().isEmpty();
        String birthday = ambiguous
                ? messages.format("exchange.wizard.date.ambiguous", row.birthdayCell(), row.birthdayRead(), row.birthdayOther())
                : row.birthdayCell().equals(row.birthdayRead()) || row.birthdayRead().isEmpty()
                ? row.birthdayCell() : row.birthdayCell() + " \u2192 " + row.birthdayRead();
        if (!outcome.isRead()) {
            return new PreviewRow(row.line(), outcome.rejected().name(), "", "", birthday, "", outcome.rejected().reason(),
                    ambiguous);
        }
        var d = outcome.contact().details();
        String notes = d.notes() == null ? "" : d.notes().strip().replaceAll("\\s*\\R+\\s*", " \u00b7 ");
        return new PreviewRow(row.line(), d.name(),
                String.join(", ", d.phones().stream().map(dk.netdesk.contacts.PhoneNumbers::display).toList()),
                String.join(", ", d.emails()),
                birthday, notes, "", ambiguous);
    }

    /**
     * What the file has that goes to the notes because a contact has no field for it ("Kept in the notes…:
     * Company, Job Title, Home Street."), or "" when nothing does.
     */
    public String toNotesText() {
        ContactsPreview p = preview.get();
        return p == null || p.toNotes().isEmpty() ? "" : messages.format("exchange.wizard.toNotes", String.join(", ", p.toNotes()));
    }

    /** What the file has that is not imported at all ("Not imported: Photo, Gender."), or "" when nothing. */
    public String notImportedText() {
        ContactsPreview p = preview.get();
        return p == null || p.notImported().isEmpty() ? ""
                : messages.format("exchange.wizard.notImported", String.join(", ", p.notImported()));
    }

    /**
     * How the file was read, above the preview: "google.csv: 3 rows, read as UTF-8. They will be imported like
     * this…", or with more records than shown "…: 250 rows, read as UTF-8. The first 20 as they will be imported…".
     */
    public String readAsText() {
        ContactsPreview p = preview.get();
        if (p == null) {
            return "";
        }
        String encoding = p.encoding().displayName() + (p.bom() ? " + BOM" : "");
        String key = p.kind() == ContactFileKind.VCARD ? "exchange.wizard.readAs.vcard" : "exchange.wizard.readAs.csv";
        if (p.records() <= PREVIEW_ROWS) {
            return messages.format(key + ".all", p.fileName(), p.records(), encoding);
        }
        return messages.format(key, p.fileName(), p.records(), PREVIEW_ROWS, encoding);
    }

    /** Reads the whole file and looks for duplicates and the stages; then the duplicates step (or the next). */
    private void readAll() {
        Path chosen = file.get();
        ReadChoices asked = choices;
        int number = ++reads;
        busy.set(true);
        error.set("");
        background.run(() -> {
            ContactsRead all = reader.read(chosen, asked);
            return new Loaded(all, imports.matches(all), imports.stages());
        }, loaded -> {
            if (number != reads) {
                return;
            }
            busy.set(false);
            read = loaded.read();
            rowActions.clear();
            for (ImportMatch match : loaded.matches()) {
                rowActions.put(match.incoming().record(), new SimpleObjectProperty<>(match.defaultAction(duplicates.get())));
            }
            matches.setAll(loaded.matches());
            ImportBoard.BoardStage was = stage.get();
            stages.setAll(loaded.stages());
            stage.set(loaded.stages().stream().filter(s -> was != null && s.id() == was.id()).findFirst()
                    .orElse(loaded.stages().isEmpty() ? null : loaded.stages().get(0)));
            step.set(matches.isEmpty() ? ImportStep.TARGET : ImportStep.DUPLICATES);
        }, failure -> {
            if (number != reads) {
                return;
            }
            busy.set(false);
            failed(failure, "reading");
        });
    }

    private record Loaded(ContactsRead read, List<ImportMatch> matches, List<ImportBoard.BoardStage> stages) {
    }

    /** The chosen tags: the tags field split at commas, trimmed, in NFC, blank ones left out. */
    public List<String> chosenTags() {
        return Arrays.stream(tags.get().split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .map(dk.netdesk.ui.TypedText::nfc).toList();
    }

    /**
     * What is wrong with the chosen tags, in words ({@link dk.netdesk.ui.TypedText}'s message, or the tag that is
     * longer than {@link dk.netdesk.ui.TextLimits#NAME}), or null when they can be stored.
     */
    private String tagsProblem() {
        for (String tag : chosenTags()) {
            String key = dk.netdesk.ui.TypedText.problem(tag, false);
            if (key != null) {
                return messages.get(key);
            }
            if (dk.netdesk.ui.TextLimits.tooLong(tag, dk.netdesk.ui.TextLimits.NAME)) {
                return messages.format("exchange.import.tagTooLong", ContactDraft.shorten(tag), dk.netdesk.ui.TextLimits.NAME);
            }
        }
        return null;
    }

    /**
     * The options the chosen duplicates actions, stage, tags and consent make: the general choice, and the rows whose
     * own choice differs from their default under it.
     */
    public ImportOptions options() {
        ImportBoard.BoardStage chosen = stage.get();
        Map<Integer, DuplicateAction> perRecord = new HashMap<>();
        for (ImportMatch match : matches) {
            ObjectProperty<DuplicateAction> action = rowActions.get(match.incoming().record());
            if (!match.doNotContact() && action != null && action.get() != match.defaultAction(duplicates.get())) {
                perRecord.put(match.incoming().record(), action.get());
            }
        }
        return new ImportOptions(chosen == null ? null : chosen.id(), chosenTags(), duplicates.get(), consentGiven.get(),
                perRecord);
    }

    /**
     * What happens to the record of {@code match} (one of {@link #matches()}): its default under the general choice
     * until the user chooses for the row; set back to the default when the general choice changes. Ignored for a
     * do-not-contact record (never imported).
     */
    public ObjectProperty<DuplicateAction> actionProperty(ImportMatch match) {
        return rowActions.computeIfAbsent(match.incoming().record(),
                r -> new SimpleObjectProperty<>(match.defaultAction(duplicates.get())));
    }

    private void resetRowActions() {
        for (ImportMatch match : matches) {
            actionProperty(match).set(match.defaultAction(duplicates.get()));
        }
    }

    private void run() {
        ContactsRead what = read;
        ImportOptions options = options();
        String name = what.fileName();
        step.set(ImportStep.RUNNING);
        progress.set(0);
        Progress told = (done, total) -> {
            double part = total == 0 ? 1 : (double) done / total;
            background.onUiThread(() -> progress.set(part));
        };
        background.run(() -> imports.apply(what, options, told), result -> {
            progress.set(1);
            ImportSummary counts = result.summary();
            summary.set(counts);
            summaryText.set(summaryLine(messages, name, counts));
            boolean cards = preview.get() != null && preview.get().kind() == ContactFileKind.VCARD;
            rejectedLines.setAll(counts.rejected().stream().map(r -> rejectedLine(r, cards)).toList());
            step.set(ImportStep.SUMMARY);
            if (result.undo().isEmpty()) {
                status.show(() -> messages.format("exchange.wizard.status.nothing", name));
                return;
            }
            UndoManager.Command command = command(what, options, result.undo());
            undo.done(command);
            // "Ctrl+Z to undo" holds while the import is the next undo
            status.showWhile(() -> counts.merged() == 0
                    ? messages.format("exchange.wizard.status.done", counts.created(), name)
                    : messages.format("exchange.wizard.status.doneMerged", counts.created(), counts.merged(), name),
                    undo.isNext(command));
        }, failure -> {
            step.set(ImportStep.TARGET);
            failed(failure, "storing");
        });
    }

    private UndoManager.Command command(ContactsRead what, ImportOptions options, ImportUndo first) {
        ImportUndo[] last = {first};
        return UndoManager.Command.of(() -> messages.format("exchange.wizard.undo", what.fileName()),
                () -> background.run(() -> imports.undo(last[0]), () -> { }, this::undoFailed),
                () -> background.run(() -> imports.apply(what, options, Progress.none()).undo(),
                        again -> last[0] = again, this::undoFailed));
    }

    private void undoFailed(Throwable failure) {
        LOG.warn("Undoing or redoing a contacts import failed: {}", failure.toString());
        background.report(failure);
    }

    /** Says {@code failure} in {@link #errorProperty()}: the file's own message, or "nothing was imported". */
    private void failed(Throwable failure, String doing) {
        if (failure instanceof ImportFileException || failure instanceof IllegalArgumentException) {
            error.set(oneLine(failure.getMessage()));
            return;
        }
        // The file's contents stay out of the log: only the kind of failure.
        LOG.warn("Contacts import failed while {}: {}", doing, failure.toString());
        error.set(messages.format("exchange.wizard.failed", oneLine(String.valueOf(failure.getMessage()))));
        background.report(failure);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /**
     * The one-line summary the wizard and {@code netdesk import contacts} both show: "google.csv: 12 created,
     * 3 merged, 2 already up to date (nothing new to merge), 2 skipped, 1 left out (do not contact), 4 rejected."
     */
    public static String summaryLine(Messages messages, String fileName, ImportSummary summary) {
        return messages.format("exchange.wizard.summary.line", fileName, summary.created(), summary.merged(),
                summary.upToDate(), summary.skipped(), summary.doNotContact(), summary.rejected().size());
    }

    /** A rejected record as the summary lists it: "Line 5 (row 4), Carl Bad: reason" (card instead of row for a vCard). */
    private String rejectedLine(RejectedRecord r, boolean cards) {
        if (r.name().isEmpty()) {
            return messages.format(cards ? "exchange.wizard.rejected.card" : "exchange.wizard.rejected.row",
                    r.line(), r.record(), r.reason());
        }
        return messages.format(cards ? "exchange.wizard.rejected.cardNamed" : "exchange.wizard.rejected.rowNamed",
                r.line(), r.record(), r.reason(), r.name());
    }

    /**
     * Why a row is listed, after its strongest match: "same email address and name: bo@example.dk", "same phone
     * number, different name: 20 30 40 50".
     */
    public String reasonText(ImportMatch match) {
        return reasonText(match.first());
    }

    /** Why a row matches {@code target}, as {@link #reasonText(ImportMatch)}. */
    public String reasonText(ImportMatch.Target target) {
        List<String> kinds = target.reasons().stream().map(r -> messages.get("exchange.import.reason." + r)).toList();
        String joined = kinds.size() == 1 ? kinds.get(0) : String.join(", ", kinds.subList(0, kinds.size() - 1))
                + " " + messages.get("exchange.wizard.match.and") + " " + kinds.get(kinds.size() - 1);
        boolean otherName = !target.reasons().contains(MatchReason.NAME);
        boolean phone = !target.reasons().contains(MatchReason.EMAIL) && target.reasons().contains(MatchReason.PHONE);
        return messages.format(otherName ? "exchange.wizard.match.sameOtherName" : "exchange.wizard.match.same", joined,
                phone ? dk.netdesk.contacts.PhoneNumbers.display(target.value()) : target.value());
    }

    /**
     * What a row matches, strongest first: names of stored contacts ("Bo Lund (do not contact: left out)" for such a
     * person) and earlier rows ("Bo Lund (line 3 of this file)"), at most three, then "and 2 more".
     */
    public String existingText(ImportMatch match) {
        List<String> names = match.targets().stream().limit(MATCHES_SHOWN).map(this::targetText).toList();
        String shown = String.join(", ", names);
        int more = match.targets().size() - names.size();
        return more == 0 ? shown : messages.format("exchange.wizard.match.more", shown, more);
    }

    /** One target as {@link #existingText} names it. */
    public String targetText(ImportMatch.Target target) {
        if (target.inFile()) {
            return messages.format("exchange.wizard.match.inFile", target.name(), target.earlier().line());
        }
        return target.existing().doNotContact()
                ? messages.format("exchange.wizard.match.doNotContact", target.name()) : target.name();
    }

    /** Every target of a row with why, one per line (the row's tooltip). */
    public String matchDetails(ImportMatch match) {
        return String.join("\n", match.targets().stream().map(t -> targetText(t) + ": " + reasonText(t)).toList());
    }

    /** How an action is named in a row's choice: "Skip", "Merge", "Create separately". */
    public String actionName(DuplicateAction action) {
        return action == null ? "" : messages.get("exchange.wizard.dup.row." + action.name());
    }

    /** How a separator is named in the UI language ("Semicolon ;"). */
    public String separatorName(char separator) {
        return messages.get(switch (separator) {
            case ',' -> "exchange.wizard.separator.comma";
            case ';' -> "exchange.wizard.separator.semicolon";
            default -> "exchange.wizard.separator.tab";
        });
    }

    public Messages messages() { return messages; }
    public ReadOnlyObjectProperty<ImportStep> stepProperty() { return step.getReadOnlyProperty(); }
    /** The shown step's heading, "Step 2: Preview" (numbered as the user came, see {@link #follow}); no number on the import and its summary. */
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    /** The chosen file, or null. */
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    /** The last preview read, or null. */
    public ReadOnlyObjectProperty<ContactsPreview> previewProperty() { return preview.getReadOnlyProperty(); }
    /** Why the file cannot be read or imported, one line; "" when nothing is wrong. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** True while the file is being read. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** The encoding found in the file when it was read with "detect", or null. */
    public ReadOnlyObjectProperty<Charset> detectedEncodingProperty() { return detectedEncoding.getReadOnlyProperty(); }
    /** The separator found in the CSV file when it was read with "detect", or null. */
    public ReadOnlyObjectProperty<Character> detectedSeparatorProperty() { return detectedSeparator.getReadOnlyProperty(); }
    /** The first {@link #PREVIEW_ROWS} records as read. */
    public ObservableList<PreviewRow> previewRows() { return previewRows; }
    /** CSV: one row per column. */
    public ObservableList<MappingRow> mappingRows() { return mappingRows; }
    /**
     * True when the CSV file's dates read both ways: the preview marks each such date with its other reading and
     * the preview and mapping steps ask ({@link #chooseDateOrder}); stays true after a choice, so it can be changed.
     */
    public ReadOnlyBooleanProperty askDateOrderProperty() { return askDateOrder.getReadOnlyProperty(); }
    /** The first birthday cell of the preview that reads two ways (else the first one), as written in the file, or "". */
    public ReadOnlyStringProperty dateSampleProperty() { return dateSample.getReadOnlyProperty(); }
    /**
     * The records that match stored contacts or earlier records of the file, each once, in file order (read when
     * leaving the preview or mapping step).
     */
    public ObservableList<ImportMatch> matches() { return matches; }
    /** The general choice for matches, "for every row at once" (a weak match's default stays create). */
    public ObjectProperty<DuplicateAction> duplicatesProperty() { return duplicates; }
    /** The board's stages, left to right. */
    public ObservableList<ImportBoard.BoardStage> stages() { return stages; }
    /** The stage new contacts go to (the first by default). */
    public ObjectProperty<ImportBoard.BoardStage> stageProperty() { return stage; }
    /** Tags to add to every imported contact, separated by commas. */
    public StringProperty tagsProperty() { return tags; }
    /** True: "They have given consent" (logged with the file name); false: unknown. */
    public BooleanProperty consentGivenProperty() { return consentGiven; }
    /** 0 to 1 while the import is stored. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** What the import did, or null before it finished. */
    public ReadOnlyObjectProperty<ImportSummary> summaryProperty() { return summary.getReadOnlyProperty(); }
    /** {@link #summaryLine} of the finished import, or "". */
    public ReadOnlyStringProperty summaryTextProperty() { return summaryText.getReadOnlyProperty(); }
    /** One line per rejected record: "Line 5 (row 4): reason". */
    public ObservableList<String> rejectedLines() { return rejectedLines; }
    public BooleanBinding canNextProperty() { return canNext; }
    public BooleanBinding canBackProperty() { return canBack; }
}
