package dk.netdesk.app;

import dk.netdesk.db.BackupFolderPointer;
import dk.netdesk.db.DamagedFileRestore;
import dk.netdesk.db.DataDirectory;
import dk.netdesk.db.Database;
import dk.netdesk.db.DatabaseDamagedException;
import dk.netdesk.db.DatabaseReadOnlyException;
import dk.netdesk.db.DatabaseTooNewException;
import dk.netdesk.db.FileModes;
import dk.netdesk.db.NotNetdeskDatabaseException;
import dk.netdesk.db.InstanceLock;
import dk.netdesk.ui.ErrorReporter;
import dk.netdesk.ui.FxBackground;
import dk.netdesk.ui.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;

/**
 * The main class (it does not extend {@code Application}, so it runs from a plain class path).
 * It reads the arguments, locks and opens the database, and only then starts the window.
 */
public final class Netdesk {

    /** Exit codes for the start-up failures a user can meet. */
    static final int EXIT_USAGE = 2;
    static final int EXIT_ALREADY_RUNNING = 3;
    static final int EXIT_TOO_NEW = 4;
    static final int EXIT_CANNOT_OPEN = 5;
    static final int EXIT_DAMAGED = 6;
    static final int EXIT_NOT_NETDESK = 7;
    static final int EXIT_READ_ONLY = 8;

    private Netdesk() {
    }

    public static void main(String[] args) {
        // A command (netdesk export …) ends the process itself, also on success: it opens no window.
        boolean command = CommandLine.isCommand(args);
        int code = start(args, System.out, System.err);
        if (code != 0 || command) {
            System.exit(code);
        }
    }

    /** Starts the app, or runs a command ({@link CommandLine}); returns a non-zero exit code when it cannot. */
    static int start(String[] args, PrintStream out, PrintStream err) {
        if (CommandLine.isCommand(args)) {
            return CommandLine.run(args, out, err);
        }
        Messages messages = new Messages(Locale.getDefault(), Bundles.ALL); // machine locale: picks Danish or English
        String dataDirArgument = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> {
                    if (i + 1 >= args.length) {
                        err.println(messages.format("cli.missing", "--data-dir", "DIR"));
                        return EXIT_USAGE;
                    }
                    dataDirArgument = args[++i];
                }
                case "--version" -> {
                    out.println("Netdesk " + Version.current());
                    return 0;
                }
                case "--help", "-h" -> {
                    out.println(messages.get("cli.help"));
                    return 0;
                }
                default -> {
                    // One line, as every usage error of the command line: a word is a mistyped command.
                    err.println(args[i].startsWith("-") ? messages.format("cli.unknownOption", args[i])
                            : CommandLine.unknownCommand(CommandLine.words(args, i), messages));
                    return EXIT_USAGE;
                }
            }
        }
        Path dataDir = DataDirectory.resolve(dataDirArgument);
        System.setProperty(LogSetup.LOG_DIR_PROPERTY, dataDir.resolve("logs").toString());
        Thread logging = startLogging(dataDir);
        try {
            return run(dataDir, messages, err);
        } finally {
            awaitLogging(logging);
        }
    }

    /** Locks and opens the data folder and runs the window until it closes; returns the exit code. */
    private static int run(Path dataDir, Messages messages, PrintStream err) {
        InstanceLock lock;
        try {
            lock = InstanceLock.acquire(dataDir);
        } catch (InstanceLock.AlreadyRunningException e) {
            return refuse(err, messages, messages.format("startup.alreadyRunning", dataDir), EXIT_ALREADY_RUNNING);
        } catch (IOException e) {
            Refusal refusal = java.nio.file.Files.isDirectory(dataDir) && !java.nio.file.Files.isWritable(dataDir)
                    ? refusal(new DatabaseReadOnlyException(dataDir), messages, dataDir)
                    : refusal(e, messages, dataDir);
            return refuse(err, messages, refusal.text(), refusal.exitCode());
        }

        // The one system clock: everything that needs "now" or "today" is handed this.
        Clock clock = Clock.systemDefaultZone();
        ErrorReporter errors = new ErrorReporter(messages, clock);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> errors.report(error));
        FxBackground background = new FxBackground(errors::report);
        // The database opens (migrations, settings) while the JavaFX toolkit starts: the window comes sooner.
        CompletableFuture<AppContext> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(openContext(dataDir, lock, background, messages, clock, errors));
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "netdesk-open");
        opener.start();
        if (!hasDisplay()) {
            // No window can open: say at once what is wrong with the database, if anything.
            try {
                opening.join();
            } catch (CompletionException e) {
                Refusal refusal = refusal(e.getCause(), messages, dataDir);
                err.println(refusal.text());
                return refusal.exitCode();
            }
        }
        return NetdeskApp.launch(opening, errors, background, messages, failure -> refusal(failure, messages, dataDir), err,
                backup -> restoreAndOpen(dataDir, backup, background, messages, clock, errors));
    }

    /**
     * Opens the database with {@code lock} taken, and builds the app on it with its settings loaded:
     * what the "netdesk-open" thread does while the toolkit starts. Call off the JavaFX thread.
     *
     * @throws Exception as {@link Database#open(Path, InstanceLock)}; the lock is released then
     */
    static AppContext openContext(Path dataDir, InstanceLock lock, FxBackground background, Messages messages,
                                  Clock clock, ErrorReporter errors) throws Exception {
        // the machine's region decides only the print preview's first paper, never languages or digits (decision 0040)
        Locale region = Locale.getDefault(Locale.Category.FORMAT); // machine locale: the paper's region
        AppContext context = new AppContext(Database.open(dataDir, lock), background, messages, clock,
                Netdesk::tickOnTimerThread, new dk.netdesk.ui.FxTimer(), region);
        // A committed write means a full disk or a lock is over: the next such failure is shown again.
        context.whenWritten(errors::writeSucceeded);
        context.shell().loadAtStart(Locale.getDefault()); // machine locale: the language when none is stored
        return context;
    }

    /** An app opened on a restored backup, and where the damaged file it replaced is kept. */
    record Restored(AppContext context, Path kept) {
    }

    /**
     * The start-up restore the user chose in the dialog: locks the data folder again, puts
     * {@code backup} in place of the damaged file ({@link DamagedFileRestore#restore}, which keeps the
     * damaged file as {@code netdesk.db.damaged-<time>}), then opens the app on it as at a normal start.
     * Call off the JavaFX thread.
     *
     * @throws Exception the folder is locked by another Netdesk, the restore failed (files as they were),
     *                   or the restored file could not be opened; the lock is released then
     */
    static Restored restoreAndOpen(Path dataDir, Path backup, FxBackground background, Messages messages, Clock clock,
                                   ErrorReporter errors) throws Exception {
        InstanceLock lock = InstanceLock.acquire(dataDir);
        Path kept;
        try {
            kept = DamagedFileRestore.restore(dataDir, backup, clock.instant());
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
        return new Restored(openContext(dataDir, lock, background, messages, clock, errors), kept);
    }

    /**
     * Why Netdesk will not start with this data folder, and the exit code that says so. {@code text}
     * is what is printed (and shown when there is no offer); {@code offer} is the backup to offer
     * instead of a damaged file, or null.
     */
    record Refusal(String text, int exitCode, RestoreOffer offer) {
        Refusal(String text, int exitCode) {
            this(text, exitCode, null);
        }
    }

    /**
     * A good backup that can replace a damaged database file at start.
     *
     * @param file    the damaged database file
     * @param backup  the backup file
     * @param takenAt when it was written, in the user's zone
     * @param text    what the dialog says: what is wrong, then what restoring does
     */
    record RestoreOffer(Path file, Path backup, ZonedDateTime takenAt, String text) {
    }

    /**
     * The plain words for a failure to open the data folder. Damaged, foreign, write-protected and
     * newer files each say what is wrong and what to do; only other I/O errors get the advice to
     * check the folder. {@code dataDir} is the data folder; the backups are in its {@code backups}.
     */
    static Refusal refusal(Throwable failure, Messages messages, Path dataDir) {
        return refusal(failure, messages, dataDir, ZoneId.systemDefault());
    }

    /**
     * As {@link #refusal(Throwable, Messages, Path)}, with backup times shown in {@code zone}. For a
     * damaged file, looks for the newest good backup ({@link DamagedFileRestore#newestGoodBackup}, which
     * reads the backups): with one, the text says how to restore it by hand and the refusal carries the
     * offer; without, the text says there is no backup to restore.
     */
    static Refusal refusal(Throwable failure, Messages messages, Path dataDir, ZoneId zone) {
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Netdesk.class);
        Path backups = dataDir.resolve("backups");
        if (failure instanceof DatabaseTooNewException e) {
            return new Refusal(messages.format("startup.tooNew", e.file(), e.fileVersion(), e.knownVersion()), EXIT_TOO_NEW);
        }
        if (failure instanceof DatabaseDamagedException e) {
            log.error("Refused the database file: {}", e.getMessage());
            String key = switch (e.reason()) {
                case EMPTY -> "startup.damaged.empty";
                case NOT_SQLITE -> "startup.damaged.notSqlite";
                case DAMAGED -> "startup.damaged.damaged";
            };
            return damaged(e, messages.format(key, e.file()), messages, dataDir, zone);
        }
        if (failure instanceof NotNetdeskDatabaseException e) {
            log.error("Refused the database file: {}", e.getMessage());
            // Point to a folder that holds a good backup, or say there is none (not a folder that does not exist).
            Optional<Path> backup = DamagedFileRestore.newestGoodBackup(dataDir);
            return new Refusal(backup.isPresent()
                    ? messages.format("startup.notNetdesk", e.file(), backup.get().getParent())
                    : messages.format("startup.notNetdesk.noBackup", e.file(), backups), EXIT_NOT_NETDESK);
        }
        if (failure instanceof DatabaseReadOnlyException e) {
            log.error("Refused the database file: {}", e.getMessage());
            return new Refusal(messages.format("startup.readOnly", e.path()), EXIT_READ_ONLY);
        }
        org.slf4j.LoggerFactory.getLogger(Netdesk.class).error("Cannot open the database", failure);
        return new Refusal(messages.format("startup.cannotOpen", dataDir, String.valueOf(failure.getMessage())),
                EXIT_CANNOT_OPEN);
    }

    /**
     * Makes the data folder private ({@link #tighten}) and then sets up logging ({@link LogSetup}), on a
     * thread of its own, so that the window does not wait for either. What is logged meanwhile, from any thread, is kept by SLF4J and written once it is set up;
     * SLF4J's note on stderr that it did so is turned off.
     */
    static Thread startLogging(Path dataDir) {
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        Thread logging = new Thread(() -> {
            // Before the first log line: the folders 0700 and the files 0600 (POSIX), an older install tightened.
            IOException notTightened = tighten(dataDir);
            org.slf4j.LoggerFactory.getILoggerFactory();
            if (notTightened != null) {
                org.slf4j.LoggerFactory.getLogger(Netdesk.class).warn("Could not make {} private to this user",
                        dataDir, notTightened);
            }
        }, "netdesk-logging");
        logging.setDaemon(true);
        logging.start();
        return logging;
    }

    /** Waits (at most 10 s) until logging is set up, so that what was logged meanwhile is written before the process ends. */
    static void awaitLogging(Thread logging) {
        try {
            logging.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The refusal of a damaged file whose plain words are {@code problem}: with the newest good backup
     * (a file that vanishes meanwhile counts as none), the hint to restore it by hand and the offer;
     * without, the words that there is no backup to restore and where Netdesk looked.
     */
    private static Refusal damaged(DatabaseDamagedException e, String problem, Messages messages, Path dataDir,
                                   ZoneId zone) {
        Optional<Path> backup = DamagedFileRestore.newestGoodBackup(dataDir);
        ZonedDateTime takenAt = null;
        if (backup.isPresent()) {
            try {
                takenAt = DamagedFileRestore.backupTime(backup.get()).atZone(zone);
            } catch (IOException gone) {
                org.slf4j.LoggerFactory.getLogger(Netdesk.class).warn("Cannot read the time of {}", backup.get(), gone);
            }
        }
        if (takenAt == null) {
            Path backups = dataDir.resolve("backups");
            String folders = BackupFolderPointer.read(dataDir).filter(folder -> !folder.equals(backups))
                    .map(folder -> backups + ", " + folder).orElse(backups.toString());
            return new Refusal(problem + "\n\n" + messages.format("startup.damaged.noBackup", e.file(), folders),
                    EXIT_DAMAGED);
        }
        String when = messages.dateTimeSeconds(takenAt);
        return new Refusal(problem + "\n\n" + messages.format("startup.damaged.backupHint", e.file(), backup.get(), when),
                EXIT_DAMAGED, new RestoreOffer(e.file(), backup.get(), takenAt,
                        problem + "\n\n" + messages.format("startup.damaged.restoreOffer", when)));
    }

    /** Makes the data folder private ({@link FileModes#tighten}) and creates {@code logs} 0700; returns what failed, or null. */
    static IOException tighten(Path dataDir) {
        try {
            FileModes.tighten(dataDir);
            FileModes.privateFolder(dataDir.resolve("logs"));
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    /** Prints why Netdesk will not start and, where there is a display, says it in a dialog too. */
    private static int refuse(PrintStream err, Messages messages, String text, int code) {
        err.println(text);
        if (hasDisplay()) {
            try {
                StartupDialog.showAndWait(messages, text);
                Platform.exit();
            } catch (RuntimeException | InterruptedException e) {
                // No usable display after all: the printed message is enough.
            }
        }
        return code;
    }

    private static boolean hasDisplay() {
        if (Boolean.getBoolean("java.awt.headless") || "true".equals(System.getenv("NETDESK_NO_DIALOGS"))) {
            return false;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }

    /** The reminder timer: one daemon thread that calls {@code tick} every {@code period} until the app exits. */
    private static void tickOnTimerThread(java.time.Duration period, Runnable tick) {
        java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "netdesk-reminders");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(tick, period.toMillis(), period.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }
}
