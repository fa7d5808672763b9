package dk.netdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn -B -Pbenchmark test -Dtest=LibraryBenchmarkTest}: 100,000 items, then 20 typical
 * as-you-type queries through {@link LibraryRepository#search} and the same SQL through raw JDBC.
 * Prints p50 and p95 and writes them to {@code target/benchmarks/library-search.txt}.
 */
@Tag("benchmark")
class LibraryBenchmarkTest {

    static final int ITEMS = 100_000;
    static final int WARMUP = 3;
    static final int ROUNDS = 15;
    static final List<String> QUERIES = List.of(
            "pyramid", "too expensive", "price", "follow up", "opfølgning", "morgenrutine", "aloe vera",
            "instagram", "presentation", "no time", "skin care", "hud", "success story", "team",
            "vitamin", "webinar", "pr", "kaffe", "bonus", "tillid");

    static final String[] WORDS = ("pyramid scheme products customers price expensive follow up presentation "
            + "time skin care vitamin webinar team success story bonus coffee morning routine instagram post "
            + "mentor training course objection trust legal cream aloe vera shea butter serum moisturiser "
            + "too no family job evening weekend friend neighbour question answer sample order delivery return "
            + "opfølgning morgenrutine hud pleje kaffe tillid spørgsmål svar produkt kunde pris dyr tid "
            + "præsentation familie aften weekend ven nabo prøve ordre levering retur mærke kursus træning "
            + "blåbær æble øko sundhed glæde råd møde").split(" ");

    /**
     * Natural text is Zipf-distributed: a few words are everywhere, most are rare. The
     * vocabulary is the domain words above mixed among 20,000 made-up filler words, and each
     * word is drawn with probability proportional to 1 / rank.
     */
    static final String[] VOCABULARY = vocabulary();
    static final double[] CUMULATIVE = cumulative(VOCABULARY.length);

    @TempDir
    Path dir;

    private static String[] vocabulary() {
        Random random = new Random(7);
        String[] syllables = "ka lo mi ne su ta re vo pi da en or al is un fe gu hy ja".split(" ");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder word = new StringBuilder();
            for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            words.add(word.toString());
        }
        // Domain words sit at ranks from about 20 to 2,000: common, but not in every item.
        for (int i = 0; i < WORDS.length; i++) {
            words.add(Math.min(words.size(), 20 + i * 15), WORDS[i]);
        }
        return words.toArray(String[]::new);
    }

    private static double[] cumulative(int size) {
        double[] sums = new double[size];
        double total = 0;
        for (int i = 0; i < size; i++) {
            total += 1.0 / (i + 1);
            sums[i] = total;
        }
        for (int i = 0; i < size; i++) {
            sums[i] /= total;
        }
        return sums;
    }

    private static String word(Random random) {
        int index = Arrays.binarySearch(CUMULATIVE, random.nextDouble());
        return VOCABULARY[Math.min(index < 0 ? -index - 1 : index, VOCABULARY.length - 1)];
    }

    @Test
    void searchOver100kItems() throws Exception {
        Random random = new Random(42);
        StringBuilder report = new StringBuilder();
        try (Database database = Database.open(dir)) {
            LibraryRepository repository = new LibraryRepository(database, new Changes(), TestApp.CLOCK);
            long start = System.nanoTime();
            List<LibraryItemDraft> batch = new ArrayList<>();
            LibraryKind[] kinds = LibraryKind.values();
            for (int i = 0; i < ITEMS; i++) {
                batch.add(new LibraryItemDraft(words(random, 3 + random.nextInt(5)), kinds[random.nextInt(kinds.length)],
                        words(random, 30 + random.nextInt(120)), List.of(WORDS[random.nextInt(WORDS.length)],
                        WORDS[random.nextInt(WORDS.length)]), LibrarySource.OWN, random.nextBoolean() ? "en" : "da",
                        "", "Collection " + random.nextInt(20), null, List.of()));
                if (batch.size() == 10_000) {
                    repository.createAll(batch);
                    batch.clear();
                }
            }
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            assertThat(repository.count()).isEqualTo(ITEMS);

            double[] viaRepository;
            double[] viaJdbc;
            try (Connection jdbc = DriverManager.getConnection("jdbc:sqlite:" + database.file().toAbsolutePath())) {
                PreparedStatement statement = jdbc.prepareStatement(
                        "SELECT i.id, i.title, i.kind, i.language, c.name, "
                                + "snippet(library_fts, -1, ?, ?, '…', 14) "
                                + "FROM library_fts JOIN library_item i ON i.id = library_fts.rowid "
                                + "LEFT JOIN library_collection c ON c.id = i.collection_id "
                                + "WHERE library_fts MATCH ? ORDER BY " + LibraryRepository.RANK + ", i.id LIMIT ?");
                Query raw = q -> {
                    statement.setString(1, "\uE000");
                    statement.setString(2, "\uE001");
                    statement.setString(3, FtsQuery.of(q).orElseThrow());
                    statement.setInt(4, LibraryRepository.LIMIT);
                    int rows = 0;
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                    return rows;
                };
                double[][] both = measure(q -> repository.search(q, LibraryFilter.NONE).size(), raw);
                viaRepository = both[0];
                viaJdbc = both[1];
            }
            long dbSize = Files.size(database.file());
            report.append(String.format(Locale.ROOT, "Library search benchmark (2026-11-28)%n"));
            report.append(String.format(Locale.ROOT, "items: %,d (loaded in %.1f s, database %.0f MB)%n",
                    ITEMS, loadSeconds, dbSize / 1e6));
            report.append(String.format(Locale.ROOT, "queries: %d typical as-you-type queries, %d rounds each "
                    + "after %d warm-up rounds, up to %d ranked hits with snippets%n", QUERIES.size(), ROUNDS, WARMUP,
                    LibraryRepository.LIMIT));
            report.append(String.format(Locale.ROOT, "repository (jOOQ): p50 %.2f ms, p95 %.2f ms%n",
                    percentile(viaRepository, 50), percentile(viaRepository, 95)));
            report.append(String.format(Locale.ROOT, "raw JDBC:          p50 %.2f ms, p95 %.2f ms%n",
                    percentile(viaJdbc, 50), percentile(viaJdbc, 95)));
            report.append(perQuery);
        }
        String text = report.toString();
        System.out.println(text);
        Path out = Path.of(System.getProperty("netdesk.buildDir", "target"), "benchmarks", "library-search.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    @FunctionalInterface
    interface Query {
        int run(String query) throws Exception;
    }

    private final StringBuilder perQuery = new StringBuilder(
            String.format("%nper query (median ms: repository / raw JDBC, hits)%n"));

    /** Runs both ways in turns, query by query, so neither profits from running second. */
    private double[][] measure(Query repository, Query jdbc) throws Exception {
        List<Double> viaRepository = new ArrayList<>();
        List<Double> viaJdbc = new ArrayList<>();
        for (String q : QUERIES) {
            for (int i = 0; i < WARMUP; i++) {
                repository.run(q);
                jdbc.run(q);
            }
            double[] a = new double[ROUNDS];
            double[] b = new double[ROUNDS];
            int hits = 0;
            for (int i = 0; i < ROUNDS; i++) {
                long t = System.nanoTime();
                hits = repository.run(q);
                a[i] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                int rows = jdbc.run(q);
                b[i] = (System.nanoTime() - t) / 1e6;
                assertThat(rows).isEqualTo(hits);
                viaRepository.add(a[i]);
                viaJdbc.add(b[i]);
            }
            perQuery.append(String.format(Locale.ROOT, "  %-16s %7.2f / %7.2f  (%d)%n", "\"" + q + "\"",
                    percentile(a, 50), percentile(b, 50), hits));
        }
        return new double[][] {
            viaRepository.stream().mapToDouble(Double::doubleValue).toArray(),
            viaJdbc.stream().mapToDouble(Double::doubleValue).toArray()};
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(word(random));
        }
        return text.toString();
    }
}
