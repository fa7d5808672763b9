package dk.netdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * Issue 17, item 6: a database at V15 holding text typed on a Mac (NFD), pasted with no-break spaces and invisible
 * marks is made the same text however it was typed by V16 (decision 0039): NFC everywhere, spaces and marks folded
 * in one-line values, tags and collections that read the same merged without losing a link, the search index in
 * step.
 */
class TextNormalisationMigrationTest {

    private static final String NFC = "caf\u00e9";
    private static final String NFD = "cafe\u0301";

    @TempDir
    Path dir;

    private SQLiteDataSource atV15() {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("15").load().migrate();
        return source;
    }

    private static void exec(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private static List<String> strings(Database db, String sql) {
        return db.dsl().resultQuery(sql).fetch(0, String.class);
    }

    @Test
    void v16NormalisesStoredTextMergesTagsAndKeepsTheSearchIndexInStep() throws Exception {
        SQLiteDataSource source = atV15();
        try (Connection c = source.getConnection()) {
            exec(c, "INSERT INTO setting (key, value) VALUES ('app.ownerName', ?), ('backup.folder', ?)",
                    "Jose\u0301\u00a0Mu\u0308ller", "/home/jose/Sikkerhedskopi\u00a0" + NFD);
            exec(c, "INSERT INTO stage (id, name, kind, position) VALUES (1, ?, 'OPEN', 0)", "Mo\u0308de\u00a0holdt");
            exec(c, "INSERT INTO contact (id, name, city, notes, created_at, updated_at, stage_id) VALUES "
                    + "(1, ?, ?, ?, 'x', 'x', 1), (2, 'Bo', '', '', 'x', 'x', 1), (3, ?, '', '', 'x', 'x', NULL)",
                    "\u200bJose\u0301\u00a0Mu\u0308ller ", "A\u030Arhus\u2009C", "Mo\u0308dtes p\u00e5 " + NFD + "en\u00a010 %",
                    "\u00a0");
            exec(c, "INSERT INTO contact_tag (contact_id, tag) VALUES (1, ?), (1, ?), (1, ?), (2, ?), (2, 'Kunde')",
                    NFC, NFD, NFC + "\u00a0", "Caf\u00e9\u200b");
            exec(c, "INSERT INTO calendar_event (id, title, start_local, end_local, zone, notes, category, kind) VALUES "
                    + "(1, ?, '2026-12-10T09:00', '2026-12-10T10:00', 'Europe/Copenhagen', ?, 'WORK', 'MEETING')",
                    "Mo\u0308de\u00a0med Jose\u0301", "Aftalt p\u00e5 " + NFD);
            exec(c, "INSERT INTO interaction (contact_id, type, happened_on, text, outcome, created_at) VALUES "
                    + "(1, 'CALL', '2026-12-01', ?, '', 'x')", "Talte om " + NFD);
            exec(c, "INSERT INTO library_collection (id, name) VALUES (1, ?), (2, ?)", "Tr\u00e6ning " + NFD,
                    "tr\u00e6ning\u00a0" + NFC);
            exec(c, "INSERT INTO library_item (id, title, kind, body, collection_id, created_at, updated_at) VALUES "
                    + "(1, ?, 'TRAINING_NOTE', ?, 1, 'x', 'x'), (2, 'Mac', 'TRAINING_NOTE', ?, 2, 'x', 'x')",
                    "Windows\u00a0" + NFC, "Vi ses p\u00e5 " + NFC + "en.", "M\u00f8des p\u00e5 " + NFD + " Nord.");
            exec(c, "INSERT INTO library_tag (item_id, tag) VALUES (1, ?), (2, ?), (2, ?), (2, 'Hudpleje')", NFC, NFD,
                    NFC + "\u00a0");
            exec(c, "INSERT INTO library_attachment (item_id, file_name, sha256, media_type, size, text, added_at) "
                    + "VALUES (2, ?, 'ab', 'application/pdf', 1, ?, 'x')", "Menu\u0308.pdf", "Menukort: cre\u0300me bru\u0302le\u0301e");
            exec(c, "INSERT INTO contact_attachment (contact_id, file_name, sha256, media_type, size, added_at) VALUES "
                    + "(1, ?, ?, 'image/png', 1, 'x')", "Billede\u00a0" + NFD + ".png", "a".repeat(64));
        }

        try (Database db = Database.open(dir)) {
            assertThat(strings(db, "SELECT value FROM setting WHERE key = 'app.ownerName'"))
                    .containsExactly("Jos\u00e9 M\u00fcller");
            assertThat(strings(db, "SELECT value FROM setting WHERE key = 'backup.folder'")).as("a path is not typed text")
                    .containsExactly("/home/jose/Sikkerhedskopi\u00a0" + NFD);
            assertThat(strings(db, "SELECT key FROM setting WHERE key = 'db.textNormalisation'")).as("done").isEmpty();
            assertThat(strings(db, "SELECT name FROM stage")).containsExactly("M\u00f6de holdt");
            assertThat(strings(db, "SELECT name || '|' || city || '|' || notes FROM contact ORDER BY id")).containsExactly(
                    "Jos\u00e9 M\u00fcller|\u00c5rhus C|M\u00f6dtes p\u00e5 " + NFC + "en\u00a010 %", "Bo||",
                    "\u00a0||");
            assertThat(strings(db, "SELECT contact_id || ':' || tag FROM contact_tag ORDER BY contact_id, rowid"))
                    .as("one tag per contact, the first stored spelling, every link kept")
                    .containsExactly("1:" + NFC, "2:" + NFC, "2:Kunde");
            assertThat(strings(db, "SELECT title || '|' || notes FROM calendar_event"))
                    .containsExactly("M\u00f6de med Jos\u00e9|Aftalt p\u00e5 " + NFC);
            assertThat(strings(db, "SELECT text FROM interaction")).containsExactly("Talte om " + NFC);
            assertThat(strings(db, "SELECT name FROM library_collection")).containsExactly("Tr\u00e6ning " + NFC);
            assertThat(strings(db, "SELECT coalesce(collection_id, 0) FROM library_item ORDER BY id")).containsExactly("1", "1");
            assertThat(strings(db, "SELECT title || '|' || body FROM library_item ORDER BY id")).containsExactly(
                    "Windows " + NFC + "|Vi ses p\u00e5 " + NFC + "en.", "Mac|M\u00f8des p\u00e5 " + NFC + " Nord.");
            assertThat(strings(db, "SELECT item_id || ':' || tag FROM library_tag ORDER BY item_id, rowid"))
                    .containsExactly("1:" + NFC, "2:" + NFC, "2:Hudpleje");
            assertThat(strings(db, "SELECT file_name || '|' || text FROM library_attachment"))
                    .containsExactly("Men\u00fc.pdf|Menukort: cr\u00e8me br\u00fbl\u00e9e");
            assertThat(strings(db, "SELECT file_name FROM contact_attachment")).containsExactly("Billede " + NFC + ".png");

            // the search index holds the NFC text: an NFC word finds both items, in title, body, tags and attachments
            assertThat(strings(db, "SELECT rowid FROM library_fts WHERE library_fts MATCH '\"" + NFC + "\"' ORDER BY rowid"))
                    .containsExactly("1", "2");
            assertThat(strings(db, "SELECT rowid FROM library_fts WHERE library_fts MATCH 'tags:\"" + NFC + "\"' ORDER BY rowid"))
                    .containsExactly("1", "2");
            assertThat(strings(db, "SELECT rowid FROM library_fts WHERE library_fts MATCH 'attachments:\"cr\u00e8me\"'"))
                    .containsExactly("2");
            assertThat(strings(db, "SELECT rowid FROM library_fts WHERE library_fts MATCH 'attachments:\"men\u00fc\"'"))
                    .containsExactly("2");
            assertThat(strings(db, "SELECT count(*) FROM library_fts WHERE library_fts MATCH '\"" + NFD + "\"'"))
                    .as("no NFD left in the index").containsExactly("0");
            assertThat(db.quickCheck()).isEmpty();
            db.dsl().execute("INSERT INTO library_fts(library_fts, rank) VALUES('integrity-check', 1)");
        }
        try (Database again = Database.open(dir)) {
            assertThat(strings(again, "SELECT count(*) FROM contact_tag")).as("a second start changes nothing")
                    .containsExactly("3");
        }
    }

    /** A run that fails half-way changes nothing and stays pending; the next run does the whole work. */
    @Test
    void aFailedRunChangesNothingAndIsDoneAtTheNextStart() throws Exception {
        SQLiteDataSource source = atV15();
        try (Connection c = source.getConnection()) {
            exec(c, "INSERT INTO contact (id, name, created_at, updated_at) VALUES (1, ?, 'x', 'x'), (2, ?, 'x', 'x')",
                    "Jose\u0301", "Bo\u00a0Lund");
            exec(c, "INSERT INTO contact_tag (contact_id, tag) VALUES (1, ?), (1, ?)", NFC, NFD);
        }
        Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
        try (Connection c = source.getConnection(); java.sql.Statement s = c.createStatement()) {
            // the contacts' names are written before the tags: the second contact's update fails after the first's
            s.execute("CREATE TRIGGER boom BEFORE UPDATE OF name ON contact WHEN old.id = 2 BEGIN SELECT RAISE(ABORT, 'boom'); END");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> TextNormalisation.runIfPending(c))
                    .isInstanceOf(java.sql.SQLException.class);
            try (java.sql.ResultSet rows = s.executeQuery("SELECT (SELECT group_concat(name, '|') FROM (SELECT name FROM contact ORDER BY id)), "
                    + "(SELECT count(*) FROM contact_tag), (SELECT count(*) FROM setting WHERE key = '"
                    + TextNormalisation.PENDING + "')")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("Jose\u0301|Bo\u00a0Lund");
                assertThat(rows.getInt(2)).isEqualTo(2);
                assertThat(rows.getInt(3)).as("still pending").isEqualTo(1);
            }
            s.execute("DROP TRIGGER boom");
        }
        try (Database db = Database.open(dir)) {
            assertThat(strings(db, "SELECT name FROM contact ORDER BY id")).containsExactly("Jos\u00e9", "Bo Lund");
            assertThat(strings(db, "SELECT tag FROM contact_tag")).containsExactly(NFC);
            assertThat(strings(db, "SELECT key FROM setting WHERE key = 'db.textNormalisation'")).isEmpty();
        }
    }
}
