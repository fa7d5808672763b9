package dk.netdesk.testing;

import dk.netdesk.db.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Every table of a Netdesk database as text, for tests that must show that a failed or undone write
 * changed nothing: compare {@code dump} before and after. Each table starts with a {@code == name (n rows)}
 * line followed by its rows, one line each ({@code column=value|…}, values as SQLite returns them), sorted,
 * so that the order rows come back in does not matter. Tables are in name order; the schema itself
 * (every {@code sqlite_master} row) comes first.
 */
public final class DatabaseDump {

    private DatabaseDump() {
    }

    /** Every table of the open database, read through its connection (call outside a transaction). */
    public static String dump(Database database) {
        return dump(database, Set.of());
    }

    /**
     * Every table but the ones named, read through the database's own connection. Leave out
     * {@code sqlite_sequence} to compare after an undo: the AUTOINCREMENT counters do not go back.
     */
    public static String dump(Database database, Set<String> leaveOut) {
        return database.dsl().connectionResult(connection -> dump(connection, leaveOut));
    }

    /** Every table of the SQLite file, read through a new read-only connection. */
    public static String dump(Path file) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath()
                + "?mode=ro")) {
            return dump(connection, Set.of());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not dump " + file, e);
        }
    }

    private static String dump(Connection connection, Set<String> leaveOut) throws SQLException {
        StringBuilder out = new StringBuilder();
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            out.append(table(statement, "sqlite_master", "SELECT type, name, tbl_name, sql FROM sqlite_master"));
            try (ResultSet names = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                if (!leaveOut.contains(table)) {
                    out.append(table(statement, table, "SELECT * FROM \"" + table.replace("\"", "\"\"") + "\""));
                }
            }
        }
        return out.toString();
    }

    private static String table(Statement statement, String name, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(query)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (i > 1) {
                        row.append('|');
                    }
                    Object value = rs.getObject(i);
                    row.append(meta.getColumnName(i)).append('=')
                            .append(value instanceof byte[] bytes ? "blob:" + java.util.HexFormat.of().formatHex(bytes)
                                    : String.valueOf(value).replace("\\", "\\\\").replace("\n", "\\n"));
                }
                rows.add(row.toString());
            }
        }
        Collections.sort(rows);
        StringBuilder out = new StringBuilder("== ").append(name).append(" (").append(rows.size()).append(" rows)\n");
        rows.forEach(r -> out.append(r).append('\n'));
        return out.toString();
    }
}
