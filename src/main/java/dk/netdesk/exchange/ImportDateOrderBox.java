package dk.netdesk.exchange;

import dk.netdesk.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The question the wizard asks when a CSV file's dates read two ways, on the preview and on the "Map columns" step:
 * "How is “4/5/1980” meant?" with a radio per {@link DateOrder}, each saying how the sample reads that way. Shown
 * only while {@link ImportWizardViewModel#askDateOrderProperty()} is true. Ids: {@code #import-date-order}, radios
 * {@code #import-date-day-first} / {@code #import-date-month-first}.
 */
final class ImportDateOrderBox {

    private ImportDateOrderBox() {
    }

    /**
     * A new box bound to {@code model} (one per step: a node has one parent); {@code withNote} adds the line that
     * says how the preview table marks such dates (the preview step, where the table is right below).
     */
    static Node build(ImportWizardViewModel model, boolean withNote) {
        Messages messages = model.messages();
        Label question = new Label();
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        question.textProperty().bind(Bindings.createStringBinding(() -> messages.format("exchange.wizard.date.question",
                model.dateSampleProperty().get()), model.dateSampleProperty()));
        ToggleGroup group = new ToggleGroup();
        RadioButton dayFirst = radio(model, group, DateOrder.DAY_FIRST, "import-date-day-first");
        RadioButton monthFirst = radio(model, group, DateOrder.MONTH_FIRST, "import-date-month-first");
        question.setLabelFor(dayFirst);
        boolean[] syncing = {false};
        Runnable sync = () -> {
            DateOrder order = model.dateOrder();
            syncing[0] = true;
            group.selectToggle(order == DateOrder.MONTH_FIRST ? monthFirst : order == DateOrder.DAY_FIRST ? dayFirst : null);
            syncing[0] = false;
        };
        sync.run();
        model.previewProperty().addListener((obs, old, now) -> sync.run());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null && !syncing[0]) {
                model.chooseDateOrder((DateOrder) now.getUserData());
            }
        });
        Label marked = new Label(messages.get("exchange.wizard.date.marked"));
        marked.setWrapText(true);
        marked.setMinHeight(Region.USE_PREF_SIZE);
        marked.getStyleClass().add("text-muted");
        VBox box = new VBox(6, question, dayFirst, monthFirst);
        if (withNote) {
            box.getChildren().add(marked);
        }
        box.setId("import-date-order");
        box.setPadding(new Insets(8));
        box.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 4;");
        box.visibleProperty().bind(model.askDateOrderProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static RadioButton radio(ImportWizardViewModel model, ToggleGroup group, DateOrder order, String id) {
        Messages messages = model.messages();
        RadioButton radio = new RadioButton();
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.setUserData(order);
        radio.setMnemonicParsing(true);
        radio.textProperty().bind(Bindings.createStringBinding(() -> {
            String reads = model.dateReads(order);
            String name = messages.get("exchange.wizard.date." + order.name());
            return reads.isEmpty() ? name : messages.format("exchange.wizard.date.reads", name, reads);
        }, model.dateSampleProperty(), messages.localeProperty()));
        return radio;
    }
}
