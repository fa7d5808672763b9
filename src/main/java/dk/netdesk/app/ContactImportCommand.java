package dk.netdesk.app;

import dk.netdesk.exchange.ContactsRead;
import dk.netdesk.exchange.DuplicateAction;
import dk.netdesk.exchange.ImportBoard;
import dk.netdesk.exchange.ImportFileException;
import dk.netdesk.exchange.ImportOptions;
import dk.netdesk.exchange.ImportResult;
import dk.netdesk.exchange.ImportWizardViewModel;
import dk.netdesk.exchange.Progress;
import dk.netdesk.exchange.ReadChoices;
import dk.netdesk.exchange.RejectedRecord;
import dk.netdesk.ui.Messages;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code netdesk import contacts FILE [--stage NAME] [--tag TAG]... [--duplicates skip|merge|create] [--consent]}:
 * reads a vCard or CSV file with the wizard's reader (everything detected, a column mapping remembered from the
 * wizard used) and stores it with the wizard's import service ({@link Core}). {@code --duplicates} is the general
 * choice for every matching row (a stored contact or an earlier row of the file); a row matching only on a phone
 * number under another name is always created (decision record 0021). Prints the wizard's summary line on stdout
 * (the same counts) and each rejected record on stderr ({@code netdesk: FILE, line L (record R), NAME: reasons}), and
 * exits 0. A file
 * that cannot be read, or a stage name the board does not have, exits {@link CommandLine#EXIT_FAILED} with one line
 * on stderr and changes nothing; bad arguments exit {@link CommandLine#EXIT_USAGE} before the data folder is opened.
 */
final class ContactImportCommand {

    /**
     * What the command line said besides the file.
     *
     * @param stage      the stage name for new contacts (case and NFC ignored), or null for the first stage
     * @param tags       tags added to every imported contact
     * @param duplicates "skip", "merge" or "create" (any case), or null for skip
     * @param consent    true: the people have given consent (logged with the file name)
     */
    record Options(String stage, List<String> tags, String duplicates, boolean consent) {
    }

    /** The values {@code --duplicates} takes (any case). */
    static final java.util.Set<String> DUPLICATES = java.util.Set.of("skip", "merge", "create");

    private ContactImportCommand() {
    }

    /** Runs {@code words} ("import", "contacts", FILE); returns the exit code. */
    static int run(List<String> words, Options options, Path dataDir, PrintStream out, PrintStream err, Messages messages,
                   CalendarCommands.Opener opener) {
        if (words.size() != 3) {
            return fail(err, CommandLine.EXIT_USAGE, messages.get("cli.import.missing"));
        }
        DuplicateAction action = DuplicateAction.SKIP;
        if (options.duplicates() != null) {
            try {
                action = DuplicateAction.valueOf(options.duplicates().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return fail(err, CommandLine.EXIT_USAGE, messages.format("cli.import.badDuplicates", options.duplicates()));
            }
        }
        Path file = Path.of(words.get(2)).toAbsolutePath();
        if (Files.isDirectory(file)) {
            return fail(err, CommandLine.EXIT_FAILED, messages.format("cli.import.isFolder", file));
        }
        if (!Files.isRegularFile(file)) {
            return fail(err, CommandLine.EXIT_FAILED, messages.format("cli.noImportFile", file));
        }
        DuplicateAction chosen = action;
        return opener.open(dataDir, file, core -> {
            ContactsRead read;
            try {
                read = core.contactFileReader.read(file, ReadChoices.DETECT);
            } catch (ImportFileException e) {
                throw new CommandLine.Refused("netdesk: " + e.getMessage());
            }
            // A new data folder gets the board's stages as the app's first start gives them (no-op when there are some).
            core.pipelineRepository.seedIfEmpty(dk.netdesk.pipeline.DefaultStage.named(messages));
            Long stageId = options.stage() == null ? null : stageId(core.contactsImport.stages(), options.stage(), messages);
            ImportResult result = core.contactsImport.apply(read,
                    new ImportOptions(stageId, options.tags(), chosen, options.consent()), Progress.none());
            out.println(ImportWizardViewModel.summaryLine(messages, read.fileName(), result.summary()));
            for (RejectedRecord rejected : result.summary().rejected()) {
                String line = rejected.name().isEmpty()
                        ? messages.format("cli.import.rejected", read.fileName(), rejected.line(), rejected.record(),
                        rejected.reason())
                        : messages.format("cli.import.rejectedNamed", read.fileName(), rejected.line(), rejected.record(),
                        rejected.reason(), rejected.name());
                err.println(line.replaceAll("\\s*\\R\\s*", " "));
            }
            return 0;
        });
    }

    /** The id of the stage named {@code name}, compared as a person reads it ({@link dk.netdesk.db.TextOrder#fold}). */
    private static long stageId(List<ImportBoard.BoardStage> stages, String name, Messages messages)
            throws CommandLine.Refused {
        String wanted = key(name);
        return stages.stream().filter(s -> key(s.name()).equals(wanted)).findFirst()
                .orElseThrow(() -> new CommandLine.Refused(messages.format("cli.import.noStage", name.strip(),
                        String.join(", ", stages.stream().map(ImportBoard.BoardStage::name).toList()))))
                .id();
    }

    private static String key(String name) {
        return dk.netdesk.db.TextOrder.fold(name);
    }

    private static int fail(PrintStream err, int code, String text) {
        err.println(text.replaceAll("\\s*\\R\\s*", " ").strip());
        return code;
    }
}
