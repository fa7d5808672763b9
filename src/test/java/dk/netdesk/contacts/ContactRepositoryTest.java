package dk.netdesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.db.Database;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactRepositoryTest {

    @TempDir
    Path dir;

    private static ContactDetails anna() {
        return new ContactDetails("  Anna Jensen ", List.of("+45 12 34 56 78", " 20 30 40 50 "), List.of("anna@example.dk"),
                "", "anna.j", "", "", "Odense", null, Source.EVENT, null, Interest.CUSTOMER,
                List.of("Hudpleje", "HUDPLEJE", " Odense "), "Met at the fair");
    }

    @Test
    void contactIsStoredCleanedWithAllDetailsAndSurvivesReopening() throws Exception {
        long id;
        try (Database db = Database.open(dir)) {
            ContactRepository repo = new ContactRepository(db, TestApp.CLOCK);
            id = repo.insert(anna());
            Contact created = repo.find(id).orElseThrow();
            assertThat(created.name()).isEqualTo("Anna Jensen");
            assertThat(created.createdAt()).isEqualTo(TestApp.CLOCK.instant());
        }
        try (Database db = Database.open(dir)) {
            Contact again = new ContactRepository(db, TestApp.CLOCK).find(id).orElseThrow();
            assertThat(again.details().phones()).containsExactly("+45 12 34 56 78", "20 30 40 50");
            assertThat(again.email()).isEqualTo("anna@example.dk");
            assertThat(again.details().tags()).as("one tag whatever its case; the first spelling stays")
                    .containsExactly("Hudpleje", "Odense");
            assertThat(again.details().instagram()).isEqualTo("anna.j");
            assertThat(again.details().interest()).isEqualTo(Interest.CUSTOMER);
        }
    }

    @Test
    void textIsNormalisedToNfcWhereItEnters() throws Exception {
        try (Database db = Database.open(dir)) {
            ContactRepository repo = new ContactRepository(db, TestApp.CLOCK);
            String decomposed = "Søren A\u030Arø";
            long id = repo.insert(ContactDetails.named(decomposed));
            assertThat(repo.find(id).orElseThrow().name()).isEqualTo("Søren Årø").hasSize(9);
        }
    }

    @Test
    void listIsSortedByNameIgnoringCase() throws Exception {
        try (Database db = Database.open(dir)) {
            ContactRepository repo = new ContactRepository(db, TestApp.CLOCK);
            repo.insert(ContactDetails.named("bo"));
            repo.insert(ContactDetails.named("Anna"));
            repo.insert(ContactDetails.named("Æble Hansen"));
            db.textOrder().setLocale(new java.util.Locale("da"));
            assertThat(repo.findAll()).extracting(Contact::name).containsExactly("Anna", "bo", "Æble Hansen");
        }
    }

    @Test
    void invalidContactIsRefusedAndNothingIsWritten() throws Exception {
        try (Database db = Database.open(dir)) {
            ContactRepository repo = new ContactRepository(db, TestApp.CLOCK);
            assertThatThrownBy(() -> repo.insert(ContactDetails.named(" "))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> repo.insert(ContactDetails.named("Bo").withContact("", "not-an-email", "")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(repo.count()).isZero();
        }
    }

    @Test
    void deleteThenRestoreBringsBackTheSameContactAndItsReferrals() throws Exception {
        try (Database db = Database.open(dir)) {
            ContactRepository repo = new ContactRepository(db, TestApp.CLOCK);
            long mette = repo.insert(ContactDetails.named("Mette").withContact("20304050", "", "notes"));
            long jensId = repo.insert(new ContactDetails("Jens", List.of(), List.of(), "", "", "", "", "", null,
                    Source.REFERRAL, mette, null, List.of(), ""));
            Contact before = repo.find(mette).orElseThrow();

            ContactRepository.Deleted deleted = repo.delete(mette).orElseThrow();
            assertThat(repo.find(mette)).isEmpty();
            assertThat(repo.find(jensId).orElseThrow().details().referredBy()).isNull();

            repo.restore(deleted);
            assertThat(repo.find(mette)).contains(before);
            assertThat(repo.find(jensId).orElseThrow().details().referredBy()).isEqualTo(mette);
            assertThat(repo.delete(12345)).isEmpty();
        }
    }

    @Test
    void aContactCannotReferItself() throws Exception {
        try (Database db = Database.open(dir)) {
            ContactRepository repo = new ContactRepository(db, TestApp.CLOCK);
            long id = repo.insert(ContactDetails.named("Bo"));
            ContactDetails self = new ContactDetails("Bo", List.of(), List.of(), "", "", "", "", "", null,
                    Source.REFERRAL, id, null, List.of(), "");
            assertThatThrownBy(() -> repo.update(id, self)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
