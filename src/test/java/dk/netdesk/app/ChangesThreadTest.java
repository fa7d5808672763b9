package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.pipeline.Card;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.FxBackground;
import dk.netdesk.ui.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Change notifications are handed to the JavaFX thread before any view-model property is touched. */
class ChangesThreadTest {

    @TempDir
    Path dir;

    @Test
    void aChangePublishedOnAnotherThreadIsDeliveredOnTheJavaFxThreadWithItsOrigin() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxBackground background = new FxBackground(e -> { });
        Changes changes = new Changes(background::onUiThread);
        SimpleStringProperty shown = new SimpleStringProperty("");
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        Object me = new Object();
        changes.subscribe(Changes.Topic.CONTACTS, change -> {
            onFxThread.add(Platform.isFxApplicationThread());
            shown.set(change.from(me) ? "mine" : "elsewhere");
        });
        Thread publisher = new Thread(() -> changes.publish(Changes.Topic.CONTACTS, me), "netdesk-db");
        publisher.start();
        publisher.join();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !onFxThread.isEmpty());
        assertThat(onFxThread).containsExactly(true);
        assertThat(shown.get()).isEqualTo("mine");
        background.close();
    }

    @Test
    void aContactSavedOnTheDatabaseThreadReachesTheViewModelsOnTheJavaFxThread() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxBackground background = new FxBackground(e -> { });
        try (Database database = Database.open(dir)) {
            AppContext context = new AppContext(database, background, new Messages(Locale.ENGLISH, Bundles.ALL),
                    TestApp.CLOCK, (period, tick) -> { });
            List<String> threads = new CopyOnWriteArrayList<>();
            WaitForAsyncUtils.asyncFx(() -> {
                context.contacts().allContacts().addListener((ListChangeListener<Object>) c ->
                        threads.add("contacts:" + Platform.isFxApplicationThread()));
                context.pipeline().columns().addListener((ListChangeListener<Object>) c ->
                        threads.add("board:" + Platform.isFxApplicationThread()));
                context.pipeline().load();
            }).get();
            context.changes().subscribe(Changes.Topic.CONTACTS, change ->
                    threads.add("subscriber:" + Platform.isFxApplicationThread()));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !context.pipeline().columns().isEmpty());

            background.run(() -> context.contactService().create(ContactDetails.named("Anna Jensen"), null), c -> { });
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> context.contacts().allContacts().size() == 1
                    && context.pipeline().columns().get(0).cards().size() == 1);

            assertThat(context.pipeline().columns().get(0).cards()).extracting(Card::name).containsExactly("Anna Jensen");
            assertThat(threads).contains("subscriber:true", "contacts:true")
                    .doesNotContain("subscriber:false", "contacts:false", "board:false");
            background.close();
        }
    }
}
