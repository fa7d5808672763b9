package dk.netdesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The contacts screen as a new user met it (issue 15, items 9, 12 and 13): phone numbers shown whole beside a
 * long name, headers that sort (names in the UI language's order), Delete never chosen by Enter or by
 * the focus after a save, and a duplicate question that names every matching contact.
 */
class ContactsTableTest extends AppWindowTest {

    private void show(FxRobot robot, Locale locale, List<ContactDetails> people, double width) {
        app = TestApp.open(dir, locale);
        dk.netdesk.pipeline.ContactService service = People.service(app.database(), TestApp.CLOCK);
        people.forEach(p -> service.create(p, null));
        robot.interact(() -> {
            app.showShell(stage).select("contacts");
            stage.setWidth(width);
            stage.setHeight(800);
        });
        robot.interact(() -> app.context().contacts().load());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> names(TableView<Contact> table) {
        return table.getItems().stream().map(Contact::name).toList();
    }

    @Test
    void phoneNumbersShowWholeBesideALongNameAt1200px(FxRobot robot) {
        show(robot, Locale.ENGLISH, List.of(
                ContactDetails.named("Karoline Margrethe Østergaard-Christiansen Villadsen Bach")
                        .withContact("+45 20 30 40 50", "karoline.margrethe.ostergaard@example-company.dk", ""),
                ContactDetails.named("Anna Jensen").withContact("004528765432", "anna@example.dk", "")), 1200);

        List<TableCell<?, ?>> phones = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .<TableCell<?, ?>>map(c -> c)
                .filter(c -> c.getTableColumn() != null && "Phone".equals(c.getTableColumn().getText()))
                .filter(c -> c.getItem() != null && !c.getItem().toString().isEmpty())
                .toList();
        assertThat(phones).hasSize(2);
        for (TableCell<?, ?> cell : phones) {
            Node text = cell.lookup(".text");
            assertThat(((Text) text).getText()).as("shown whole, not cut").isEqualTo(cell.getItem().toString());
        }
    }

    @Test
    void oneVeryLongNameIsShortenedAt1024pxAndPhoneAndEmailStayInSight(FxRobot robot) {
        String longName = "Karen-Margrethe Sofie Christiansen-Bach Vestergaard-Lindholm Ravnsborg Thorsen";
        show(robot, Locale.ENGLISH, List.of(
                ContactDetails.named(longName).withContact("+45 20 30 40 50", "karen@example.dk", ""),
                ContactDetails.named("Anna Jensen").withContact("20304051", "anna@example.dk", "")), 1024);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Contact> table = robot.lookup("#contact-table").queryTableView();
        double name = table.getColumns().get(0).getWidth();
        assertThat(name).as("the Name column is capped").isLessThanOrEqualTo(table.getWidth() * 0.4 + 1);
        double all = table.getColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
        assertThat(all).as("Phone and Email in sight").isLessThanOrEqualTo(table.getWidth());
        javafx.scene.control.Label label = robot.lookup(".table-cell .label")
                .<javafx.scene.control.Label>match(l -> longName.equals(l.getText())).query();
        assertThat(label.getAccessibleText()).isEqualTo(longName);
        assertThat(label.getStyleClass()).contains(dk.netdesk.ui.MayShorten.STYLE_CLASS);
        TableCell<?, ?> cell = (TableCell<?, ?>) label.getParent().getParent();
        assertThat(cell.getTooltip().getText()).isEqualTo(longName);
    }

    @Test
    void oneNumberTypedInTwoFormatsIsShownTheSameWay(FxRobot robot) {
        show(robot, Locale.ENGLISH, List.of(
                ContactDetails.named("Anna Jensen").withContact("+4520304050", "", ""),
                ContactDetails.named("Bo Holm").withContact("20 30 40 51", "", ""),
                ContactDetails.named("Carl Berg").withContact("0046701234567", "", "")), 1200);
        TableView<Contact> table = robot.lookup("#contact-table").queryTableView();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableColumn<Contact, String> phone =
                (javafx.scene.control.TableColumn<Contact, String>) table.getColumns().get(1);
        List<String> shown = table.getItems().stream().map(phone::getCellData).sorted().toList();
        assertThat(shown).containsExactly("+46 701 23 45 67", "20 30 40 50", "20 30 40 51");
    }

    @Test
    void clickingAHeaderSortsInTheLanguagesOrder(FxRobot robot) {
        show(robot, new Locale("da"), List.of(
                ContactDetails.named("Åse Nielsen").withContact("30303030", "", ""),
                ContactDetails.named("Øjvind Larsen").withContact("10101010", "", ""),
                ContactDetails.named("anna Holm").withContact("20202020", "", ""),
                ContactDetails.named("Zenia Berg").withContact("40404040", "", "")), 1200);
        TableView<Contact> table = robot.lookup("#contact-table").queryTableView();

        robot.clickOn(robot.lookup(".column-header").lookup(".label").<javafx.scene.control.Label>match(l -> "Navn".equals(l.getText()))
                .queryAs(javafx.scene.control.Label.class));
        assertThat(names(table)).containsExactly("anna Holm", "Zenia Berg", "Øjvind Larsen", "Åse Nielsen");
        robot.clickOn(robot.lookup(".column-header").lookup(".label").<javafx.scene.control.Label>match(l -> "Navn".equals(l.getText()))
                .queryAs(javafx.scene.control.Label.class));
        assertThat(names(table)).containsExactly("Åse Nielsen", "Øjvind Larsen", "Zenia Berg", "anna Holm");

        robot.clickOn(robot.lookup(".column-header").lookup(".label").<javafx.scene.control.Label>match(l -> "Telefon".equals(l.getText()))
                .queryAs(javafx.scene.control.Label.class));
        assertThat(names(table)).containsExactly("Øjvind Larsen", "anna Holm", "Åse Nielsen", "Zenia Berg");

        robot.interact(() -> app.context().contacts().searchProperty().set("e"));
        assertThat(names(table)).as("the search keeps the order").containsExactly("Øjvind Larsen", "Åse Nielsen", "Zenia Berg");
    }

    @Test
    void enterInTheDeleteQuestionCancels(FxRobot robot) {
        show(robot, Locale.ENGLISH, List.of(ContactDetails.named("Bo Nielsen").withContact("", "", "")), 1200);
        TableView<Contact> table = robot.lookup("#contact-table").queryTableView();
        robot.clickOn(robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getItem() != null).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#contact-delete");
        assertThat(robot.lookup("#confirm-delete").queryButton().isDefaultButton()).isFalse();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#confirm-delete").tryQuery()).as("the question is gone").isEmpty();
        assertThat(names(table)).as("Enter deleted nothing").containsExactly("Bo Nielsen");

        robot.clickOn("#details-delete");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(table)).as("nor does Space: the focus is on Cancel").containsExactly("Bo Nielsen");
    }

    @Test
    void afterASaveTheFocusIsNotOnDelete(FxRobot robot) {
        show(robot, Locale.ENGLISH, List.of(), 1200);
        robot.clickOn("#contact-new");
        robot.clickOn("#details-name").write("Anna Jensen");
        robot.clickOn("#details-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).containsExactly("Anna Jensen");
        assertThat(focusedId(robot)).as("after Save").isNotIn("details-delete", "contact-delete", null);

        robot.clickOn("#details-name").write(" Holm");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).containsExactly("Anna Jensen Holm");
        assertThat(focusedId(robot)).as("after Enter").isEqualTo("details-name");

        robot.clickOn("#contact-new");
        robot.clickOn("#details-name").write("Bo");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).contains("Bo");
        assertThat(focusedId(robot)).as("after Ctrl+S").isEqualTo("details-name");
    }

    @Test
    void theDuplicateQuestionNamesEveryMatchAndOpensThePickedOne(FxRobot robot) {
        show(robot, Locale.ENGLISH, List.of(ContactDetails.named("Anna").withContact("+45 20 30 40 50", "", ""),
                ContactDetails.named("Anna J").withContact("", "anna@x.dk", "")), 1200);
        robot.clickOn("#contact-new");
        robot.clickOn("#details-name").write("Anna Jensen");
        robot.clickOn("#details-phones").write("20304050");
        robot.clickOn("#details-emails").write("anna@x.dk");
        robot.clickOn("#details-save");
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(pane.getHeaderText()).as("each match says what it shares")
                .contains("Anna already has this phone number: 20 30 40 50.")
                .contains("Anna J already has this email address: anna@x.dk.");
        javafx.scene.control.ListView<Contact> list = robot.lookup("#duplicate-list").queryListView();
        assertThat(list.getItems()).extracting(Contact::name).containsExactlyInAnyOrder("Anna", "Anna J");
        Contact second = list.getItems().get(1);
        robot.interact(() -> list.getSelectionModel().select(second));
        assertThat(robot.lookup("#duplicate-open").queryButton().getText()).isEqualTo("Open " + second.name());
        robot.clickOn("#duplicate-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context().contactsEditor().contactIdProperty().get()).isEqualTo(second.id());
        assertThat(stored()).hasSize(2);
    }

    private String focusedId(FxRobot robot) {
        Node focused = stage.getScene().getFocusOwner();
        return focused == null ? null : focused.getId();
    }

    private List<String> stored() {
        return new ContactRepository(app.database(), TestApp.CLOCK).findAll().stream().map(Contact::name).toList();
    }
}
