package dk.netdesk.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
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

    public static InstanceLock acquire(Path dataDir) throws IOException, AlreadyRunningException {
        Files.createDirectories(dataDir);
        FileChannel channel = FileChannel.open(dataDir.resolve("netdesk.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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
