package dk.netdesk.db;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * Reading backup files and the database file for {@link Backups}, always through read-only connections:
 * what a backup holds, whether it is Netdesk's and how old, and {@code VACUUM INTO} from a connection.
 */
final class BackupReads {

    private static final Logger LOG = LoggerFactory.getLogger(BackupReads.class);

    private BackupReads() {
    }

    static void vacuumInto(Connection connection, Path target) throws SQLException {
        try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toAbsolutePath().toString());
            vacuum.execute();
        }
    }


    static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source.getConnection();
    }


    /**
     * Checks {@code file} with {@code quick_check} (the check {@link Backups#restore} makes), then counts what
     * it holds, and how many of the {@code erased} people (pending erasures and anonymises) it still holds
     * ({@link #holdersIn}), or, when it cannot be read, those erased or anonymised after it was taken.
     */
    static BackupSummary summary(BackupFile file, List<BackupErasureRepository.Pending> erased) {
        String problem = Backups.quickCheck(file.path());
        if (problem != null) {
            LOG.warn("The backup {} is damaged: {}", file.path(), problem);
            return new BackupSummary(file, BackupSummary.Condition.DAMAGED, -1, -1, -1, erasedAfter(file, erased).size());
        }
        try (Connection c = readOnly(file.path()); Statement s = c.createStatement()) {
            return new BackupSummary(file, BackupSummary.Condition.GOOD, count(s, "SELECT count(*) FROM contact"),
                    count(s, "SELECT count(*) FROM calendar_event WHERE series_id IS NULL"),
                    count(s, "SELECT count(*) FROM library_item"),
                    holdersIn(c, erased).stream().map(BackupErasureRepository.Pending::contactId).collect(Collectors.toSet()).size());
        } catch (SQLException e) {
            LOG.warn("Cannot read the backup {}: {}", file.path(), e.getMessage());
            return new BackupSummary(file, BackupSummary.Condition.UNREADABLE, -1, -1, -1, erasedAfter(file, erased).size());
        }
    }

    /** The erasures made after {@code file} was taken: what a backup that cannot be read may still hold. */
    static List<BackupErasureRepository.Pending> erasedAfter(BackupFile file, List<BackupErasureRepository.Pending> erased) {
        return erased.stream().filter(p -> !p.erasedAt().isBefore(file.takenAt())).toList();
    }

    /**
     * The entries of {@code pending} whose person the database on {@code connection} still holds as they were:
     * for an erase, it has the contact row; for an anonymise, it has the contact row and that row is not
     * anonymised yet (no {@code ANONYMISED} retention decision; a database from before that table has none).
     */
    static List<BackupErasureRepository.Pending> holdersIn(Connection connection, List<BackupErasureRepository.Pending> pending)
            throws SQLException {
        Set<Long> present = contactsIn(connection, pending.stream().map(BackupErasureRepository.Pending::contactId)
                .collect(Collectors.toSet()));
        Set<Long> anonymised = new TreeSet<>();
        boolean decisions;
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'retention_decision'")) {
            decisions = rows.next();
        }
        if (decisions) {
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT 1 FROM retention_decision WHERE contact_id = ? AND decision = 'ANONYMISED'")) {
                for (long id : present) {
                    s.setLong(1, id);
                    try (ResultSet rows = s.executeQuery()) {
                        if (rows.next()) {
                            anonymised.add(id);
                        }
                    }
                }
            }
        }
        return pending.stream().filter(p -> present.contains(p.contactId())
                && (p.kind() == BackupErasureRepository.Kind.ERASE || !anonymised.contains(p.contactId()))).toList();
    }

    /** Which of {@code contactIds} have a row in the {@code contact} table of the database on {@code connection}. */
    static Set<Long> contactsIn(Connection connection, Set<Long> contactIds) throws SQLException {
        Set<Long> found = new TreeSet<>();
        if (contactIds.isEmpty()) {
            return found;
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM contact WHERE id = ?")) {
            for (long id : contactIds) {
                s.setLong(1, id);
                try (ResultSet rows = s.executeQuery()) {
                    if (rows.next()) {
                        found.add(id);
                    }
                }
            }
        }
        return found;
    }

    static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }


    /**
     * True when {@code backup} is a Netdesk database older than this version (it needs migrations);
     * refuses a file without Netdesk's tables and one from a newer Netdesk.
     */
    static boolean olderThanThisVersion(Path backup) throws BackupException {
        SortedSet<Long> known = MigrationFiles.versions(BackupReads.class.getClassLoader());
        BigDecimal newest = null;
        try (Connection c = readOnly(backup); Statement s = c.createStatement()) {
            try (ResultSet tables = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                    + "AND name IN ('flyway_schema_history', 'contact', 'setting')")) {
                if (!tables.next() || tables.getInt(1) != 3) {
                    throw new BackupException(BackupException.Problem.NOT_NETDESK, backup + " has no Netdesk tables");
                }
            }
            try (ResultSet rows = s.executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success = 1")) {
                while (rows.next()) {
                    BigDecimal version = new BigDecimal(rows.getString(1).trim());
                    newest = newest == null || version.compareTo(newest) > 0 ? version : newest;
                }
            }
        } catch (SQLException | NumberFormatException e) {
            throw new BackupException(BackupException.Problem.NOT_NETDESK, backup + " cannot be read as Netdesk's: " + e, e);
        }
        if (newest == null) {
            throw new BackupException(BackupException.Problem.NOT_NETDESK, backup + " has no applied migrations");
        }
        int order = newest.compareTo(BigDecimal.valueOf(known.last()));
        if (order > 0) {
            throw new BackupException(BackupException.Problem.TOO_NEW,
                    backup + " has migration " + newest + "; this Netdesk knows up to " + known.last());
        }
        return order < 0;
    }


    /** The chosen backup folder stored in the database file's settings, read read-only; empty if none or unreadable. */
    static Optional<Path> chosenFolder(Path databaseFile) {
        try (Connection c = readOnly(databaseFile);
             PreparedStatement s = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            s.setString(1, Backups.FOLDER_SETTING);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() && !rows.getString(1).isBlank() ? Optional.of(Path.of(rows.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
