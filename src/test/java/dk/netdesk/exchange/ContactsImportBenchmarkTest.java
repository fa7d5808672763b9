package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.BoardForImport;
import dk.netdesk.app.Bundles;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.pipeline.DefaultStage;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn -B -o -Pbenchmark test -Dtest=ContactsImportBenchmarkTest}: 10,000 generated contacts (Danish
 * letters, emoji, two phones, one or two emails, tags, notes) imported into a fresh database file and
 * exported again as vCard and CSV. Times the duplicate lookup ({@link ContactsImport#matches}), the import
 * (one transaction, consent given), importing the same records again (skip, then merge: nothing changes),
 * both exports, reading both exported files back through {@link ContactFileReader} (the wizard's reading
 * half: 10,000 vCards and 10,000 CSV rows) and the undo. Each series runs on a new database; the first is warm-up for the JIT. Prints
 * wall-clock and CPU time of the working thread (on a shared machine the CPU time shows the work itself) and
 * writes them to {@code target/benchmarks/contacts-import.txt}, with the last run's exported files as
 * {@code contacts-10000.vcf} and {@code contacts-10000.csv} for timing {@code netdesk import contacts} from
 * outside. The goal is under 3 s each.
 */
@Tag("benchmark")
class ContactsImportBenchmarkTest {

    static final int CONTACTS = 10_000;
    static final int RUNS = 3;

    @TempDir
    Path dir;

    @Test
    void importAndExportTenThousandContacts() throws Exception {
        ContactsRead read = generate();
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%d contacts; runs on a new database each (run 1 = warm-up)", CONTACTS));
        for (int run = 1; run <= RUNS; run++) {
            try (Database db = Database.open(dir.resolve("run" + run))) {
                Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
                PipelineRepository pipeline = new PipelineRepository(db, new Changes(), TestApp.CLOCK);
                pipeline.seedIfEmpty(DefaultStage.KEYS.stream()
                        .map(s -> new DefaultStage(messages.get(s.name()), s.kind(), s.staleDays())).toList());
                ContactRepository contacts = new ContactRepository(db, TestApp.CLOCK);
                ContactsImport imports = new ContactsImport(db, contacts, new BoardForImport(pipeline), new Changes(),
                        messages, TestApp.CLOCK);
                ContactsExport export = new ContactsExport(contacts, ContactStages.none(), messages, TestApp.CLOCK);
                ImportOptions options = new ImportOptions(null, List.of("Benchmark"), DuplicateAction.SKIP, true);
                StringBuilder line = new StringBuilder("run " + run + ":");

                ImportResult result = time(line, "import", () -> imports.apply(read, options, Progress.none()));
                assertThat(result.summary().created()).isEqualTo(CONTACTS);
                List<ImportMatch> matches = time(line, "matches", () -> imports.matches(read));
                assertThat(matches).hasSizeGreaterThanOrEqualTo(CONTACTS);
                ImportSummary skip = time(line, "again (skip)", () -> imports.apply(read, options, Progress.none()).summary());
                assertThat(skip.skipped()).isEqualTo(CONTACTS);
                ImportSummary merge = time(line, "again (merge)", () -> imports.apply(read,
                        new ImportOptions(null, List.of("Benchmark"), DuplicateAction.MERGE, true), Progress.none()).summary());
                assertThat(merge.created() + merge.merged()).isZero();
                Path vcf = dir.resolve("run" + run + ".vcf");
                Path csv = dir.resolve("run" + run + ".csv");
                time(line, "export vCard", () -> export.export(vcf, ExportFormat.VCARD, true, Progress.none()));
                time(line, "export CSV", () -> export.export(csv, ExportFormat.CSV, true, Progress.none()));
                ContactFileReader reader = new ContactFileReader(messages,
                        new MappingMemory(new dk.netdesk.db.Settings(db, new Changes())), TestApp.CLOCK);
                ContactsRead vcards = time(line, "read vCard", () -> reader.read(vcf, ReadChoices.DETECT));
                assertThat(vcards.contacts()).hasSize(CONTACTS);
                assertThat(vcards.rejected()).isEmpty();
                ContactsRead rows = time(line, "read CSV", () -> reader.read(csv, ReadChoices.DETECT));
                assertThat(rows.contacts()).hasSize(CONTACTS);
                assertThat(rows.rejected()).isEmpty();
                time(line, "undo", () -> {
                    imports.undo(result.undo());
                    return null;
                });
                assertThat(contacts.count()).isZero();
                line.append(String.format(Locale.ROOT, " (vCard %d KiB, CSV %d KiB)", Files.size(vcf) / 1024,
                        Files.size(csv) / 1024));
                report.add(line.toString());
                System.out.println(line);
                if (run == RUNS) {
                    // kept for timing the command line import from outside (docs/benchmarks.md)
                    Files.createDirectories(Path.of("target", "benchmarks"));
                    Files.copy(vcf, Path.of("target", "benchmarks", "contacts-10000.vcf"),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Files.copy(csv, Path.of("target", "benchmarks", "contacts-10000.csv"),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.write(out.resolve("contacts-import.txt"), report);
    }

    private static <T> T time(StringBuilder line, String what, Callable<T> work) throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T result = work.call();
        line.append(String.format(Locale.ROOT, " %s %.0f ms (cpu %.0f ms);", what, (System.nanoTime() - start) / 1e6,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6));
        return result;
    }

    /** Distinct people: unique emails and phones, names with Danish letters and emoji. */
    static ContactsRead generate() {
        String[] first = {"Åse", "Søren", "Mette", "Jørgen", "Ærtebjørn", "Anna", "Bo", "Line", "Mads", "Øjvind"};
        String[] last = {"Østergård", "Hansen", "Kjær", "Bæk", "Jensen", "Æbelø", "Nielsen", "Sørensen"};
        List<IncomingContact> records = new ArrayList<>();
        for (int i = 0; i < CONTACTS; i++) {
            String name = first[i % first.length] + " " + last[(i / first.length) % last.length] + " " + i
                    + (i % 50 == 0 ? " 😀" : "");
            List<String> emails = i % 3 == 0 ? List.of("p" + i + "@example.dk", "p" + i + "@arbejde.dk")
                    : List.of("p" + i + "@example.dk");
            ContactDetails details = new ContactDetails(name,
                    List.of(String.format(Locale.ROOT, "+45 %08d", 20_000_000 + i), String.format(Locale.ROOT,
                            "+46 70 %07d", i)), emails, "", i % 4 == 0 ? "@p" + i : "", "", "",
                    i % 2 == 0 ? "Århus" : "København", i % 5 == 0 ? LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28)
                    : null, i % 7 == 0 ? Source.EVENT : null, null, i % 9 == 0 ? Interest.CUSTOMER : null,
                    i % 2 == 0 ? List.of("hudpleje", "kunde") : List.of("ven"),
                    i % 10 == 0 ? "Mødt til messen; vil høre mere om produkterne 🎉\nRing efter kl. 17." : "");
            records.add(new IncomingContact(1 + i * 12, i + 1, details));
        }
        return new ContactsRead("benchmark.vcf", records, List.of());
    }
}
