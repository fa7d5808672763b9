package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The welcome without a window: when it shows, that "Start empty" is remembered, reopening, and its offers. */
class WelcomeViewModelTest {

    @TempDir
    Path dir;
    Database database;
    Changes changes = new Changes();
    AtomicBoolean empty = new AtomicBoolean(true);
    List<Optional<Path>> contactsOpened = new ArrayList<>();
    List<Optional<Path>> calendarOpened = new ArrayList<>();
    AtomicInteger hoursOpened = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private WelcomeViewModel model() {
        return new WelcomeViewModel(new Settings(database, changes), empty::get, Background.direct(), changes,
                contactsOpened::add, calendarOpened::add, hoursOpened::incrementAndGet);
    }

    @Test
    void showsOnEmptyDataOnly() {
        WelcomeViewModel model = model();
        assertThat(model.shownProperty().get()).isFalse();
        model.check();
        assertThat(model.shownProperty().get()).isTrue();
        assertThat(model.emptyProperty().get()).isTrue();

        empty.set(false);
        WelcomeViewModel withData = model();
        withData.check();
        assertThat(withData.shownProperty().get()).isFalse();
        assertThat(withData.emptyProperty().get()).isFalse();
    }

    @Test
    void startEmptyIsRememberedAcrossRestarts() {
        WelcomeViewModel first = model();
        first.check();
        first.dismiss();
        assertThat(first.shownProperty().get()).isFalse();
        assertThat(new Settings(database, changes).get(WelcomeViewModel.DISMISSED)).contains("true");

        WelcomeViewModel restarted = model();
        restarted.check();
        assertThat(restarted.shownProperty().get()).isFalse();
        assertThat(restarted.emptyProperty().get()).isTrue();
    }

    @Test
    void reopenShowsItEvenAfterDismissOrWithData() {
        WelcomeViewModel model = model();
        model.check();
        model.dismiss();
        empty.set(false);
        model.reopen();
        assertThat(model.shownProperty().get()).isTrue();
        // with data the dismiss button reads "Done" instead of "Start empty"
        assertThat(model.emptyProperty().get()).isFalse();
        model.dismiss();
        assertThat(model.shownProperty().get()).isFalse();
    }

    @Test
    void theWelcomeShownAtStartGoesOnceTheUserHasData() {
        WelcomeViewModel model = model();
        model.check();
        assertThat(model.shownProperty().get()).isTrue();
        empty.set(false);
        changes.publish(Changes.Topic.CONTACTS);
        assertThat(model.emptyProperty().get()).isFalse();
        assertThat(model.shownProperty().get()).as("data of the user's own: Today shows it").isFalse();
    }

    @Test
    void theWelcomeReopenedFromHelpStaysWhileDataChanges() {
        WelcomeViewModel model = model();
        model.check();
        model.dismiss();
        model.reopen();
        empty.set(false);
        changes.publish(Changes.Topic.CALENDAR);
        assertThat(model.shownProperty().get()).as("asked for: stays until closed").isTrue();
    }

    @Test
    void eachOfferCallsItsCallback() {
        WelcomeViewModel model = model();
        model.importContacts();
        assertThat(contactsOpened).containsExactly(Optional.empty());
        model.importCalendar();
        assertThat(calendarOpened).containsExactly(Optional.empty());
        model.setWorkHours();
        assertThat(hoursOpened).hasValue(1);
    }

    @Test
    void aFailedReadLeavesTheWelcomeHidden() {
        List<Throwable> reported = new ArrayList<>();
        Background failing = new Background() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, Consumer<? super T> onSuccess,
                                Consumer<Throwable> onFailure) {
                Background.direct().run(work, onSuccess, onFailure);
            }

            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, Consumer<? super T> onSuccess) {
                Background.direct().run(work, onSuccess);
            }

            @Override
            public void report(Throwable error) {
                reported.add(error);
            }
        };
        WelcomeViewModel model = new WelcomeViewModel(new Settings(database, changes), () -> {
            throw new IllegalStateException("disk gone");
        }, failing, changes, contactsOpened::add, calendarOpened::add, hoursOpened::incrementAndGet);
        model.check();
        assertThat(model.shownProperty().get()).isFalse();
        assertThat(reported).extracting(Throwable::getMessage).containsExactly("disk gone");
    }
}
