package dk.netdesk.crash;

import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.EventRow;
import dk.netdesk.calendar.Kind;
import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
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
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
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
 * library items). After each commit it prints one line, {@code crash: <kind> <id>} (for an edit:
 * {@code edit <contact id> <notes>}, for a move: {@code move <contact id> <stage id>}), and flushes, so
 * every printed line is a commit the reader may count on. Before an edit or a move it prints
 * {@code try …} with the same words, so the reader knows which change may have been in flight. {@link CrashHarness} kills it with SIGKILL at a random moment.
 */
public final class CrashWriter {

    /** Starts every line of the protocol, so that log lines on the same stream are told apart. */
    static final String MARK = "crash: ";

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
                ContactLinks.none(), changes);
        CalendarRepository calendar = new CalendarRepository(database, changes);
        dk.netdesk.library.LibraryRepository library = new dk.netdesk.library.LibraryRepository(database, changes, clock);
        pipeline.seedIfEmpty(DefaultStage.KEYS);
        List<Stage> stages = pipeline.stages();
        Random random = new Random();
        List<Long> made = new ArrayList<>();
        out.println(MARK + "ready");
        out.flush();
        for (long n = 0; ; n++) {
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
}
