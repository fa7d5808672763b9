package dk.netdesk.testing;

import dk.netdesk.app.Bundles;
import dk.netdesk.calendar.Kind;
import dk.netdesk.calendar.RepeatRule;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.pipeline.DefaultStage;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.pipeline.Stage;
import dk.netdesk.pipeline.StageKind;
import dk.netdesk.ui.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.impl.DSL;

/**
 * Makes a realistic big data folder for the performance work of issue 16, through the app's own
 * {@link Database#open} (so Flyway makes exactly the app's schema) and its stage seeding.
 *
 * <p>{@code mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test -Dmain.class=dk.netdesk.testing.BigFolder
 * -Dexec.args="--data-dir /tmp/big"}; options {@code --scale X} (0 &lt; X ≤ 10, default 1) multiplies every count,
 * {@code --language en|da} names the stages (default en). At scale 1 the folder holds {@link Sizes#FULL}: 10,000
 * contacts in the 8 default stages with 30,000 interactions, tags, follow-ups, consents and stage history; 50,000
 * single events over {@link #FIRST_DAY}..{@link #LAST_DAY} plus 12 weekly series, work and personal; 100,000
 * library items in English and Danish averaging about 900 characters of Zipf-distributed words, with 175,000 tags.
 * The output is the same on every run (fixed seeds, fixed dates around {@link #TODAY}); only the created-at
 * instants of the stages are the time of the run. A folder that already holds {@code netdesk.db} is refused
 * (exit code 2, one line on stderr), as are unknown arguments.
 *
 * <p>Each table is written with batched JDBC inserts in one transaction. Library items and tags go in through the
 * schema's triggers, as the app writes them, so {@code library_fts} holds what the app's own writes would.
 * The benchmark tests use the parts ({@link #contacts}, {@link #calendar}, {@link #library}) on their own.
 */
public final class BigFolder {

    /** The day the data is made around (follow-ups, last touches): a fixed date, so that runs are equal. */
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    /** The first day with events. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    /** The last day with events (5 years from {@link #FIRST_DAY}). */
    public static final LocalDate LAST_DAY = LocalDate.of(2027, 12, 31);
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);
    private static final DateTimeFormatter EXDATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

    /** How much of each to make. */
    public record Sizes(int contacts, int interactions, int events, int series, int items, int libraryTags) {

        /** The big folder of issue 16. */
        public static final Sizes FULL = new Sizes(10_000, 30_000, 50_000, 12, 100_000, 175_000);

        /** Every count times {@code scale} (at least 1 contact, 1 event and 1 item; the 12 series stay). */
        public Sizes scaled(double scale) {
            return new Sizes(Math.max(1, (int) Math.round(contacts * scale)), (int) Math.round(interactions * scale),
                    Math.max(1, (int) Math.round(events * scale)), series, Math.max(1, (int) Math.round(items * scale)),
                    (int) Math.round(libraryTags * scale));
        }
    }

    /** The row counts read back from the database after generating. */
    public record Totals(long contacts, long stages, long contactTags, long interactions, long consents, long events,
                         long series, long items, long libraryTags, long ftsRows, long bodyChars) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d contacts in %d stages, %,d contact tags, %,d interactions, %,d consents; "
                            + "%,d events of which %d weekly series; %,d library items (%,d body characters on average), "
                            + "%,d library tags, %,d search rows",
                    contacts, stages, contactTags, interactions, consents, events, series, items,
                    items == 0 ? 0 : bodyChars / items, libraryTags, ftsRows);
        }
    }

    /** Thrown for a folder that already holds a database. */
    public static final class FolderNotEmptyException extends IOException {
        FolderNotEmptyException(Path file) {
            super("big-folder: " + file + " exists; give a new or empty folder (nothing was written)");
        }
    }

    private BigFolder() {
    }

    /** Command line: see the class comment. Exit code 0 on success, 2 on bad arguments or an existing database. */
    public static void main(String[] args) {
        Path dir = null;
        double scale = 1;
        Locale language = Locale.ENGLISH;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data-dir" -> dir = Path.of(value(args, i++));
                    case "--scale" -> scale = Double.parseDouble(value(args, i++));
                    case "--language" -> language = Locale.forLanguageTag(value(args, i++));
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (dir == null || !(scale > 0 && scale <= 10)
                    || !Set.of("en", "da").contains(language.getLanguage())) {
                throw new IllegalArgumentException("give --data-dir DIR, a --scale from 0 to 10, --language en or da");
            }
        } catch (RuntimeException e) {
            System.err.println("big-folder: " + e.getMessage()
                    + "; usage: --data-dir DIR [--scale X] [--language en|da]");
            System.exit(2);
            return;
        }
        try {
            long start = System.nanoTime();
            Totals totals = generate(dir, Sizes.FULL.scaled(scale), language, System.out);
            long bytes = Files.size(dir.resolve(Database.FILE_NAME));
            System.out.printf(Locale.ROOT, "big-folder: done in %.1f s; %s; %s is %.0f MB%n",
                    (System.nanoTime() - start) / 1e9, totals, dir.resolve(Database.FILE_NAME), bytes / 1e6);
            System.exit(0);
        } catch (FolderNotEmptyException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("big-folder: failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static String value(String[] args, int option) {
        if (option + 1 >= args.length) {
            throw new IllegalArgumentException(args[option] + " needs a value");
        }
        return args[option + 1];
    }

    /**
     * Makes a new database in {@code dir} (created if missing) and fills it. Progress lines go to {@code progress}.
     *
     * @throws FolderNotEmptyException {@code dir} already holds {@code netdesk.db}; nothing is written
     */
    public static Totals generate(Path dir, Sizes sizes, Locale language, PrintStream progress) throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        if (Files.exists(file)) {
            throw new FolderNotEmptyException(file);
        }
        Files.createDirectories(dir);
        try (Database db = Database.open(dir)) {
            long t = System.nanoTime();
            List<Long> contactIds = contacts(db, sizes.contacts(), sizes.interactions(), language);
            progress.printf(Locale.ROOT, "big-folder: %,d contacts, %,d interactions in %.1f s%n", sizes.contacts(),
                    sizes.interactions(), (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            calendar(db, sizes.events(), sizes.series(), contactIds);
            progress.printf(Locale.ROOT, "big-folder: %,d events + %d series in %.1f s%n", sizes.events(), sizes.series(),
                    (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            library(db, sizes.items(), sizes.libraryTags(), progress);
            progress.printf(Locale.ROOT, "big-folder: %,d library items, %,d tags in %.1f s%n", sizes.items(),
                    sizes.libraryTags(), (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            db.dsl().execute("PRAGMA optimize");
            db.checkpointTruncate();
            progress.printf(Locale.ROOT, "big-folder: optimize and checkpoint in %.1f s%n", (System.nanoTime() - t) / 1e9);
            return totals(db);
        }
    }

    /** Counts what is in the database. */
    public static Totals totals(Database db) {
        return new Totals(count(db, "contact"), count(db, "stage"), count(db, "contact_tag"), count(db, "interaction"),
                count(db, "consent"), count(db, "calendar_event"),
                number(db, "SELECT count(*) FROM calendar_event WHERE rrule IS NOT NULL"),
                count(db, "library_item"), count(db, "library_tag"), count(db, "library_fts"),
                number(db, "SELECT coalesce(sum(length(body)), 0) FROM library_item"));
    }

    private static long count(Database db, String table) {
        return number(db, "SELECT count(*) FROM " + table);
    }

    private static long number(Database db, String sql) {
        return ((Number) db.dsl().fetchValue(sql)).longValue();
    }

    // ---- contacts ---------------------------------------------------------------------------------

    static final String[] DANISH_FIRST = {"Anne", "Mette", "Kirsten", "Hanne", "Helle", "Susanne", "Lene", "Maria",
        "Marianne", "Camilla", "Louise", "Charlotte", "Pia", "Tina", "Line", "Julie", "Sofie", "Ida", "Emma", "Freja",
        "Karen", "Dorte", "Birgitte", "Trine", "Signe", "Cecilie", "Malene", "Rikke", "Nanna", "Astrid",
        "Peter", "Jens", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Niels", "Rasmus", "Martin",
        "Anders", "Morten", "Jesper", "Mads", "Frederik", "Christian", "Mikkel", "Bo", "Ole", "Kasper", "Jonas",
        "Emil", "Oliver", "Jørgen", "Bjørn", "Asger", "Troels", "Ulrik", "Kåre"};
    static final String[] ENGLISH_FIRST = {"Emily", "Olivia", "Sarah", "Jessica", "Hannah", "Charlotte", "Grace",
        "Chloe", "Lucy", "Amelia", "James", "Oliver", "Jack", "Harry", "George", "William", "Daniel", "Thomas",
        "Samuel", "Joshua"};
    static final String[] DANISH_LAST = {"Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen",
        "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
        "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Olesen",
        "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Holm", "Kjær", "Bech", "Dahl", "Lauridsen",
        "Østergaard", "Bak", "Skov", "Vestergaard", "Nørgaard", "Ærenlund"};
    static final String[] ENGLISH_LAST = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
        "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
        "Jackson", "Clarke"};
    static final String[] CITIES = {"København", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Randers", "Kolding",
        "Horsens", "Vejle", "Roskilde", "Herning", "Silkeborg", "Næstved", "Fredericia", "Viborg", "Køge",
        "Holstebro", "Slagelse", "Hillerød", "Svendborg", "London", "Manchester", "Malmö", ""};
    static final String[] MAIL_DOMAINS = {"gmail.com", "hotmail.com", "hotmail.dk", "outlook.dk", "live.dk",
        "yahoo.dk", "mail.dk", "jubii.dk", "icloud.com", "outlook.com"};
    static final String[] CONTACT_TAGS = {"hudpleje", "skin care", "wellness", "Aarhus", "Odense", "København",
        "messe 2025", "fair 2026", "mor-netværk", "fitness", "vegan", "kollega", "nabo", "familie", "Facebook-gruppe",
        "Instagram", "webinar", "VIP", "genbestilling", "reorder", "team lead", "bonus", "gave", "julemarked"};
    static final String[] NOTES = {"", "", "", "Mødt på julemarkedet; vil gerne have en prøve.",
        "Met at the spring fair; wants a follow-up call.", "Spørger til pris og levering.",
        "Interested in the business side, not the products.", "Har små børn, ring efter kl. 20.",
        "Søster til en kunde. Kan lide naturlige produkter.", "Prefers messages over calls.",
        "Var med til webinaret i marts og stillede gode spørgsmål.", "Allergic to nuts – check the ingredients."};
    static final String[] CHANNELS = {"email", "SMS", "Messenger", "mundtligt", "in person", "formular på hjemmeside"};
    static final String[] INTERACTION_TEXT = {"Ringede, fik fat i hende", "Called, left a voicemail",
        "Sendte prøver med posten", "Sent the product sheet", "Kaffe på café i byen", "Zoom presentation",
        "Talte om hudpleje og pris", "Asked about the starter kit", "Skrev på Messenger", "Follow-up on the sample",
        "Præsentation hjemme hos hende med to veninder", "Quick chat after the webinar", "Notat: vil vente til januar",
        "Answered questions about the bonus plan", "Bestilte igen", "Not answering, try next week"};
    static final String[] OUTCOMES = {"", "", "positiv", "wants to think about it", "ikke interesseret nu",
        "ordered", "booked a presentation", "vil have en prøve", "no answer", "ring igen om en måned"};

    /**
     * Seeds the default stages (named in {@code language}, as the app does at first start) and adds {@code count}
     * contacts spread unevenly over them, with extra phones and emails, tags, a follow-up date for most open cards,
     * consents, stage history, a few do-not-contact people (never in an open stage) and {@code interactions}
     * timeline entries before {@link #TODAY}. Fixed seed. Returns the new contact ids in order.
     */
    public static List<Long> contacts(Database db, int count, int interactions, Locale language) {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
        PipelineRepository pipeline = new PipelineRepository(db, new Changes(), clock);
        pipeline.seedIfEmpty(DefaultStage.named(new Messages(language, Bundles.ALL)));
        List<Stage> stages = pipeline.stages();
        // Share of contacts per stage, in board order: many leads, few presentations, a fair number of customers.
        double[] share = {0.24, 0.17, 0.11, 0.06, 0.09, 0.16, 0.05, 0.12};
        double[] stageCumulative = cumulative(share);
        Random random = new Random(16);
        List<Long> ids = new ArrayList<>(count);
        long first = number(db, "SELECT coalesce(max(id), 0) FROM contact") + 1;
        int[] positions = new int[stages.size()];
        boolean[] open = new boolean[count];
        Instant[] created = new Instant[count];
        Set<String> emails = new HashSet<>();
        db.dsl().transaction(cfg -> DSL.using(cfg).connection(c -> {
            try (PreparedStatement contact = c.prepareStatement("INSERT INTO contact (id, name, phone, email, notes, "
                    + "created_at, updated_at, stage_id, stage_position, stage_entered_at, last_touched_at, next_follow_up, "
                    + "do_not_contact, do_not_contact_reason, city, birthday, source, referred_by, interest, facebook, "
                    + "instagram, linkedin, tiktok) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement phone = c.prepareStatement(
                         "INSERT INTO contact_phone (contact_id, position, phone) VALUES (?, ?, ?)");
                 PreparedStatement email = c.prepareStatement(
                         "INSERT INTO contact_email (contact_id, position, email) VALUES (?, ?, ?)");
                 PreparedStatement tag = c.prepareStatement("INSERT INTO contact_tag (contact_id, tag) VALUES (?, ?)");
                 PreparedStatement history = c.prepareStatement(
                         "INSERT INTO stage_history (contact_id, stage_id, stage_name, entered_at) VALUES (?, ?, ?, ?)");
                 PreparedStatement consent = c.prepareStatement("INSERT INTO consent (contact_id, given_on, channel, "
                         + "wording, given, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                String[] sources = {"WARM_MARKET", "COLD_MARKET", "SOCIAL_MEDIA", "EVENT", "REFERRAL", null};
                String[] interests = {"CUSTOMER", "BUSINESS", "BOTH", null, null};
                for (int i = 0; i < count; i++) {
                    long id = first + i;
                    ids.add(id);
                    boolean danish = random.nextInt(10) < 8;
                    String given = danish ? pick(random, DANISH_FIRST) : pick(random, ENGLISH_FIRST);
                    String family = danish ? pick(random, DANISH_LAST) : pick(random, ENGLISH_LAST);
                    String name = random.nextInt(12) == 0
                            ? given + " " + pick(random, DANISH_LAST) + " " + family : given + " " + family;
                    Stage stage = stages.get(Math.min(stages.size() - 1, index(stageCumulative, random.nextDouble())));
                    int s = stages.indexOf(stage);
                    open[i] = stage.kind() == StageKind.OPEN;
                    Instant made = TODAY.minusDays(random.nextInt(5 * 365)).atTime(8 + random.nextInt(14), random.nextInt(60))
                            .atZone(ZONE).toInstant();
                    created[i] = made;
                    long sinceMade = Math.max(1, ChronoUnit.DAYS.between(made, TODAY.atStartOfDay(ZONE).toInstant()));
                    Instant entered = made.plus(random.nextLong(sinceMade), ChronoUnit.DAYS);
                    Instant touched = entered.plus(random.nextLong(Math.max(1,
                            ChronoUnit.DAYS.between(entered, TODAY.atStartOfDay(ZONE).toInstant()))), ChronoUnit.DAYS);
                    boolean dnc = !open[i] && random.nextInt(20) == 0;
                    String followUp = dnc || (!open[i] && random.nextInt(3) > 0) || random.nextInt(5) == 0 ? null
                            : TODAY.plusDays(random.nextInt(45) - 15).toString();
                    String phoneNumber = random.nextInt(15) == 0 ? "" : danish
                            ? String.format(Locale.ROOT, "+45 %02d %02d %02d %02d", 20 + random.nextInt(80),
                            random.nextInt(100), random.nextInt(100), random.nextInt(100))
                            : String.format(Locale.ROOT, "+44 7%03d %06d", random.nextInt(1000), random.nextInt(1_000_000));
                    String mail = random.nextInt(10) == 0 ? "" : mail(given, family, random, emails);
                    String source = sources[random.nextInt(sources.length)];
                    Long referredBy = "REFERRAL".equals(source) && i > 0 ? ids.get(random.nextInt(i)) : null;
                    String handle = (given + family).toLowerCase(Locale.ROOT).replace("ø", "oe").replace("æ", "ae")
                            .replace("å", "aa");
                    Object[] row = {id, name, phoneNumber, mail, pick(random, NOTES), made.toString(), touched.toString(),
                        stage.id(), positions[s]++ * 1024L, entered.toString(), touched.toString(), followUp, dnc ? 1 : 0,  // sparse keys, as V14 leaves them
                        dnc ? (danish ? "Har bedt om ikke at blive kontaktet" : "Asked not to be contacted") : "",
                        pick(random, CITIES), random.nextInt(3) == 0 ? LocalDate.of(1950 + random.nextInt(55),
                        1 + random.nextInt(12), 1 + random.nextInt(28)).toString() : null,
                        source, referredBy, interests[random.nextInt(interests.length)],
                        random.nextInt(3) == 0 ? "https://facebook.com/" + handle : "",
                        random.nextInt(4) == 0 ? "@" + handle : "", random.nextInt(10) == 0 ? "linkedin.com/in/" + handle : "",
                        random.nextInt(15) == 0 ? "@" + handle : ""};
                    bind(contact, row);
                    if (random.nextInt(6) == 0) {
                        bind(phone, id, 1, String.format(Locale.ROOT, "+45 %02d %02d %02d %02d", 20 + random.nextInt(80),
                                random.nextInt(100), random.nextInt(100), random.nextInt(100)));
                    }
                    if (random.nextInt(8) == 0) {
                        bind(email, id, 1, mail(given, family, random, emails));
                    }
                    Set<String> tags = new TreeSet<>();
                    for (int n = random.nextInt(4); n > 0; n--) {
                        tags.add(pick(random, CONTACT_TAGS));
                    }
                    for (String t : tags) {
                        bind(tag, id, t);
                    }
                    if (s > 0) {
                        bind(history, id, stages.get(0).id(), stages.get(0).name(), made.toString());
                    }
                    bind(history, id, stage.id(), stage.name(), entered.toString());
                    if (random.nextInt(2) == 0) {
                        LocalDate on = LocalDate.ofInstant(made, ZONE).plusDays(random.nextInt(30));
                        bind(consent, id, on.toString(), pick(random, CHANNELS), danish
                                ? "Ja tak til nyheder og tilbud på mail og SMS" : "Yes to news and offers by email",
                                1, made.toString());
                        if (random.nextInt(15) == 0) {
                            bind(consent, id, on.plusDays(30 + random.nextInt(300)).toString(), pick(random, CHANNELS),
                                    "", 0, made.toString());
                        }
                    }
                }
                flush(contact, phone, email, tag, history, consent);
                try (PreparedStatement interaction = c.prepareStatement("INSERT INTO interaction (contact_id, type, "
                        + "happened_on, text, outcome, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    String[] types = {"CALL", "CALL", "MESSAGE", "MESSAGE", "MEETING", "PRESENTATION", "NOTE"};
                    for (int k = 0; k < interactions; k++) {
                        // Square the draw: the first contacts (older ones, by id) get more entries than the last.
                        int i = (int) (count * Math.pow(random.nextDouble(), 1.6));
                        long days = Math.max(1, ChronoUnit.DAYS.between(created[i], TODAY.atStartOfDay(ZONE).toInstant()));
                        Instant when = created[i].plus(random.nextLong(days), ChronoUnit.DAYS);
                        bind(interaction, ids.get(i), pick(random, types), LocalDate.ofInstant(when, ZONE).toString(),
                                pick(random, INTERACTION_TEXT), pick(random, OUTCOMES), when.toString());
                    }
                    flush(interaction);
                }
            }
        }));
        return ids;
    }

    private static String mail(String given, String family, Random random, Set<String> used) {
        String local = (given + "." + family).toLowerCase(Locale.ROOT).replace("ø", "oe").replace("æ", "ae")
                .replace("å", "aa");
        String domain = pick(random, MAIL_DOMAINS);
        String mail = local + "@" + domain;
        for (int n = 2; !used.add(mail); n++) {
            mail = local + n + "@" + domain;
        }
        return mail;
    }

    // ---- calendar ---------------------------------------------------------------------------------

    static final String[][] WORK_TITLES = {
        {"Opfølgning med %s", "Follow-up call with %s"},
        {"Præsentation hos %s", "Presentation for %s"},
        {"Kaffe med %s", "Coffee with %s"},
        {"Ring til %s", "Call %s"}};
    static final String[] WORK_PLAIN = {"Teammøde", "Team call", "Webinar: nye produkter", "Ugentlig planlægning",
        "Bestillinger og levering", "Opdatér kundelisten", "Mentor-samtale", "Instagram-opslag", "Online training",
        "Produktlancering", "Bogføring", "Pakke ordrer", "Networking breakfast", "Messe i Bella Center"};
    static final String[] PERSONAL_TITLES = {"Tandlæge", "Frisør", "Fodbold med Bo", "Forældremøde", "Aftensmad hos mor",
        "Løbetur", "Yoga", "Lægen", "Fødselsdag", "Biograf", "Gym", "Dinner with friends", "Svømning med børnene",
        "Ferie-planlægning", "Kaffe med naboen", "Håndbold"};
    static final String[] LOCATIONS = {"", "", "", "Zoom", "Teams", "Café Norden", "Hjemme", "Aarhus C",
        "Odense Banegård", "Kontoret", "Fitness World", "Vesterbrogade 12, København V", "Google Meet"};

    /**
     * Adds {@code series} weekly repeating events (RRULE, from {@link #FIRST_DAY} until {@link #LAST_DAY}, a few
     * skipped dates each) and {@code singles} single events on random days in that span: work on weekdays in
     * working hours, some linked to one of {@code contactIds}; personal in the evenings and at weekends, some all
     * day. Fixed seed, one transaction.
     */
    public static void calendar(Database db, int singles, int series, List<Long> contactIds) {
        Random random = new Random(1616);
        Set<Long> blocked = contactIds.isEmpty() ? Set.of() : new HashSet<>(db.dsl().fetch(
                "SELECT id FROM contact WHERE do_not_contact = 1").getValues(0, Long.class));
        db.dsl().transaction(cfg -> DSL.using(cfg).connection(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO calendar_event (title, start_local, end_local, "
                    + "zone, all_day, location, notes, contact_id, category, kind, rrule, exdates, series_id, recurrence_id, "
                    + "reminder_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)")) {
                String[][] seriesTitles = {{"Teammøde", "TRAINING"}, {"Fodbold", "FAMILY"}, {"Yoga", "HEALTH"},
                    {"Ugeplan", "ADMIN"}, {"Webinar med upline", "TRAINING"}, {"Svømning med børnene", "FAMILY"},
                    {"Løbeklub", "HEALTH"}, {"Opfølgningsrunde", "FOLLOW_UP"}, {"Kor", "OTHER"},
                    {"Netværksmøde", "NETWORKING"}, {"Fri aften", "REST"}, {"Instagram-opslag", "PROSPECTING"}};
                DayOfWeek[] days = DayOfWeek.values();
                for (int s = 0; s < series; s++) {
                    Kind kind = Kind.valueOf(seriesTitles[s % seriesTitles.length][1]);
                    Set<DayOfWeek> on = new TreeSet<>(List.of(days[s % 7]));
                    if (s % 4 == 1) {
                        on.add(days[(s + 2) % 5]);
                    }
                    LocalDate firstDay = FIRST_DAY.with(java.time.temporal.TemporalAdjusters.nextOrSame(on.iterator().next()));
                    LocalDateTime start = firstDay.atTime(kind.isWork() ? 9 + s % 6 : 17 + s % 4, s % 2 == 0 ? 0 : 30);
                    String rule = new RepeatRule(RepeatRule.Freq.WEEKLY, s % 5 == 4 ? 2 : 1, on, LAST_DAY, null).toRrule();
                    List<String> skipped = new ArrayList<>();
                    for (int year = FIRST_DAY.getYear(); year <= LAST_DAY.getYear(); year++) {
                        // The week after Christmas and a summer week are skipped (if the series falls on them).
                        for (LocalDate d : List.of(LocalDate.of(year, 12, 24), LocalDate.of(year, 7, 14))) {
                            LocalDate hit = d.with(java.time.temporal.TemporalAdjusters.nextOrSame(on.iterator().next()));
                            if (s % 5 != 4) {
                                skipped.add(EXDATE.format(hit.atTime(start.toLocalTime())));
                            }
                        }
                    }
                    bind(insert, seriesTitles[s % seriesTitles.length][0] + (s >= seriesTitles.length ? " " + s : ""),
                            LOCAL.format(start), LOCAL.format(start.plusMinutes(45 + 15 * (s % 4))), ZONE.getId(), 0,
                            pick(random, LOCATIONS), "", null, kind.category().name(), kind.name(), rule,
                            String.join(",", skipped), s % 3 == 0 ? 15 : null);
                }
                int span = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
                Kind[] work = Kind.of(dk.netdesk.calendar.Category.WORK).toArray(Kind[]::new);
                Kind[] personal = Kind.of(dk.netdesk.calendar.Category.PERSONAL).toArray(Kind[]::new);
                for (int i = 0; i < singles; i++) {
                    LocalDate day = FIRST_DAY.plusDays(random.nextInt(span));
                    boolean weekend = day.getDayOfWeek().getValue() >= 6;
                    boolean isWork = weekend ? random.nextInt(5) == 0 : random.nextInt(10) < 7;
                    Kind kind = isWork ? pick(random, work) : pick(random, personal);
                    String title;
                    Long contact = null;
                    if (isWork && !contactIds.isEmpty() && random.nextInt(2) == 0) {
                        contact = contactIds.get(random.nextInt(contactIds.size()));
                        if (blocked.contains(contact) && kind.reachesOut()) {
                            kind = Kind.ADMIN;
                        }
                        String[] pair = pick(random, WORK_TITLES);
                        title = String.format(Locale.ROOT, pair[random.nextInt(2)], "#" + contact);
                    } else {
                        title = isWork ? pick(random, WORK_PLAIN) : pick(random, PERSONAL_TITLES);
                    }
                    boolean allDay = !isWork && random.nextInt(25) == 0;
                    LocalDateTime start;
                    LocalDateTime end;
                    if (allDay) {
                        start = day.atStartOfDay();
                        end = day.plusDays(1 + (random.nextInt(6) == 0 ? random.nextInt(4) : 0)).atStartOfDay();
                    } else {
                        int hour = isWork ? 8 + random.nextInt(9) : (weekend ? 9 + random.nextInt(12) : 17 + random.nextInt(5));
                        start = day.atTime(hour, random.nextInt(4) * 15);
                        end = start.plusMinutes(15L * (1 + random.nextInt(isWork ? 8 : 12)));
                    }
                    bind(insert, title, LOCAL.format(start), LOCAL.format(end), ZONE.getId(), allDay ? 1 : 0,
                            pick(random, LOCATIONS), random.nextInt(8) == 0 ? "Husk materialer / bring samples" : "",
                            contact, kind.category().name(), kind.name(), null, "",
                            random.nextInt(4) == 0 ? pick(random, new Integer[] {5, 10, 15, 30, 60, 1440}) : null);
                }
                flush(insert);
            }
            // Titles name the linked person, as the app's own event form suggests them.
            if (!contactIds.isEmpty()) {
                try (var s = c.createStatement()) {
                    s.executeUpdate("UPDATE calendar_event SET title = replace(title, '#' || contact_id, "
                            + "(SELECT name FROM contact WHERE id = contact_id)) WHERE contact_id IS NOT NULL");
                }
            }
        }));
    }

    // ---- library ----------------------------------------------------------------------------------

    /** The domain words the library benchmark's queries ask for; they sit among the common words. */
    public static final String[] DOMAIN_WORDS = ("pyramid scheme products customers price expensive follow up "
            + "presentation time skin care vitamin webinar team success story bonus coffee morning routine instagram post "
            + "mentor training course objection trust legal cream aloe vera shea butter serum moisturiser "
            + "too no family job evening weekend friend neighbour question answer sample order delivery return "
            + "opfølgning morgenrutine hud pleje kaffe tillid spørgsmål svar produkt kunde pris dyr tid "
            + "præsentation familie aften weekend ven nabo prøve ordre levering retur mærke kursus træning "
            + "blåbær æble øko sundhed glæde råd møde").split(" ");

    static final String[] ENGLISH_COMMON = ("the of and to a in is you that it for your on with are be this as "
            + "have can not or at they will we but if so what about from by all one do more when how their them "
            + "an just like my get people there was which time make up out who than been some also would her his "
            + "she he our because very into only other new use really good need know want help think first any "
            + "these way many then could best even most feel day work start keep try give ask tell find each over "
            + "after back well much before here why say where right take same still long share next same look "
            + "every week month year money life home free easy better great sure love").split(" ");
    static final String[] DANISH_COMMON = ("og i at det er en til på som de med for af ikke der var den har vi kan "
            + "om så skal men hvad du jeg vil ved et sig fra eller nu over ud når hvor efter bliver også kun mange "
            + "meget være få godt mere op her dig dem hun alle hos ny andre man sin helt lige hvis din dit mig "
            + "noget hele første år dag uge måned penge liv hjem gratis nemt bedre stor sikker elsker spørg fortæl "
            + "find hver tilbage altid aldrig måske måde tænk tid gang først sidste hjælp prøv brug giv tag se").split(" ");
    static final String[] LIBRARY_TAGS = {"indvending", "objection", "pris", "price", "hudpleje", "skin care",
        "opfølgning", "follow-up", "manuskript", "script", "Instagram", "Facebook", "TikTok", "webinar", "kursus",
        "course", "mentor", "succes", "success story", "produkt", "product", "vitamin", "aloe vera", "serum",
        "morgenrutine", "morning routine", "team", "rekruttering", "recruiting", "bonus", "tillid", "trust",
        "præsentation", "presentation", "nybegynder", "beginner", "jul", "Christmas", "tilbud", "offer", "lovgivning",
        "legal", "GDPR", "e-mail", "SMS", "messe", "fair", "kunde", "customer", "prøve", "sample", "levering",
        "delivery", "retur", "return", "motivation", "mindset", "tidsplan", "planning", "vegansk", "vegan",
        "økologisk", "organic", "familie", "family", "netværk", "network", "opslag", "post", "video", "podcast"};
    static final String[] COLLECTIONS = {"Indvendinger", "Objections", "Produktark", "Product sheets", "Kursusnoter",
        "Course notes", "Succeshistorier", "Success stories", "Opslag", "Social posts", "Mentor", "Firmaets materiale",
        "Company material", "Links", "Team", "Opstart", "Getting started", "Jul 2025", "Messe 2026", "Diverse"};

    private static final String[] ENGLISH_VOCABULARY = vocabulary(ENGLISH_COMMON, 11, 12_000);
    private static final String[] DANISH_VOCABULARY = vocabulary(DANISH_COMMON, 12, 12_000);
    private static final double[] VOCABULARY_CUMULATIVE = zipf(ENGLISH_VOCABULARY.length);
    private static final double[] TAG_CUMULATIVE = zipf(LIBRARY_TAGS.length);

    /**
     * Adds {@code items} library items, 60 % English and 40 % Danish, each body a run of sentences of
     * Zipf-distributed words (ranked: the language's common words, then the {@link #DOMAIN_WORDS}, then a long
     * tail of made-up words) of 164 to about 1,650 characters, 900 on average, and exactly {@code tags} tags in all
     * (0 to 5 an item, Zipf-drawn from a fixed list of English and Danish tags). Inserted through the schema's
     * triggers, one transaction, so {@code library_fts} holds title, body and tags as the app writes them.
     */
    public static void library(Database db, int items, int tags, PrintStream progress) {
        Random random = new Random(160_016);
        int[] tagCounts = tagCounts(items, tags, random);
        Instant origin = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
        long spanSeconds = ChronoUnit.SECONDS.between(origin, TODAY.atStartOfDay(ZoneOffset.UTC).toInstant());
        String[] kinds = {"OBJECTION_SCRIPT", "PRODUCT_SHEET", "TRAINING_NOTE", "TRAINING_NOTE", "SUCCESS_STORY",
            "SOCIAL_POST", "SOCIAL_POST", "LINK", "FILE"};
        String[] sources = {"MENTOR", "COURSE", "COMPANY", "OWN", "OWN"};
        // Each tag rewrites its item's search row, as in the app. The old rows hold nothing but generated text, so
        // overwriting them as the app's connection does (secure_delete) would only make this slower (about 1.7x).
        db.dsl().execute("PRAGMA secure_delete = OFF");
        db.dsl().transaction(cfg -> DSL.using(cfg).connection(c -> {
            try (var s = c.createStatement()) {
                for (String name : COLLECTIONS) {
                    s.executeUpdate("INSERT OR IGNORE INTO library_collection (name) VALUES ('" + name + "')");
                }
            }
            List<Long> collectionIds = new ArrayList<>();
            try (var s = c.createStatement(); var rows = s.executeQuery("SELECT id FROM library_collection ORDER BY id")) {
                while (rows.next()) {
                    collectionIds.add(rows.getLong(1));
                }
            }
            long first;
            try (var s = c.createStatement(); var rows = s.executeQuery("SELECT coalesce(max(id), 0) FROM library_item")) {
                first = rows.next() ? rows.getLong(1) + 1 : 1;
            }
            try (PreparedStatement item = c.prepareStatement("INSERT INTO library_item (id, title, kind, body, source, "
                    + "language, url, collection_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement tag = c.prepareStatement("INSERT INTO library_tag (item_id, tag) VALUES (?, ?)")) {
                for (int i = 0; i < items; i++) {
                    long id = first + i;
                    boolean danish = random.nextInt(10) < 4;
                    String[] vocabulary = danish ? DANISH_VOCABULARY : ENGLISH_VOCABULARY;
                    String title = capitalise(words(random, vocabulary, 2 + random.nextInt(6)));
                    String kind = pick(random, kinds);
                    Instant created = origin.plusSeconds(random.nextLong(spanSeconds));
                    Instant updated = random.nextInt(4) == 0
                            ? created.plusSeconds(random.nextLong(ChronoUnit.SECONDS.between(created,
                            TODAY.atStartOfDay(ZoneOffset.UTC).toInstant()) + 1)) : created;
                    bind(item, id, title, kind, body(random, vocabulary, 164 + random.nextInt(1_401)), pick(random, sources),
                            danish ? "da" : "en", "LINK".equals(kind) ? "https://example.com/" + id : "",
                            random.nextInt(6) == 0 ? null : collectionIds.get(random.nextInt(collectionIds.size())),
                            created.toString(), updated.toString());
                    // An item's tags follow its row, as LibraryRepository writes them: the trigger fills library_fts.
                    Set<String> chosen = new LinkedHashSet<>();
                    while (chosen.size() < tagCounts[i]) {
                        chosen.add(LIBRARY_TAGS[index(TAG_CUMULATIVE, random.nextDouble())]);
                    }
                    if (!chosen.isEmpty()) {
                        item.executeBatch();
                        for (String t : chosen) {
                            bind(tag, id, t);
                        }
                        tag.executeBatch();
                    }
                    if ((i + 1) % 20_000 == 0) {
                        item.executeBatch();
                        progress.printf(Locale.ROOT, "big-folder: library %,d of %,d%n", i + 1, items);
                    }
                }
                flush(item, tag);
            }
        }));
        db.dsl().execute("PRAGMA secure_delete = ON");
    }

    /** How many tags each item gets: 0 to 5, summing to exactly {@code total} (at most 5 an item). */
    private static int[] tagCounts(int items, int total, Random random) {
        int[] counts = new int[items];
        double[] share = {0.12, 0.33, 0.32, 0.15, 0.06, 0.02};
        double[] cumulative = cumulative(share);
        long sum = 0;
        for (int i = 0; i < items; i++) {
            counts[i] = index(cumulative, random.nextDouble());
            sum += counts[i];
        }
        int limit = Math.min(total, items * 5);
        while (sum != limit) {
            int i = random.nextInt(items);
            if (sum < limit && counts[i] < 5) {
                counts[i]++;
                sum++;
            } else if (sum > limit && counts[i] > 0) {
                counts[i]--;
                sum--;
            }
        }
        return counts;
    }

    /**
     * Natural text is Zipf-distributed: a few words are everywhere, most are rare. The ranks are the common
     * words first, then the domain words spread from rank 20 on, then made-up filler words up to {@code size}.
     */
    private static String[] vocabulary(String[] common, long seed, int size) {
        Random random = new Random(seed);
        String[] syllables = "ka lo mi ne su ta re vo pi da en or al is un fe gu hy ja be sk st ri".split(" ");
        List<String> words = new ArrayList<>(new LinkedHashSet<>(List.of(common)));
        Set<String> seen = new HashSet<>(words);
        seen.addAll(List.of(DOMAIN_WORDS));
        while (words.size() < size - DOMAIN_WORDS.length) {
            StringBuilder word = new StringBuilder();
            for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            if (seen.add(word.toString())) {
                words.add(word.toString());
            }
        }
        for (int i = 0; i < DOMAIN_WORDS.length; i++) {
            words.add(Math.min(words.size(), 20 + i * 15), DOMAIN_WORDS[i]);
        }
        return words.toArray(String[]::new);
    }

    private static String body(Random random, String[] vocabulary, int length) {
        StringBuilder text = new StringBuilder(length + 100);
        while (text.length() < length) {
            if (!text.isEmpty()) {
                text.append(random.nextInt(6) == 0 ? "\n\n" : " ");
            }
            text.append(capitalise(words(random, vocabulary, 5 + random.nextInt(14))))
                    .append(random.nextInt(8) == 0 ? "?" : ".");
        }
        return text.toString();
    }

    private static String words(Random random, String[] vocabulary, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(random.nextInt(12) == 0 ? ", " : " ");
            }
            text.append(vocabulary[Math.min(vocabulary.length - 1, index(VOCABULARY_CUMULATIVE, random.nextDouble()))]);
        }
        return text.toString();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** Cumulative probabilities of rank 1..size under Zipf's law (weight 1 / rank). */
    private static double[] zipf(int size) {
        double[] weights = new double[size];
        for (int i = 0; i < size; i++) {
            weights[i] = 1.0 / (i + 1);
        }
        return cumulative(weights);
    }

    private static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            sums[i] = total;
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= total;
        }
        return sums;
    }

    private static int index(double[] cumulative, double draw) {
        int found = Arrays.binarySearch(cumulative, draw);
        return Math.min(cumulative.length - 1, found < 0 ? -found - 1 : found);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }

    private static void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }
}
