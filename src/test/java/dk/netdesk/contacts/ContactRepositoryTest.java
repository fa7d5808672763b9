package dk.netdesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void contactIsStoredTrimmedAndSurvivesReopening() throws Exception {
        long id;
        try (Database db = Database.open(dir)) {
            ContactRepository repo = new ContactRepository(db, new Changes(), TestApp.CLOCK);
            Contact created = repo.create(new ContactDraft("  Anna Jensen ", "+45 12 34 56 78", "anna@example.dk", "Met at the fair"));
            id = created.id();
            assertThat(created.name()).isEqualTo("Anna Jensen");
            assertThat(created.createdAt()).isEqualTo(TestApp.CLOCK.instant());
        }
        try (Database db = Database.open(dir)) {
            ContactRepository repo = new ContactRepository(db, new Changes(), TestApp.CLOCK);
            assertThat(repo.find(id)).get().extracting(Contact::email).isEqualTo("anna@example.dk");
        }
    }

    @Test
    void listIsSortedByNameIgnoringCase() throws Exception {
        try (Database db = Database.open(dir)) {
            ContactRepository repo = new ContactRepository(db, new Changes(), TestApp.CLOCK);
            repo.create(new ContactDraft("bo", "", "", ""));
            repo.create(new ContactDraft("Anna", "", "", ""));
            repo.create(new ContactDraft("Æble Hansen", "", "", ""));
            assertThat(repo.findAll()).extracting(Contact::name).startsWith("Anna", "bo");
        }
    }

    @Test
    void invalidContactIsRefusedAndNothingIsWritten() throws Exception {
        try (Database db = Database.open(dir)) {
            ContactRepository repo = new ContactRepository(db, new Changes(), TestApp.CLOCK);
            assertThatThrownBy(() -> repo.create(new ContactDraft(" ", "", "", ""))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> repo.create(new ContactDraft("Bo", "", "not-an-email", ""))).isInstanceOf(IllegalArgumentException.class);
            assertThat(repo.count()).isZero();
        }
    }

    @Test
    void deleteThenRestoreBringsBackTheSameContactAndPublishesChanges() throws Exception {
        try (Database db = Database.open(dir)) {
            Changes changes = new Changes();
            List<Changes.Topic> seen = new ArrayList<>();
            changes.subscribe(Changes.Topic.CONTACTS, seen::add);
            ContactRepository repo = new ContactRepository(db, changes, TestApp.CLOCK);
            Contact anna = repo.create(new ContactDraft("Anna", "", "", "notes"));
            Contact deleted = repo.delete(anna.id()).orElseThrow();
            assertThat(repo.find(anna.id())).isEmpty();
            repo.restore(deleted);
            assertThat(repo.find(anna.id())).contains(anna);
            assertThat(seen).hasSize(3);
            assertThat(repo.delete(12345)).isEmpty();
        }
    }
}
