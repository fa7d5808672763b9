package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.KeyboardApp;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 18, "Done when": the Contacts screen's main actions by keyboard alone — create a contact, find it with the
 * search, go down into the list, open it, edit and save it — with the focus asserted after each step.
 */
class KeyboardOnlyContactsTest extends KeyboardWindowTest {

    private java.util.List<String> names() {
        return context.contacts().allContacts().stream().map(c -> c.name()).toList();
    }

    @Test
    void createFindOpenAndEditAContact(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT3);
        assertFocusIs("contact-search");

        keys.ctrl(KeyCode.N);
        assertFocusIs("details-name");
        keys.write("Mette Sørensen");
        keys.ctrl(KeyCode.S);
        assertThat(names()).as("Ctrl+S saved the new contact").contains("Mette Sørensen", "Anna Jensen");
        assertFocusIs("details-name");
        keys.type(KeyCode.ESCAPE);

        keys.ctrl(KeyCode.F);
        assertFocusIs("contact-search");
        keys.letters("anna");
        keys.type(KeyCode.DOWN);
        String list = keys.focused().getId();
        assertThat(keys.focused()).as("Down goes from the search into the list: %s", KeyboardApp.describe(keys.focused()))
                .isInstanceOf(javafx.scene.control.TableView.class);
        assertThat(context.contacts().selectedProperty().get().name()).isEqualTo("Anna Jensen");

        keys.type(KeyCode.ENTER);
        awaitFocus("details-name");
        keys.type(KeyCode.END);
        keys.letters(" k");
        keys.ctrl(KeyCode.S);
        assertThat(names()).contains("Anna Jensen k");
        assertFocusIs("details-name");
        keys.type(KeyCode.ESCAPE);
        assertThat(keys.focused() == null ? null : keys.focused().getId()).as("Escape gives the focus back to the list")
                .isEqualTo(list);
    }

    @Test
    void afterEscapeDownGoesOnFromTheContactJustClosed(FxRobot robot) {
        keys.ctrl(KeyCode.DIGIT3);
        keys.ctrl(KeyCode.N);
        assertFocusIs("details-name");
        keys.write("Mette Sørensen");
        keys.ctrl(KeyCode.S);
        keys.type(KeyCode.ESCAPE);

        keys.ctrl(KeyCode.F);
        assertFocusIs("contact-search");
        keys.type(KeyCode.DOWN);
        assertThat(context.contacts().selectedProperty().get().name()).isEqualTo("Anna Jensen");
        keys.type(KeyCode.ENTER);
        awaitFocus("details-name");
        keys.type(KeyCode.ESCAPE);
        assertThat(keys.focused()).isInstanceOf(javafx.scene.control.TableView.class);
        keys.type(KeyCode.DOWN);
        assertThat(context.contacts().selectedProperty().get().name()).as("the next row, not Anna again")
                .isEqualTo("Mette Sørensen");
    }
}
