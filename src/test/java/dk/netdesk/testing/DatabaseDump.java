package dk.netdesk.testing;

import dk.netdesk.db.Database;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A full dump of a database for "nothing changed" checks: every table of the schema (including
 * SQLite's own {@code sqlite_sequence}, so even a rolled-back insert that moved an id counter shows),
 * each row as text, rows sorted. Compare two dumps with {@code isEqualTo}.
 */
public final class DatabaseDump {

    private DatabaseDump() {
    }

    /** Table name to its rows, each row as the text of its columns. */
    public static Map<String, List<String>> of(Database database) {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        List<String> tables = database.dsl().fetch(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").getValues(0, String.class);
        for (String table : tables) {
            List<String> rows = new ArrayList<>();
            for (Object[] row : database.dsl().fetch("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"").intoArrays()) {
                rows.add(Arrays.deepToString(row));
            }
            rows.sort(null);
            dump.put(table, rows);
        }
        return dump;
    }
}
