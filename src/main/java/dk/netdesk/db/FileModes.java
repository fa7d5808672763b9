package dk.netdesk.db;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the data folder private to its owner: on a file system with POSIX permissions (Linux, the
 * BSDs, macOS) folders Netdesk keeps data in are {@code rwx------} (0700) and files it writes there
 * {@code rw-------} (0600), whatever the process's umask. On other file systems (Windows: NTFS ACLs,
 * where the user's AppData is already private) nothing is changed.
 *
 * <p>Every method follows no symbolic links and leaves anything outside the given paths alone.
 */
public final class FileModes {

    /** rwx------ */
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    /** rw------- */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    /** The folders inside the data folder that hold user data or text about it. */
    public static final List<String> FOLDERS = List.of("backups", "logs", "attachments");
    /**
     * The database and its write-ahead files, which {@link #tighten} leaves alone: {@link Database#open}
     * makes them private once it has accepted the file, so that a file it refuses (another program's,
     * damaged, newer) is left exactly as it was, mode included.
     */
    private static final Set<String> DATABASE_FILES =
            Set.of(Database.FILE_NAME, Database.FILE_NAME + "-wal", Database.FILE_NAME + "-shm");

    private FileModes() {
    }

    /** Whether {@code path}'s file system has POSIX permissions, so that the modes here apply. */
    public static boolean posix(Path path) {
        FileSystem fs = path.getFileSystem();
        return fs.supportedFileAttributeViews().contains("posix");
    }

    /**
     * Creates {@code folder} (and missing parents) if needed and makes {@code folder} itself 0700.
     * Parents that did not exist are created with the default mode, as {@link Files#createDirectories} does.
     *
     * @throws IOException when the folder cannot be created or its mode cannot be set
     */
    public static Path privateFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            if (posix(folder)) {
                Path parent = folder.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try {
                    // Created 0700 at once (a umask only takes bits away), then set to be sure.
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // made by someone else in the meantime: set the mode below
                }
            } else {
                Files.createDirectories(folder);
            }
        }
        restrict(folder, FOLDER);
        return folder;
    }

    /**
     * Makes an existing file 0600 (nothing happens when it does not exist).
     *
     * @throws IOException when the mode cannot be set
     */
    public static void privateFile(Path file) throws IOException {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            restrict(file, FILE);
        }
    }

    /** The attribute that creates a file 0600 on POSIX; none elsewhere. For {@code Files.createFile} and the like. */
    public static FileAttribute<?>[] privateFileAttribute(Path file) {
        return posix(file) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /**
     * Tightens an install: creates {@code dataDir} if needed and makes it 0700; makes the existing
     * {@link #FOLDERS} 0700; makes every regular file directly in {@code dataDir} (except
     * {@code netdesk.db} and its {@code -wal} and {@code -shm}, which {@link Database#open} makes private
     * once it has accepted the file) and anywhere below those folders 0600, and folders below them 0700. Run at start, before the first log line. A file
     * that goes away meanwhile (the app starts beside it) is skipped.
     *
     * @throws IOException when a mode cannot be set (for example a folder owned by someone else)
     */
    public static void tighten(Path dataDir) throws IOException {
        privateFolder(dataDir);
        if (!posix(dataDir)) {
            return;
        }
        try (Stream<Path> top = Files.list(dataDir)) {
            for (Path path : (Iterable<Path>) top::iterator) {
                if (!DATABASE_FILES.contains(path.getFileName().toString())) {
                    privateFile(path);
                }
            }
        }
        for (String name : FOLDERS) {
            Path folder = dataDir.resolve(name);
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    restrict(dir, FOLDER);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    privateFile(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // gone meanwhile (a backup renamed into place)
                    }
                    throw e;
                }
            });
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> mode) throws IOException {
        if (!posix(path)) {
            return;
        }
        try {
            if (!mode.equals(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS))) {
                Files.setPosixFilePermissions(path, mode);
            }
        } catch (NoSuchFileException gone) {
            // Removed or renamed meanwhile by the running app (tightening runs beside the start-up): nothing to do.
        }
    }
}
