package dk.netdesk.exchange;

import dk.netdesk.app.Bundles;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import dk.netdesk.ui.Messages;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** A {@link ContactFileReader} over a fresh database, for the reading tests (today is 1 December 2026). */
final class ReaderFixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    final Database db;
    final Settings settings;
    final Messages messages;
    final ContactFileReader reader;

    ReaderFixture(Path dir, Locale locale) throws Exception {
        db = Database.open(dir);
        settings = new Settings(db, new Changes());
        messages = new Messages(locale, Bundles.ALL);
        reader = new ContactFileReader(messages, new MappingMemory(settings), CLOCK);
    }

    /** A sample file from {@code src/test/resources/dk/netdesk/exchange/import/}. */
    static Path sample(String name) {
        try {
            return Path.of(ReaderFixture.class.getResource("import/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        db.close();
    }
}
