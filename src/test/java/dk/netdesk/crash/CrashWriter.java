package dk.netdesk.crash;

import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.EventRow;
import dk.netdesk.calendar.Kind;
import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.db.BackupFile;
import dk.netdesk.db.BackupRotation;
import dk.netdesk.db.Backups;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import dk.netdesk.library.LibraryItem;
import dk.netdesk.library.LibraryItemDraft;
import dk.netdesk.library.LibraryKind;
import dk.netdesk.pipeline.ContactLinks;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.DefaultStage;
import dk.netdesk.pipeline.Interaction;
import dk.netdesk.pipeline.InteractionType;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.pipeline.Stage;
import dk.netdesk.testing.MutableClock;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The writing side of the crash harness, run as its own JVM: {@code CrashWriter <data folder>}.
 * It opens the folder with {@link Database#open} and writes for ever through the app's own
 * services and repositories (new and edited contacts, card moves, interactions, calendar events,
 * library items) and takes backups through {@link Backups#backUp} (reason {@code AUTOMATIC}, every
 * {@link #BACKUP_EVERY_MS} ms between writes, each followed by the app's rotation). After each commit it
 * prints one line, {@code crash: <kind> <id>} (for an edit: {@code edit <contact id> <notes>}, for a move:
 * {@code move <contact id> <stage id>}, for a backup that is written, checked and named:
 * {@code backup <path>}), and flushes, so every printed line is a commit the reader may count on. Before an
 * edit or a move it prints {@code try …} with the same words, so the reader knows which change may have been
 * in flight. {@link CrashHarness} kills it with SIGKILL at a random moment.
 *
 * <p>The backups get their own clock, which moves on {@link #BACKUP_STEP} (the app's shortest interval
 * between automatic backups) before each one, so their names spread over hours as in use. Before it
 * prints {@code ready} the writer takes {@link BackupRotation#RECENT} backups, so from then on every
 * backup's rotation deletes older files: a kill can land in the rotation too.
 */
public final class CrashWriter {

    /** Starts every line of the protocol, so that log lines on the same stream are told apart. */
    static final String MARK = "crash: ";
    /** The wall-clock time between two backups, in milliseconds. */
    static final long BACKUP_EVERY_MS = 150;
    /** How far the backups' own clock moves before each backup. */
    static final Duration BACKUP_STEP = Duration.ofMinutes(30);

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        PrintStream out = new PrintStream(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
        Clock clock = Clock.systemUTC();
        Database database = Database.open(dir);
        Changes changes = new Changes();
        PipelineRepository pipeline = new PipelineRepository(database, changes, clock);
        ContactService contacts = new ContactService(database, new ContactRepository(database, clock), pipeline,
                ContactLinks.none(), changes, dk.netdesk.testing.People.attachments(database, changes, clock));
        CalendarRepository calendar = new CalendarRepository(database, changes);
        dk.netdesk.library.LibraryRepository library = new dk.netdesk.library.LibraryRepository(database, changes, clock);
        MutableClock backupClock = new MutableClock(clock.instant(), ZoneId.of("Europe/Copenhagen"));
        Backups backups = new Backups(database, new Settings(database, changes), changes, backupClock);
        pipeline.seedIfEmpty(DefaultStage.KEYS);
        List<Stage> stages = pipeline.stages();
        Random random = new Random();
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < BackupRotation.RECENT; i++) {
            backUp(backups, backupClock, out);
        }
        out.println(MARK + "ready");
        out.flush();
        long nextBackup = System.nanoTime() + BACKUP_EVERY_MS * 1_000_000;
        for (long n = 0; ; n++) {
            if (System.nanoTime() >= nextBackup) {
                backUp(backups, backupClock, out);
                out.flush();
                nextBackup = System.nanoTime() + BACKUP_EVERY_MS * 1_000_000;
            }
            switch ((int) (n % 6)) {
                case 0 -> {
                    Contact c = contacts.create(ContactDetails.named("Crash " + n).withContact("", "", "made " + n), null);
                    made.add(c.id());
                    out.println(MARK + "contact " + c.id());
                }
                case 1 -> {
                    if (made.isEmpty()) {
                        continue;
                    }
                    long id = made.get(random.nextInt(made.size()));
                    String notes = "edited" + n;
                    out.println(MARK + "try edit " + id + " " + notes);
                    out.flush();
                    Contact c = contacts.find(id).orElseThrow();
                    contacts.update(id, c.details().withContact("", "", notes), null);
                    out.println(MARK + "edit " + id + " " + notes);
                }
                case 2 -> {
                    if (made.isEmpty()) {
                        continue;
                    }
                    long id = made.get(random.nextInt(made.size()));
                    Stage stage = stages.get(random.nextInt(stages.size()));
                    out.println(MARK + "try move " + id + " " + stage.id());
                    out.flush();
                    pipeline.move(id, stage.id(), 0);
                    out.println(MARK + "move " + id + " " + stage.id());
                }
                case 3 -> {
                    if (made.isEmpty()) {
                        continue;
                    }
                    long id = made.get(random.nextInt(made.size()));
                    Interaction added = pipeline.addInteraction(id, InteractionType.values()[0], LocalDate.of(2026, 11, 30),
                            "call " + n, "", null);
                    out.println(MARK + "interaction " + added.id());
                }
                case 4 -> {
                    LocalDateTime start = LocalDateTime.of(2026, 12, 1, 9, 0).plusHours(n % 200);
                    EventRow row = new EventRow(0, "Event " + n, start, start.plusHours(1), ZoneId.of("Europe/Copenhagen"),
                            false, "", "", null, Kind.values()[0], null, List.of(), null, null, null);
                    List<EventRow> written = calendar.replace(List.of(), List.of(row));
                    out.println(MARK + "event " + written.get(0).id());
                }
                default -> {
                    LibraryItem item = library.create(new LibraryItemDraft("Note " + n, LibraryKind.TRAINING_NOTE,
                            "Body of note " + n, List.of("crash"), null, "en", "", "", null, List.of()));
                    out.println(MARK + "library " + item.id());
                }
            }
            out.flush();
        }
    }

    /** One automatic backup, as the app takes it (written, checked, named, then the rotation), and its line. */
    private static void backUp(Backups backups, MutableClock backupClock, PrintStream out) throws Exception {
        backupClock.advance(BACKUP_STEP);
        BackupFile file = backups.backUp(BackupFile.Reason.AUTOMATIC);
        out.println(MARK + "backup " + file.path().toAbsolutePath());
    }
}
