package dk.netdesk.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SortedSet;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultConnectionProvider;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one SQLite file {@code netdesk.db} in the data folder: the single-instance lock,
 * the migrations, the connection pragmas and the jOOQ {@link DSLContext}.
 *
 * <p>There is one connection. All database work runs on the one background thread
 * (see {@link dk.netdesk.ui.Background}), so SQLite sees one writer at a time.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "netdesk.db";
    private static final String MIGRATIONS = "classpath:db/migration";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final Path dataDir;
    private final InstanceLock lock;
    private final Connection connection;
    private final DSLContext dsl;

    private Database(Path dataDir, InstanceLock lock, Connection connection) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.connection = connection;
        // Thread-bound transactions let a service run several repository methods as one transaction:
        // a repository's dsl().transactionResult(() -> ...) inside inTransaction(...) becomes a savepoint.
        DefaultConnectionProvider connections = new DefaultConnectionProvider(connection);
        this.dsl = DSL.using(new DefaultConfiguration().set(SQLDialect.SQLITE).set(connections)
                .set(new ThreadLocalTransactionProvider(connections)));
    }

    /**
     * Locks the data folder, refuses a database from a newer Netdesk, migrates and opens.
     */
    public static Database open(Path dataDir)
            throws IOException, InstanceLock.AlreadyRunningException, DatabaseTooNewException {
        return open(dataDir, InstanceLock.acquire(dataDir));
    }

    /**
     * Opens with a lock already taken (the launcher takes it first, so that a second instance is
     * refused at once). The lock belongs to the database from here on, and is released if opening fails.
     */
    public static Database open(Path dataDir, InstanceLock lock) throws IOException, DatabaseTooNewException {
        try {
            Path file = dataDir.resolve(FILE_NAME);
            SQLiteDataSource dataSource = dataSource(file, false);
            if (needsMigration(file)) {
                Backups.beforeMigration(file);
                Flyway flyway = Flyway.configure()
                        .dataSource(dataSource)
                        .locations(MIGRATIONS)
                        .group(true)
                        .load();
                int applied = flyway.migrate().migrationsExecuted;
                LOG.info("Applied {} migration(s) to {}", applied, file);
            }
            Connection connection = dataSource.getConnection();
            requireFts5(connection);
            return new Database(dataDir, lock, connection);
        } catch (DatabaseTooNewException | IOException | RuntimeException e) {
            lock.close();
            throw e;
        } catch (SQLException e) {
            lock.close();
            throw new IOException("Cannot open the database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static SQLiteDataSource dataSource(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    /**
     * Reads, read-only, which migrations the file has. Refuses a file with a migration newer than
     * this build knows; returns false when every migration of this build is applied, so that
     * Flyway (slow to start) is only started when there is something to do.
     */
    private static boolean needsMigration(Path file) throws DatabaseTooNewException, SQLException {
        SortedSet<Long> known = MigrationFiles.versions(Database.class.getClassLoader());
        if (known.isEmpty()) {
            throw new IllegalStateException("No migrations in " + MIGRATIONS);
        }
        if (!Files.exists(file)) {
            return true;
        }
        SortedSet<Long> applied = new TreeSet<>();
        boolean failed = false;
        try (Connection c = dataSource(file, true).getConnection(); Statement s = c.createStatement()) {
            try (ResultSet table = s.executeQuery(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!table.next()) {
                    return true;
                }
            }
            try (ResultSet rows = s.executeQuery(
                    "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
                while (rows.next()) {
                    failed |= rows.getInt(2) != 1;
                    applied.add(Long.parseLong(rows.getString(1).trim()));
                }
            }
        }
        if (!applied.isEmpty() && applied.last() > known.last()) {
            throw new DatabaseTooNewException(file, String.valueOf(applied.last()), String.valueOf(known.last()));
        }
        return failed || !applied.containsAll(known);
    }

    private static void requireFts5(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT sqlite_compileoption_used('ENABLE_FTS5')")) {
            if (!rs.next() || rs.getInt(1) != 1) {
                throw new SQLException("This SQLite build has no FTS5 full-text search, which Netdesk needs.");
            }
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Runs {@code work} as one transaction and returns its result: every repository method it calls
     * that opens its transaction with the context form ({@code dsl().transactionResult(() -> …)}) or runs
     * a single statement joins it, so either all of it is written or none. An exception from
     * {@code work} rolls everything back and is rethrown (checked ones wrapped by jOOQ). Call on the
     * database thread.
     */
    public <T> T inTransaction(java.util.concurrent.Callable<T> work) {
        return dsl.transactionResult(() -> work.call());
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path file() {
        return dataDir.resolve(FILE_NAME);
    }

    @Override
    public void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the database failed", e);
        } finally {
            lock.close();
        }
    }
}
