package dk.netdesk.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on {@code netdesk.lock} in the data folder, held while
 * Netdesk runs, so that a second instance never opens the same database.
 */
public final class InstanceLock implements AutoCloseable {

    /** Thrown when another Netdesk already holds the data folder. */
    public static final class AlreadyRunningException extends Exception {
        private final Path dataDir;

        AlreadyRunningException(Path dataDir) {
            super("Netdesk is already running with the data folder " + dataDir);
            this.dataDir = dataDir;
        }

        public Path dataDir() {
            return dataDir;
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the data folder if needed (private to the user, see {@link FileModes}) and locks it.
     *
     * @throws AlreadyRunningException another process (or this one) holds the lock
     * @throws IOException             the folder or the lock file cannot be created or opened
     */
    public static InstanceLock acquire(Path dataDir) throws IOException, AlreadyRunningException {
        FileModes.privateFolder(dataDir);
        Path file = dataDir.resolve("netdesk.lock");
        FileChannel channel = FileChannel.open(file,
                java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), FileModes.privateFileAttribute(file));
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new AlreadyRunningException(dataDir);
        }
        return new InstanceLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
