package dk.netdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.testing.BigFolder;
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
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn -B -Pbenchmark test -Dtest=LibraryBenchmarkTest}: the big data folder's library
 * ({@link BigFolder#library}: 100,000 items averaging 900 characters, 175,000 tags), then 20 typical
 * as-you-type queries through {@link LibraryRepository#search} and the same SQL through raw JDBC.
 * Prints p50 and p95, overall and for each query, and writes them to {@code target/benchmarks/library-search.txt}.
 * With {@code -Dnetdesk.bench.folder=DIR} (a folder made by {@link BigFolder#main} at scale 1) the library is not
 * generated: {@code DIR/netdesk.db} is copied into a temporary folder and measured there (the original is never
 * written).
 */
@Tag("benchmark")
class LibraryBenchmarkTest {

    static final int ITEMS = BigFolder.Sizes.FULL.items();
    static final int WARMUP = 3;
    static final int ROUNDS = 15;
    static final List<String> QUERIES = List.of(
            "pyramid", "too expensive", "price", "follow up", "opfølgning", "morgenrutine", "aloe vera",
            "instagram", "presentation", "no time", "skin care", "hud", "success story", "team",
            "vitamin", "the", "pr", "og", "pre", "tillid");

    @TempDir
    Path dir;

    @Test
    void searchOver100kItems() throws Exception {
        StringBuilder report = new StringBuilder();
        String ready = System.getProperty("netdesk.bench.folder", "");
        long start = System.nanoTime();
        if (!ready.isBlank()) {
            Files.copy(Path.of(ready, "netdesk.db"), dir.resolve("netdesk.db"));
        }
        try (Database database = Database.open(dir)) {
            LibraryRepository repository = new LibraryRepository(database, new Changes(), TestApp.CLOCK);
            if (ready.isBlank()) {
                BigFolder.library(database, ITEMS, BigFolder.Sizes.FULL.libraryTags(), System.out);
            }
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            assertThat(repository.count()).isEqualTo(ITEMS);

            double[] viaRepository;
            double[] viaJdbc;
            try (Connection jdbc = DriverManager.getConnection("jdbc:sqlite:" + database.file().toAbsolutePath())) {
                PreparedStatement statement = jdbc.prepareStatement(
                        "SELECT i.id, i.title, i.kind, i.language, c.name, "
                                + "snippet(library_fts, -1, ?, ?, '…', 14) "
                                + "FROM (SELECT rowid AS id, " + LibraryRepository.RANK + " AS score FROM library_fts "
                                + "WHERE library_fts MATCH ?3 ORDER BY score, rowid LIMIT ?) top "
                                + "JOIN library_item i ON i.id = top.id JOIN library_fts ON library_fts.rowid = top.id "
                                + "LEFT JOIN library_collection c ON c.id = i.collection_id "
                                + "WHERE library_fts MATCH ?3 ORDER BY top.score, top.id");
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
            report.append(String.format(Locale.ROOT, "Library search benchmark (%s)%n", LocalDate.now(ZoneId.of("UTC"))));
            report.append(String.format(Locale.ROOT, "items: %,d with %,d tags (BigFolder.library; loaded or copied in %.1f s, database %.0f MB)%n",
                    ITEMS, BigFolder.Sizes.FULL.libraryTags(), loadSeconds, dbSize / 1e6));
            report.append(String.format(Locale.ROOT, "queries: %d typical as-you-type queries, %d rounds each "
                    + "after %d warm-up rounds, up to %d ranked hits with snippets%n", QUERIES.size(), ROUNDS, WARMUP,
                    LibraryRepository.LIMIT));
            report.append(String.format(Locale.ROOT, "repository (jOOQ): p50 %.2f ms, p95 %.2f ms%n",
                    percentile(viaRepository, 50), percentile(viaRepository, 95)));
            report.append(String.format(Locale.ROOT, "raw JDBC:          p50 %.2f ms, p95 %.2f ms%n",
                    percentile(viaJdbc, 50), percentile(viaJdbc, 95)));
            report.append(String.format(Locale.ROOT, "worst query (repository p95): %s%n", worst));
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
            String.format("%nper query (ms: repository p50 / p95, raw JDBC p50 / p95, hits)%n"));

    private String worst = "";
    private double worstP95 = -1;

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
            perQuery.append(String.format(Locale.ROOT, "  %-16s %7.2f / %7.2f   %7.2f / %7.2f  (%d)%n",
                    "\"" + q + "\"", percentile(a, 50), percentile(a, 95), percentile(b, 50), percentile(b, 95), hits));
            if (percentile(a, 95) > worstP95) {
                worstP95 = percentile(a, 95);
                worst = String.format(Locale.ROOT, "\"%s\" p95 %.2f ms", q, worstP95);
            }
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
}
