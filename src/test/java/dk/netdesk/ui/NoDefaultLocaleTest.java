package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No code formats, parses or changes case in the JVM's default locale without saying so (issue 17, item 7;
 * decision 0030): dates, times, numbers and case follow the UI language ({@link Messages#getLocale()}) or, for
 * machine formats (iCalendar, file names), {@code Locale.ROOT}. Scans {@code src/main/java} for the forms that
 * take the default locale silently.
 */
class NoDefaultLocaleTest {

    /** A call whose argument list is given, with the reason it is refused when the arguments name no locale. */
    private record Form(Pattern call, String why) {
    }

    private static final List<Form> NEEDS_A_LOCALE = List.of(
            new Form(Pattern.compile("\\bString\\.format\\("), "String.format without a Locale"),
            new Form(Pattern.compile("\\.formatted\\("), "String.formatted uses the default locale"),
            new Form(Pattern.compile("\\.printf\\("), "printf without a Locale"),
            new Form(Pattern.compile("DateTimeFormatter\\.ofPattern\\("), "DateTimeFormatter.ofPattern without a Locale"),
            new Form(Pattern.compile("\\bNumberFormat\\.get\\w*Instance\\("), "NumberFormat without a Locale"),
            new Form(Pattern.compile("\\bDecimalFormatSymbols\\.getInstance\\("), "DecimalFormatSymbols without a Locale"),
            new Form(Pattern.compile("\\bnew (?:java\\.text\\.)?MessageFormat\\("), "MessageFormat without a Locale"),
            new Form(Pattern.compile("\\bnew (?:java\\.text\\.)?SimpleDateFormat\\("), "SimpleDateFormat without a Locale"),
            new Form(Pattern.compile("\\bCollator\\.getInstance\\("), "Collator without a Locale"),
            new Form(Pattern.compile("(?<!Character)\\.to(?:Lower|Upper)Case\\("), "toLowerCase/toUpperCase without a Locale"),
            // issue 17, item 7: the same kind, found by the grep of that item
            new Form(Pattern.compile("\\.toFormatter\\("), "DateTimeFormatterBuilder.toFormatter without a Locale"),
            new Form(Pattern.compile("\\bDateFormat\\.get\\w*Instance\\("), "DateFormat without a Locale"),
            new Form(Pattern.compile("\\bBreakIterator\\.get\\w*Instance\\("), "BreakIterator without a Locale"),
            new Form(Pattern.compile("\\bResourceBundle\\.getBundle\\("), "ResourceBundle without the UI language's Locale"),
            new Form(Pattern.compile("\\bnew (?:java\\.util\\.)?Formatter\\("), "java.util.Formatter without a Locale"),
            new Form(Pattern.compile("\\.getDisplay(?:Name|Language|Country|Variant|Script)\\("),
                    "a display name in the default locale: name the UI language's"),
            new Form(Pattern.compile("\\bnew (?:javafx\\.util\\.converter\\.)?"
                    + "(?:Number|Currency|Percentage|LocalDate|LocalTime|LocalDateTime|Date|DateTime|Time)StringConverter\\("),
                    "a JavaFX converter in the default locale"));

    /** Forms that never name a locale: always the default one. */
    private static final List<Form> NEVER = List.of(
            new Form(Pattern.compile("\\bMessageFormat\\.format\\("), "MessageFormat.format uses the default locale"),
            new Form(Pattern.compile("\\bnew (?:java\\.text\\.)?DecimalFormat\\("), "DecimalFormat uses the default locale"),
            new Form(Pattern.compile("ofLocalized(?:Date|Time|DateTime)\\("),
                    "a localized FormatStyle: use the one date style of ui/Messages (decision 0030)"),
            // issue 17, item 7 (decision 0040): forms that take the default locale's calendar, digits or case
            new Form(Pattern.compile("\\bCalendar\\.getInstance\\("),
                    "Calendar.getInstance is a Buddhist calendar on a Thai machine: use java.time (GregorianCalendar.from)"),
            new Form(Pattern.compile("\\.localizedBy\\("), "localizedBy takes the locale's digits (Thai, Arabic-Indic)"),
            new Form(Pattern.compile("\\bDecimalStyle\\.of(?:DefaultLocale)?\\("),
                    "a locale's DecimalStyle: dates and times are written with Latin digits (DecimalStyle.STANDARD)"),
            new Form(Pattern.compile("\\bChronology\\.ofLocale\\("), "the locale's calendar system: dates are ISO"),
            new Form(Pattern.compile("\\bnew (?:java\\.util\\.)?Scanner\\("), "Scanner reads numbers in the default locale"),
            new Form(Pattern.compile("::to(?:Lower|Upper)Case\\b"), "String::toLowerCase/toUpperCase uses the default locale"),
            new Form(Pattern.compile("\\bDoubleSpinnerValueFactory\\b"),
                    "its converter is a DecimalFormat in the default locale: use ui/SpinnerText or ui/NumberText"));

    /** {@code Locale.getDefault}: allowed only on a line saying why the machine's locale is meant. */
    private static final Pattern DEFAULT_LOCALE = Pattern.compile("\\bLocale\\.getDefault\\(");
    private static final String MACHINE_LOCALE = "// machine locale:";

    /**
     * A date picker that does not go through {@link DateText} ({@code picker} or {@code install}) keeps JavaFX's converter
     * and calendar system, which follow the default locale.
     */
    private static final Pattern DATE_PICKER = Pattern.compile("\\bnew (?:javafx\\.scene\\.control\\.)?DatePicker\\(");

    @Test
    void noFormatTakesTheDefaultLocaleSilently() throws IOException {
        List<String> faults = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                faults.addAll(faults(file, Files.readString(file)));
            }
        }
        assertThat(faults).as("name the UI language's locale (Messages.getLocale()) or Locale.ROOT").isEmpty();
    }

    @Test
    void theScanFindsEachImplicitForm() {
        String code = """
                class A {
                    String a = String.format("%02d", 5);
                    String b = java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(t);
                    Object c = java.text.NumberFormat.getPercentInstance();
                    String d = name.toLowerCase();
                    String e = java.time.format.DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l).format(t);
                    String f = java.text.MessageFormat.format("{0}", x);
                    String g = String.format(Locale.ROOT, "%02d", 5);
                    String h = DateTimeFormatter.ofPattern(messages.get("k"), messages.getLocale()).format(t);
                    String i = name.toLowerCase(Locale.ROOT);
                }
                """;
        assertThat(faults(Path.of("A.java"), code)).hasSize(6);
    }

    @Test
    void theScanFindsTheFormsOfIssue17Item7() {
        String code = """
                class B {
                    Object a = java.util.Calendar.getInstance();
                    Object b = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).localizedBy(machine);
                    Object c = java.time.format.DecimalStyle.ofDefaultLocale();
                    Object d = java.time.chrono.Chronology.ofLocale(there);
                    Object e = new Scanner(text).nextInt();
                    Object f = names.sorted(Comparator.comparing(String::toLowerCase));
                    Object g = new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1);
                    Object h = new DateTimeFormatterBuilder().appendPattern("HH").toFormatter();
                    Object i = new javafx.util.converter.NumberStringConverter();
                    Object j = DayOfWeek.MONDAY.getDisplayName(TextStyle.FULL, here);
                    Object k = Locale.getDefault();
                    Object l = new DatePicker();
                    Object m = Locale.getDefault(Locale.Category.FORMAT); // machine locale: the paper's region
                    Object n = new DateTimeFormatterBuilder().appendPattern("HH").toFormatter(Locale.ROOT);
                    Object o = DayOfWeek.MONDAY.getDisplayName(TextStyle.FULL, messages.getLocale());
                    Object p = new javafx.util.converter.NumberStringConverter(messages.getLocale());
                }
                """;
        assertThat(faults(Path.of("B.java"), code)).hasSize(12);
        assertThat(faults(Path.of("src/main/java/dk/netdesk/ui/DateText.java"), "Object l = new DatePicker();")).isEmpty();
    }

    private static List<String> faults(Path file, String code) {
        String text = withoutCommentsAndStrings(code);
        List<String> faults = new ArrayList<>();
        for (Form form : NEEDS_A_LOCALE) {
            Matcher m = form.call().matcher(text);
            while (m.find()) {
                String args = arguments(text, m.end());
                if (!args.contains("Locale") && !args.contains("locale") && !args.contains("getLocale()")) {
                    faults.add(file + ":" + line(text, m.start()) + ": " + form.why());
                }
            }
        }
        for (Form form : NEVER) {
            Matcher m = form.call().matcher(text);
            while (m.find()) {
                faults.add(file + ":" + line(text, m.start()) + ": " + form.why());
            }
        }
        String[] lines = code.split("\n", -1);
        Matcher defaults = DEFAULT_LOCALE.matcher(text);
        while (defaults.find()) {
            int at = line(text, defaults.start());
            if (!lines[at - 1].contains(MACHINE_LOCALE)) {
                faults.add(file + ":" + at + ": Locale.getDefault: use the UI language (Messages.getLocale()), or say why the"
                        + " machine's locale is meant with \"" + MACHINE_LOCALE + " <why>\" on the line");
            }
        }
        if (!file.endsWith(Path.of("dk/netdesk/ui/DateText.java")) && !text.contains("DateText.install(")) {
            Matcher pickers = DATE_PICKER.matcher(text);
            while (pickers.find()) {
                faults.add(file + ":" + line(text, pickers.start()) + ": a DatePicker not made by ui/DateText");
            }
        }
        return faults;
    }

    /** The text of the argument list that starts after the opening parenthesis at {@code from}. */
    private static String arguments(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return text.substring(from, i);
            }
        }
        return text.substring(from);
    }

    private static int line(String text, int at) {
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** {@code code} with comments removed and string and char literals emptied; line breaks kept. */
    private static String withoutCommentsAndStrings(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                code.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? code.length() : end + 3;
                code.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                out.append("\"\"");
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != c) {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(c).append(c);
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
