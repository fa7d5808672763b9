package dk.netdesk.app;

import dk.netdesk.contacts.Contact;
import dk.netdesk.db.Changes;
import dk.netdesk.db.DataDirectory;
import dk.netdesk.db.Database;
import dk.netdesk.db.InstanceLock;
import dk.netdesk.db.Settings;
import dk.netdesk.exchange.ContactsExport;
import dk.netdesk.exchange.ContactsExportViewModel;
import dk.netdesk.exchange.ExportFormat;
import dk.netdesk.exchange.Progress;
import dk.netdesk.exchange.WriteProblem;
import dk.netdesk.ui.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The command line: the same launcher with a command as its first argument (after any
 * {@code --data-dir DIR}). Commands run on the services the app uses ({@link Core}), without a window:
 * <pre>
 * netdesk export contacts FILE.vcf|FILE.csv [--include-blocked] [--data-dir DIR]
 * netdesk export person ID|"NAME" DIR|FILE.zip [--data-dir DIR]
 * netdesk import contacts FILE [--stage NAME] [--tag TAG]... [--duplicates skip|merge|create] [--consent] [--data-dir DIR]
 * netdesk import calendar FILE.ics --category work|personal [--data-dir DIR]
 * netdesk export calendar FILE.ics [--data-dir DIR]
 * netdesk help
 * </pre>
 * Exit 0 with one summary line on stdout; otherwise a non-zero code ({@link Netdesk}'s start-up codes,
 * {@link #EXIT_USAGE} for a bad command, {@link #EXIT_FAILED} when the work could not be done) with a
 * one-line reason on stderr that names the file and what is wrong. Arguments are checked before the
 * data folder is opened, so a bad command writes nothing. A data folder held by the running app is
 * refused with its "already running" message.
 */
final class CommandLine {

    /** A command that could not be understood (a bad file name ending, a missing argument). */
    static final int EXIT_USAGE = Netdesk.EXIT_USAGE;
    /** The command was understood but could not be done (no such person, the file could not be written). */
    static final int EXIT_FAILED = 1;

    private static final Set<String> COMMANDS = Set.of("export", "import", "help");

    private CommandLine() {
    }

    /** True when {@code args} hold a command: their first word, after any {@code --data-dir DIR}, is one. */
    static boolean isCommand(String[] args) {
        int i = 0;
        while (i + 1 < args.length && "--data-dir".equals(args[i])) {
            i += 2;
        }
        return i < args.length && COMMANDS.contains(args[i]);
    }

    /** Runs the command in {@code args} with the system clock; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        // The clock is made only once logging is set up: the first time zone lookup loads ical4j's zone
        // provider, which logs, and logging set up before the log folder is known would print to stdout.
        return run(args, out, err, null, new Messages(Locale.getDefault(), Bundles.ALL)); // machine locale: picks Danish or English
    }

    /**
     * Runs the command in {@code args}; returns the exit code. {@code clock} is the export's "now", or
     * null for the system clock (made after logging is set up).
     */
    static int run(String[] args, PrintStream out, PrintStream err, Clock clock, Messages messages) {
        List<String> words = new ArrayList<>();
        String dataDirArgument = null;
        boolean includeBlocked = false;
        String category = null;
        // import contacts (ContactImportCommand); importOption names the first of them given
        String stage = null;
        List<String> tags = new ArrayList<>();
        String duplicates = null;
        boolean consent = false;
        String importOption = null;
        args = joined(args);
        for (int i = 0; i < args.length; i++) {
            if (VALUES.containsKey(args[i])) {
                String option = args[i];
                String wanted = VALUES.get(option);
                if (option.equals("--duplicates") && (i + 1 >= args.length || args[i + 1].startsWith("--"))) {
                    return fail(err, EXIT_USAGE, messages.get("cli.import.duplicatesMissing"));
                }
                if (i + 1 >= args.length) {
                    return fail(err, EXIT_USAGE, messages.format("cli.missing", option, wanted));
                }
                if (args[i + 1].startsWith("--")) {
                    return fail(err, EXIT_USAGE, messages.format("cli.badValue", option, wanted, args[i + 1]));
                }
            }
            switch (args[i]) {
                case "--data-dir" -> dataDirArgument = args[++i];
                case "--include-blocked" -> includeBlocked = true;
                case "--category" -> category = args[++i];
                case "--stage", "--tag", "--duplicates" -> {
                    importOption = importOption == null ? args[i] : importOption;
                    String value = args[++i];
                    switch (args[i - 1]) {
                        case "--stage" -> stage = value;
                        case "--tag" -> tags.add(value);
                        default -> {
                            duplicates = value;
                            if (!ContactImportCommand.DUPLICATES.contains(value.strip().toLowerCase(Locale.ROOT))) {
                                return fail(err, EXIT_USAGE, messages.format("cli.import.badDuplicates", value));
                            }
                        }
                    }
                }
                case "--consent" -> {
                    importOption = importOption == null ? args[i] : importOption;
                    consent = true;
                }
                case "--help", "-h" -> {
                    out.println(messages.get("cli.help"));
                    return 0;
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        return fail(err, EXIT_USAGE, messages.format("cli.unknownOption", args[i]));
                    }
                    words.add(args[i]);
                }
            }
        }
        if (words.isEmpty() || !COMMANDS.contains(words.get(0))) {
            return fail(err, EXIT_USAGE, unknownCommand(words, messages));
        }
        if (words.get(0).equals("help")) {
            out.println(messages.get("cli.help"));
            return 0;
        }
        if (words.size() >= 2 && words.get(0).equals("import") && words.get(1).equals("contacts") && !includeBlocked
                && category == null) {
            return ContactImportCommand.run(words, new ContactImportCommand.Options(stage, tags, duplicates, consent),
                    DataDirectory.resolve(dataDirArgument), out, err, messages,
                    (dir, file, work) -> withCore(dir, clock, messages, out, err, work, file, true));
        }
        if (importOption != null) {
            return fail(err, EXIT_USAGE, messages.format("cli.import.onlyContacts", importOption));
        }
        if (words.size() >= 2 && words.get(1).equals("calendar") && !includeBlocked) {
            boolean importing = words.get(0).equals("import");
            return CalendarCommands.run(words, category, DataDirectory.resolve(dataDirArgument), out, err, messages,
                    (dir, file, work) -> withCore(dir, clock, messages, out, err, work, file, importing));
        }
        if (words.get(0).equals("import") || category != null
                || words.size() < 2 || !Set.of("contacts", "person").contains(words.get(1))) {
            return fail(err, EXIT_USAGE, unknownCommand(words, messages));
        }
        Path dataDir = DataDirectory.resolve(dataDirArgument);
        if (words.get(1).equals("contacts")) {
            if (words.size() != 3) {
                return fail(err, EXIT_USAGE, messages.format("cli.missing", "export contacts", "FILE.vcf|FILE.csv"));
            }
            Path file = Path.of(words.get(2)).toAbsolutePath();
            if (ExportFormat.of(file).isEmpty()) {
                return fail(err, EXIT_USAGE, messages.format("cli.badExtension", file));
            }
            if (!Files.isDirectory(file.getParent())) {
                return fail(err, EXIT_FAILED, messages.format("cli.noFolder", file, file.getParent()));
            }
            boolean blocked = includeBlocked;
            return withCore(dataDir, clock, messages, out, err, core -> {
                ContactsExport.Result result = core.contactsExport.export(file, ExportFormat.of(file).orElseThrow(),
                        blocked, Progress.none());
                out.println(ContactsExportViewModel.summaryOf(messages, result));
                return 0;
            }, file, false);
        }
        if (includeBlocked) {
            return fail(err, EXIT_USAGE, messages.get("cli.includeBlockedOnlyContacts"));
        }
        if (words.size() != 4) {
            return fail(err, EXIT_USAGE, messages.format("cli.missing", "export person", "ID|\"NAME\" DIR|FILE.zip"));
        }
        String who = words.get(2);
        Path target = Path.of(words.get(3)).toAbsolutePath();
        boolean zip = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        if (zip && !Files.isDirectory(target.getParent())) {
            return fail(err, EXIT_FAILED, messages.format("cli.noFolder", target, target.getParent()));
        }
        if (!zip && Files.exists(target) && !Files.isDirectory(target)) {
            return fail(err, EXIT_USAGE, messages.format("cli.notFolder", target));
        }
        return withCore(dataDir, clock, messages, out, err, core -> {
            Contact person = find(core, who, dataDir, messages);
            Path written = zip ? core.personExport.exportZip(person.id(), target)
                    : core.personExport.export(person.id(), target);
            out.println(messages.format("cli.exportedPerson", person.name(), written));
            return 0;
        }, target, false);
    }

    /** The options that take a value, and how the help names the value. */
    private static final java.util.Map<String, String> VALUES = java.util.Map.of("--data-dir", "DIR",
            "--category", "work|personal", "--stage", "NAME", "--tag", "TAG", "--duplicates", "skip|merge|create");

    /** {@code --option=value} as the two words {@code --option value}, for the options that take a value. */
    private static String[] joined(String[] args) {
        List<String> split = new ArrayList<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 2 && VALUES.containsKey(arg.substring(0, equals))) {
                split.add(arg.substring(0, equals));
                split.add(arg.substring(equals + 1));
            } else {
                split.add(arg);
            }
        }
        return split.toArray(String[]::new);
    }

    /** The words of {@code args} from {@code from} on that are not options or an option's value. */
    static List<String> words(String[] args, int from) {
        List<String> words = new ArrayList<>();
        String[] all = joined(args);
        for (int i = from; i < all.length; i++) {
            if (VALUES.containsKey(all[i])) {
                i++;
            } else if (!all[i].startsWith("--")) {
                words.add(all[i]);
            }
        }
        return words;
    }

    /** The commands, each with what it works on, for suggesting one when a word is mistyped. */
    private static final List<List<String>> KNOWN = List.of(List.of("export", "contacts"), List.of("export", "person"),
            List.of("export", "calendar"), List.of("import", "contacts"), List.of("import", "calendar"), List.of("help"));

    /**
     * "netdesk: unknown command "imprt contacts a.csv"; did you mean "import contacts"? See netdesk --help.", or
     * without a suggestion when no command is close (each word at most two letters off).
     */
    static String unknownCommand(List<String> words, Messages messages) {
        String given = String.join(" ", words);
        String suggestion = suggestion(words);
        return suggestion == null ? messages.format("cli.unknownCommand", given)
                : messages.format("cli.unknownCommand.suggest", given, suggestion);
    }

    /** The known command closest to the first one or two of {@code words}, or null when none is close or it is the same. */
    static String suggestion(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (List<String> command : KNOWN) {
            int distance = 0;
            for (int i = 0; i < command.size(); i++) {
                String word = i < words.size() ? words.get(i).toLowerCase(Locale.ROOT) : "";
                int d = distance(word, command.get(i));
                if (d > 2) {
                    distance = Integer.MAX_VALUE;
                    break;
                }
                distance += d;
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = String.join(" ", command);
            }
        }
        if (best == null || bestDistance == 0) {
            return null;
        }
        return best;
    }

    /** The edit distance (insertions, deletions, substitutions, swapped neighbours) between two words. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The work of one command on the opened services; throws {@link Refused} to stop with a reason. */
    @FunctionalInterface
    interface Work {
        int run(Core core) throws IOException, Refused;
    }

    /** A reason to stop, already in words. */
    static final class Refused extends Exception {
        Refused(String text) {
            super(text, null, false, false);
        }
    }

    /**
     * Locks and opens the data folder, runs {@code work} on the services, and closes it again; turns every failure
     * into its one line. A folder without {@code netdesk.db} is refused (nothing is created), except for an import
     * ({@code mayCreate}) into a folder that does not exist yet or is empty: that starts a new database there, as
     * the app's first start does, and says so on {@code out}.
     */
    private static int withCore(Path dataDir, Clock clock, Messages messages, PrintStream out, PrintStream err, Work work,
                                Path file, boolean mayCreate) {
        if (!Files.isRegularFile(dataDir.resolve(Database.FILE_NAME))) {
            if (!mayCreate) {
                return fail(err, Netdesk.EXIT_CANNOT_OPEN, messages.format("cli.noData", dataDir));
            }
            if (!emptyOrMissing(dataDir)) {
                return fail(err, Netdesk.EXIT_CANNOT_OPEN, messages.format("cli.notDataFolder", dataDir));
            }
            out.println(messages.format("cli.createdData", dataDir));
        }
        System.setProperty(LogSetup.LOG_DIR_PROPERTY, dataDir.resolve("logs").toString());
        System.setProperty(LogSetup.CONSOLE_TO_STDERR_PROPERTY, "true");
        Thread logging = Netdesk.startLogging(dataDir);
        try {
            InstanceLock lock;
            try {
                lock = InstanceLock.acquire(dataDir);
            } catch (InstanceLock.AlreadyRunningException e) {
                return fail(err, Netdesk.EXIT_ALREADY_RUNNING, messages.format("cli.alreadyRunning", dataDir));
            }
            Database database;
            try {
                database = Database.open(dataDir, lock);
            } catch (Exception e) {
                Netdesk.Refusal refusal = Netdesk.refusal(e, messages, dataDir);
                return fail(err, refusal.exitCode(), refusal.text());
            }
            try (database) {
                Changes changes = new Changes();
                return work.run(new Core(database, changes, new Settings(database, changes), messages,
                        clock == null ? Clock.systemDefaultZone() : clock));
            } catch (Refused e) {
                return fail(err, EXIT_FAILED, e.getMessage());
            } catch (IOException e) {
                return fail(err, EXIT_FAILED, messages.format("cli.writeFailed", file, WriteProblem.describe(e, messages)));
            }
        } catch (IOException e) {
            return fail(err, Netdesk.EXIT_CANNOT_OPEN, Netdesk.refusal(e, messages, dataDir).text());
        } finally {
            Netdesk.awaitLogging(logging);
        }
    }

    /** True if {@code dataDir} does not exist, or holds nothing but what Netdesk itself leaves there (logs, the lock). */
    private static boolean emptyOrMissing(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return true;
        }
        if (!Files.isDirectory(dataDir)) {
            return false;
        }
        try (var entries = Files.list(dataDir)) {
            return entries.map(p -> p.getFileName().toString()).allMatch(n -> n.equals("logs") || n.equals("netdesk.lock"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The contact that {@code who} names: an id (digits), or a name that only one contact has, compared as a person
     * reads it (case, NFC, kinds of space and invisible marks ignored: {@link dk.netdesk.db.TextOrder#same}).
     */
    private static Contact find(Core core, String who, Path dataDir, Messages messages) throws Refused {
        String wanted = dk.netdesk.db.PlainText.line(who);
        if (wanted.matches("\\d{1,18}")) {
            return core.contactService.find(Long.parseLong(wanted)).orElseThrow(
                    () -> new Refused(messages.format("cli.noPerson", wanted, dataDir)));
        }
        List<Contact> named = core.contactService.findAll().stream()
                .filter(c -> dk.netdesk.db.TextOrder.same(c.name(), wanted)).toList();
        if (named.isEmpty()) {
            throw new Refused(messages.format("cli.noPersonNamed", wanted, dataDir));
        }
        if (named.size() > 1) {
            throw new Refused(messages.format("cli.ambiguous", named.size(), wanted,
                    String.join(", ", named.stream().map(c -> String.valueOf(c.id())).toList())));
        }
        return named.get(0);
    }

    /** Prints {@code text} on one line to {@code err} and returns {@code code}. */
    private static int fail(PrintStream err, int code, String text) {
        err.println(text.replaceAll("\\s*\\R\\s*", " ").strip());
        return code;
    }
}
