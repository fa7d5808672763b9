package dk.netdesk.app;

import dk.netdesk.calendar.Category;
import dk.netdesk.exchange.CalendarExport;
import dk.netdesk.exchange.CalendarImportSummary;
import dk.netdesk.exchange.ImportFileException;
import dk.netdesk.exchange.RejectedRecord;
import dk.netdesk.ui.Messages;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The calendar commands of the command line ({@link CommandLine}):
 * <pre>
 * netdesk import calendar FILE.ics --category work|personal
 * netdesk export calendar FILE.ics
 * </pre>
 * Arguments are checked before the data folder is opened. The import prints one summary line on stdout
 * (created, updated, left out) and, for each event left out, one line on stderr naming the file, its
 * line and the reason, and exits 0; a file that cannot be imported at all exits {@link CommandLine#EXIT_FAILED}
 * with one line on stderr (file, line, what is wrong) and changes nothing. The export prints how many
 * events it wrote and where.
 */
final class CalendarCommands {

    /** Opens the data folder, runs the work on its services and closes it again (CommandLine's {@code withCore}). */
    @FunctionalInterface
    interface Opener {
        int open(Path dataDir, Path file, CommandLine.Work work);
    }

    private CalendarCommands() {
    }

    /** Runs {@code words} ("import"|"export", "calendar", FILE); returns the exit code. */
    static int run(List<String> words, String category, Path dataDir, PrintStream out, PrintStream err, Messages messages,
                   Opener opener) {
        boolean importing = words.get(0).equals("import");
        if (words.size() != 3) {
            return fail(err, CommandLine.EXIT_USAGE, importing
                    ? messages.format("cli.missing", "import calendar", "FILE.ics --category work|personal")
                    : messages.format("cli.missing", "export calendar", "FILE.ics"));
        }
        Path file = Path.of(words.get(2)).toAbsolutePath();
        if (!importing) {
            if (category != null) {
                return fail(err, CommandLine.EXIT_USAGE, messages.format("cli.unknownOption", "--category"));
            }
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ics")) {
                return fail(err, CommandLine.EXIT_USAGE, messages.format("cli.badCalendarExtension", file));
            }
            if (!Files.isDirectory(file.getParent())) {
                return fail(err, CommandLine.EXIT_FAILED, messages.format("cli.noFolder", file, file.getParent()));
            }
            return opener.open(dataDir, file, core -> {
                CalendarExport.Result result = core.calendarExport.write(file);
                out.println(messages.format("exchange.ics.exported", result.events(), result.file()));
                return 0;
            });
        }
        Category chosen = category == null ? null : switch (category.toLowerCase(Locale.ROOT)) {
            case "work" -> Category.WORK;
            case "personal" -> Category.PERSONAL;
            default -> null;
        };
        if (chosen == null) {
            return fail(err, CommandLine.EXIT_USAGE, messages.format("cli.badCategory", category == null ? "" : category));
        }
        if (Files.isDirectory(file)) {
            return fail(err, CommandLine.EXIT_FAILED, messages.format("cli.calendar.isFolder", file));
        }
        if (!Files.isRegularFile(file)) {
            return fail(err, CommandLine.EXIT_FAILED, messages.format("cli.noImportFile", file));
        }
        return opener.open(dataDir, file, core -> {
            CalendarImportSummary summary;
            try {
                summary = core.calendarImport.importFile(file, chosen);
            } catch (ImportFileException e) {
                throw new CommandLine.Refused("netdesk: " + e.getMessage());
            }
            out.println(messages.format("exchange.ics.summary", summary.created(), summary.updated(), file,
                    summary.rejected().size()));
            for (RejectedRecord rejected : summary.rejected()) {
                err.println("netdesk: " + messages.format("exchange.ics.rejectedInFile", String.valueOf(file.getFileName()),
                        rejected.line(), rejected.record(), rejected.reason()));
            }
            return 0;
        });
    }

    private static int fail(PrintStream err, int code, String text) {
        err.println(text.replaceAll("\\s*\\R\\s*", " ").strip());
        return code;
    }
}
