package dk.netdesk.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The small text file {@value #FILE_NAME} beside {@code netdesk.db} that names the backup folder the
 * user chose (one absolute path, UTF-8). The choice itself is a setting inside the database; this copy
 * lets Netdesk find the backups when that database is empty or damaged and cannot be read. The file
 * is 0600 on POSIX ({@link FileModes}).
 */
public final class BackupFolderPointer {

    /** The file's name in the data folder. */
    public static final String FILE_NAME = "backup-folder";

    private BackupFolderPointer() {
    }

    /**
     * Writes {@code folder} (made absolute) to the pointer file in {@code dataDir}, replacing what was
     * there in one step (a new file moved over the old), when it says something else.
     *
     * @throws IOException when the file cannot be written; the old one, if any, is left as it was
     */
    public static void write(Path dataDir, Path folder) throws IOException {
        String text = folder.toAbsolutePath().normalize().toString();
        if (read(dataDir).map(Path::toString).filter(text::equals).isPresent()) {
            return;
        }
        Path file = dataDir.resolve(FILE_NAME);
        Path next = dataDir.resolve(FILE_NAME + ".new");
        Files.deleteIfExists(next);
        Files.createFile(next, FileModes.privateFileAttribute(next));
        Files.writeString(next, text + "\n", StandardCharsets.UTF_8);
        FileModes.privateFile(next);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The folder named in the pointer file in {@code dataDir}; empty when there is no such file, or
     * it is blank, unreadable or not an absolute path.
     */
    public static Optional<Path> read(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Path folder = Path.of(text);
            return folder.isAbsolute() ? Optional.of(folder) : Optional.empty();
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }
}
