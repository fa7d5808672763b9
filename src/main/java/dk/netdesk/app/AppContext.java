package dk.netdesk.app;

import dk.netdesk.calendar.BalanceSettingsEditor;
import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.CalendarService;
import dk.netdesk.calendar.CalendarView;
import dk.netdesk.calendar.CalendarViewModel;
import dk.netdesk.calendar.ReminderNotifications;
import dk.netdesk.calendar.ReminderViewModel;
import dk.netdesk.contacts.ContactAttachmentRepository;
import dk.netdesk.contacts.ContactAttachments;
import dk.netdesk.contacts.ContactAttachmentsViewModel;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.contacts.ContactsView;
import dk.netdesk.contacts.ContactsViewModel;
import dk.netdesk.db.AttachmentReferences;
import dk.netdesk.db.AttachmentStore;
import dk.netdesk.db.AutomaticBackups;
import dk.netdesk.db.BackupErasureRepository;
import dk.netdesk.db.BackupErasures;
import dk.netdesk.db.BackupException;
import dk.netdesk.db.Backups;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import dk.netdesk.exchange.CalendarFilesDialog;
import dk.netdesk.exchange.CalendarFilesViewModel;
import dk.netdesk.exchange.ContactsExportDialog;
import dk.netdesk.exchange.ContactsExportViewModel;
import dk.netdesk.exchange.ImportWizardDialog;
import dk.netdesk.exchange.ImportWizardViewModel;
import dk.netdesk.library.Debouncer;
import dk.netdesk.library.LibraryRepository;
import dk.netdesk.library.LibraryService;
import dk.netdesk.library.LibraryView;
import dk.netdesk.library.LibraryViewModel;
import dk.netdesk.library.StarterLibrary;
import dk.netdesk.pipeline.ContactDetailsView;
import dk.netdesk.pipeline.ContactDetailsViewModel;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.EraseDialog;
import dk.netdesk.pipeline.ErasureLogRepository;
import dk.netdesk.pipeline.FollowUpSync;
import dk.netdesk.pipeline.PersonErase;
import dk.netdesk.pipeline.PersonForgotten;
import dk.netdesk.pipeline.ContactMerge;
import dk.netdesk.pipeline.MergeDialog;
import dk.netdesk.pipeline.MergeViewModel;
import dk.netdesk.pipeline.PersonExport;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.pipeline.PipelineView;
import dk.netdesk.pipeline.PipelineViewModel;
import dk.netdesk.pipeline.RetentionDialog;
import dk.netdesk.pipeline.RetentionReminderView;
import dk.netdesk.pipeline.RetentionRepository;
import dk.netdesk.pipeline.RetentionService;
import dk.netdesk.pipeline.RetentionViewModel;
import dk.netdesk.pipeline.TodayView;
import dk.netdesk.pipeline.TodayViewModel;
import dk.netdesk.print.PrintPreviewDialog;
import dk.netdesk.print.PrintViewModel;
import dk.netdesk.ui.OpenWithSystem;
import dk.netdesk.ui.SystemOpener;
import dk.netdesk.ui.Area;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.DataFileCheck;
import dk.netdesk.ui.DroppedFiles;
import dk.netdesk.ui.FileDrop;
import dk.netdesk.ui.BackupErasureViewModel;
import dk.netdesk.ui.BackupViewModel;
import dk.netdesk.ui.RestoreViewModel;
import dk.netdesk.ui.CloudFolderWarning;
import dk.netdesk.ui.ErrorReporter;
import dk.netdesk.ui.MenuCommand;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.Shell;
import dk.netdesk.ui.ShellViewModel;
import dk.netdesk.ui.StatusLine;
import dk.netdesk.ui.UndoManager;
import dk.netdesk.ui.WelcomeView;
import dk.netdesk.ui.WelcomeViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The composition root: builds every repository, service and view-model through its
 * constructor. Nothing else calls {@code new} on a repository.
 */
public final class AppContext {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AppContext.class);
    /** The settings key of the print options kept between runs (issue 14). */
    static final String PRINT_OPTIONS = "print.options";

    private final Database database;
    private final Messages messages;
    private final Background background;
    private final Changes changes;
    private final UndoManager undo;
    private final StatusLine status;
    private final Settings settings;
    private final ShellViewModel shell;
    private final ContactsViewModel contacts;
    private final ContactDetailsViewModel contactsEditor;
    private final ContactService contactService;
    private final PersonErase personErase;
    private final ContactAttachments contactAttachments;
    private final ContactsExportViewModel contactsExport;
    private final CalendarFilesViewModel calendarFiles;
    private final ImportWizardViewModel importWizard;
    private javafx.scene.control.Dialog<?> openImport;
    private final LibraryViewModel library;
    /** Opens files, folders and addresses with the system's programs (set by the app at start: {@link #setOpener}). */
    private SystemOpener opener = (uri, onFailure) -> onFailure.accept(new IllegalStateException("No opener set"));
    /** The one way folders, files and addresses are opened, saying in the status line when no program could. */
    private final OpenWithSystem opening;
    private final PipelineViewModel pipeline;
    private final ContactDetailsViewModel pipelineDetails;
    private final TodayViewModel today;
    private final CalendarService calendarService;
    private final CalendarViewModel calendar;
    private final ReminderViewModel reminders;
    private final PrintViewModel print;
    private final DataFileCheck dataFileCheck;
    private final Backups backups;
    private final AutomaticBackups automaticBackups;
    private final ReminderViewModel.Ticker ticker;
    private final CloudFolderWarning cloudWarning;
    private final BackupErasures backupErasures;
    private final BackupErasureViewModel backupErasureModel;
    private final RetentionViewModel retention;
    private final ContactMerge contactMerge;
    private final MergeViewModel merge;
    private final WelcomeViewModel welcome;
    private final DroppedFiles droppedFiles;
    /** The main window, over which the welcome's offers and dropped files open their dialogs. */
    private javafx.stage.Window mainWindow;

    /** @param ticker drives the reminder and backup checks (the app's timer thread; a no-op in tests) */
    public AppContext(Database database, Background background, Messages messages, Clock clock,
                      ReminderViewModel.Ticker ticker) {
        this(database, background, messages, clock, ticker, StatusLine.Timer.NEVER);
    }

    /**
     * @param ticker    drives the reminder and backup checks (the app's timer thread; a no-op in tests)
     * @param fadeTimer times how long a status line confirmation stays ({@link StatusLine#done}; in the app
     *                  {@code ui/FxTimer}, on the JavaFX thread; {@link StatusLine.Timer#NEVER} in tests)
     */
    public AppContext(Database database, Background background, Messages messages, Clock clock,
                      ReminderViewModel.Ticker ticker, StatusLine.Timer fadeTimer) {
        this(database, background, messages, clock, ticker, fadeTimer, java.util.Locale.ROOT);
    }

    /**
     * @param ticker      drives the reminder and backup checks (the app's timer thread; a no-op in tests)
     * @param fadeTimer   times how long a status line confirmation stays ({@link StatusLine#done})
     * @param paperRegion the machine's locale, read for its country only: the print preview's paper when neither the
     *                    user nor the printer chose one (Letter in the US and Canada, A4 elsewhere; decision 0040).
     *                    The other constructors pass {@code Locale.ROOT} (A4), so tests do not depend on the machine.
     */
    public AppContext(Database database, Background background, Messages messages, Clock clock,
                      ReminderViewModel.Ticker ticker, StatusLine.Timer fadeTimer, java.util.Locale paperRegion) {
        this.database = database;
        this.background = background;
        this.messages = messages;
        this.changes = new Changes(background::onUiThread);
        // status line and undo menu texts are formatted again in the new language when it changes
        this.status = new StatusLine(messages, fadeTimer);
        this.undo = new UndoManager(what -> status.done(() -> messages.format("status.undone", what.get())),
                what -> status.done(() -> messages.format("status.redone", what.get())));
        messages.localeProperty().addListener((obs, old, now) -> undo.refresh());
        this.settings = new Settings(database, changes);
        this.ticker = ticker;
        // The headless part (repositories, services, backups), which the command line builds too.
        Core core = new Core(database, changes, settings, messages, clock);
        this.backups = core.backups;
        this.automaticBackups = new AutomaticBackups(backups, clock);
        // Marked where the change is published (the database thread), so the exit backup sees the last save.
        for (Changes.Topic topic : AutomaticBackups.TOPICS) {
            changes.subscribeWherePublished(topic, change -> automaticBackups.changed());
        }
        // Backups taken before an erase: re-written without the person or deleted (decision record 0013).
        this.backupErasures = core.backupErasures;
        ErasureLogRepository erasureLog = core.erasureLog;
        this.backupErasureModel = new BackupErasureViewModel(backupErasures, () -> erasureLog.entries().stream()
                .map(e -> new BackupErasureViewModel.Entry(e.erasedAt(), e.reference())).toList(),
                background, messages, status, clock);
        // After an erase or an anonymise, no undo may write the person back.
        changes.subscribe(Changes.Topic.CONTACTS, change -> {
            if (change.origin() instanceof PersonForgotten) {
                undo.clear();
            }
        });
        // After an erase (it publishes CONTACTS), its older backups are re-written or deleted.
        changes.subscribe(Changes.Topic.CONTACTS, change -> backupErasureModel.applyIfNew());
        this.shell = new ShellViewModel(settings, background, messages, new BackupViewModel(backups, background, messages,
                new RestoreViewModel(backups, background, messages, undo, status, clock), backupErasureModel), status);
        this.cloudWarning = new CloudFolderWarning(settings, background);
        ContactRepository contactRepository = core.contactRepository;
        PipelineRepository pipelineRepository = core.pipelineRepository;
        LibraryRepository libraryRepository = core.libraryRepository;
        CalendarRepository calendarRepository = core.calendarRepository;
        this.calendarService = core.calendarService;
        FeatureLinks links = core.links;
        this.contactAttachments = core.contactAttachments;
        LibraryService libraryService = new LibraryService(libraryRepository, core.attachmentStore,
                core.attachmentReferences, settings, new StarterLibrary());
        this.library = new LibraryViewModel(libraryRepository, libraryService, changes, background, undo, status,
                messages, links, links, Debouncer.fx(Duration.ofMillis(150)));
        this.opening = new OpenWithSystem((uri, onFailure) -> opener.open(uri, onFailure), status, messages);
        this.library.setOpener((uri, onFailure) -> opener.open(uri, onFailure));
        this.pipeline = new PipelineViewModel(pipelineRepository, changes, background, undo, status, messages, clock);
        // One contact service and one editor class; each screen has its own editor, all following each other's changes.
        this.contactService = core.contactService;
        this.personErase = core.personErase;
        this.contactMerge = core.contactMerge;
        this.merge = new MergeViewModel(contactMerge, changes, background, undo, status, messages);
        PersonExport personExport = core.personExport;
        this.contactsExport = new ContactsExportViewModel(core.contactsExport, background, status, messages, clock);
        this.calendarFiles = new CalendarFilesViewModel(core.calendarImport, core.calendarExport, background, undo, status,
                messages);
        // The contacts import wizard: reads through the reader, stores through the one import service (issue 13).
        this.importWizard = new ImportWizardViewModel(core.contactFileReader, core.contactsImport, background, undo,
                status, messages, clock);
        this.pipelineDetails = new ContactDetailsViewModel(this.contactService, pipelineRepository, changes, background, undo,
                status, messages, clock, links, personExport, attachmentsSection(), personErase);
        this.today = new TodayViewModel(pipelineRepository, links, changes, background, clock,
                new ContactDetailsViewModel(this.contactService, pipelineRepository, changes, background, undo, status, messages,
                        clock, links, personExport, attachmentsSection(), personErase));
        this.contactsEditor = new ContactDetailsViewModel(this.contactService, pipelineRepository, changes, background, undo,
                status, messages, clock, links, personExport, attachmentsSection(), personErase);
        this.contacts = new ContactsViewModel(contactRepository, changes, background, contactsEditor);
        // Names are sorted in the UI language (decision 0031): a language switch reads the list again in the new order.
        messages.localeProperty().addListener((obs, old, now) -> contacts.load());
        RetentionService retentionService = new RetentionService(database, contactRepository,
                new RetentionRepository(database), links, settings, changes, clock,
                reference -> messages.format("retention.anonymisedName", reference), contactAttachments, backupErasures);
        // The review's "Erase…" opens the same erase dialog as the contact's More menu, over the review.
        this.retention = new RetentionViewModel(retentionService, changes, background, messages,
                id -> new EraseDialog(contactsEditor.erase()).show(focusedWindow(), id));
        this.calendar = new CalendarViewModel(calendarRepository, calendarService, changes, background, undo, status,
                messages, clock);
        this.print = new PrintViewModel(links, () -> settings.get(ShellViewModel.OWNER_NAME, ""), background, messages,
                status, clock, new dk.netdesk.print.PrintMemory() {
                    @Override
                    public java.util.Optional<String> load() {
                        return settings.get(PRINT_OPTIONS);
                    }

                    @Override
                    public void save(String value) {
                        settings.put(PRINT_OPTIONS, value);
                    }
                }, paperRegion);
        // A contact's next follow-up follows its next linked calendar event.
        FollowUpSync followUps = new FollowUpSync(pipelineRepository, links);
        // Follows the user's calendar save, which has already succeeded; it runs again on the next change.
        changes.subscribe(Changes.Topic.CALENDAR, change -> background.run(followUps::syncAll, () -> { },
                e -> ErrorReporter.logQuietly("syncing follow-ups with the calendar", e)));
        this.reminders = new ReminderViewModel(calendarService, background, clock, ticker);
        this.dataFileCheck = new DataFileCheck(database, backups, changes,
                background, messages, status, clock);
        // The first-run welcome and files dropped on the window (issue 13, item 5).
        this.welcome = new WelcomeViewModel(settings, new EmptyData(contactRepository, calendarRepository,
                libraryRepository, new StarterLibrary()::items), background, changes, contactsImport(),
                this::importCalendar, this::setWorkHours);
        this.droppedFiles = new DroppedFiles(contactsImport(), this::importCalendar, status, messages);
    }

    /**
     * The first-run welcome and file drops on the main window: Help → "Welcome / Getting started…" on
     * {@code shell}, the drop handlers on its root, and the check whether the welcome shows (an empty
     * database the user has not dismissed it on). Dialogs the welcome and drops open are owned by {@code owner}.
     * Call once, on the JavaFX thread, before {@link Shell#show()}.
     */
    public void startWelcome(Shell shell, javafx.stage.Window owner) {
        this.mainWindow = owner;
        shell.setOnWelcome(() -> {
            shell.select("today");
            welcome.reopen();
        });
        FileDrop.install(shell.root(), droppedFiles);
        welcome.check();
    }

    /** Opens the calendar (.ics) import over the main window, with {@code file} chosen when given. */
    private void importCalendar(Optional<Path> file) {
        new CalendarFilesDialog(calendarFiles, messages).showImport(mainWindow, file.orElse(null));
    }

    /** Opens the work hours and weekly budget dialog over the main window. */
    private void setWorkHours() {
        openWorkHours(mainWindow);
    }

    /**
     * Opens the one work hours dialog (work windows, protected time, weekly budget and break rule; the calendar's
     * "Work hours…" opens the same) over {@code owner} and waits for it: Settings' "Work hours…" comes here.
     */
    public void openWorkHours(javafx.stage.Window owner) {
        BalanceSettingsEditor.show(owner, calendar, messages);
    }

    /** The contacts import for the welcome's offer and dropped .vcf/.csv files: the import wizard over the main window. */
    private java.util.function.Consumer<Optional<Path>> contactsImport() {
        return file -> openContactsImport(mainWindow, file.orElse(null));
    }

    /** A contact editor's attachments section; files open through the opener the app sets ({@link #setOpener}). */
    private ContactAttachmentsViewModel attachmentsSection() {
        return new ContactAttachmentsViewModel(contactAttachments, changes, background, undo, status, messages,
                (uri, onFailure) -> opener.open(uri, onFailure));
    }

    /** The areas in navigation order; each view is built when first shown. */
    public List<Area> areas() {
        return List.of(
                new Area("today", "nav.today", Material2OutlinedAL.ALARM,
                        () -> new WelcomeView(welcome, messages).over(new TodayView(today, messages).build())),
                new Area("pipeline", "nav.pipeline", Material2OutlinedMZ.VIEW_COLUMN,
                        () -> new PipelineView(pipeline, pipelineDetails, messages).build()),
                new Area("contacts", "nav.contacts", Material2OutlinedAL.CONTACTS,
                        this::contactsView),
                new Area("calendar", "nav.calendar", Material2OutlinedAL.CALENDAR_TODAY, this::calendarView),
                new Area("library", "nav.library", Material2OutlinedAL.LOCAL_LIBRARY,
                        () -> new LibraryView(library, messages).build()));
    }

    /** The contacts screen, whose "Retention review…" opens the review. */
    private Node contactsView() {
        ContactsView view = new ContactsView(contacts, messages, new ContactDetailsView(contactsEditor, messages).build(),
                importButton(), new ContactsExportDialog(contactsExport, messages).button());
        view.setOnRetentionReview(this::openRetention);
        view.setOnFindDuplicates(this::openMerge);
        return view.build();
    }

    /** Opens the contacts import wizard (Ctrl+Shift+O). */
    public static final javafx.scene.input.KeyCombination IMPORT_CONTACTS = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.O, javafx.scene.input.KeyCombination.SHORTCUT_DOWN,
            javafx.scene.input.KeyCombination.SHIFT_DOWN);

    /**
     * Opens the contacts import wizard over {@code owner}, not waiting for it to close. With {@code fileOrNull}
     * (a .vcf or .csv file: dropped on the window, or chosen on the welcome screen) the file is read at once and
     * the wizard opens on its preview, or on its first step saying in one line why the file cannot be read; with
     * null it opens on "Choose a file". When the wizard is open already it comes to the front, and takes the file
     * as long as the user has made no choices in it yet. Call on the JavaFX thread.
     */
    public void openContactsImport(javafx.stage.Window owner, Path fileOrNull) {
        if (openImport != null && openImport.isShowing()) {
            if (fileOrNull != null && !importWizard.askBeforeLeaving() && !importWizard.isRunning()
                    && importWizard.stepProperty().get() != dk.netdesk.exchange.ImportStep.SUMMARY) {
                importWizard.choose(fileOrNull);
            }
            ((javafx.stage.Stage) openImport.getDialogPane().getScene().getWindow()).toFront();
            return;
        }
        openImport = new ImportWizardDialog(importWizard).build(owner, fileOrNull);
        openImport.show();
    }

    /** The contacts import wizard's state (the dialog is opened by {@link #openContactsImport}). */
    public ImportWizardViewModel importWizard() {
        return importWizard;
    }

    /** The Contacts screen's "Import contacts…" button ({@code #contacts-import}), beside "Export contacts…". */
    private javafx.scene.control.Button importButton() {
        javafx.scene.control.Button button = new javafx.scene.control.Button(messages.get("exchange.wizard.action"),
                new org.kordamp.ikonli.javafx.FontIcon(Material2OutlinedAL.FILE_UPLOAD));
        button.setId("contacts-import");
        button.setMinWidth(javafx.scene.control.Button.USE_PREF_SIZE);
        button.setOnAction(e -> openContactsImport(button.getScene().getWindow(), null));
        return button;
    }

    /**
     * The File menu's imports and exports, in one place: "Import contacts…" (Ctrl+Shift+O), "Export
     * contacts…", "Import calendar…" and "Export calendar…" (without accelerators here: Ctrl+Shift+I and
     * Ctrl+Shift+E belong to the calendar screen, whose key filter would open a second dialog).
     */
    public List<MenuCommand> fileCommands() {
        return List.of(
                new MenuCommand("menu-import-contacts", "menu.importContacts", IMPORT_CONTACTS,
                        owner -> openContactsImport(owner, null)),
                new MenuCommand("menu-export-contacts", "menu.exportContacts", null,
                        owner -> new ContactsExportDialog(contactsExport, messages).show(owner)),
                new MenuCommand("menu-import-calendar", "menu.importCalendar", null,
                        owner -> new CalendarFilesDialog(calendarFiles, messages).showImport(owner)),
                new MenuCommand("menu-export-calendar", "menu.exportCalendar", null,
                        owner -> new CalendarFilesDialog(calendarFiles, messages).export(owner)));
    }

    /** Opens "Find duplicates" over {@code owner}. Call on the JavaFX thread. */
    public void openMerge(javafx.stage.Window owner) {
        // a merge rewrites and removes contacts: unsaved edits in an open contact editor are saved or
        // discarded first, and Cancel in that question opens nothing
        if (!closeContactEditors()) {
            return;
        }
        new MergeDialog(merge).show(owner);
    }

    /** Find duplicates and merge: the pairs, the chosen pair's fields, merge, skip and "not a duplicate". */
    public MergeViewModel merge() {
        return merge;
    }

    /** Opens the retention review over {@code owner}. Call on the JavaFX thread. */
    public void openRetention(javafx.stage.Window owner) {
        retention.dismissReminder();
        new RetentionDialog(retention).show(owner);
    }

    /**
     * After start-up: shows the retention reminder (at most once a month, only when the review list is
     * not empty) through {@code showNotice}, as a banner whose "Review…" opens the review over {@code owner}.
     */
    public void startRetentionReminder(javafx.stage.Window owner, Consumer<Node> showNotice) {
        showNotice.accept(new RetentionReminderView(retention, () -> openRetention(owner)).build());
        retention.checkReminder();
    }

    /** The window that has the focus (the review when its Erase button is pressed), or null. */
    private static javafx.stage.Window focusedWindow() {
        return javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isFocused).findFirst().orElse(null);
    }

    /** The retention review and its reminder. */
    public RetentionViewModel retention() {
        return retention;
    }

    /** The calendar, whose "Print week…" opens the print preview of the shown week. */
    private Node calendarView() {
        CalendarView view = new CalendarView(calendar, messages);
        Node node = view.build();
        view.setOnPrintWeek(monday -> new PrintPreviewDialog(print, messages).show(node.getScene().getWindow(), monday));
        // "Import calendar…" / "Export calendar…" (.ics): a menu button placed before "Print week…" in the toolbar
        javafx.scene.control.MenuButton files = new CalendarFilesDialog(calendarFiles, messages).menu(node);
        Node printButton = node.lookup("#calendar-print");
        if (printButton != null && printButton.getParent() instanceof javafx.scene.layout.Pane bar) {
            bar.getChildren().add(bar.getChildren().indexOf(printButton), files);
        }
        return node;
    }

    /**
     * Closes every editor before the window closes (the three contact editors and the library
     * editor), asking about unsaved edits (Save, Discard, Cancel) one editor at a time. "Save" waits
     * for the save (the window keeps answering meanwhile); false when the user stays or a save fails,
     * with the failure said and the text kept. The event dialog is modal, so the window cannot close
     * while it is open. Call on the JavaFX thread.
     */
    public boolean closeEditors() {
        return closeContactEditors() && library.close();
    }

    /** Asks about unsaved edits in every contact editor (Contacts, the board's panel, Today); false when cancelled. */
    private boolean closeContactEditors() {
        return contactsEditor.close() && pipelineDetails.close() && today.details().close();
    }

    /**
     * Runs {@code action} after every committed write (any change published on {@link #changes()}),
     * on the JavaFX thread. The launcher uses it to tell the error reporter that a storage failure is over.
     */
    public void whenWritten(Runnable action) {
        for (Changes.Topic topic : Changes.Topic.values()) {
            changes.subscribe(topic, change -> action.run());
        }
    }

    /** Loads everything at once: {@link #loadFirstScreen()}, then {@link #checkAndLoadTheRest()}. For tests. */
    public void startLoading() {
        loadFirstScreen();
        checkAndLoadTheRest();
    }

    /**
     * Loads what the first screen (Today) shows, through the background executor. It only reads, so it
     * may run before the data file is checked; the app calls it before it builds the window.
     */
    public void loadFirstScreen() {
        today.load();
    }

    /**
     * Runs {@code action} once on the JavaFX thread when the reads asked for so far are in: Today's follow-ups
     * ({@link #loadFirstScreen()}) and the welcome's check ({@link #startWelcome}), each handed back to its screen
     * whether it succeeded or failed. It is queued behind them on the one database thread, whose results come
     * back in order. The app shows its window then, so that the window's first frame holds the real Today screen
     * rather than "Reading…". Call after those, on the JavaFX thread.
     */
    public void whenFirstScreenRead(Runnable action) {
        background.run(() -> Boolean.TRUE, done -> action.run(), error -> action.run());
    }

    /**
     * Checks the data file ({@code quick_check}, see {@link DataFileCheck}) and then loads the other
     * screens' data, through the background executor. The app calls it once the first frame is drawn,
     * so that neither delays the window, and the screens are filled before the user opens them.
     */
    public void checkAndLoadTheRest() {
        // First in the database thread's queue from here on, so that nothing writes into a damaged file
        // before it is found (the pipeline's first load writes the default stages).
        dataFileCheck.start();
        pipeline.load();
        contacts.load();
        // The starter library comes in both languages; show the one the user reads, following a language switch
        // until the user sets the filter (it can be cleared).
        library.filterToUiLanguage();
        library.load();
        calendar.load();
    }

    /**
     * Starts the reminder timer and lists reminders missed while the app was closed (the running app only).
     *
     * @param showCalendar brings the calendar screen forward; a clicked reminder runs it, then opens its event
     */
    public void startReminders(Runnable showCalendar) {
        ReminderNotifications notifications = reminderNotifications(showCalendar);
        reminders.setOnDue(notifications::showDue);
        reminders.setOnMissed(notifications::showMissed);
        reminders.start();
    }

    /** The reminder toasts: a click runs {@code showCalendar} and opens the event; snooze goes to {@link #reminders()}. */
    public ReminderNotifications reminderNotifications(Runnable showCalendar) {
        return new ReminderNotifications(messages, calendar::zone, occurrence -> {
            showCalendar.run();
            calendar.requestOpen(occurrence);
        }, reminders::snooze);
    }

    /**
     * Starts the automatic backups: a check every minute, on the database thread; failures go to the log
     * only. First re-writes or deletes the backups that still hold an erased person (decision record 0013).
     */
    public void startBackups() {
        backupErasureModel.apply();
        ticker.every(AutomaticBackups.CHECK_PERIOD, () -> background.run(automaticBackups::tick, taken -> { },
                failure -> LOG.warn("The automatic backup failed", failure)));
    }

    /**
     * The backup at a clean exit, when the data changed. Call on any thread once the database
     * thread has finished (after {@code FxBackground.close()}) and before the database closes;
     * a failure is logged, never shown.
     */
    public void backUpAtExit() {
        try {
            automaticBackups.atExit();
        } catch (BackupException | RuntimeException e) {
            LOG.warn("The backup at exit failed", e);
        }
    }

    /** Backups of the database: take one, list them, restore one. */
    public Backups backups() {
        return backups;
    }

    /** Backups taken before an erase: re-written without the person or deleted, as the setting says. */
    public BackupErasures backupErasures() {
        return backupErasures;
    }

    /** The erase part of Settings: the handling of older backups and the erasure log. */
    public BackupErasureViewModel backupErasureModel() {
        return backupErasureModel;
    }

    /** When automatic backups are due. */
    public AutomaticBackups automaticBackups() {
        return automaticBackups;
    }

    public Database database() {
        return database;
    }

    public Messages messages() {
        return messages;
    }

    /** What changed, delivered on the JavaFX thread (through the background's hand-over). */
    public Changes changes() {
        return changes;
    }

    public Background background() {
        return background;
    }

    public UndoManager undo() {
        return undo;
    }

    public StatusLine status() {
        return status;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public ContactsViewModel contacts() {
        return contacts;
    }

    /** Find duplicates and merge two contacts (decision record 0017). */
    public ContactMerge contactMerge() {
        return contactMerge;
    }

    /** "Erase this person": the preview of what goes, and the erase. */
    public PersonErase personErase() {
        return personErase;
    }

    /** The Contacts screen's "Export contacts…" dialog. */
    public ContactsExportViewModel contactsExport() {
        return contactsExport;
    }

    /** The calendar screen's .ics import dialog and export. */
    public CalendarFilesViewModel calendarFiles() {
        return calendarFiles;
    }

    /** The contacts' attached files: attach, remove, open, and what an erase does with them. */
    public ContactAttachments contactAttachments() {
        return contactAttachments;
    }

    /** Creates, saves, deletes and restores contacts for every screen. */
    public ContactService contactService() {
        return contactService;
    }

    /** The contact editor of the Contacts screen. */
    public ContactDetailsViewModel contactsEditor() {
        return contactsEditor;
    }

    public LibraryViewModel library() {
        return library;
    }

    /**
     * How files, folders and web addresses are opened with the system's programs (the viewer, the file
     * manager, the browser); set by the app at start ({@link SystemOpener#desktop}), a fake in tests. Until
     * then every opening fails, and says so. A failure it reports is said in the status line.
     */
    public void setOpener(SystemOpener opener) {
        this.opener = opener;
    }

    /** Opens folders, files and addresses through the opener set ({@link #setOpener}), saying when no program could. */
    public OpenWithSystem opening() {
        return opening;
    }

    public PipelineViewModel pipeline() {
        return pipeline;
    }

    public ContactDetailsViewModel pipelineDetails() {
        return pipelineDetails;
    }

    public TodayViewModel today() {
        return today;
    }

    /** The first-run welcome over Today (see {@link #startWelcome}). */
    public WelcomeViewModel welcome() {
        return welcome;
    }

    /** What a file dropped on the main window opens. */
    public DroppedFiles droppedFiles() {
        return droppedFiles;
    }

    public CalendarViewModel calendar() {
        return calendar;
    }

    /** Follow-ups for contacts, a contact's next linked event, and the plain plan of a week (for printing). */
    public CalendarService calendarService() {
        return calendarService;
    }

    public PrintViewModel print() {
        return print;
    }

    /** The integrity check run by {@link #startLoading()}; the app shows its dialog when it finds damage. */
    public DataFileCheck dataFileCheck() {
        return dataFileCheck;
    }

    /** The one-time warning about a data folder inside a synced cloud folder. */
    public CloudFolderWarning cloudWarning() {
        return cloudWarning;
    }

    public ReminderViewModel reminders() {
        return reminders;
    }
}
