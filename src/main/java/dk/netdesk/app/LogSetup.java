package dk.netdesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;

/**
 * The app's logging, set up in code rather than from an XML file: parsing {@code logback.xml} loaded
 * about 500 classes at every start. Logback finds this class as a service
 * ({@code META-INF/services/ch.qos.logback.classic.spi.Configurator}) the first time anything logs.
 *
 * <p>It configures only when the launcher has set the system property {@code netdesk.logDir} (the
 * data folder's {@code logs}): INFO and above to {@code netdesk.log} there (0600, rolled daily and at
 * 5 MB, 14 days and 50 MB kept), WARN and above to the console. Without the property (tests, tools)
 * it leaves logging to logback's own search ({@code logback-test.xml}, else the console).
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    /** The system property that names the log folder. */
    public static final String LOG_DIR_PROPERTY = "netdesk.logDir";
    /** The system property that, set to "true", sends the console's warnings to stderr (the command line). */
    public static final String CONSOLE_TO_STDERR_PROPERTY = "netdesk.logToStderr";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        String logDir = System.getProperty(LOG_DIR_PROPERTY);
        if (logDir == null || logDir.isBlank()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(context, Path.of(logDir));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets up {@code context} to log into {@code logDir} (created 0700 when the file opens) and the console. */
    static void configure(LoggerContext context, Path logDir) {
        PrivateRollingFileAppender file = new PrivateRollingFileAppender();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logDir.resolve("netdesk.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logDir.resolve("netdesk.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder(context, "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n"));
        file.start();

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        if (Boolean.getBoolean(CONSOLE_TO_STDERR_PROPERTY)) {
            // The command line keeps stdout for its summary line.
            console.setTarget("System.err");
        }
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel(Level.WARN.levelStr);
        warnings.start();
        console.addFilter(warnings);
        console.setEncoder(encoder(context, "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n"));
        console.start();

        for (String chatty : new String[] {"org.flywaydb", "org.jooq", "net.fortuna.ical4j"}) {
            context.getLogger(chatty).setLevel(Level.WARN);
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        root.addAppender(console);
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
