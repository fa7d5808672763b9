package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.Category;
import dk.netdesk.contacts.ContactAttachmentsViewModel;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.exchange.CalendarFilesViewModel;
import dk.netdesk.exchange.ImportStep;
import dk.netdesk.exchange.ImportWizardViewModel;
import dk.netdesk.library.CopyText;
import dk.netdesk.library.LibraryItem;
import dk.netdesk.library.LibraryViewModel;
import dk.netdesk.pipeline.ContactDetailsViewModel;
import dk.netdesk.testing.SamplePdfs;
import dk.netdesk.testing.TestApp;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, "Done when": valid PDFs, vCards, Markdown documents (and iCalendar files) are mutated (bytes
 * flipped, truncated) and fed to the paths that read outside content, through the app as composed (view-models,
 * {@link dk.netdesk.ui.Background#direct()}, so a failure that would reach the user's error dialog is thrown
 * here): attaching (library and contact attachments, which read the PDF's text), the contacts import wizard
 * (preview, read, import), the calendar import, and Copy of a library item (Markdown to plain text and HTML;
 * saving it also makes the search snippet). For every case: no exception escapes the view-model call (a bad
 * file comes back as the app's message), the attachments folder holds exactly the files of the successful
 * attaches, and a case that failed left the database as it was. Deterministic: every case has its own seed.
 * "Unchanged" is {@link #snapshot()}: the row count and highest rowid of every table. Prints how many cases ran.
 */
class OutsideContentFuzzTest {

    static final int PDF_CASES = 200;
    static final int VCARD_CASES = 250;
    static final int MARKDOWN_CASES = 250;
    static final int ICS_CASES = 200;

    @TempDir
    Path dir;
    @TempDir
    Path incoming;
    TestApp app;
    final List<String> problems = new ArrayList<>();

    /** PDFBox warns about every damaged file it reads; hundreds of stack traces are not wanted in the output. */
    final ch.qos.logback.classic.Logger pdfbox =
            (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.pdfbox");
    final ch.qos.logback.classic.Logger fontbox =
            (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.fontbox");

    @BeforeEach
    void open() {
        pdfbox.setLevel(ch.qos.logback.classic.Level.OFF);
        fontbox.setLevel(ch.qos.logback.classic.Level.OFF);
        app = TestApp.open(dir, Locale.ENGLISH);
        app.context().setOpener((uri, onFailure) -> { });
    }

    @AfterEach
    void close() {
        app.close();
        pdfbox.setLevel(null);
        fontbox.setLevel(null);
    }

    @Test
    void mutatedOutsideContentNeverReachesTheUserAsAnExceptionAndLeavesNothingBehind() throws Exception {
        int cases = 0;
        long start = System.nanoTime();
        cases += pdfs();
        long pdfs = System.nanoTime();
        cases += vcards();
        long vcards = System.nanoTime();
        cases += markdown();
        long markdown = System.nanoTime();
        cases += calendars();
        long calendars = System.nanoTime();
        System.out.printf(Locale.ROOT, "OutsideContentFuzzTest: PDFs %d ms, vCards %d ms, Markdown %d ms, iCalendar %d ms%n",
                (pdfs - start) / 1_000_000, (vcards - pdfs) / 1_000_000, (markdown - vcards) / 1_000_000,
                (calendars - markdown) / 1_000_000);
        System.out.println("OutsideContentFuzzTest: " + cases + " cases run (" + PDF_CASES + " PDFs attached to a "
                + "library item or a contact, " + VCARD_CASES + " vCards through the import wizard, "
                + MARKDOWN_CASES + " Markdown bodies saved and copied, " + ICS_CASES + " iCalendar files imported)");
        assertThat(problems).as("cases where an exception reached the user or something was left behind").isEmpty();
        assertThat(cases).isEqualTo(PDF_CASES + VCARD_CASES + MARKDOWN_CASES + ICS_CASES);
    }

    // ---- PDFs: attach (library and contact), which reads the text --------------------------------------

    private int pdfs() throws Exception {
        List<byte[]> seeds = List.of(SamplePdfs.withText("Prisliste: æble 12 kr, østers 40 kr"),
                SamplePdfs.withText("Aloe shake 2 × 50 ml — rabat > 10 %"));
        LibraryViewModel library = app.context().library();
        library.load();
        library.clearFilters();
        library.selectedHitProperty().set(library.hits().get(0));
        ContactDetailsViewModel editor = app.context().contactsEditor();
        long anna = app.context().contactService().create(ContactDetails.named("Anna Jensen"), null).id();
        editor.open(anna);
        ContactAttachmentsViewModel contact = editor.attachments();

        Set<String> expected = new TreeSet<>(storedFiles());
        int cases = 0;
        for (int i = 0; i < PDF_CASES; i++) {
            Random random = new Random(1_000 + i);
            byte[] seed = seeds.get(i % seeds.size());
            byte[] pdf = i == 0 ? SamplePdfs.toUnicodeNullPointer("Prisliste")
                    : i == 1 ? SamplePdfs.toUnicodeClassCast("Prisliste") : mutatePdf(seed, random);
            Path file = Files.write(incoming.resolve("case-" + i + ".pdf"), pdf);
            String name = sha256(pdf) + ".pdf";

            // Even cases go to the library item, odd ones to the contact (the two known damaged files to both).
            if (i % 2 == 0 || i < 2) {
                String before = snapshot();
                int count = library.itemProperty().get().attachments().size();
                if (call("PDF " + i + " (library)", () -> library.attach(file))) {
                    if (library.itemProperty().get().attachments().size() == count + 1) {
                        expected.add(name);
                    } else {
                        expectUnchanged("PDF " + i + " (library)", before);
                    }
                }
                expectFiles("PDF " + i + " (library)", expected);
            }
            if (i % 2 == 1 || i < 2) {
                String before = snapshot();
                int count = contact.attachments().size();
                if (call("PDF " + i + " (contact)", () -> contact.attach(file))) {
                    if (contact.attachments().size() == count + 1) {
                        expected.add(name);
                    } else {
                        expectUnchanged("PDF " + i + " (contact)", before);
                    }
                }
                expectFiles("PDF " + i + " (contact)", expected);
            }
            cases++;
        }
        return cases;
    }

    /** Flips 1–8 bytes (half the time inside the font's ToUnicode CMap), and truncates one case in five. */
    private static byte[] mutatePdf(byte[] seed, Random random) {
        byte[] pdf = seed.clone();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int cmapFrom = text.indexOf("begincmap");
        int cmapTo = text.indexOf("endcmap");
        int flips = 1 + random.nextInt(8);
        for (int f = 0; f < flips; f++) {
            int at = random.nextBoolean() ? cmapFrom - 40 + random.nextInt(cmapTo - cmapFrom + 40)
                    : random.nextInt(pdf.length);
            pdf[at] = (byte) random.nextInt(256);
        }
        if (random.nextInt(5) == 0) {
            pdf = Arrays.copyOf(pdf, random.nextInt(pdf.length));
        }
        return pdf;
    }

    // ---- vCards: the import wizard (preview, read, import) -------------------------------------------------

    static final String VCARDS = String.join("\r\n",
            "BEGIN:VCARD", "VERSION:3.0", "N:Jensen;Anna;;;", "FN:Anna Jensen", "TEL;TYPE=CELL:+45 20 30 40 50",
            "EMAIL;TYPE=INTERNET:anna@example.dk", "BDAY:1990-05-17", "ADR;TYPE=HOME:;;Vestergade 1;Aarhus;;8000;Danmark",
            "ORG:Quokka ApS", "TITLE:Sælger", "NOTE:Mødt på messen\\, ringer igen", "URL:https://example.dk",
            "CATEGORIES:kunde,aloe", "END:VCARD",
            "BEGIN:VCARD", "VERSION:2.1", "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:S=C3=B8rensen;Bo",
            "TEL;HOME:12345678", "BDAY:--0412", "END:VCARD",
            "BEGIN:VCARD", "VERSION:4.0", "FN:Carl Holm", "TEL;VALUE=uri:tel:+45-1234-5678",
            "BDAY;VALUE=text:circa 1980", "ANNIVERSARY:20100101", "IMPP:xmpp:carl@example.dk", "END:VCARD", "");

    private int vcards() throws Exception {
        ImportWizardViewModel wizard = app.context().importWizard();
        byte[] seed = VCARDS.getBytes(StandardCharsets.UTF_8);
        int cases = 0;
        for (int i = 0; i < VCARD_CASES; i++) {
            byte[] card = mutateText(seed, new Random(2_000 + i));
            Path file = Files.write(incoming.resolve("case-" + i + ".vcf"), card);
            String before = snapshot();
            String what = "vCard " + i;
            boolean returned = call(what, () -> {
                wizard.open(file);
                for (int step = 0; step < 8 && wizard.stepProperty().get() != ImportStep.SUMMARY
                        && wizard.canNextProperty().get(); step++) {
                    wizard.next();
                }
            });
            if (returned && wizard.stepProperty().get() != ImportStep.SUMMARY) {
                assertThat(wizard.errorProperty().get()).as(what + ": a file that stops says why").isNotBlank();
                expectUnchanged(what, before);
            }
            cases++;
        }
        return cases;
    }

    // ---- Markdown: save an item, then Copy ------------------------------------------------------------

    static final String MARKDOWN = String.join("\n",
            "# Startpakke", "", "Startpakke: 2 * 50 ml aloe shake, rabat > 10 %. Et escaped \\*kun\\*.", "",
            "- **Fed** og _kursiv_, `kode` og [Bestil her](https://example.dk/bestil \"titel\")",
            "  1. indlejret <https://example.dk> og ![billede](billede.png)", "", "> „Det virker bare.“",
            "> > dybere", "", "```", "kode { }", "```", "", "| a | b |", "|---|---|", "| 1 | 2 |", "",
            "<b>html</b> &amp; &#x27; [ref]: https://example.dk", "");

    private int markdown() throws Exception {
        LibraryViewModel library = app.context().library();
        byte[] seed = MARKDOWN.getBytes(StandardCharsets.UTF_8);
        int cases = 0;
        for (int i = 0; i < MARKDOWN_CASES; i++) {
            String body = new String(mutateText(seed, new Random(3_000 + i)), StandardCharsets.UTF_8);
            String what = "Markdown " + i;
            String title = "Fuzzcase" + letters(i);
            String before = snapshot();
            boolean[] saved = {false};
            // no search text from the case before: a saved item that the text hides makes the library clear the
            // text to show it, and that search, run after this case's own, would answer with every item
            library.queryProperty().set("");
            library.search();
            boolean returned = call(what, () -> {
                library.newItem();
                library.form().titleProperty().set(title);
                library.form().bodyProperty().set(body);
                saved[0] = library.save();
                if (!saved[0]) {
                    library.cancelEdit();
                }
            });
            if (returned && saved[0]) {
                library.queryProperty().set(title);
                library.search();
                assertThat(library.hits()).as(what).extracting(h -> h.title()).containsExactly(title);
                library.selectedHitProperty().set(library.hits().get(0));
                LibraryItem shown = library.itemProperty().get();
                assertThat(shown.title()).as(what).isEqualTo(title);
                @SuppressWarnings("unchecked")
                Optional<CopyText>[] copied = new Optional[1];
                if (call(what + " (copy)", () -> copied[0] = library.copyText())) {
                    assertThat(copied[0]).as(what).isPresent();
                }
            } else if (returned) {
                expectUnchanged(what, before);
            }
            cases++;
        }
        return cases;
    }

    // ---- iCalendar: the calendar import --------------------------------------------------------------

    private int calendars() throws Exception {
        byte[] seed;
        try (InputStream in = getClass().getResourceAsStream("/dk/netdesk/exchange/ics/google.ics")) {
            seed = in.readAllBytes();
        }
        CalendarFilesViewModel calendar = app.context().calendarFiles();
        int cases = 0;
        for (int i = 0; i < ICS_CASES; i++) {
            Path file = Files.write(incoming.resolve("case-" + i + ".ics"), mutateText(seed, new Random(4_000 + i)));
            String what = "iCalendar " + i;
            String before = snapshot();
            boolean returned = call(what, () -> {
                calendar.fileProperty().set(file);
                calendar.categoryProperty().set(Category.PERSONAL);
                calendar.importFile();
            });
            if (returned && calendar.failedProperty().get()) {
                expectUnchanged(what, before);
            }
            cases++;
        }
        return cases;
    }

    // ---- mutations and checks ------------------------------------------------------------------------

    static final String[] TOKENS = {";", ":", "=", ",", "\\", "\r\n ", "\n", "*", "_", "[", "]", "(", ")", "<", ">",
            "`", "#", "- ", "> ", "|", "&", "VALUE=uri", "ENCODING=QUOTED-PRINTABLE", "=C3", "BEGIN:VCARD", "END:VCARD",
            "BYDAY=", "FREQ=", "TZID=", "--", "\u0000", "\uFEFF", "\u00A0", "e\u0301", "\uD83D\uDE00"};

    /** Flips 1–6 bytes, inserts or deletes a few (structure tokens among them), and truncates one case in four. */
    private static byte[] mutateText(byte[] seed, Random random) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : seed) {
            bytes.add(b);
        }
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && !bytes.isEmpty(); e++) {
            int at = random.nextInt(bytes.size());
            switch (random.nextInt(3)) {
                case 0 -> bytes.set(at, (byte) random.nextInt(256));
                case 1 -> {
                    byte[] token = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                    for (int t = token.length - 1; t >= 0; t--) {
                        bytes.add(at, token[t]);
                    }
                }
                default -> {
                    for (int d = 0; d < 1 + random.nextInt(6) && at < bytes.size(); d++) {
                        bytes.remove(at);
                    }
                }
            }
        }
        int length = random.nextInt(4) == 0 ? random.nextInt(bytes.size() + 1) : bytes.size();
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }

    private interface Call {
        void run() throws Exception;
    }

    /** Runs a view-model call; an exception out of it is what the app would show in its error dialog. */
    private boolean call(String what, Call call) {
        try {
            call.run();
            return true;
        } catch (Throwable t) {
            problems.add(what + ": " + t);
            return false;
        }
    }

    /**
     * The database as far as a failed case could have changed it: the number of rows and the highest rowid of
     * every table (FTS shadow tables included), so that a row written and one taken away both show.
     */
    private String snapshot() {
        return app.database().dsl().connectionResult(connection -> {
            StringBuilder out = new StringBuilder();
            List<String> tables = new ArrayList<>();
            try (java.sql.Statement statement = connection.createStatement()) {
                try (java.sql.ResultSet names = statement.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                    while (names.next()) {
                        tables.add(names.getString(1));
                    }
                }
                for (String table : tables) {
                    String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
                    try (java.sql.ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + quoted)) {
                        out.append(table).append('=').append(rows.getLong(1));
                    }
                    try (java.sql.ResultSet rows = statement.executeQuery("SELECT max(rowid) FROM " + quoted)) {
                        out.append('/').append(rows.getLong(1));
                    } catch (java.sql.SQLException withoutRowid) {
                        // a WITHOUT ROWID table: its count is enough
                    }
                    out.append('\n');
                }
            }
            return out.toString();
        });
    }

    private void expectUnchanged(String what, String before) {
        if (!snapshot().equals(before)) {
            problems.add(what + ": failed, but the database changed");
        }
    }

    private void expectFiles(String what, Set<String> expected) throws Exception {
        Set<String> now = new TreeSet<>(storedFiles());
        if (!now.equals(expected)) {
            problems.add(what + ": attachments/ holds " + now + ", expected " + expected);
        }
    }

    private List<String> storedFiles() throws Exception {
        Path folder = dir.resolve("attachments");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** {@code i} in letters ("a", "b", … "ba"), so that each case's title is one word of its own for the search. */
    private static String letters(int i) {
        StringBuilder out = new StringBuilder();
        do {
            out.insert(0, (char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return out.toString();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
