package dk.netdesk.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Five SIGKILLs during writes: the file stays whole and keeps every commit the writer reported. */
class CrashHarnessTest {

    @TempDir
    Path dir;

    @Test
    void killedWriterLeavesAWholeFileWithEveryReportedCommit() throws Exception {
        CrashHarness.Result result = new CrashHarness(dir, 11).run(5);

        assertThat(result.problems()).isEmpty();
        assertThat(result.corruptFiles()).isZero();
        assertThat(result.lostRecords()).isZero();
        assertThat(result.committedRecords()).as("the writer got some commits done in each run").isGreaterThan(5);
    }

    @Test
    void checkFindsAMissingRecordAndALostEditButAcceptsTheEditInFlight() throws Exception {
        try (Database database = Database.open(dir.resolve("data"))) {
            long id = People.service(database, new Changes(), TestApp.CLOCK)
                    .create(ContactDetails.named("Anna").withContact("", "", "edited2"), null).id();

            assertThat(CrashHarness.lost(database.dsl(), List.of("ready", "contact " + id, "edit " + id + " edited2",
                    "try edit " + id + " edited3"))).isEmpty();
            assertThat(CrashHarness.lost(database.dsl(), List.of("contact " + id, "contact 999", "event 5",
                    "edit " + id + " edited1", "try edit " + id + " edited2", "edit " + id + " edited2",
                    "edit " + id + " edited4")))
                    .containsExactlyInAnyOrder("contact 999", "event 5", "edit " + id + " edited4 (stored: edited2)");
        }
    }
}
