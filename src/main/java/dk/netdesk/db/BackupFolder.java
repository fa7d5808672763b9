package dk.netdesk.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * A {@link BackupCatalog} over one folder of backup files ({@code *.db}): the newest by modification
 * time that SQLite opens read-only and whose {@code PRAGMA quick_check} says "ok". Backup files are
 * only read.
 */
public final class BackupFolder implements BackupCatalog {

    private final Path folder;

    /** @param folder the backup folder; it need not exist (then there is no backup) */
    public BackupFolder(Path folder) {
        this.folder = folder;
    }

    @Override
    public Optional<Path> newestGood() throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".db") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(BackupFolder::modified).reversed())
                    .toList();
        }
        for (Path file : files) {
            if (sound(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** Whether SQLite opens {@code file} read-only and finds nothing wrong with a quick check. */
    static boolean sound(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("PRAGMA quick_check(1)")) {
            return rows.next() && "ok".equalsIgnoreCase(rows.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
