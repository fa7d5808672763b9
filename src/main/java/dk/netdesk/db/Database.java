package dk.netdesk.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
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
    private volatile boolean writesStopped;
    private final TextOrder textOrder;

    private Database(Path dataDir, InstanceLock lock, Connection connection, TextOrder textOrder) {
        this.dataDir = dataDir;
        this.textOrder = textOrder;
        this.lock = lock;
        this.connection = connection;
        // Thread-bound transactions let a service run several repository methods as one transaction:
        // a repository's dsl().transactionResult(() -> ...) inside inTransaction(...) becomes a savepoint.
        DefaultConnectionProvider connections = new DefaultConnectionProvider(connection);
        this.dsl = DSL.using(new DefaultConfiguration().set(SQLDialect.SQLITE).set(connections)
                .set(new ThreadLocalTransactionProvider(connections)));
    }

    /**
     * Locks the data folder, checks the file, refuses a database from a newer Netdesk, migrates and opens.
     *
     * @throws DatabaseDamagedException     the file is empty, not SQLite, or damaged (it is left untouched)
     * @throws NotNetdeskDatabaseException  the file is an SQLite database of another program (left untouched)
     * @throws DatabaseReadOnlyException    the file or the folder may not be written (nothing is changed)
     * @throws DatabaseTooNewException      a newer Netdesk wrote the file (left untouched)
     * @throws IOException                  any other failure to read or open
     */
    public static Database open(Path dataDir)
            throws IOException, InstanceLock.AlreadyRunningException, DatabaseTooNewException {
        return open(dataDir, InstanceLock.acquire(dataDir));
    }

    /**
     * Opens with a lock already taken (the launcher takes it first, so that a second instance is
     * refused at once). The lock belongs to the database from here on, and is released if opening fails.
     * Nothing writes to an existing file before it has passed {@link #inspect}: a missing file becomes a
     * fresh database; an empty, foreign, damaged, write-protected or newer file is refused unchanged
     * (see {@link #open(Path)} for the exceptions). The data folder, the file and its {@code -wal} and
     * {@code -shm} are made private to the user ({@link FileModes}).
     */
    public static Database open(Path dataDir, InstanceLock lock) throws IOException, DatabaseTooNewException {
        try {
            Path file = dataDir.resolve(FILE_NAME);
            requireWritable(dataDir, file);
            SQLiteDataSource dataSource = dataSource(file, false);
            if (inspect(file)) {
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
            TextOrder textOrder = new TextOrder();
            try {
                requireFts5(connection);
                // V16's Java half: the text stored before made the same text however it was typed (decision 0039)
                TextNormalisation.runIfPending(connection);
                textOrder.register(connection);
                secureDelete(connection);
                // SQLite creates the file, -wal and -shm with 0644 less the umask; the folder is 0700 already.
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    FileModes.privateFile(dataDir.resolve(FILE_NAME + suffix));
                }
            } catch (SQLException | IOException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return new Database(dataDir, lock, connection, textOrder);
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
            // FULL: a commit is on the disk (the WAL is synced) before it returns, so a power cut loses
            // nothing that was reported saved. NORMAL would be safe against process kills only.
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    /**
     * Refuses a data folder or database file (or its {@code -wal}/{@code -shm}) that this process may
     * not write, as {@link Files#isWritable} tells (for root that is only false on a read-only mount or
     * an immutable file).
     */
    static void requireWritable(Path dataDir, Path file) throws DatabaseReadOnlyException {
        requireWritable(dataDir, file, Files::isWritable);
    }

    static void requireWritable(Path dataDir, Path file, java.util.function.Predicate<Path> writable)
            throws DatabaseReadOnlyException {
        if (!writable.test(dataDir)) {
            throw new DatabaseReadOnlyException(dataDir);
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path path = dataDir.resolve(file.getFileName() + suffix);
            if (Files.exists(path) && !writable.test(path)) {
                throw new DatabaseReadOnlyException(path);
            }
        }
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Reads the file without writing to it and decides whether it may be opened: returns true when
     * migrations must run (a missing file, a file with no tables yet, or one missing some of this build's
     * migrations), false when it is up to date, so that Flyway (slow to start) only starts when there is
     * something to do.
     *
     * @throws DatabaseDamagedException    empty, not SQLite, or SQLite cannot read its schema
     * @throws NotNetdeskDatabaseException tables but no Netdesk migration history
     * @throws DatabaseTooNewException     a migration this build does not know (versions are compared
     *                                     number by number, so {@code 4.1} is newer than {@code 4})
     */
    static boolean inspect(Path file) throws IOException, DatabaseTooNewException {
        SortedMap<Long, String> known = MigrationFiles.scripts(Database.class.getClassLoader());
        if (known.isEmpty()) {
            throw new IllegalStateException("No migrations in " + MIGRATIONS);
        }
        if (!Files.exists(file)) {
            return true;
        }
        requireSqliteHeader(file);
        List<String> tables = new ArrayList<>();
        List<String[]> history = new ArrayList<>();
        try (Connection c = dataSource(file, true).getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (tables.contains("flyway_schema_history")) {
                try (ResultSet rows = s.executeQuery(
                        "SELECT version, script, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
                    while (rows.next()) {
                        history.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                    }
                }
            }
        } catch (SQLException e) {
            throw new DatabaseDamagedException(file, DatabaseDamagedException.Reason.DAMAGED, e.getMessage());
        }
        if (tables.isEmpty()) {
            return true;
        }
        if (!tables.contains("flyway_schema_history")) {
            throw new NotNetdeskDatabaseException(file, "no flyway_schema_history among " + tables.size() + " tables");
        }
        if (history.isEmpty()) {
            if (tables.size() > 1) {
                throw new NotNetdeskDatabaseException(file, "an empty migration history beside other tables");
            }
            return true;
        }
        Set<Long> applied = new TreeSet<>();
        SchemaVersion newest = null;
        boolean failed = false;
        for (String[] row : history) {
            SchemaVersion version;
            try {
                version = SchemaVersion.parse(row[0]);
            } catch (IllegalArgumentException e) {
                throw new NotNetdeskDatabaseException(file, "migration version '" + row[0] + "'");
            }
            long whole = version.whole();
            if (whole >= 0 && known.containsKey(whole)) {
                if (!known.get(whole).equals(row[1])) {
                    throw new NotNetdeskDatabaseException(file, "migration " + row[0] + " is '" + row[1] + "'");
                }
                applied.add(whole);
                failed |= !"1".equals(row[2]);
            } else if (version.compareTo(SchemaVersion.of(known.lastKey())) > 0) {
                newest = newest == null || version.compareTo(newest) > 0 ? version : newest;
            } else {
                // A version this build never had, below its newest: a build that is not this one's line.
                throw new NotNetdeskDatabaseException(file, "unknown migration " + row[0] + " '" + row[1] + "'");
            }
        }
        if (newest != null) {
            throw new DatabaseTooNewException(file, newest.toString(), String.valueOf(known.lastKey()));
        }
        if (applied.isEmpty()) {
            throw new NotNetdeskDatabaseException(file, "none of Netdesk's migrations");
        }
        return failed || !applied.containsAll(known.keySet());
    }

    private static void requireSqliteHeader(Path file) throws IOException {
        byte[] start = new byte[SQLITE_HEADER.length];
        int read = 0;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            int n;
            while (read < start.length && (n = in.read(start, read, start.length - read)) > 0) {
                read += n;
            }
        }
        if (read == 0) {
            throw new DatabaseDamagedException(file, DatabaseDamagedException.Reason.EMPTY, null);
        }
        if (read < start.length || !java.util.Arrays.equals(start, SQLITE_HEADER)) {
            throw new DatabaseDamagedException(file, DatabaseDamagedException.Reason.NOT_SQLITE,
                    "the first " + read + " bytes are not the SQLite header");
        }
    }

    /**
     * Turns on {@code PRAGMA secure_delete} for the connection: SQLite overwrites deleted content with
     * zeros instead of leaving it in free space, so an erased person's bytes do not stay in the file.
     */
    private static void secureDelete(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA secure_delete = ON");
        }
    }

    /**
     * Copies every committed change from the WAL into the database file and truncates the WAL to zero
     * bytes ({@code PRAGMA wal_checkpoint(TRUNCATE)}), so that deleted content is in neither file any
     * more. Call on the database thread, with no transaction open.
     *
     * @return true when the checkpoint ran to the end; false when a reader kept it from finishing
     */
    public boolean checkpointTruncate() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            return rs.next() && rs.getInt(1) == 0;
        } catch (SQLException e) {
            throw new org.jooq.exception.DataAccessException("WAL checkpoint failed: " + e.getMessage(), e);
        }
    }

    /** Whether {@code PRAGMA secure_delete} is on for the connection (it is from {@link #open}). */
    public boolean secureDeleteOn() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA secure_delete")) {
            return rs.next() && rs.getInt(1) == 1;
        } catch (SQLException e) {
            throw new org.jooq.exception.DataAccessException("Reading secure_delete failed: " + e.getMessage(), e);
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

    /**
     * Runs {@code PRAGMA quick_check} over the whole file: reads every page (a few hundred ms for a
     * large file), writes nothing. Call on the database thread.
     *
     * @return SQLite's list of problems, at most {@code 20}; empty when the file is sound. A file
     *         SQLite cannot even read gives its error text as the one problem.
     */
    public List<String> quickCheck() {
        List<String> problems = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("PRAGMA quick_check(20)")) {
            while (rows.next()) {
                String line = rows.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    problems.add(line);
                }
            }
        } catch (SQLException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /**
     * Stops every write through this database from now on ({@code PRAGMA query_only}): an attempted
     * write fails with SQLite's read-only error, and nothing reaches the file. Used when the file is
     * found damaged, so that nothing is written into it. Call on the database thread.
     */
    public void stopWriting() {
        writesStopped = true;
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA query_only = ON");
        } catch (SQLException e) {
            LOG.error("Could not stop writes to {}", file(), e);
        }
        LOG.warn("Writes to {} are stopped", file());
    }

    /** Whether {@link #stopWriting()} was called (and no restore has happened since). */
    public boolean writesStopped() {
        return writesStopped;
    }

    /**
     * Replaces a damaged database with a backup, in the running app: keeps the damaged file as
     * {@code netdesk.db.damaged-<UTC time>} ({@link DamagedFileRestore#keptFile}; with its {@code -wal},
     * when there is one) beside it,
     * never deleting it; copies the backup in through SQLite's backup API on the open connection (so
     * every repository keeps working); checks the result with {@code quick_check}; and lets writes
     * go on. Call on the database thread, with no transaction open.
     *
     * @param backup a backup file, for example {@link BackupCatalog#newestGood()}
     * @param now    the time for the damaged file's name
     * @return where the damaged file was kept
     * @throws IOException when the damaged file cannot be kept, or the backup cannot be read or is
     *                     itself damaged; writes stay stopped then
     */
    public Path restoreDamaged(Path backup, java.time.Instant now) throws IOException {
        stopWriting();
        Path kept = DamagedFileRestore.keptFile(dataDir, now);
        // The damaged bytes as they are, WAL included; nothing has written to them since writes stopped.
        Files.copy(file(), kept, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        FileModes.privateFile(kept);
        Path wal = dataDir.resolve(FILE_NAME + "-wal");
        if (Files.exists(wal)) {
            Files.copy(wal, Path.of(kept + "-wal"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            FileModes.privateFile(Path.of(kept + "-wal"));
        }
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA query_only = OFF");
            ((org.sqlite.SQLiteConnection) connection).getDatabase()
                    .restore("main", backup.toAbsolutePath().toString(), null);
        } catch (SQLException e) {
            stopWriting();
            throw new IOException("Cannot restore " + backup + ": " + e.getMessage(), e);
        }
        List<String> problems = quickCheck();
        if (!problems.isEmpty()) {
            stopWriting();
            throw new IOException("The restored copy of " + backup + " is damaged too: " + problems.get(0));
        }
        writesStopped = false;
        LOG.info("Restored {} from {}; the damaged file is kept as {}", file(), backup, kept);
        return kept;
    }

    public DSLContext dsl() {
        return dsl;
    }

    /**
     * The sort order of this connection's {@link TextOrder#COLLATION}: set its locale to the UI language
     * (the composition root follows {@code Messages.localeProperty()}); English until then.
     */
    public TextOrder textOrder() {
        return textOrder;
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
