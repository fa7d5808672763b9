package dk.netdesk.testing;

import dk.netdesk.app.Bundles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Finds English left on screen after the UI language is switched to Danish (issue 15): walks a window's scene graph
 * and collects every shown text that is an English bundle text whose Danish differs, a text an English pattern
 * ({@code "Moved {0} to {1}. Press Ctrl+Z to undo."}) makes, an English month or weekday name, or an English date
 * ("Nov 30", "11/30/26", "8:42 PM"). Texts are read from labels and buttons, prompt texts, tooltips, accessible texts,
 * table column headers, menu items, tabs, choice and combo box items, and window titles. Date pickers are also held
 * to the Danish calendar: week numbers shown and Monday first (open their popups with {@link #walkDatePickers}).
 * Use on the JavaFX thread.
 */
public final class EnglishLeftovers {

    /** One English text found: where (the first window and screen it was seen in), the node, the text and why. */
    public record Finding(String where, String node, String text, String why) {
        @Override
        public String toString() {
            return where + " | " + node + " | \"" + text + "\" | " + why;
        }
    }

    private static final Locale DANISH = new Locale("da");
    /** Patterns that write fewer letters themselves ("W{0}", "{0} of {1}") match too much user data to tell. */
    private static final int MIN_PATTERN_LETTERS = 3;
    private static final Pattern ENGLISH_DATE = Pattern.compile(
            // April, August, September, November and December are also Danish month names at the start of a title
            "\\b(?:January|February|March|May|June|July|October"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) \\d"
                    + "|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun),? "
                    + "(?:\\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                    + "|\\b\\d{1,2}/\\d{1,2}/\\d{2}\\b"
                    + "|\\b\\d{1,2}:\\d{2} ?[AP]M\\b");

    /** English text → the key it comes from, for texts whose Danish differs and is no Danish text elsewhere. */
    private final Map<String, String> exact = new HashMap<>();
    /** English pattern → key, for patterns with placeholders whose Danish differs. */
    private final Map<Pattern, String> patterns = new HashMap<>();
    /** The Danish pattern of each key in {@link #patterns}, so a Danish text that also fits is not reported. */
    private final Map<String, Pattern> danishPatterns = new HashMap<>();
    private final Set<String> danishTexts = new HashSet<>();
    /** The default stage names in English, caught also inside longer texts ("Fase: Contacted"). */
    private final Map<Pattern, String> stageNames = new HashMap<>();
    private final Set<String> ignored = new HashSet<>();
    private final Set<String> pickersSeen = new HashSet<>();
    private final Map<String, String> verdicts = new HashMap<>();
    private final Set<String> reported = new HashSet<>();
    private final List<Finding> findings = new ArrayList<>();

    public EnglishLeftovers() {
        List<Properties[]> bundles = new ArrayList<>();
        for (String baseName : Bundles.ALL) {
            bundles.add(new Properties[] {load(baseName, ""), load(baseName, "_da")});
        }
        for (Properties[] pair : bundles) {
            for (String key : pair[1].stringPropertyNames()) {
                danishTexts.add(pair[1].getProperty(key));
                danishTexts.add(shown(pair[1].getProperty(key)));
            }
        }
        for (Month month : Month.values()) {
            for (TextStyle style : List.of(TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE)) {
                String name = month.getDisplayName(style, DANISH);
                danishTexts.add(name);
                // a date picker's popup title-cases the month: "November" is Danish there too
                danishTexts.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
            }
        }
        for (Properties[] pair : bundles) {
            for (String key : pair[0].stringPropertyNames()) {
                String english = pair[0].getProperty(key);
                String danish = pair[1].getProperty(key);
                if (danish == null || english.equals(danish)) {
                    continue;
                }
                if (english.contains("{")) {
                    String englishRegex = MessagePatterns.regex(english);
                    String danishRegex = MessagePatterns.regex(danish);
                    if (!englishRegex.equals(danishRegex) && MessagePatterns.literalLetters(english) >= MIN_PATTERN_LETTERS) {
                        patterns.put(Pattern.compile(englishRegex, Pattern.DOTALL), key);
                        danishPatterns.put(key, Pattern.compile(danishRegex, Pattern.DOTALL));
                    }
                } else {
                    if (key.startsWith("pipeline.default.")) {
                        stageNames.put(Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(english) + "(?![\\p{L}-])"), key);
                    }
                    for (String text : List.of(english, shown(english), english.replace("_", ""))) {
                        if (!danishTexts.contains(text) && !text.isBlank()
                                && (!exact.containsKey(text) || key.startsWith("pipeline.default."))) {
                            exact.put(text, key);
                        }
                    }
                }
            }
        }
        for (Month month : Month.values()) {
            for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE)) {
                String name = month.getDisplayName(style, Locale.ENGLISH);
                if (!danishTexts.contains(name)) {
                    exact.putIfAbsent(name, "English month name");
                }
            }
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.SHORT_STANDALONE, TextStyle.NARROW)) {
                String name = day.getDisplayName(style, Locale.ENGLISH);
                if (name.length() > 1 && !danishTexts.contains(name)) {
                    exact.putIfAbsent(name, "English weekday name");
                }
            }
            String two = day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2);
            exact.putIfAbsent(two, "English weekday name");
        }
    }

    /**
     * Leaves out the nodes with these ids and everything under them: places that show the user's own data (a
     * library item's text, time zone ids), which may well be English.
     */
    public EnglishLeftovers ignoreUnder(String... ids) {
        ignored.addAll(List.of(ids));
        return this;
    }

    /** Everything found so far, each text once per place. */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** Walks every window that is showing now, each named {@code where} plus its title. */
    public void walkShowingWindows(String where) {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window.isShowing()) {
                walk(where, window);
            }
        }
    }

    /** Walks one window: its title and its scene graph. */
    public void walk(String where, Window window) {
        String name = where + (window instanceof Stage stage && stage.getTitle() != null ? " [" + stage.getTitle() + "]" : "");
        if (window instanceof Stage stage) {
            check(name, "window title", stage.getTitle());
        }
        Scene scene = window.getScene();
        if (scene != null && scene.getRoot() != null) {
            walk(name, scene.getRoot());
        }
    }

    /**
     * Opens each date picker under {@code root} (visible or not; each id once per walker), walks its popup and checks
     * that it shows week numbers and starts on Monday, then closes it again. The popup's English is one finding.
     */
    public void walkDatePickers(String where, Parent root) {
        List<DatePicker> pickers = new ArrayList<>();
        collect(root, DatePicker.class, pickers);
        for (DatePicker picker : pickers) {
            String node = describe(picker);
            // the same editor's pickers on another screen show the same: open each id once, to keep the walk quick
            if (picker.getId() != null && !pickersSeen.add(picker.getId())) {
                continue;
            }
            List<String> faults = new ArrayList<>();
            if (!picker.isShowWeekNumbers()) {
                faults.add("no week numbers");
            }
            if (picker.getScene() != null && picker.getScene().getWindow() != null && picker.getScene().getWindow().isShowing()) {
                Set<Window> before = new HashSet<>(Window.getWindows());
                picker.show();
                for (Window window : List.copyOf(Window.getWindows())) {
                    if (!before.contains(window) && window.getScene() != null) {
                        List<DateCell> dayNames = new ArrayList<>();
                        collectStyled(window.getScene().getRoot(), "day-name-cell", dayNames);
                        if (!dayNames.isEmpty()) {
                            String first = dayNames.get(0).getText();
                            String monday = DayOfWeek.MONDAY.getDisplayName(TextStyle.SHORT_STANDALONE, DANISH);
                            String mondayEnglish = DayOfWeek.MONDAY.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                            if (!first.equalsIgnoreCase(monday) && !first.equalsIgnoreCase(mondayEnglish)) {
                                faults.add("week starts on " + first);
                            }
                        }
                        // the popup's own texts, reported once for the picker rather than a line each
                        int from = findings.size();
                        walk(where + " > " + node + " popup", window.getScene().getRoot());
                        List<Finding> popup = new ArrayList<>(findings.subList(from, findings.size()));
                        findings.subList(from, findings.size()).clear();
                        if (!popup.isEmpty()) {
                            faults.add("English in the popup: " + popup.stream().map(Finding::text).distinct()
                                    .collect(java.util.stream.Collectors.joining(", ")));
                        }
                    }
                }
                picker.hide();
            }
            if (!faults.isEmpty()) {
                add(where, node, "(date picker)", String.join("; ", faults));
            }
        }
    }

    private void walk(String where, Node node) {
        if (node.getId() != null && ignored.contains(node.getId())) {
            return;
        }
        String id = describe(node);
        if (node instanceof Labeled labeled) {
            check(where, id, labeled.getText());
        }
        if (node instanceof Text text && !(node.getParent() instanceof Labeled)) {
            check(where, id, text.getText());
        }
        if (node instanceof TextInputControl input) {
            check(where, id + " prompt", input.getPromptText());
            if (!input.isEditable()) {
                check(where, id, input.getText());
            }
        }
        check(where, id + " accessible text", node.getAccessibleText());
        if (node instanceof Control control) {
            tooltip(where, id, control.getTooltip());
            if (control.getContextMenu() != null) {
                menuItems(where, id + " context menu", control.getContextMenu().getItems());
            }
        }
        Object installed = node.getProperties().get("javafx.scene.control.Tooltip");
        if (installed instanceof Tooltip tip) {
            tooltip(where, id, tip);
        }
        if (node instanceof MenuBar bar) {
            for (Menu menu : bar.getMenus()) {
                check(where, id + " menu", menu.getText());
                menuItems(where, id + " > " + menu.getText(), menu.getItems());
            }
        }
        if (node instanceof MenuButton button) {
            menuItems(where, id + " items", button.getItems());
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                check(where, id + " tab", tab.getText());
                tooltip(where, id + " tab", tab.getTooltip());
            }
        }
        if (node instanceof TableView<?> table) {
            columns(where, id, table.getColumns());
        }
        if (node instanceof TreeTableView<?> table) {
            columns(where, id, table.getColumns());
        }
        if (node instanceof ComboBox<?> combo) {
            items(where, id + " item", combo.getItems(), combo.getConverter());
        }
        if (node instanceof ChoiceBox<?> choice) {
            items(where, id + " item", choice.getItems(), choice.getConverter());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(where, child);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void items(String where, String node, ObservableList<?> items, StringConverter converter) {
        for (Object item : items) {
            check(where, node, converter != null ? converter.toString(item) : String.valueOf(item));
        }
    }

    private void columns(String where, String node, List<? extends TableColumnBase<?, ?>> columns) {
        for (TableColumnBase<?, ?> column : columns) {
            check(where, node + " column", column.getText());
            columns(where, node, column.getColumns());
        }
    }

    private void menuItems(String where, String node, List<MenuItem> items) {
        for (MenuItem item : items) {
            check(where, node + (item.getId() == null ? "" : " #" + item.getId()), item.getText());
            if (item instanceof Menu menu) {
                menuItems(where, node + " > " + menu.getText(), menu.getItems());
            }
        }
    }

    private void tooltip(String where, String node, Tooltip tip) {
        if (tip != null) {
            check(where, node + " tooltip", tip.getText());
        }
    }

    private void check(String where, String node, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String why = verdicts.computeIfAbsent(text, this::verdict);
        if (!why.isEmpty()) {
            add(where, node, text, why);
        }
    }

    private void add(String where, String node, String text, String why) {
        // each text once for the node showing it: the status line or an editor's field would repeat on every screen
        // (a date picker's popup is gathered into one finding per picker, so there the place counts too)
        String place = where.endsWith(" popup") ? where + "\n" : "";
        if (reported.add(place + node + "\n" + text + "\n" + why)) {
            findings.add(new Finding(where, node, text, why));
        }
    }

    /** Why {@code text} is English, or "" when it is not. */
    private String verdict(String text) {
        String key = exact.get(text);
        if (key != null) {
            return key;
        }
        if (danishTexts.contains(text)) {
            return "";
        }
        for (Map.Entry<Pattern, String> entry : patterns.entrySet()) {
            if (entry.getKey().matcher(text).matches() && !danishPatterns.get(entry.getValue()).matcher(text).matches()) {
                return entry.getValue() + " (pattern)";
            }
        }
        for (Map.Entry<Pattern, String> entry : stageNames.entrySet()) {
            if (entry.getKey().matcher(text).find()) {
                return entry.getValue() + " (inside the text)";
            }
        }
        if (ENGLISH_DATE.matcher(text).find()) {
            return "English date or time";
        }
        return "";
    }

    private static String describe(Node node) {
        String id = node.getId() != null ? "#" + node.getId() : "";
        Node parent = node;
        String near = "";
        while (id.isEmpty() && near.isEmpty() && (parent = parent.getParent()) != null) {
            if (parent.getId() != null) {
                near = " in #" + parent.getId();
            }
        }
        return node.getClass().getSimpleName() + id + near;
    }

    private static <T> void collect(Node node, Class<T> type, List<T> into) {
        if (type.isInstance(node)) {
            into.add(type.cast(node));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, type, into);
            }
        }
    }

    private static void collectStyled(Node node, String styleClass, List<DateCell> into) {
        if (node instanceof DateCell cell && node.getStyleClass().contains(styleClass)) {
            into.add(cell);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectStyled(child, styleClass, into);
            }
        }
    }

    /** A text as {@code Messages.format} shows it when it has no placeholders: quotes undoubled. */
    private static String shown(String text) {
        return text.replace("''", "'");
    }

    private static Properties load(String baseName, String suffix) {
        String path = "/" + baseName.replace('.', '/') + suffix + ".properties";
        try (InputStream in = EnglishLeftovers.class.getResourceAsStream(path)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Turns MessageFormat patterns into regular expressions for the texts they make. */
    static final class MessagePatterns {

        /** What a number argument shows: digits with the separators of either language. */
        private static final String NUMBER = "[-+]?[0-9][0-9.,\\u00a0\\u202f]*";

        private MessagePatterns() {
        }

        /** A regex that fully matches every text {@code pattern} can make; each argument is "one or more characters". */
        static String regex(String pattern) {
            return convert(pattern, true);
        }

        /** How many letters the pattern writes itself (outside its arguments). */
        static int literalLetters(String pattern) {
            return (int) convert(pattern, false).chars().filter(Character::isLetter).count();
        }

        private static String convert(String pattern, boolean asRegex) {
            return convert(pattern, asRegex, false);
        }

        /** {@code inChoice}: the pattern is one branch of a choice, where arguments are the counted numbers. */
        private static String convert(String pattern, boolean asRegex, boolean inChoice) {
            StringBuilder out = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (i < pattern.length()) {
                char c = pattern.charAt(i);
                if (c == '\'') {
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                        out.append(asRegex ? "'" : "'");
                        i += 2;
                        continue;
                    }
                    quoted = !quoted;
                    i++;
                    continue;
                }
                if (c == '{' && !quoted) {
                    int end = closing(pattern, i);
                    String inner = pattern.substring(i + 1, end);
                    String[] parts = inner.split(",", 3);
                    if (parts.length == 3 && parts[1].trim().equals("choice")) {
                        List<String> alternatives = new ArrayList<>();
                        for (String alternative : topLevel(parts[2])) {
                            int cut = firstOf(alternative, "#<\u2264");
                            alternatives.add(convert(alternative.substring(cut + 1), asRegex, true));
                        }
                        out.append(asRegex ? "(?:" + String.join("|", new LinkedHashSet<>(alternatives)) + ")"
                                : String.join("", alternatives));
                    } else if (asRegex) {
                        boolean number = inChoice || (parts.length > 1 && parts[1].trim().equals("number"));
                        out.append(number ? NUMBER : ".+");
                    }
                    i = end + 1;
                    continue;
                }
                out.append(asRegex && "\\.[]{}()*+-?^$|".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
                i++;
            }
            return out.toString();
        }

        private static int closing(String pattern, int open) {
            int depth = 0;
            for (int i = open; i < pattern.length(); i++) {
                if (pattern.charAt(i) == '{') {
                    depth++;
                } else if (pattern.charAt(i) == '}' && --depth == 0) {
                    return i;
                }
            }
            throw new IllegalArgumentException("unclosed { in " + pattern);
        }

        private static List<String> topLevel(String choices) {
            List<String> parts = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < choices.length(); i++) {
                char c = choices.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    parts.add(choices.substring(start, i));
                    start = i + 1;
                }
            }
            parts.add(choices.substring(start));
            return parts;
        }

        private static int firstOf(String text, String chars) {
            for (int i = 0; i < text.length(); i++) {
                if (chars.indexOf(text.charAt(i)) >= 0) {
                    return i;
                }
            }
            return -1;
        }
    }
}
