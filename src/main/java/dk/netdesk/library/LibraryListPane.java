package dk.netdesk.library;

import dk.netdesk.ui.ListSelection;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.ViewListeners;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The library's left side: the search box, the filters, the ranked hits, their count and New. */
final class LibraryListPane {

    private final LibraryViewModel model;
    private final Messages messages;

    LibraryListPane(LibraryViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Node build() {
        // the hits right after the search (and its notes), the filters after them: Tab goes from the search field to
        // the results at once, as Down does (issue 18)
        TextField search = new TextField();
        ListView<LibraryHit> hits = hitList();
        dk.netdesk.ui.SearchDown.toList(search, hits);
        VBox box = new VBox(8, searchRow(search), searchNotes(), hits, filters(), bottomRow());
        box.setPadding(new Insets(12));
        // as narrow as its rows allow: the search field shows its whole hint (HintFit)
        return box;
    }

    private Node searchRow(TextField search) {
        search.setId("library-search");
        dk.netdesk.ui.SearchEscape.install(search);
        search.setPromptText(messages.get("library.search"));
        dk.netdesk.ui.HintFit.whole(search);
        search.textProperty().bindBidirectional(model.queryProperty());
        HBox row = new HBox(6, new FontIcon(Material2OutlinedMZ.SEARCH), search);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);
        return row;
    }

    /**
     * Under the search box: why the search text cannot be searched, or the hits the language filter
     * hides ("12 more in Danish") with a link that shows them. Takes no room when there is nothing to say.
     */
    private Node searchNotes() {
        Label error = new Label();
        error.setId("library-search-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(Bindings.createStringBinding(() -> model.searchErrorProperty().get() == null ? ""
                : messages.get(model.searchErrorProperty().get()), model.searchErrorProperty()));
        Hyperlink more = new Hyperlink();
        more.setId("library-more-languages");
        more.setWrapText(true);
        more.textProperty().bind(Bindings.createStringBinding(() -> model.otherLanguagesText().isEmpty() ? ""
                : model.otherLanguagesText() + ". " + messages.get("library.moreIn.show"), model.otherLanguagesProperty()));
        more.setOnAction(e -> model.showAllLanguages());
        for (Node node : List.of(error, more)) {
            node.managedProperty().bind(node.visibleProperty());
        }
        error.visibleProperty().bind(model.searchErrorProperty().isNotNull());
        more.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.otherLanguagesProperty().get().isEmpty()
                && model.searchErrorProperty().get() == null, model.otherLanguagesProperty(), model.searchErrorProperty()));
        VBox notes = new VBox(2, error, more);
        notes.managedProperty().bind(error.visibleProperty().or(more.visibleProperty()));
        return notes;
    }

    private Node filters() {
        ComboBox<LibraryKind> kind = filter("library-filter-kind", FXCollections.observableArrayList(LibraryKind.values()),
                k -> messages.get("library.kind." + k.name()), "library.filter.allKinds", "library.field.kind",
                model.kindFilterProperty());
        ComboBox<LibraryCollection> collection = filter("library-filter-collection", model.collections(),
                LibraryCollection::name, "library.filter.allCollections", "library.field.collection",
                model.collectionFilterProperty());
        ComboBox<String> tag = filter("library-filter-tag", model.tags(), t -> t, "library.filter.allTags",
                "library.field.tags", model.tagFilterProperty());
        ComboBox<String> language = filter("library-filter-language", model.languages(),
                code -> LibraryView.languageName(messages, code), "library.filter.allLanguages",
                "library.field.language", model.languageFilterProperty());
        Button clear = new Button(null, new FontIcon(Material2OutlinedAL.CLEAR));
        clear.setId("library-filter-clear");
        clear.getStyleClass().addAll("flat", "button-icon");
        clear.setTooltip(new Tooltip(messages.get("library.filter.clear")));
        clear.setAccessibleText(messages.get("library.filter.clear"));
        clear.setOnAction(e -> model.clearFilters());
        FlowPane filters = new FlowPane(6, 6, kind, collection, tag, language, clear);
        filters.getStyleClass().add("library-filters");
        return filters;
    }

    /**
     * A filter: "All …" (null) and then the values of {@code source}, kept in step with {@code value}
     * both ways; {@code fieldKey} names it for a screen reader. A chosen value that leaves {@code source} falls back to "All …".
     */
    private <T> ComboBox<T> filter(String id, ObservableList<T> source, Function<T, String> name, String allKey,
                                   String fieldKey, Property<T> value) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        // a screen reader says what the filter is and what it shows: "Kind: All kinds" (issue 18)
        combo.accessibleTextProperty().bind(Bindings.createStringBinding(() -> messages.format("library.filter.spoken",
                messages.get(fieldKey), combo.getValue() == null ? messages.get(allKey) : name.apply(combo.getValue())),
                combo.valueProperty()));
        Runnable fill = () -> {
            T keep = value.getValue();
            List<T> items = new ArrayList<>();
            items.add(null);
            items.addAll(source);
            combo.getItems().setAll(items);
            combo.setValue(keep != null && source.contains(keep) ? keep : null);
        };
        ViewListeners.onListChange(combo, source, c -> fill.run());
        fill.run();
        combo.setCellFactory(v -> filterCell(name, allKey));
        dk.netdesk.ui.ComboText.follow(combo, v -> v == null ? messages.get(allKey) : name.apply(v));
        combo.setValue(value.getValue());
        combo.valueProperty().addListener((obs, old, now) -> {
            if (!Objects.equals(now, value.getValue())) {
                value.setValue(now);
            }
        });
        ViewListeners.onChange(combo, value, (obs, old, now) -> combo.setValue(now));
        return combo;
    }

    private <T> ListCell<T> filterCell(Function<T, String> name, String allKey) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? messages.get(allKey) : name.apply(item));
            }
        };
    }

    private ListView<LibraryHit> hitList() {
        ListView<LibraryHit> list = new ListView<>(model.hits());
        list.setId("library-list");
        list.setAccessibleText(messages.get("library.list.spoken"));
        list.setCellFactory(v -> new LibraryHitCell(messages));
        list.setPlaceholder(emptyText());
        ListSelection.follow(list, model.selectedHitProperty());
        ListSelection.onDelete(list, () -> {
            LibraryItem shown = model.itemProperty().get();
            if (shown != null) {
                LibraryView.confirmDelete(model, messages, list, shown);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    /**
     * What the empty list says: "The library is empty" only with no search and no filter; a search that finds
     * nothing says so; filters that hide every item say that none matches, with a button that clears them (and
     * the search) and puts the focus back in the search field (issue 18, as the Contacts screen does).
     */
    private Node emptyText() {
        Label label = dk.netdesk.ui.LoadFailedText.placeholder(messages,
                Bindings.createStringBinding(() -> !model.queryProperty().get().isBlank() ? messages.get("library.noHits")
                                : model.filterSetProperty().get() ? messages.get("library.noFilterMatch")
                                : messages.get("library.empty"),
                        model.queryProperty(), model.filterSetProperty()),
                "load.failed.library", model.loadFailedProperty());
        label.setId("library-empty");
        Button clear = new Button(messages.get("library.filter.clear"));
        clear.setId("library-clear-filters");
        clear.setOnAction(e -> {
            Node search = clear.getScene() == null ? null : clear.getScene().lookup("#library-search");
            model.clearFilters();
            if (search != null) {
                search.requestFocus();
            }
        });
        clear.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.hits().isEmpty()
                        && !model.loadFailedProperty().get()
                        && (model.filterSetProperty().get() || !model.queryProperty().get().isBlank()),
                model.hits(), model.loadFailedProperty(), model.filterSetProperty(), model.queryProperty()));
        clear.managedProperty().bind(clear.visibleProperty());
        VBox box = new VBox(4, label, clear);
        box.setAlignment(Pos.CENTER);
        box.setFillWidth(false);
        return box;
    }

    private Node bottomRow() {
        Label count = new Label();
        count.setId("library-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.format("library.count",
                model.hits().size()), model.hits()));
        Button add = new Button(messages.get("library.action.new"), new FontIcon(Material2OutlinedAL.ADD));
        add.setId("library-new");
        add.setTooltip(new Tooltip(messages.get("library.action.new.tip")));
        add.setOnAction(e -> LibraryView.startNew(model, add));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, count, spacer, add);
        bottom.setAlignment(Pos.CENTER_LEFT);
        return bottom;
    }
}
