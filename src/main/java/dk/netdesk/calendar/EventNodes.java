package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * How an event looks in the day and week views: work or personal, the repeat icon, the break
 * flag, the protected-time mark and a tooltip. A click or Tab selects an event (it takes the keyboard focus,
 * drawn with a focus ring, and keeps a selected look, {@link #SELECTED}); Enter on it opens it, Delete deletes it.
 */
final class EventNodes {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.ROOT); // as ui/TimeOfDay writes times

    private final Messages messages;
    private final TimeGrid.Handler handler;

    EventNodes(Messages messages, TimeGrid.Handler handler) {
        this.messages = messages;
        this.handler = handler;
    }

    /**
     * An all-day event: one line with its title ({@link dk.netdesk.ui.NodeKey} {@code calendar-allday-<key>}, user data the
     * occurrence). A click selects it (keyboard focus, so Delete deletes this one), a double click
     * or Enter opens it. {@code inProtected}: work on a wholly protected day, drawn as work in protected time.
     */
    Label allDay(Occurrence o, boolean breakFlag, boolean inProtected) {
        Label label = new Label(o.title());
        label.getStyleClass().addAll("calendar-event", o.isWork() ? "work" : "personal", "calendar-allday-event");
        dk.netdesk.ui.NodeKey.set(label, "calendar-allday-" + idOf(o));
        label.setUserData(o);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinWidth(0);
        if (breakFlag) {
            label.getStyleClass().add("break-flag");
        }
        label.setOnMousePressed(e -> label.requestFocus());
        label.setOnMouseClicked(e -> {
            label.requestFocus();
            if (e.getClickCount() == 2) {
                handler.open(o);
            }
        });
        String tip = o.title() + "\n" + EventNames.when(o, java.time.ZoneOffset.UTC, messages) // all-day dates do not depend on the zone
                + " · " + messages.get(o.kind().key());
        if (inProtected) {
            // all-day work on a wholly protected day (decision 0028): the same border as a timed event
            label.getStyleClass().add("in-protected");
            tip += "\n" + messages.get("calendar.flag.protected");
        }
        installTooltip(label, tip);
        // a narrow column shortens the title with "…": the tooltip and the accessible text hold it whole
        dk.netdesk.ui.MayShorten.declare(label, o.title());
        dk.netdesk.ui.MayShorten.tooltipText(label, tip);
        installKeys(label, o);
        return label;
    }

    /**
     * A timed event ({@link dk.netdesk.ui.NodeKey} {@code calendar-event-<key>}, user data the occurrence), times shown in {@code zone}.
     * An event of at most {@link #SHORT_MINUTES} is one line, "09:00 Title"; a longer one has its title
     * (wrapped between words) above its times. The times label has the style class {@code calendar-event-time}.
     * A new block: {@link #shape} and {@link #fill} let a block of the same shape show another event instead.
     */
    EventBox timed(Occurrence o, java.time.LocalDate day, ZoneId zone, boolean breakFlag, boolean inProtected) {
        EventBox box = build(shape(o, zone, breakFlag, inProtected));
        fill(box, o, day, zone, breakFlag, inProtected);
        return box;
    }

    /**
     * What a timed event's block is made of, as a key: its style classes (work or personal, one line or more, the
     * break flag, in protected time) and its parts (the repeat icon, the flag). A block made for one event can show
     * another of the same shape ({@link #fill}) without a style class changing, so the style sheet need not be
     * matched again (issue 16: a week's new blocks spent most of their time there).
     */
    static Shape shape(Occurrence o, ZoneId zone, boolean breakFlag, boolean inProtected) {
        boolean isShort = java.time.Duration.between(o.startIn(zone), o.endIn(zone)).toMinutes() <= SHORT_MINUTES;
        return new Shape(o.isWork(), isShort, o.isRecurring(), breakFlag, inProtected);
    }

    /** The key of {@link #shape}: blocks of one shape differ only in their texts, ids and the event they hold. */
    record Shape(boolean work, boolean isShort, boolean recurring, boolean breakFlag, boolean inProtected) {
    }

    /** A block of the given shape with no event yet: {@link #fill} gives it one. */
    private EventBox build(Shape shape) {
        EventBox box = new EventBox(shape);
        box.getStyleClass().addAll("calendar-event", shape.work() ? "work" : "personal");
        Label title = new Label();
        title.getStyleClass().add("calendar-event-title");
        title.setMinWidth(0);
        Label time = new Label();
        time.getStyleClass().add("calendar-event-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        box.title = title;
        box.time = time;
        if (shape.recurring()) {
            FontIcon repeat = new FontIcon(Material2OutlinedMZ.REPEAT);
            repeat.getStyleClass().add("calendar-event-icon");
            time.setGraphic(repeat);
            time.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            // its times are fitted during layout: the icon stays in place (no new styling, no extra frame)
            time.setSkin(new dk.netdesk.ui.SteadyLabelSkin(time));
        }
        if (shape.isShort()) {
            box.getStyleClass().add("short");
            javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(4, time, title);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            line.setMinWidth(0);
            box.getChildren().add(line);
            // in a narrow lane the title goes first: the time is in the tooltip and the dialog
            box.widthProperty().addListener((obs, old, now) -> fitShort(box));
        } else {
            title.setWrapText(true);
            box.getChildren().addAll(title, time);
            // wrap only between words: a word wider than the block is cut with "…", never split over two lines
            box.widthProperty().addListener((obs, old, now) -> fitTitle(box, title, box.wholeTitle));
            title.fontProperty().addListener((obs, old, now) -> fitTitle(box, title, box.wholeTitle));
            // "10:00–12:00" when it fits, else the start alone: never a time cut to "10:00–12:0"
            box.widthProperty().addListener((obs, old, now) -> fitTime(box, time, box.timeText, box.startText));
            time.fontProperty().addListener((obs, old, now) -> fitTime(box, time, box.timeText, box.startText));
            if (time.getGraphic() != null) {
                // the repeat icon takes its size from the style sheet, maybe after the font
                time.getGraphic().layoutBoundsProperty().addListener((obs, old, now) -> fitTime(box, time, box.timeText, box.startText));
            }
        }
        if (shape.breakFlag()) {
            box.getStyleClass().add("break-flag");
            Label flag = breakFlag();
            if (shape.isShort()) {
                // one line has no room for it: the red border, the tooltip and the summary say it
                flag.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                flag.setVisible(false);
                flag.setManaged(false);
                box.getChildren().add(flag);
            } else {
                // placed by the block itself: under the times when there is room, else in its lower right corner
                flag.setManaged(false);
                box.flag = flag;
                box.getChildren().add(flag);
            }
            box.flagLabel = flag;
        }
        if (shape.inProtected()) {
            box.getStyleClass().add("in-protected");
        }
        installTooltip(box);
        clip(box);
        box.setFocusTraversable(true);
        selectOnFocus(box);
        box.setOnKeyPressed(e -> {
            if (box.occurrence == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                handler.open(box.occurrence);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                handler.delete(box.occurrence);
                e.consume();
            }
        });
        return box;
    }

    /**
     * Gives a block of the event's {@link #shape} the event: its {@link dk.netdesk.ui.NodeKey}, user data, title, times and tooltip text,
     * fitted to the block's width now (and again whenever the width changes).
     */
    void fill(EventBox box, Occurrence o, java.time.LocalDate day, ZoneId zone, boolean breakFlag, boolean inProtected) {
        box.occurrence = o;
        // named in its properties, not its id: a new id would restyle the reused block (decision 0049)
        dk.netdesk.ui.NodeKey.set(box, "calendar-event-" + idOf(o));
        box.setUserData(o);
        // the part on this day, labelled by what it shows: "00:00–02:00 (from Sun)" after midnight (EventNames.partTimes)
        String timeText = EventNames.partTimes(o, day, zone, messages);
        boolean fromDayBefore = o.startIn(zone).toLocalDate().isBefore(day);
        String startText = fromDayBefore ? "\u2192 " + HOUR_MINUTE.format(o.endIn(zone)) : HOUR_MINUTE.format(o.startIn(zone));
        box.timeText = timeText;
        box.startText = startText;
        box.wholeTitle = o.title();
        Label title = box.title;
        Label time = box.time;
        title.setText(o.title());
        // a small block shortens its title with "…" (as calendars do): the tooltip and the accessible text hold it whole
        dk.netdesk.ui.MayShorten.declare(title, o.title());
        time.setText(box.shape.isShort() ? startText : timeText);
        time.setVisible(true);
        time.setManaged(true);
        box.timeHidden = false;
        // an event over midnight shows part of itself in each column: the tooltip names both dates
        StringBuilder tip = new StringBuilder(o.title()).append('\n').append(EventNames.when(o, zone, messages))
                .append(" · ").append(messages.get(o.kind().key()));
        if (!o.row().location().isBlank()) {
            tip.append('\n').append(o.row().location());
        }
        String moved = EventNames.gapMove(o, messages);
        if (moved != null) {
            // a spring-forward gap moved it (decision 0003): say so, with the times it was given
            tip.append('\n').append(moved);
        }
        if (breakFlag) {
            dk.netdesk.ui.NodeKey.set(box.flagLabel, "calendar-breakflag-" + idOf(o));
            tip.append('\n').append(messages.get("calendar.legend.break"));
        }
        if (inProtected) {
            tip.append('\n').append(messages.get("calendar.flag.protected"));
        }
        box.tip = tip.toString();
        // a screen reader reads the block's content: title, when, kind, place and warnings (issue 18)
        box.setAccessibleText(String.join(", ", box.tip.split("\n")));
        if (box.getProperties().remove(Tooltip.class) instanceof Tooltip shown) {
            Tooltip.uninstall(box, shown); // made for the event the block showed before; the next hover makes it anew
        }
        dk.netdesk.ui.MayShorten.tooltipText(box, box.tip);
        if (box.getWidth() > 0) {
            // the listeners fit the texts when the width changes; a block given another event may keep its width
            if (box.shape.isShort()) {
                fitShort(box);
            } else {
                fitTitle(box, title, box.wholeTitle);
                fitTime(box, time, timeText, startText);
                box.requestLayout();
            }
        }
    }

    /** A one-line event shows its start before the title only when the block is wide enough. */
    private static void fitShort(EventBox box) {
        if (box.getStyleClass().contains("dragging")) {
            return; // the drag shows the new times (GridDrag)
        }
        boolean room = box.getWidth() >= SHORT_TIME_ROOM;
        box.time.setVisible(room);
        box.time.setManaged(room);
    }

    /**
     * True when a block may be given another event ({@link #fill}): it is not selected, focused or being dragged,
     * so nothing but its event's texts differs from a new block of its shape.
     */
    static boolean reusable(EventBox box) {
        return !box.isFocused() && !box.getStyleClass().contains(SELECTED) && !box.getStyleClass().contains("dragging")
                && box.getMinHeight() == 0;
    }

    /**
     * The "+N" chip of overlapping events that did not fit side by side (id
     * {@code calendar-more-<date>-<minute>}): a click or Enter lists them, and picking one opens it.
     */
    javafx.scene.control.Button more(Lanes.Overflow overflow, java.time.LocalDate day, ZoneId zone) {
        javafx.scene.control.Button chip = new javafx.scene.control.Button(
                messages.format("calendar.moreShort", overflow.hidden().size()));
        chip.getStyleClass().add("calendar-more");
        dk.netdesk.ui.NodeKey.set(chip, "calendar-more-" + day + "-" + (int) overflow.start());
        chip.setMinSize(0, 0);
        chip.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        chip.setAccessibleText(messages.format("calendar.more", overflow.hidden().size()));
        chip.setTooltip(new Tooltip(messages.format("calendar.more", overflow.hidden().size())));
        javafx.scene.control.ContextMenu list = new javafx.scene.control.ContextMenu();
        list.setId("calendar-more-list");
        for (Occurrence o : overflow.hidden()) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(
                    HOUR_MINUTE.format(o.startIn(zone)) + "–" + HOUR_MINUTE.format(o.endIn(zone)) + "  " + o.title());
            item.setMnemonicParsing(false); // a title's "_" is shown, not taken for a mnemonic
            item.getStyleClass().add("calendar-more-item");
            item.setOnAction(e -> handler.open(o));
            list.getItems().add(item);
        }
        chip.setOnAction(e -> list.show(chip, javafx.geometry.Side.RIGHT, 0, 0));
        // Space presses a button; Enter does too here, as on an event
        chip.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                chip.fire();
            }
        });
        return chip;
    }

    /** Events this long or shorter, in minutes, show on one line. */
    static final int SHORT_MINUTES = 30;
    /** The least width, in pixels, of a one-line event that shows its start time before the title. */
    static final double SHORT_TIME_ROOM = 90;

    private static void fitTitle(Region box, Label title, String text) {
        double room = box.getWidth() - box.snappedLeftInset() - box.snappedRightInset() - 1;
        if (room > 0) {
            title.setText(FitText.fitWords(text, s -> FitText.width(s, title.getFont()), room));
        }
    }

    /** The whole time span when it fits in the block (with the repeat icon, if any), else only the start, else nothing. */
    private static void fitTime(Region box, Label time, String whole, String start) {
        if (box.getStyleClass().contains("dragging")) {
            return; // the drag writes the new times (GridDrag)
        }
        double room = box.getWidth() - box.snappedLeftInset() - box.snappedRightInset();
        if (room <= 0) {
            return;
        }
        double icon = time.getGraphic() == null ? 0 : time.getGraphic().getLayoutBounds().getWidth() + time.getGraphicTextGap();
        time.setText(FitText.width(whole, time.getFont()) + icon <= room ? whole : start);
        // a lane too narrow even for "18:00" shows no time (the tooltip and the dialog have it)
        time.setVisible(FitText.width(time.getText(), time.getFont()) + icon <= room);
    }

    /**
     * A timed event's block. Its break flag (if any) is not laid out by the column but placed after it, so it is
     * always inside the block: on a line of its own under the times when the block is tall enough (with its words
     * when they fit the width, else its icon alone), else as its icon alone in the block's lower right corner, the
     * times hidden when they would run into it (the tooltip has them).
     */
    static final class EventBox extends VBox {

        /** What the block is made of; fixed. */
        final Shape shape;
        /** The event shown, its whole title, its times on this day, only its start, and its tooltip's text. */
        private Occurrence occurrence;

        /** The event this block shows, or null while the block is spare. */
        Occurrence occurrence() {
            return occurrence;
        }

        private String wholeTitle = "";
        private String timeText = "";
        private String startText = "";
        private String tip = "";
        private Label title;
        private Label time;
        /** The break flag label, also of a one-line block (hidden there); null without a flag. */
        private Label flagLabel;
        /** The break flag, not managed; null when the event has none or is one line high. */
        private Label flag;
        /** True while the times are hidden here because the flag sits beside them. */
        private boolean timeHidden;

        EventBox(Shape shape) {
            this.shape = shape;
        }

        /** True while the times are hidden because the block is too low to hold them under the title. */
        private boolean timeTooLow;

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            fitTimeInHeight();
            if (flag != null) {
                placeFlag();
            }
        }

        /**
         * Hides the times of a block too low to hold them under its title (a 45-minute event in a small window),
         * so they are never drawn over or below the block's edge (the tooltip and the dialog have them), and shows
         * them again when the block grows.
         */
        private void fitTimeInHeight() {
            if (shape.isShort() || time == null || !time.isManaged() || getStyleClass().contains("dragging")) {
                return;
            }
            double bottom = getHeight() - snappedBottomInset();
            boolean fits = time.getLayoutY() + time.prefHeight(-1) <= bottom + 0.5;
            if (!fits && time.isVisible()) {
                time.setVisible(false);
                timeTooLow = true;
            } else if (fits && timeTooLow) {
                timeTooLow = false;
                fitTime(this, time, timeText, startText);
            }
        }

        private void placeFlag() {
            double left = snappedLeftInset();
            double right = getWidth() - snappedRightInset();
            double top = snappedTopInset();
            double bottom = getHeight() - snappedBottomInset();
            double below = top;
            Label time = null;
            for (javafx.scene.Node child : getChildren()) {
                if (child != flag && child.isManaged() && child.isVisible()) {
                    below = Math.max(below, child.getLayoutY() + child.getLayoutBounds().getMaxY());
                }
                if (child instanceof Label l && l.getStyleClass().contains("calendar-event-time")) {
                    time = l;
                }
            }
            below += getSpacing();
            // measured without switching the label's content display: each switch puts its icon back into the
            // label, which styles it again in the next pulse (issue 16: two more frames for every week shown)
            double insets = flag.snappedLeftInset() + flag.snappedRightInset();
            double icon = Math.ceil(flag.getGraphic().prefWidth(-1)) + insets;
            double words = icon + flag.getGraphicTextGap() + Math.ceil(FitText.width(flag.getText(), flag.getFont()));
            double height = flag.prefHeight(-1);
            if (below + height <= bottom + 0.5 && !getStyleClass().contains("dragging")) {
                flag.setContentDisplay(words <= right - left ? javafx.scene.control.ContentDisplay.LEFT
                        : javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                double width = Math.min(flag.prefWidth(-1), Math.max(0, right - left));
                flag.resizeRelocate(left, below, width, height);
                if (timeHidden && time != null) {
                    timeHidden = false;
                    time.setVisible(time.prefWidth(-1) <= right - left);
                }
                return;
            }
            flag.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            double x = Math.max(left, right - icon);
            double y = Math.max(top, bottom - height);
            flag.resizeRelocate(x, y, Math.min(icon, right - left), Math.min(height, Math.max(0, bottom - top)));
            if (time != null && time.isVisible() && !getStyleClass().contains("dragging")) {
                double timeRight = time.getLayoutX() + time.prefWidth(-1);
                double timeBottom = time.getLayoutY() + time.getHeight();
                if (timeRight > x - 2 && timeBottom > y) {
                    time.setVisible(false); // no room beside the flag: the tooltip has the times
                    timeHidden = true;
                }
            }
        }
    }

    /** The break flag of a block; {@link #fill} names it {@code calendar-breakflag-<key>} ({@link dk.netdesk.ui.NodeKey}). */
    private Label breakFlag() {
        FontIcon warn = new FontIcon(Material2OutlinedAL.HOURGLASS_BOTTOM);
        warn.getStyleClass().add("calendar-flag-icon");
        Label flag = new Label(messages.get("calendar.legend.break"), warn);
        flag.getStyleClass().add("calendar-flag");
        // the block shows its words or only the icon as its width allows, during layout (placeFlag)
        flag.setSkin(new dk.netdesk.ui.SteadyLabelSkin(flag));
        return flag;
    }

    /** The tooltip is made on the first hover: thousands of events need not each carry one. */
    private static void installTooltip(javafx.scene.control.Control box, String text) {
        box.setOnMouseEntered(e -> {
            if (box.getTooltip() == null) {
                box.setTooltip(new Tooltip(text));
            }
        });
    }

    private static void installTooltip(EventBox box) {
        box.setOnMouseEntered(e -> {
            if (box.getProperties().get(Tooltip.class) == null && box.occurrence != null) {
                Tooltip tooltip = new Tooltip(box.tip);
                box.getProperties().put(Tooltip.class, tooltip);
                Tooltip.install(box, tooltip);
            }
        });
    }

    /** Room, in pixels, the clip of a selected or focused event leaves around it for the selection's shadow. */
    static final double SHADOW_ROOM = 12;

    /**
     * Cuts what does not fit in the block (a long title in a short event); a selected or focused block is cut
     * {@link #SHADOW_ROOM} pixels further out, so the selection's shadow shows around it.
     */
    private static void clip(Region box) {
        box.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        javafx.beans.binding.BooleanBinding lifted = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> box.isFocused() || box.getStyleClass().contains(SELECTED), box.focusedProperty(), box.getStyleClass());
        javafx.beans.binding.DoubleBinding room = javafx.beans.binding.Bindings.when(lifted).then(SHADOW_ROOM).otherwise(0.0);
        clip.xProperty().bind(room.negate());
        clip.yProperty().bind(room.negate());
        clip.widthProperty().bind(box.widthProperty().add(room.multiply(2)));
        clip.heightProperty().bind(box.heightProperty().add(room.multiply(2)));
        box.setClip(clip);
    }

    private void installKeys(javafx.scene.Node box, Occurrence o) {
        box.setFocusTraversable(true);
        selectOnFocus(box);
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                handler.open(o);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                handler.delete(o);
                e.consume();
            }
        });
    }

    /** The style class of the selected event (the one last clicked or given the keyboard focus) in the week, day or month view. */
    static final String SELECTED = "calendar-selected";

    /**
     * Makes an event node the selected one whenever it takes the keyboard focus (a click, Tab): it gets
     * {@link #SELECTED} and the event selected before loses it. The selection stays when the focus moves
     * out of the calendar, so the user still sees which event Delete and Enter were about.
     */
    static void selectOnFocus(javafx.scene.Node event) {
        event.focusedProperty().addListener((obs, was, now) -> {
            if (now && event.getScene() != null) {
                event.getScene().getRoot().lookupAll("." + SELECTED).forEach(n -> n.getStyleClass().remove(SELECTED));
                event.getStyleClass().add(SELECTED);
            }
        });
    }

    /**
     * Makes a press of the primary button on empty space of a calendar view ({@code view}: the day/week grid or the
     * month) clear the selection: no event keeps {@link #SELECTED}, and {@code focusTarget} (the view itself) takes
     * the keyboard focus, so Delete and Enter no longer act on the event selected before. A press on an event, a
     * "+N" chip, a button or a scroll bar is no press on empty space.
     */
    static void clearSelectionOnEmptyPress(javafx.scene.Node view, javafx.scene.Node focusTarget) {
        view.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != javafx.scene.input.MouseButton.PRIMARY || onSomething(e.getPickResult().getIntersectedNode(), view)) {
                return;
            }
            clearSelection(view);
            focusTarget.requestFocus();
        });
    }

    /** Removes {@link #SELECTED} from every event in the scene of {@code node} (or under it when it has no scene). */
    static void clearSelection(javafx.scene.Node node) {
        javafx.scene.Node root = node.getScene() == null ? node : node.getScene().getRoot();
        root.lookupAll("." + SELECTED).forEach(n -> n.getStyleClass().remove(SELECTED));
    }

    private static boolean onSomething(javafx.scene.Node target, javafx.scene.Node view) {
        for (javafx.scene.Node n = target; n != null && n != view; n = n.getParent()) {
            if (n.getStyleClass().contains("calendar-event") || n instanceof javafx.scene.control.ButtonBase
                    || n instanceof javafx.scene.control.ScrollBar) {
                return true;
            }
        }
        return false;
    }

    private static String idOf(Occurrence o) {
        return o.key().replace('@', '-').replace(':', '-');
    }
}
