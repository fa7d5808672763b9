package dk.netdesk.exchange;

import dk.netdesk.app.BoardForImport;
import dk.netdesk.app.Bundles;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A fresh data folder with the board's default stages and the contacts import built as {@code app/Core}
 * builds it, with its own {@link Changes} that counts what is published.
 */
final class ImportFixture implements AutoCloseable {

    final TestApp app;
    final Database database;
    final Changes changes = new Changes();
    final List<Changes.Topic> published = new ArrayList<>();
    final ContactRepository contacts;
    final PipelineRepository pipeline;
    final ContactService service;
    final ContactsImport imports;

    ImportFixture(Path dir) {
        app = TestApp.open(dir, Locale.ENGLISH);
        app.context().pipeline().load();
        database = app.database();
        for (Changes.Topic topic : Changes.Topic.values()) {
            changes.subscribe(topic, change -> published.add(change.topic()));
        }
        contacts = new ContactRepository(database, TestApp.CLOCK);
        pipeline = new PipelineRepository(database, new Changes(), TestApp.CLOCK);
        service = People.service(database, TestApp.CLOCK);
        imports = new ContactsImport(database, contacts, new BoardForImport(pipeline), changes,
                new Messages(Locale.ENGLISH, Bundles.ALL), TestApp.CLOCK);
    }

    /** A record of a file starting at {@code line}, with only a name, phones and emails. */
    static IncomingContact record(int line, String name, List<String> phones, List<String> emails) {
        return new IncomingContact(line, line - 1, new ContactDetails(name, phones, emails, "", "", "", "", "", null,
                null, null, null, List.of(), ""));
    }

    /** A record with every field filled, Danish letters and emoji included. */
    static IncomingContact full(int line) {
        return new IncomingContact(line, 1, new ContactDetails("Åse Ærø-Østergård 😀",
                List.of("+45 12 34 56 78", "20 30 40 50"), List.of("åse@example.dk", "aase@work.dk"),
                "aase.fb", "@aase", "linkedin.com/in/aase", "@aase.tt", "Århus", LocalDate.of(1990, 5, 17),
                Source.EVENT, null, Interest.BOTH, List.of("hudpleje", "VIP 😀"),
                "Første linje\nAnden linje med \"citat\"; og semikolon 🎉"));
    }

    static ContactsRead file(String name, IncomingContact... records) {
        return new ContactsRead(name, Arrays.asList(records), List.of());
    }

    static ImportOptions options(DuplicateAction action) {
        return new ImportOptions(null, List.of(), action, false);
    }

    @Override
    public void close() {
        app.close();
    }
}
