package dk.netdesk.db;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * A copy of chosen rows of chosen tables, taken before a change that spans several tables (a merge of
 * two contacts), which {@link #restore} writes back exactly: rows the change added to a scope are
 * deleted, changed rows get their old values, and removed rows come back with their old row ids. The
 * tables and columns are found in the schema ({@link #foreignKeysTo}), so a table added later is
 * copied without changes here. Values are kept as SQLite gave them (Long, Double, String, byte[] or
 * null). Holds personal data in memory, like any undo. Call on the database thread.
 */
public final class RowSnapshot {

    /**
     * One column that refers to another table.
     *
     * @param table    the table holding the column
     * @param column   the column
     * @param onDelete what SQLite does to the row when the referred row is deleted ("CASCADE", "SET NULL", "NO ACTION" …)
     */
    public record ForeignKey(String table, String column, String onDelete) {

        /** "table.column", as the merge names it. */
        public String name() {
            return table + "." + column;
        }
    }

    /**
     * The rows of {@code table} whose {@code column} holds one of {@code values}.
     *
     * @param values row values to match (ids); an empty list matches nothing
     */
    public record Scope(String table, String column, Collection<?> values) {
        public Scope {
            values = List.copyOf(values);
        }
    }

    private final Database database;
    /** Per table, in the order first named: the copied rows by row id (each a column → value map). */
    private final Map<String, Map<Long, Map<String, Object>>> rows;
    private final List<Scope> scopes;

    private RowSnapshot(Database database, List<Scope> scopes, Map<String, Map<Long, Map<String, Object>>> rows) {
        this.database = database;
        this.scopes = List.copyOf(scopes);
        this.rows = rows;
    }

    /** Every column of every table in the schema that refers to {@code parent}, by table and column name. */
    public static List<ForeignKey> foreignKeysTo(Database database, String parent) {
        DSLContext dsl = database.dsl();
        List<ForeignKey> keys = new ArrayList<>();
        for (String table : dsl.fetch("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                .getValues(0, String.class)) {
            for (Record fk : dsl.fetch("SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list(?)", table)) {
                if (parent.equalsIgnoreCase(fk.get(0, String.class))) { // ASCII identifier, not visible text
                    keys.add(new ForeignKey(table, fk.get(1, String.class), fk.get(2, String.class)));
                }
            }
        }
        return keys;
    }

    /**
     * Copies the rows in the scopes. Name a parent table's scopes before its children's, so that
     * {@link #restore} can insert the parent rows first.
     *
     * @throws IllegalArgumentException when a table or column is not in the schema
     */
    public static RowSnapshot take(Database database, List<Scope> scopes) {
        Map<String, Map<Long, Map<String, Object>>> rows = new LinkedHashMap<>();
        for (Scope scope : scopes) {
            Map<Long, Map<String, Object>> byRowId = rows.computeIfAbsent(scope.table(), t -> new LinkedHashMap<>());
            for (Record r : select(database, scope, "SELECT rowid AS \"_rowid_\", * FROM ")) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i < r.size(); i++) {
                    row.put(r.field(i).getName(), r.get(i));
                }
                byRowId.put(((Number) r.get(0)).longValue(), row);
            }
        }
        return new RowSnapshot(database, scopes, rows);
    }

    /** How many rows were copied, over all tables. */
    public int size() {
        return rows.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * Writes the copied rows back, in one transaction (or the caller's): in each table, the rows now in a
     * scope that were not copied are deleted (children first), each copied row is set back to its values
     * where it still exists, and inserted with its row id where it does not (parents first). A table no
     * other table refers to is written by deleting and inserting, so that unique keys never clash halfway.
     */
    public void restore() {
        database.inTransaction(() -> {
            DSLContext dsl = database.dsl();
            Set<String> parents = new HashSet<>();
            for (String table : rows.keySet()) {
                for (Record fk : dsl.fetch("SELECT \"table\" FROM pragma_foreign_key_list(?)", table)) {
                    parents.add(fk.get(0, String.class).toLowerCase(java.util.Locale.ROOT));
                }
            }
            List<String> tables = new ArrayList<>(rows.keySet());
            for (int i = tables.size() - 1; i >= 0; i--) {
                String table = tables.get(i);
                Set<Long> now = new HashSet<>();
                for (Scope scope : scopes) {
                    if (scope.table().equals(table)) {
                        select(database, scope, "SELECT rowid FROM ").forEach(r -> now.add(((Number) r.get(0)).longValue()));
                    }
                }
                boolean referenced = isReferenced(dsl, table);
                if (!referenced) {
                    now.addAll(rows.get(table).keySet());
                } else {
                    now.removeAll(rows.get(table).keySet());
                }
                for (long rowId : now) {
                    dsl.execute("DELETE FROM " + quote(table) + " WHERE rowid = ?", rowId);
                }
            }
            for (String table : tables) {
                boolean referenced = isReferenced(dsl, table);
                for (Map.Entry<Long, Map<String, Object>> row : rows.get(table).entrySet()) {
                    boolean exists = referenced && !dsl.fetch(
                            "SELECT 1 FROM " + quote(table) + " WHERE rowid = ?", row.getKey()).isEmpty();
                    if (exists) {
                        update(dsl, table, row.getKey(), row.getValue());
                    } else {
                        insert(dsl, table, row.getKey(), row.getValue());
                    }
                }
            }
            return null;
        });
    }

    private static boolean isReferenced(DSLContext dsl, String table) {
        for (String other : dsl.fetch("SELECT name FROM sqlite_master WHERE type = 'table'").getValues(0, String.class)) {
            for (Record fk : dsl.fetch("SELECT \"table\" FROM pragma_foreign_key_list(?)", other)) {
                if (table.equalsIgnoreCase(fk.get(0, String.class))) { // ASCII identifier, not visible text
                    return true;
                }
            }
        }
        return false;
    }

    private static void update(DSLContext dsl, String table, long rowId, Map<String, Object> row) {
        String set = row.keySet().stream().map(c -> quote(c) + " = ?").collect(Collectors.joining(", "));
        List<Object> values = new ArrayList<>(row.values());
        values.add(rowId);
        dsl.execute("UPDATE " + quote(table) + " SET " + set + " WHERE rowid = ?", values.toArray());
    }

    private static void insert(DSLContext dsl, String table, long rowId, Map<String, Object> row) {
        String columns = row.keySet().stream().map(RowSnapshot::quote).collect(Collectors.joining(", "));
        String marks = row.keySet().stream().map(c -> "?").collect(Collectors.joining(", "));
        List<Object> values = new ArrayList<>();
        values.add(rowId);
        values.addAll(row.values());
        dsl.execute("INSERT INTO " + quote(table) + " (rowid, " + columns + ") VALUES (?, " + marks + ")",
                values.toArray());
    }

    private static org.jooq.Result<Record> select(Database database, Scope scope, String head) {
        if (scope.values().isEmpty()) {
            return database.dsl().newResult();
        }
        requireColumn(database.dsl(), scope.table(), scope.column());
        String marks = scope.values().stream().map(v -> "?").collect(Collectors.joining(", "));
        return database.dsl().fetch(head + quote(scope.table()) + " WHERE " + quote(scope.column()) + " IN (" + marks
                + ") ORDER BY rowid", scope.values().toArray());
    }

    private static void requireColumn(DSLContext dsl, String table, String column) {
        boolean found = dsl.fetch("SELECT name FROM pragma_table_info(?)", table).getValues(0, String.class)
                .stream().anyMatch(column::equalsIgnoreCase);
        if (!found) {
            throw new IllegalArgumentException("No column " + table + "." + column);
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
