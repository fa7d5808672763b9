package dk.netdesk.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Java half of migration V16 (issue 17, decision 0039): SQLite cannot normalise Unicode, so
 * {@code V16__text_normalised.sql} only records {@link #PENDING} in {@code setting}, and {@link #runIfPending}, which
 * {@link Database#open} calls right after the migrations, makes every typed text stored before the same text
 * however it was typed ({@link PlainText}): one-line values (names, titles, tags, cities, stage and collection
 * names, file names, reasons, channels, phones, emails) with {@link PlainText#line}, texts of lines (notes, bodies,
 * interactions, wordings, an event's place, a PDF's text) with {@link PlainText#text}.
 *
 * <ul>
 *   <li>Tags (a contact's, a library item's) that become equal as a person reads them ({@link PlainText#key}) are
 *       merged: each owner keeps its links, each tag once, in the first stored spelling of all rows (by rowid), so
 *       no primary key is broken.</li>
 *   <li>Library collections that become equal are one collection (the lowest id, its items gathered in it).</li>
 *   <li>A required value (a name, a title) that would become blank stays as it was.</li>
 *   <li>The library's search index ({@code library_fts}) follows: title, body and tags through the V4 triggers, the
 *       attachments column written again for the items whose attachments changed.</li>
 * </ul>
 * It runs in one transaction with the removal of {@link #PENDING}: a failure leaves everything as it was, and it is
 * tried again at the next start. Idempotent: a second run changes nothing.
 */
final class TextNormalisation {

    /** The {@code setting} key V16 writes and a finished run removes. */
    static final String PENDING = "db.textNormalisation";

    private static final Logger LOG = LoggerFactory.getLogger(TextNormalisation.class);

    private static final UnaryOperator<String> LINE = PlainText::line;
    private static final UnaryOperator<String> TEXT = PlainText::text;

    private TextNormalisation() {
    }

    /**
     * Normalises the stored text when V16 asked for it, then removes the request, in one transaction.
     *
     * @return the number of rows changed (0 when nothing was pending)
     * @throws SQLException when a statement fails; the transaction is rolled back and the request stays
     */
    static int runIfPending(Connection connection) throws SQLException {
        if (!pending(connection)) {
            return 0;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            int changed = run(connection);
            try (PreparedStatement done = connection.prepareStatement("DELETE FROM setting WHERE key = ?")) {
                done.setString(1, PENDING);
                done.executeUpdate();
            }
            connection.commit();
            LOG.info("Normalised the stored text (V16): {} row(s) changed", changed);
            return changed;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static boolean pending(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM setting WHERE key = ?")) {
            s.setString(1, PENDING);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static int run(Connection c) throws SQLException {
        int changed = 0;
        changed += columns(c, "setting", "key = 'app.ownerName'", Map.of("value", LINE), List.of());
        changed += columns(c, "contact", null, ordered("name", LINE, "phone", LINE, "email", LINE, "notes", TEXT,
                "do_not_contact_reason", LINE, "city", LINE, "facebook", LINE, "instagram", LINE, "linkedin", LINE,
                "tiktok", LINE), List.of("name"));
        changed += columns(c, "contact_phone", null, Map.of("phone", LINE), List.of());
        changed += columns(c, "contact_email", null, Map.of("email", LINE), List.of());
        changed += columns(c, "interaction", null, ordered("text", TEXT, "outcome", TEXT), List.of());
        changed += columns(c, "stage", null, Map.of("name", LINE), List.of("name"));
        changed += columns(c, "stage_history", null, Map.of("stage_name", LINE), List.of("stage_name"));
        changed += columns(c, "consent", null, ordered("channel", LINE, "wording", TEXT), List.of("channel"));
        changed += columns(c, "retention_decision", null, Map.of("reason", LINE), List.of());
        changed += columns(c, "calendar_event", null, ordered("title", LINE, "location", TEXT, "notes", TEXT),
                List.of("title"));
        changed += columns(c, "contact_attachment", null, Map.of("file_name", LINE), List.of("file_name"));
        changed += columns(c, "library_item", null, ordered("title", LINE, "body", TEXT, "url", LINE), List.of("title"));
        List<Long> attachments = new ArrayList<>();
        changed += columns(c, "library_attachment", null, ordered("file_name", LINE, "text", TEXT), List.of(),
                attachments);
        changed += collections(c);
        changed += tags(c, "contact_tag", "contact_id");
        changed += tags(c, "library_tag", "item_id");
        // the V4 triggers follow title, body and inserted or deleted tags and attachments, not an attachment's changed
        // name or text: write the index's attachments column again for the items whose attachments changed
        try (PreparedStatement s = c.prepareStatement("UPDATE library_fts SET attachments = coalesce(("
                + "SELECT group_concat(file_name || ' ' || text, ' ') FROM library_attachment WHERE item_id = library_fts.rowid), '')"
                + " WHERE rowid = (SELECT item_id FROM library_attachment WHERE id = ?)")) {
            for (long id : attachments) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        }
        return changed;
    }

    private static Map<String, UnaryOperator<String>> ordered(Object... pairs) {
        Map<String, UnaryOperator<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            UnaryOperator<String> rule = (UnaryOperator<String>) pairs[i + 1];
            map.put((String) pairs[i], rule);
        }
        return map;
    }

    /**
     * Rewrites the columns of every row (of those {@code where} selects) whose text changes under its rule; a
     * {@code required} column keeps its value when the rule would leave it blank.
     */
    private static int columns(Connection c, String table, String where, Map<String, UnaryOperator<String>> rules,
                               List<String> required) throws SQLException {
        return columns(c, table, where, rules, required, new ArrayList<>());
    }

    /** As {@link #columns(Connection, String, String, Map, List)}, adding the rowid of every changed row to {@code changedRows}. */
    private static int columns(Connection c, String table, String where, Map<String, UnaryOperator<String>> rules,
                               List<String> required, List<Long> changedRows) throws SQLException {
        List<String> names = new ArrayList<>(rules.keySet());
        String select = "SELECT rowid, " + String.join(", ", names) + " FROM " + table
                + (where == null ? "" : " WHERE " + where);
        String update = "UPDATE " + table + " SET " + String.join(", ", names.stream().map(n -> n + " = ?").toList())
                + " WHERE rowid = ?";
        int changed = 0;
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(select);
             PreparedStatement write = c.prepareStatement(update)) {
            while (rows.next()) {
                boolean differs = false;
                for (int i = 0; i < names.size(); i++) {
                    String old = rows.getString(i + 2);
                    String now = old == null ? null : rules.get(names.get(i)).apply(old);
                    if (now != null && now.isBlank() && required.contains(names.get(i))) {
                        now = old;
                    }
                    differs |= old != null && !old.equals(now);
                    write.setString(i + 1, now);
                }
                if (differs) {
                    write.setLong(names.size() + 1, rows.getLong(1));
                    write.executeUpdate();
                    changedRows.add(rows.getLong(1));
                    changed++;
                }
            }
        }
        return changed;
    }

    /**
     * Library collections whose names read the same become the one with the lowest id (its items gathered in it),
     * then every name is written as a one-line value.
     */
    private static int collections(Connection c) throws SQLException {
        Map<String, Long> first = new HashMap<>();
        Map<Long, Long> mergedInto = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT id, name FROM library_collection ORDER BY id")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                Long kept = first.putIfAbsent(PlainText.key(rows.getString(2)), id);
                if (kept != null) {
                    mergedInto.put(id, kept);
                }
            }
        }
        try (PreparedStatement move = c.prepareStatement("UPDATE library_item SET collection_id = ? WHERE collection_id = ?");
             PreparedStatement drop = c.prepareStatement("DELETE FROM library_collection WHERE id = ?")) {
            for (Map.Entry<Long, Long> merge : mergedInto.entrySet()) {
                move.setLong(1, merge.getValue());
                move.setLong(2, merge.getKey());
                move.executeUpdate();
                drop.setLong(1, merge.getKey());
                drop.executeUpdate();
            }
        }
        return mergedInto.size() + columns(c, "library_collection", null, Map.of("name", LINE), List.of("name"));
    }

    /**
     * Gives every tag of {@code table} (owner column {@code owner}) the first stored spelling ({@link PlainText#line},
     * by rowid) of the tags that read the same, once per owner; a tag that becomes blank goes. An owner whose tags
     * change has them deleted and inserted again in their order (so no primary key meets a duplicate on the way).
     *
     * @return the number of owners whose tags changed
     */
    private static int tags(Connection c, String table, String owner) throws SQLException {
        Map<String, String> spelling = new HashMap<>();
        Map<Long, List<String>> stored = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT " + owner + ", tag FROM " + table + " ORDER BY rowid")) {
            while (rows.next()) {
                String tag = rows.getString(2);
                String line = PlainText.line(tag).replaceAll("\\s+", " ");
                if (!line.isEmpty()) {
                    spelling.putIfAbsent(PlainText.key(line), line);
                }
                stored.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(tag);
            }
        }
        int changed = 0;
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE " + owner + " = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + owner + ", tag) VALUES (?, ?)")) {
            for (Map.Entry<Long, List<String>> entry : stored.entrySet()) {
                Map<String, String> once = new LinkedHashMap<>();
                for (String tag : entry.getValue()) {
                    String key = PlainText.key(tag);
                    if (!key.isEmpty()) {
                        once.putIfAbsent(key, spelling.getOrDefault(key, PlainText.line(tag)));
                    }
                }
                List<String> now = new ArrayList<>(once.values());
                if (now.equals(entry.getValue())) {
                    continue;
                }
                delete.setLong(1, entry.getKey());
                delete.executeUpdate();
                for (String tag : now) {
                    insert.setLong(1, entry.getKey());
                    insert.setString(2, tag);
                    insert.executeUpdate();
                }
                changed++;
            }
        }
        return changed;
    }
}
