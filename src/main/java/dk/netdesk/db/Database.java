package dk.netdesk.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
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
        this.dsl = DSL.using(connection, SQLDialect.SQLITE);
    }

    /**
     * Locks the data folder, refuses a database from a newer Netdesk, migrates and opens.
     */
    public static Database open(Path dataDir)
            throws IOException, InstanceLock.AlreadyRunningException, DatabaseTooNewException {
        InstanceLock lock = InstanceLock.acquire(dataDir);
        try {
            Path file = dataDir.resolve(FILE_NAME);
            if (Files.exists(file)) {
                refuseIfNewer(file);
            }
            SQLiteDataSource dataSource = dataSource(file, false);
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .group(true)
                    .load();
            int applied = flyway.migrate().migrationsExecuted;
            if (applied > 0) {
                LOG.info("Applied {} migration(s) to {}", applied, file);
            }
            Connection connection = dataSource.getConnection();
            requireFts5(connection);
            return new Database(dataDir, lock, connection);
        } catch (DatabaseTooNewException | RuntimeException e) {
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

    /** Looks, read-only, for applied migrations that this build does not have. */
    private static void refuseIfNewer(Path file) throws DatabaseTooNewException {
        Flyway readOnly = Flyway.configure()
                .dataSource(dataSource(file, true))
                .locations(MIGRATIONS)
                .load();
        MigrationInfo[] all = readOnly.info().all();
        Comparator<MigrationInfo> byVersion = Comparator.comparing(MigrationInfo::getVersion);
        MigrationInfo newestFuture = Arrays.stream(all)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
                .max(byVersion).orElse(null);
        if (newestFuture != null) {
            String known = Arrays.stream(all)
                    .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                            && m.getState() != MigrationState.FUTURE_FAILED)
                    .max(byVersion).map(m -> m.getVersion().getVersion()).orElse("0");
            throw new DatabaseTooNewException(file, newestFuture.getVersion().getVersion(), known);
        }
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
