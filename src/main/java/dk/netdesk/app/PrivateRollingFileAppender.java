package dk.netdesk.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import dk.netdesk.db.FileModes;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Logback's rolling file appender, with the log folder made 0700 and each log file 0600 as soon as
 * it is opened (at start and after every roll-over), whatever the umask: the log names contacts and
 * files. Set up by {@link LogSetup}. On a file system without POSIX permissions it is the plain appender.
 */
public final class PrivateRollingFileAppender extends RollingFileAppender<ILoggingEvent> {

    @Override
    public void openFile(String fileName) throws IOException {
        super.openFile(fileName);
        Path file = Path.of(fileName).toAbsolutePath();
        if (file.getParent() != null) {
            FileModes.privateFolder(file.getParent());
        }
        FileModes.privateFile(file);
    }
}
