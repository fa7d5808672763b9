package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import dk.netdesk.ui.WholeWords;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The shown week's balance: the budget bar above the calendar (work hours against the budget,
 * with a word on how it stands, and the personal hours), and beside it the summary (hours per
 * kind and what kinds planned at the same time share, days of all-day work, personal hours, work windows off
 * on public holidays, work on public holidays, work outside the windows, and the events in protected time and
 * without a break, counted as "N events") with the legend. Every figure's line has a tooltip saying what it counts.
 * The printed week's summary line has the same figures (decisions 0020, 0023).
 */
final class WeekSummaryPanel {

    private static final String[] LEVELS = {"ok", "warning", "over"};

    private final CalendarViewModel model;
    private final Messages messages;
    private final ProgressBar budgetBar = new ProgressBar(0);
    private final Label budgetText = new Label();
    private final Label budgetMessage = new Label();
    private final Label personalText = new Label();
    /** The summary's usual width in px; wider when a name's longest word and its figure need more. */
    private static final double SUMMARY_WIDTH = 270;

    private final VBox summaryBox = new VBox(6) {
        @Override
        protected double computePrefWidth(double height) {
            // a Danish kind ("Netværksarrangement") keeps its word whole and its figure beside it
            return Math.max(SUMMARY_WIDTH, computeMinWidth(height));
        }
    };
    private final javafx.scene.control.ScrollPane summaryScroll = new javafx.scene.control.ScrollPane(summaryBox);
    /** The index of the week's figures among the summary's children: title, figures, gap, legend title, legend. */
    private static final int FIGURES = 1;
    /** The legend's six kinds come first; the clock notes of the shown week follow them. */
    private static final int LEGEND_KINDS = 6;
    private final VBox legend = new VBox(4);
    /** The clock notes the legend shows; null before the first week. */
    private java.util.List<ClockNotes.Note> legendNotes;
    // made once: a new icon each week would be styled in one pulse and again in the next (issue 16)
    private final FontIcon okIcon = new FontIcon(Material2OutlinedAL.CHECK_CIRCLE);
    private final FontIcon warningIcon = new FontIcon(Material2OutlinedMZ.WARNING);

    WeekSummaryPanel(CalendarViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        summaryBox.getStyleClass().add("calendar-summary");
        summaryBox.setId("calendar-summary");
        // a short window scrolls the summary rather than squeezing its rows, which would cut their words
        summaryScroll.setFitToWidth(true);
        summaryScroll.setFitToHeight(true);
        summaryBox.setMinHeight(Region.USE_PREF_SIZE);
        summaryScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        summaryScroll.setMinWidth(Region.USE_PREF_SIZE);
        // the scroll pane leaves out an "as needed" bar from its width (a JavaFX limit), so a long week (all-day work,
        // work on holidays) would squeeze the summary under its own width: the bar keeps its place, idle when all fits
        summaryScroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.ALWAYS);
        summaryScroll.getStyleClass().add("calendar-summary-scroll");
        summaryScroll.setId("calendar-summary-scroll");
    }

    /** The bar above the calendar. */
    Node budgetBar() {
        Label label = new Label();
        label.textProperty().bind(model.budgetLabelProperty());
        label.getStyleClass().add("calendar-budget-label");
        budgetBar.setId("calendar-budget-bar");
        budgetBar.setPrefWidth(180);
        budgetText.setId("calendar-budget-text");
        budgetText.getStyleClass().add("calendar-budget-text");
        budgetMessage.setId("calendar-budget-message");
        budgetMessage.getStyleClass().add("calendar-budget-message");
        personalText.setId("calendar-personal-text");
        budgetText.setMinWidth(Region.USE_PREF_SIZE);
        label.setMinWidth(Region.USE_PREF_SIZE);
        personalText.setMinWidth(Region.USE_PREF_SIZE);
        budgetMessage.setMinWidth(Region.USE_PREF_SIZE);
        HBox budget = new HBox(8, label, budgetBar, budgetText);
        budget.setAlignment(Pos.CENTER_LEFT);
        budget.setMinWidth(Region.USE_PREF_SIZE);
        // the figures keep their words: when the window is narrow, the message and the personal hours wrap to a second row
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(12, 4, budget, budgetMessage, personalText);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMinWidth(0);
        bar.setPrefWrapLength(400);
        bar.getStyleClass().add("calendar-balancebar");
        return bar;
    }

    /** The summary beside the calendar, scrolling when the window is too short for it; empty until {@link #show(WeekSummary)}. */
    Node summary() {
        return summaryScroll;
    }

    /** Shows a week's figures in the bar and the summary. */
    void show(WeekSummary s) {
        showBudget(s);
        if (summaryBox.getChildren().isEmpty()) {
            Label title = new Label();
            title.textProperty().bind(model.summaryTitleProperty());
            title.getStyleClass().add("calendar-summary-title");
            Region gap = new Region();
            gap.setMinHeight(10);
            Label legendTitle = new Label(messages.get("calendar.legend.title"));
            legendTitle.getStyleClass().add("calendar-summary-title");
            summaryBox.getChildren().addAll(title, figures(s), gap, legendTitle, legend);
        } else {
            summaryBox.getChildren().set(FIGURES, figures(s));
        }
        // the legend stays from week to week (issue 16): only the days the clock changes are its own each week
        java.util.List<ClockNotes.Note> notes = model.clockNotes();
        if (!notes.equals(legendNotes)) {
            legendNotes = java.util.List.copyOf(notes);
            fillLegend(notes);
        }
    }

    private void showBudget(WeekSummary s) {
        String level = s.level().name().toLowerCase(Locale.ROOT);
        budgetBar.setProgress(Math.min(1, s.budgetShare()));
        budgetText.setText(model.budgetText(s));
        budgetMessage.setText(model.budgetMessage(s));
        for (Node node : new Node[] {budgetBar, budgetText, budgetMessage}) {
            // a style class taken off and put back would style the node again, and its icon once more a pulse later
            if (!node.getStyleClass().contains(level)) {
                node.getStyleClass().removeAll(LEVELS);
                node.getStyleClass().add(level);
            }
        }
        budgetMessage.setGraphic(s.level() == WeekSummary.Level.OK ? okIcon : warningIcon);
        personalText.setText(messages.get("calendar.summary.personal") + ": " + hours(s.personalHours()));
    }

    private GridPane figures(WeekSummary s) {
        GridPane work = new GridPane();
        work.getStyleClass().add("calendar-summary-grid");
        work.setHgap(10);
        work.setVgap(3);
        int row = 0;
        work.addRow(row++, strong(messages.get("calendar.category.work")), tipped(strong(hours(s.workHours())), "calendar.summary.work.tip"));
        for (Kind kind : Kind.of(Category.WORK)) {
            Double hours = s.workByKind().get(kind);
            if (hours != null) {
                work.addRow(row++, indented(messages.get(kind.key())), new Label(hours(hours)));
            }
        }
        if (s.overlapHours() > 0) {
            // the kinds count their own time; what two kinds share is taken off once, so the column adds up to the total
            work.addRow(row++, indented(messages.get("calendar.summary.overlap")),
                    figure("calendar-summary-overlap", hours(-s.overlapHours()), false));
        }
        if (s.workHours() == 0) {
            Label none = new Label(messages.get("calendar.summary.noWork"));
            none.getStyleClass().add("text-muted");
            work.add(none, 0, row++, 2, 1);
        }
        if (s.allDayWorkDays() > 0) {
            row = line(work, row, "calendar.summary.allDayWork", "calendar-summary-allday",
                    messages.format("calendar.summary.days", s.allDayWorkDays()), false);
        }
        work.addRow(row++, tipped(strong(messages.get("calendar.summary.personal")), "calendar.summary.personal.tip"),
                strong(hours(s.personalHours())));
        if (s.holidayOffHours() > 0) {
            row = line(work, row, "calendar.summary.holidayOff", "calendar-summary-holiday", hours(s.holidayOffHours()), false);
        }
        if (Math.round(s.holidayWorkHours() * 60) > 0) {
            row = line(work, row, "calendar.summary.holidayWork", "calendar-summary-holiday-work", hours(s.holidayWorkHours()), false);
        }
        row = line(work, row, "calendar.summary.outside", "calendar-summary-outside", hours(s.workOutsideWindowsHours()), false);
        row = line(work, row, "calendar.summary.protected", "calendar-summary-protected",
                messages.format("calendar.summary.events", s.protectedExceptions()), s.protectedExceptions() > 0);
        line(work, row, "calendar.summary.breaks", "calendar-summary-breaks",
                messages.format("calendar.summary.events", s.breakFlagged().size()), !s.breakFlagged().isEmpty());
        work.getChildren().forEach(n -> {
            if (n instanceof Label l) {
                if (GridPane.getColumnIndex(l) != null && GridPane.getColumnIndex(l) == 1) {
                    l.setMinWidth(Region.USE_PREF_SIZE);
                } else {
                    l.setWrapText(true);
                    WholeWords.keep(l);
                }
            }
        });
        ColumnConstraints names = new ColumnConstraints();
        names.setMaxWidth(180);
        names.setHgrow(Priority.ALWAYS);
        work.getColumnConstraints().add(names);
        return work;
    }

    /**
     * Adds a row: the name ({@code key}) and the figure ({@code id}), both with the tooltip {@code key + ".tip"}
     * that says what the figure counts; the figure's accessible text is the name and the figure.
     */
    private int line(GridPane grid, int row, String key, String id, String text, boolean warning) {
        Label name = tipped(new Label(messages.get(key)), key + ".tip");
        Label value = tipped(figure(id, text, warning), key + ".tip");
        value.setAccessibleText(messages.get(key) + ": " + text);
        grid.addRow(row, name, value);
        return row + 1;
    }

    private Label tipped(Label label, String tipKey) {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(messages.get(tipKey));
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        label.setTooltip(tip);
        return label;
    }

    private String hours(double value) {
        return model.hours(value);
    }

    private static Label figure(String id, String text, boolean warning) {
        Label label = new Label(text);
        label.setId(id);
        if (warning) {
            label.getStyleClass().add("warning");
        }
        return label;
    }

    /** The legend's kinds, then the days the clock changes in the shown week ({@link #fillLegend}). */
    private void fillLegend(java.util.List<ClockNotes.Note> notes) {
        if (legend.getChildren().isEmpty()) {
            legend.getChildren().addAll(
                swatch("work", "calendar.legend.work"), swatch("personal", "calendar.legend.personal"),
                swatch("window", "calendar.legend.window"), swatch("protected", "calendar.legend.protected"),
                swatch("break", "calendar.legend.break"), swatch("in-protected", "calendar.legend.inProtected"));
            legend.setId("calendar-legend");
            legend.getStyleClass().add("calendar-legend");
        }
        legend.getChildren().remove(LEGEND_KINDS, legend.getChildren().size());
        // the days the clock changes this week: the skipped hour as the grid hatches it, the hour that happens twice
        for (ClockNotes.Note note : notes) {
            Region box = new Region();
            box.getStyleClass().addAll("calendar-swatch", note.twice() ? "fold" : "gap");
            Label line = new Label(note.text(), box);
            line.getStyleClass().addAll("calendar-legend-item", "calendar-clock-note");
            dk.netdesk.ui.NodeKey.set(line, "calendar-clock-" + (note.twice() ? "fold-" : "gap-") + note.day());
            line.setWrapText(true);
            line.setTooltip(new javafx.scene.control.Tooltip(note.detail()));
            legend.getChildren().add(line);
        }
    }

    private Node swatch(String kind, String key) {
        Region box = new Region();
        box.getStyleClass().addAll("calendar-swatch", kind);
        Node graphic = box;
        if (kind.equals("break")) {
            // a flagged work block as the grid draws it: red edge and the hourglass (the printed page has the same)
            FontIcon glass = new FontIcon(Material2OutlinedAL.HOURGLASS_BOTTOM);
            glass.getStyleClass().add("calendar-flag-icon");
            glass.setId("calendar-legend-break-icon");
            javafx.scene.layout.StackPane stack = new javafx.scene.layout.StackPane(box, glass);
            javafx.scene.layout.StackPane.setAlignment(glass, Pos.CENTER_RIGHT);
            javafx.scene.layout.StackPane.setMargin(glass, new javafx.geometry.Insets(0, 3, 0, 0));
            stack.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
            graphic = stack;
        }
        Label label = new Label(messages.get(key), graphic);
        label.getStyleClass().add("calendar-legend-item");
        label.setId("calendar-legend-" + kind);
        label.setWrapText(true);
        return label;
    }

    private static Label indented(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("calendar-indented");
        return label;
    }

    private static Label strong(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("calendar-strong");
        return label;
    }
}
