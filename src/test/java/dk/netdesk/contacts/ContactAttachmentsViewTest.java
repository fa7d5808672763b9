package dk.netdesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.Shortcut;
import dk.netdesk.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The attachments section in the Contacts screen's editor, with a real window: by keyboard, named buttons. */
@ExtendWith(ApplicationExtension.class)
class ContactAttachmentsViewTest {

    @TempDir
    static Path dir;
    TestApp app;
    long mette;
    ContactAttachment photo;
    final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        app.context().setOpener((uri, onFailure) -> opened.add(uri));
        mette = app.context().contactService().create(ContactDetails.named("Mette Hansen"), null).id();
        Path file = Files.writeString(Files.createDirectories(dir.resolve("in" + System.nanoTime())).resolve("Mette.png"),
                "pixels");
        photo = app.context().contactAttachments().attach(mette, file, null);
        app.context().contacts().load();
        app.showShell(stage).select("contacts");
        app.context().contactsEditor().open(mette);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void theRowShowsNameAndSizeAndItsIconButtonIsNamed(FxRobot robot) {
        assertThat(robot.lookup("#attachment-name-" + photo.id()).queryAs(Label.class).getText()).isEqualTo("Mette.png");
        assertThat(robot.lookup("#attachment-" + photo.id()).queryAs(Node.class).lookupAll(".label"))
                .extracting(n -> ((Label) n).getText()).contains("6 bytes");
        Button remove = robot.lookup("#attachment-remove-" + photo.id()).queryButton();
        assertThat(remove.getText()).isNull();
        assertThat(remove.getAccessibleText()).isEqualTo("Remove Mette.png");
        assertThat(remove.getTooltip().getText()).isEqualTo("Remove Mette.png");
        assertThat(remove.isFocusTraversable()).isTrue();
        assertThat(robot.lookup("#details-attach").queryButton().getText()).isEqualTo("Attach file\u2026");
    }

    @Test
    void openAndRemoveWorkByKeyboardAndUndoBringsTheFileBack(FxRobot robot) {
        Button open = robot.lookup("#attachment-open-" + photo.id()).queryButton();
        robot.interact(open::requestFocus);
        robot.type(KeyCode.SPACE);
        assertThat(opened).containsExactly(app.context().contactAttachments().fileOf(photo).toUri().toString());

        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#attachment-remove-" + photo.id()).queryButton().isFocused()).isTrue();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#attachment-" + photo.id()).tryQuery()).isEmpty();
        assertThat(app.context().contactAttachments().of(mette)).isEmpty();

        Shortcut.undo(robot);
        assertThat(app.context().contactAttachments().of(mette)).containsExactly(photo);
        assertThat(robot.lookup("#attachment-" + photo.id()).tryQuery()).isPresent();
    }
}
