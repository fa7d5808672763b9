package dk.netdesk.exchange;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import net.fortuna.ical4j.util.Strings;

/**
 * An iCalendar file as ical4j's parser reads it (unfolded lines, BEGIN/END checked), kept as plain
 * components and properties with their line numbers and raw values. The calendar import reads
 * dates and time zones from here itself, so that a TZID ical4j does not know (Outlook's Windows
 * names) does not stop the whole file.
 */
final class IcsTree {

    /** One property: upper-case name, its 1-based line, its parameters (upper-case names, unquoted values) and raw value. */
    record Prop(String name, int line, Map<String, String> params, String value) {

        /**
         * The value with iCalendar's text escapes ({@code \n}, {@code \N}, {@code \,}, {@code \;}, {@code \\})
         * undone in one pass from the left, so that a backslash followed by a line break ({@code \\\n} in the file)
         * reads back as both (ical4j's unescape, replacing one escape after another, did not). A backslash before
         * anything else stays.
         */
        String text() {
            if (value.indexOf('\\') < 0) {
                return value;
            }
            StringBuilder text = new StringBuilder(value.length());
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\\' && i + 1 < value.length()) {
                    char next = value.charAt(i + 1);
                    switch (next) {
                        case 'n', 'N' -> text.append('\n');
                        case '\\', ',', ';', ':' -> text.append(next);
                        default -> {
                            text.append(c);
                            continue;
                        }
                    }
                    i++;
                } else {
                    text.append(c);
                }
            }
            return text.toString();
        }

        Optional<String> param(String paramName) {
            return Optional.ofNullable(params.get(paramName));
        }
    }

    /** One component (VCALENDAR, VEVENT, VALARM, VTIMEZONE …) with its 1-based first line. */
    record Node(String name, int line, List<Prop> props, List<Node> children) {

        Optional<Prop> prop(String propName) {
            return props.stream().filter(p -> p.name().equals(propName)).findFirst();
        }

        List<Prop> all(String propName) {
            return props.stream().filter(p -> p.name().equals(propName)).toList();
        }

        List<Node> children(String childName) {
            return children.stream().filter(c -> c.name().equals(childName)).toList();
        }
    }

    private IcsTree() {
    }

    /**
     * The calendars in {@code text} (usually one).
     *
     * @throws ParserException when the text is not iCalendar (its line number says where)
     * @throws IOException     when reading fails
     */
    static List<Node> parse(Reader text) throws IOException, ParserException {
        LineCounter counter = new LineCounter(text);
        Builder builder = new Builder(counter);
        new CalendarParserImpl().parse(new UnfoldingReader(counter, true), builder);
        return builder.calendars;
    }

    /** Counts line ends without changing them (the unfolding needs the CR LF pairs as they are). */
    private static final class LineCounter extends FilterReader {
        private int lines;

        LineCounter(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == '\n') {
                lines++;
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                if (buffer[offset + i] == '\n') {
                    lines++;
                }
            }
            return n;
        }
    }

    private static final class Builder implements ContentHandler {
        private final LineCounter counter;
        private final List<Node> calendars = new ArrayList<>();
        private final Deque<Node> open = new ArrayDeque<>();
        private String propName;
        private int propLine;
        private String propValue;
        private Map<String, String> params;

        Builder(LineCounter counter) {
            this.counter = counter;
        }

        @Override
        public void startCalendar() {
            open.push(new Node("VCALENDAR", counter.lines + 1, new ArrayList<>(), new ArrayList<>()));
        }

        @Override
        public void endCalendar() {
            calendars.add(open.pop());
        }

        @Override
        public void startComponent(String name) {
            Node node = new Node(name.toUpperCase(Locale.ROOT), counter.lines + 1, new ArrayList<>(), new ArrayList<>());
            open.peek().children().add(node);
            open.push(node);
        }

        @Override
        public void endComponent(String name) {
            open.pop();
        }

        @Override
        public void startProperty(String name) {
            propName = name.toUpperCase(Locale.ROOT);
            propLine = counter.lines + 1;
            propValue = "";
            params = new LinkedHashMap<>();
        }

        @Override
        public void propertyValue(String value) {
            propValue = value;
        }

        @Override
        public void parameter(String name, String value) {
            params.put(name.toUpperCase(Locale.ROOT), Strings.unquote(value));
        }

        @Override
        public void endProperty(String name) {
            open.peek().props().add(new Prop(propName, propLine, Map.copyOf(params), propValue));
        }
    }
}
