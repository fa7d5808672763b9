package dk.netdesk.exchange;

import dk.netdesk.ui.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Reads a contacts file (vCard 2.1/3.0/4.0 or CSV) into the records an import stores: the one
 * entry point of the import wizard and of {@code netdesk import contacts}. It writes nothing
 * except, through {@link #remember}, a column mapping the user chose. Reasons and messages are in
 * the UI language of the {@link Messages} given. Call it on the database thread (it reads the file,
 * and the remembered mappings).
 *
 * <p>Errors: a file that cannot be read at all (missing, unreadable, empty, not a vCard or CSV file,
 * random bytes, a quote that is never closed, no column that names the contacts) is an
 * {@link ImportFileException} whose message names the file, the line where known and the fault. A
 * single record that cannot be imported (no name, an email that is not an email address, a date that
 * does not exist, a card cut off before {@code END:VCARD}…) is a {@link RejectedRecord} with its line,
 * number and reason, and the other records are read. Whatever the parsing libraries throw on a file's
 * content is bad input: a card they fail on is rejected, a file they fail on an {@link ImportFileException}
 * (decision 0038); no exception of theirs reaches the caller.
 */
public final class ContactFileReader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ContactFileReader.class);

    /** The encodings the wizard offers besides "detect": UTF-8, Windows-1252 (Danish Excel), UTF-16 LE (Outlook's "Unicode"). */
    public static final List<java.nio.charset.Charset> ENCODINGS = List.of(java.nio.charset.StandardCharsets.UTF_8,
            TextFile.WINDOWS_1252, java.nio.charset.StandardCharsets.UTF_16LE);
    /** The separators the wizard offers besides "detect": comma, semicolon, tab. */
    public static final List<Character> SEPARATORS = List.of(',', ';', '\t');

    /** Files above this size (100 MB) are refused: no contacts export is that large. */
    public static final long MAX_BYTES = 100_000_000L;

    /** From this many records on, a file's records are read on every core. */
    private static final int PARALLEL_FROM = 500;

    private final Messages messages;
    private final MappingMemory memory;
    private final Clock clock;
    private final List<Messages> languages = new ArrayList<>();
    private final ColumnGuess guess;

    /**
     * @param messages the UI language's messages (the exchange bundle), for reasons and dates
     * @param memory   the remembered column mappings
     * @param clock    today's date, which a birthday may not be after (and two-digit years are placed by)
     */
    public ContactFileReader(Messages messages, MappingMemory memory, Clock clock) {
        this.messages = messages;
        this.memory = memory;
        this.clock = clock;
        for (Locale language : Messages.LANGUAGES) {
            languages.add(new Messages(language, List.of("dk.netdesk.exchange.messages", "dk.netdesk.contacts.messages")));
        }
        this.guess = new ColumnGuess(languages);
    }

    /**
     * Reads every record of {@code file}.
     *
     * @param choices what the user chose ({@link ReadChoices#DETECT} for nothing)
     * @return the file's name (NFC, no folder), the contacts and the rejected records, in file order
     * @throws ImportFileException when the file as a whole cannot be read; nothing is returned then
     */
    public ContactsRead read(Path file, ReadChoices choices) throws ImportFileException {
        try {
            return readAll(file, choices);
        } catch (RuntimeException | StackOverflowError broken) {
            throw damaged(file, broken);
        }
    }

    private ContactsRead readAll(Path file, ReadChoices choices) throws ImportFileException {
        Loaded loaded = load(file, choices);
        List<IncomingContact> contacts = new ArrayList<>();
        List<RejectedRecord> rejected = new ArrayList<>();
        for (Outcome outcome : loaded.outcomes(Integer.MAX_VALUE)) {
            if (outcome.isRead()) {
                contacts.add(outcome.contact());
            } else {
                rejected.add(outcome.rejected());
            }
        }
        return new ContactsRead(loaded.name, contacts, rejected);
    }

    /**
     * How {@code file} is read, and its first {@code rows} records as read and as mapped, for the
     * wizard's preview and "Map columns" steps. Call again with changed choices when the user
     * changes the encoding, separator, mapping or date order.
     *
     * @throws ImportFileException as {@link #read}
     */
    public ContactsPreview preview(Path file, ReadChoices choices, int rows) throws ImportFileException {
        try {
            return previewRows(file, choices, rows);
        } catch (RuntimeException | StackOverflowError broken) {
            throw damaged(file, broken);
        }
    }

    /**
     * A parsing library (ez-vcard, Commons CSV) failing on what the file holds is bad input, not a bug
     * (decision 0038): the file cannot be imported, said in one line like any other unreadable file.
     */
    private ImportFileException damaged(Path file, Throwable broken) {
        String name = nameOf(file);
        LOG.warn("Could not read the contacts file {}", name, broken);
        return new ImportFileException(() -> messages.format("exchange.import.error.damaged", name), broken);
    }

    private static String nameOf(Path file) {
        return dk.netdesk.db.PlainText.line(file.getFileName() == null ? file.toString() : file.getFileName().toString());
    }

    private ContactsPreview previewRows(Path file, ReadChoices choices, int rows) throws ImportFileException {
        Loaded loaded = load(file, choices);
        List<ContactsPreview.Row> shown = new ArrayList<>();
        if (loaded.csv != null) {
            DateOrder other = loaded.dates.order() == DateOrder.DAY_FIRST ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
            for (CsvTable.Row row : loaded.csv.rows().subList(0, Math.min(rows, loaded.csv.rows().size()))) {
                String cell = loaded.csvRows.birthdayCell(row);
                String read = loaded.csvRows.shown(cell);
                String otherWay = loaded.fileDates.ambiguous() && CellDates.dependsOnOrder(cell)
                        ? loaded.csvRows.shown(cell, other) : "";
                shown.add(new ContactsPreview.Row(row.line(), row.record(), row.cells(), loaded.csvRows.read(row), cell,
                        read, otherWay));
            }
            List<String> toNotes = new ArrayList<>();
            List<String> notImported = new ArrayList<>();
            boolean[] filled = loaded.filledColumns();
            for (int i = 0; i < loaded.csv.headers().size(); i++) {
                ContactField field = loaded.mapping.field(i);
                String header = loaded.csv.headers().get(i).isBlank()
                        ? messages.format("exchange.wizard.map.unnamed", i + 1) : loaded.csv.headers().get(i).strip();
                if (filled[i] && field.toNotes()) {
                    toNotes.add(header);
                } else if (filled[i] && field == ContactField.IGNORE) {
                    notImported.add(header);
                }
            }
            return new ContactsPreview(loaded.name, ContactFileKind.CSV, loaded.text.charset(), loaded.text.bom(),
                    loaded.csv.separator(), loaded.csv.headers(), loaded.mapping, loaded.remembered,
                    loaded.dates.order(), loaded.fileDates.ambiguous(), shown, loaded.csv.rows().size(), toNotes,
                    notImported);
        }
        LocalDate today = today();
        for (int i = 0; i < loaded.cards.size() && shown.size() < rows; i++) {
            VcardFile.Read card = VcardFile.readShown(loaded.cards.get(i), i == loaded.cards.size() - 1, messages, today);
            Outcome outcome = card.outcome();
            IncomingContact c = outcome.contact();
            int line = c != null ? c.line() : outcome.rejected().line();
            int record = c != null ? c.record() : outcome.rejected().record();
            shown.add(new ContactsPreview.Row(line, record, List.of(), outcome, card.birthday(), card.birthday(), ""));
        }
        CardParts.Survey survey = CardParts.survey(loaded.text.text(), messages);
        return new ContactsPreview(loaded.name, ContactFileKind.VCARD, loaded.text.charset(), loaded.text.bom(), '\0',
                List.of(), null, false, null, false, shown, loaded.cards.size(), survey.toNotes(), survey.notImported());
    }

    /** The mapping suggested for {@code headers} from their names alone (the wizard's "Reset" choice). */
    public ColumnMapping suggest(List<String> headers) {
        return guess.suggest(headers);
    }

    /**
     * Remembers a mapping the user chose, so that the next file with the same headers gets it.
     * Writes one setting (publishes {@code SETTINGS}).
     */
    public void remember(ColumnMapping mapping) {
        memory.remember(mapping);
    }

    private Loaded load(Path file, ReadChoices choices) throws ImportFileException {
        String name = nameOf(file);
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ImportFileException(() -> messages.format("exchange.import.error.folder", name));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportFileException(() -> messages.format("exchange.import.error.tooLarge", name, messages.fileSize(MAX_BYTES)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException missing) {
            throw new ImportFileException(() -> messages.format("exchange.import.error.missing", name), missing);
        } catch (IOException e) {
            throw new ImportFileException(() -> messages.format("exchange.import.error.unreadable", name,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        TextFile text = TextFile.decode(bytes, choices.encoding());
        if (text.text().isBlank()) {
            throw new ImportFileException(() -> messages.format("exchange.import.error.empty", name));
        }
        ContactFileKind kind = choices.kind() != null ? choices.kind() : ContactFileKind.ofName(name);
        if (kind == null) {
            kind = text.text().toUpperCase(Locale.ROOT).contains("BEGIN:VCARD") ? ContactFileKind.VCARD : ContactFileKind.CSV;
        }
        Loaded loaded = new Loaded(name, text);
        if (kind == ContactFileKind.VCARD) {
            loaded.cards = VcardFile.pieces(text.text());
            if (loaded.cards.isEmpty()) {
                throw new ImportFileException(() -> messages.format(text.looksBinary()
                        ? "exchange.import.error.binary" : "exchange.import.error.notVcard", name));
            }
            return loaded;
        }
        if (text.looksBinary()) {
            throw new ImportFileException(() -> messages.format("exchange.import.error.binary", name));
        }
        String body = text.text();
        Character declared = null;
        if (body.regionMatches(true, 0, "sep=", 0, 4) && body.length() > 4
                && (body.length() == 5 || body.charAt(5) == '\r' || body.charAt(5) == '\n')) {
            declared = body.charAt(4);
            body = body.substring(5);
        }
        char separator = choices.separator() != null ? choices.separator()
                : declared != null ? declared : CsvTable.detectSeparator(body);
        try {
            loaded.csv = CsvTable.parse(body, separator);
        } catch (CsvTable.Broken broken) {
            throw new ImportFileException(() -> messages.format("exchange.import.error.quote", name, broken.line), broken);
        }
        List<String> headers = loaded.csv.headers();
        if (choices.mapping() != null) {
            if (!choices.mapping().fits(headers)) {
                throw new ImportFileException(() -> messages.format("exchange.import.error.mappingChanged", name));
            }
            loaded.mapping = new ColumnMapping(headers, choices.mapping().fields());
        } else {
            var remembered = memory.recall(headers);
            loaded.remembered = remembered.isPresent();
            loaded.mapping = remembered.orElseGet(() -> guess.suggest(headers));
        }
        if (!loaded.mapping.names()) {
            throw new ImportFileException(() -> messages.format("exchange.import.error.noNameColumn", name,
                    String.join(", ", headers.stream().limit(8).toList())));
        }
        List<String> cells = new ArrayList<>();
        for (CsvTable.Row row : loaded.csv.rows()) {
            for (int i = 0; i < row.cells().size(); i++) {
                if (loaded.mapping.field(i) == ContactField.BIRTHDAY) {
                    cells.add(row.cell(i));
                }
            }
        }
        loaded.fileDates = CellDates.detect(cells, unsureDateOrder(headers));
        loaded.dates = choices.dateOrder() != null ? new CellDates.Reading(choices.dateOrder(), false) : loaded.fileDates;
        loaded.csvRows = new CsvRows(loaded.mapping, loaded.dates.order(), messages, languages, today());
        return loaded;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * How dates such as {@code 04/05/1990} are read when a file cannot tell: as the UI language writes them
     * (Danish: day first), and in English by the file's dialect: Outlook's English export month first (as on a
     * computer set up for the United States), any other file day first.
     */
    DateOrder unsureDateOrder(List<String> headers) {
        if ("da".equals(messages.getLocale().getLanguage())) {
            return DateOrder.DAY_FIRST;
        }
        return ColumnGuess.outlookEnglish(headers) ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
    }

    /** A file as read so far. */
    private final class Loaded {
        final String name;
        final TextFile text;
        List<VcardFile.Piece> cards = List.of();
        CsvTable csv;
        ColumnMapping mapping;
        boolean remembered;
        /** The order used: chosen, or as {@link #fileDates}. */
        CellDates.Reading dates;
        /** What the file's own dates say, whatever was chosen. */
        CellDates.Reading fileDates;
        CsvRows csvRows;

        Loaded(String name, TextFile text) {
            this.name = name;
            this.text = text;
        }

        /** CSV: per header, true if some row has text in that column. */
        boolean[] filledColumns() {
            boolean[] filled = new boolean[csv.headers().size()];
            for (CsvTable.Row row : csv.rows()) {
                for (int i = 0; i < filled.length; i++) {
                    filled[i] |= !row.cell(i).isBlank();
                }
            }
            return filled;
        }

        /**
         * The first {@code limit} records, read in file order. Records are independent, so a large file is read on
         * every core (see decision 0029); a small one (the preview's first rows) on the calling thread.
         */
        List<Outcome> outcomes(int limit) {
            int count = Math.min(limit, csv != null ? csv.rows().size() : cards.size());
            LocalDate today = today();
            IntFunction<Outcome> one = csv != null
                    ? i -> csvRows.read(csv.rows().get(i))
                    : i -> VcardFile.read(cards.get(i), i == cards.size() - 1, messages, today);
            IntStream indexes = IntStream.range(0, count);
            if (count >= PARALLEL_FROM) {
                indexes = indexes.parallel();
            }
            return indexes.mapToObj(one).toList();
        }
    }
}
