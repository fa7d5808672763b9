package dk.netdesk.testing;

import dk.netdesk.db.Database;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Record;

/**
 * Every row of every table of a database as text, to compare the whole database before and after a change
 * ("the undo left it exactly as it was", "a rejected import changed nothing"). Tables by name (FTS shadow
 * tables and {@code sqlite_sequence} included, Flyway's history left out), rows sorted, each row as
 * {@code column=value|…} with blobs in Base64. Row ids of tables without an integer primary key are not part
 * of it (SQLite may renumber them).
 */
public final class DatabaseDump {

    private DatabaseDump() {
    }

    /** The dump: table name → its rows as text, sorted. */
    public static Map<String, List<String>> of(Database database) {
        Map<String, List<String>> tables = new TreeMap<>();
        List<String> names = database.dsl()
                .fetch("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'flyway%'")
                .getValues(0, String.class);
        for (String table : names) {
            List<String> rows = new ArrayList<>();
            for (Record r : database.dsl().fetch("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                StringBuilder row = new StringBuilder();
                for (int i = 0; i < r.size(); i++) {
                    Object value = r.get(i);
                    String text = value instanceof byte[] bytes ? "b64:" + Base64.getEncoder().encodeToString(bytes)
                            : String.valueOf(value);
                    row.append(i == 0 ? "" : "|").append(r.field(i).getName()).append('=').append(text);
                }
                rows.add(row.toString());
            }
            rows.sort(null);
            tables.put(table, rows);
        }
        return tables;
    }

    /** The dump as one text (for a readable diff in a failed assertion). */
    public static String text(Database database) {
        StringBuilder out = new StringBuilder();
        of(database).forEach((table, rows) -> {
            out.append("== ").append(table).append(" (").append(rows.size()).append(")\n");
            rows.forEach(row -> out.append(row).append('\n'));
        });
        return new String(out.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
