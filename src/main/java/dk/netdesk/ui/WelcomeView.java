package dk.netdesk.ui;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The first-run welcome panel ({@code #welcome}), laid over the Today screen while
 * {@link WelcomeViewModel#shownProperty()} is true: import contacts ({@code #welcome-contacts}, with how to
 * get a .vcf out of an iPhone, an Android phone and Google), import a calendar ({@code #welcome-calendar}),
 * work hours and weekly budget ({@code #welcome-hours}) and "Done" ({@code #welcome-dismiss}, which
 * reads "Close" once there is data). Each button has a mnemonic; the first enabled offer takes the focus
 * whenever the panel appears.
 */
public final class WelcomeView {

    private static final String STYLESHEET = WelcomeView.class.getResource("welcome.css").toExternalForm();

    private final WelcomeViewModel model;
    private final Messages messages;

    public WelcomeView(WelcomeViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /**
     * Today's screen with the welcome over it: while the welcome shows, {@code today} is hidden (so Tab
     * stays in the welcome) and the first offer has the focus.
     */
    public Node over(Node today) {
        Node welcome = build();
        today.visibleProperty().bind(model.shownProperty().not());
        StackPane layers = new StackPane(today, welcome);
        layers.setId("today-area");
        // shown by Ctrl+1 or the sidebar: the welcome's first offer while it is shown, else Today's first input
        KeyboardFocus.screenStart(layers, () -> {
            if (!model.shownProperty().get()) {
                return null;
            }
            Node contacts = welcome.lookup("#welcome-contacts");
            return contacts == null || contacts.isDisabled() ? welcome.lookup("#welcome-calendar") : contacts;
        });
        return layers;
    }

    /** The panel alone (hidden while the welcome is not shown). */
    public Node build() {
        Button contacts = offerButton("welcome-contacts", "welcome.contacts.action", model::importContacts);
        contacts.getStyleClass().add(Styles.ACCENT);
        Button calendar = offerButton("welcome-calendar", "welcome.calendar.action", model::importCalendar);
        Button hours = offerButton("welcome-hours", "welcome.hours.action", model::setWorkHours);

        Node contactsCard = card(Material2OutlinedAL.CONTACTS, "welcome.contacts.title", "welcome.contacts.text",
                contacts, howTo(), true);
        Node calendarCard = card(Material2OutlinedAL.EVENT, "welcome.calendar.title", "welcome.calendar.text",
                calendar, null, false);
        Node hoursCard = card(Material2OutlinedMZ.SCHEDULE, "welcome.hours.title", "welcome.hours.text", hours, null,
                false);
        HBox pair = new HBox(14, calendarCard, hoursCard);
        HBox.setHgrow(calendarCard, Priority.ALWAYS);
        HBox.setHgrow(hoursCard, Priority.ALWAYS);
        ((Region) calendarCard).setMaxWidth(Double.MAX_VALUE);
        ((Region) hoursCard).setMaxWidth(Double.MAX_VALUE);
        ((Region) calendarCard).setPrefWidth(100);
        ((Region) hoursCard).setPrefWidth(100);

        Button dismiss = new Button();
        dismiss.setId("welcome-dismiss");
        // one word in both languages, with or without data (it said "Start empty" in English and "Færdig" in Danish)
        dismiss.setText(messages.get("welcome.close"));
        dismiss.setGraphic(new FontIcon(Material2OutlinedAL.ARROW_FORWARD));
        dismiss.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        dismiss.setOnAction(e -> model.dismiss());
        Label dropTip = new Label(messages.format("welcome.dropTip",
                DroppedFiles.typesText(messages)),
                decorative(new FontIcon(Material2OutlinedAL.FILE_UPLOAD)));
        dropTip.getStyleClass().add("text-muted");
        dropTip.setWrapText(true);
        dropTip.setMinHeight(Region.USE_PREF_SIZE);
        dropTip.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(dropTip, Priority.ALWAYS);
        HBox footer = new HBox(16, dropTip, dismiss);
        footer.setAlignment(Pos.CENTER_LEFT);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);

        VBox page = new VBox(14, header(), contactsCard, pair, footer);
        page.getStyleClass().add("welcome-page");
        page.setMaxWidth(880);
        page.setPadding(new Insets(18, 28, 18, 28));
        StackPane centre = new StackPane(page);
        centre.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = ScrollIntoView.follow(new ScrollPane(centre));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("welcome", "edge-to-edge");
        scroll.getStylesheets().add(STYLESHEET);
        scroll.setId("welcome");
        scroll.visibleProperty().bind(model.shownProperty());
        scroll.managedProperty().bind(scroll.visibleProperty());

        Runnable focusFirst = () -> Platform.runLater(() -> {
            if (model.shownProperty().get()) {
                (contacts.isDisabled() ? calendar : contacts).requestFocus();
            }
        });
        ViewListeners.onChange(scroll, model.shownProperty(), (obs, was, now) -> {
            if (now) {
                scroll.setVvalue(0);
                focusFirst.run();
            }
        });
        scroll.sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                focusFirst.run();
            }
        });
        return scroll;
    }

    private Node header() {
        FontIcon icon = decorative(new FontIcon(Material2OutlinedAL.EMOJI_PEOPLE));
        icon.getStyleClass().add("welcome-hero-icon");
        StackPane badge = new StackPane(icon);
        badge.getStyleClass().add("welcome-hero");
        badge.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        badge.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Label title = new Label(messages.get("welcome.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        title.setId("welcome-title");
        title.setWrapText(true);
        Label text = new Label(messages.get("welcome.text"));
        text.getStyleClass().add("text-muted");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox words = new VBox(4, title, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox header = new HBox(16, badge, words);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /**
     * One offer: an icon, a title, a line of text, optional extra lines, and its button at the top right
     * ({@code buttonBeside}, for a wide card) or the bottom right.
     */
    private Node card(Ikon ikon, String titleKey, String textKey, Button button, Node extra, boolean buttonBeside) {
        FontIcon icon = decorative(new FontIcon(ikon));
        icon.getStyleClass().add("welcome-card-icon");
        StackPane tile = new StackPane(icon);
        tile.getStyleClass().add("welcome-card-tile");
        tile.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        tile.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Label text = new Label(messages.get(textKey));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox words = new VBox(6, title, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(14, tile, words);
        if (buttonBeside) {
            top.getChildren().add(button);
            VBox card = new VBox(8, top);
            if (extra != null) {
                // under the words, using the card's whole width
                VBox.setMargin(extra, new Insets(0, 0, 0, 58));
                card.getChildren().add(extra);
            }
            card.getStyleClass().add("welcome-card");
            return card;
        }
        if (extra != null) {
            words.getChildren().add(extra);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(button);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(12, top, spacer, actions);
        card.getStyleClass().add("welcome-card");
        return card;
    }

    /** How to get a contacts file out of an iPhone, an Android phone and Google Contacts. */
    private Node howTo() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("welcome-howto");
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setHalignment(HPos.LEFT);
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        text.setMinWidth(120);
        grid.getColumnConstraints().addAll(name, text);
        row(grid, 0, Material2OutlinedMZ.PHONE_IPHONE, "welcome.howto.iphone", "welcome.howto.iphoneText");
        row(grid, 1, Material2OutlinedMZ.PHONE_ANDROID, "welcome.howto.android", "welcome.howto.androidText");
        row(grid, 2, Material2OutlinedAL.CLOUD_DOWNLOAD, "welcome.howto.google", "welcome.howto.googleText");
        return grid;
    }

    private void row(GridPane grid, int index, Ikon ikon, String nameKey, String textKey) {
        Label name = new Label(messages.get(nameKey), decorative(new FontIcon(ikon)));
        name.getStyleClass().add("welcome-howto-name");
        Label text = new Label(messages.get(textKey));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("text-muted");
        GridPane.setValignment(name, javafx.geometry.VPos.TOP);
        grid.addRow(index, name, text);
    }

    private Button offerButton(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** An icon beside words that say the same: screen readers skip it. */
    private static FontIcon decorative(FontIcon icon) {
        icon.setAccessibleRole(AccessibleRole.NODE);
        icon.setFocusTraversable(false);
        return icon;
    }
}
