package dk.netdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * {@code mvn -B -o -Pbenchmark test -Dtest=TextNormalisationBenchmarkTest}: how long V16's Java half
 * ({@link TextNormalisation#runIfPending}) takes on a V15 database of 10,000 contacts (half named in NFD with a
 * no-break space, two tags each, half of them "café" in NFD) and 2,000 library items of about 5,000 characters in
 * NFD (one tag each, half NFD). Prints the time of the Java step alone and of a whole {@link Database#open} of a
 * copy (Flyway, the backup before migrating, the step), and a second open (nothing pending).
 */
@Tag("benchmark")
class TextNormalisationBenchmarkTest {

    @TempDir
    Path dir;

    private static SQLiteDataSource v15(Path folder) throws Exception {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + folder.resolve(Database.FILE_NAME));
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("15").load().migrate();
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO contact (name, city, notes, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')");
                 PreparedStatement t = c.prepareStatement("INSERT INTO contact_tag (contact_id, tag) VALUES (?, ?)")) {
                for (int i = 1; i <= 10_000; i++) {
                    p.setString(1, (i % 2 == 0 ? "Jose\u0301\u00a0" : "Anna ") + i);
                    p.setString(2, i % 3 == 0 ? "A\u030Arhus" : "Odense");
                    p.setString(3, "M\u00f8dtes p\u00e5 cafe\u0301en " + "lorem ipsum ".repeat(20));
                    p.executeUpdate();
                    t.setLong(1, i);
                    t.setString(2, i % 2 == 0 ? "cafe\u0301" : "caf\u00e9");
                    t.executeUpdate();
                    t.setLong(1, i);
                    t.setString(2, "Kunde");
                    t.executeUpdate();
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO library_item (title, kind, body, created_at, "
                    + "updated_at) VALUES (?, 'TRAINING_NOTE', ?, 'x', 'x')");
                 PreparedStatement t = c.prepareStatement("INSERT INTO library_tag (item_id, tag) VALUES (?, ?)")) {
                for (int i = 1; i <= 2_000; i++) {
                    p.setString(1, "Note\u00a0" + i);
                    p.setString(2, ("Vi ses p\u00e5 cafe\u0301en. " + "lorem ipsum dolor ".repeat(10) + "\n").repeat(20));
                    p.executeUpdate();
                    t.setLong(1, i);
                    t.setString(2, i % 2 == 0 ? "cafe\u0301" : "caf\u00e9");
                    t.executeUpdate();
                }
            }
            c.commit();
        }
        return source;
    }

    @Test
    void v16OnTenThousandContactsAndTwoThousandItems() throws Exception {
        Path alone = dir.resolve("alone");
        java.nio.file.Files.createDirectories(alone);
        SQLiteDataSource source = v15(alone);
        Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
        int changed;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        try (Connection c = source.getConnection()) {
            changed = TextNormalisation.runIfPending(c);
        }
        long step = (System.nanoTime() - start) / 1_000_000;
        long stepCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;

        Path whole = dir.resolve("whole");
        java.nio.file.Files.createDirectories(whole);
        v15(whole);
        start = System.nanoTime();
        try (Database db = Database.open(whole)) {
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("contact_tag"))).isEqualTo(20_000);
        }
        long open = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        try (Database db = Database.open(whole)) {
            assertThat(db.file()).exists();
        }
        long again = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(java.util.Locale.ROOT, "V16 step alone: %d ms wall, %d ms CPU (%d rows/owners changed); "
                + "whole open with migration: %d ms; second open: %d ms%n", step, stepCpu, changed, open, again);
    }
}
