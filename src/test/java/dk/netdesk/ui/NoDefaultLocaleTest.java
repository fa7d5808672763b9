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
            new Form(Pattern.compile("(?<!Character)\\.to(?:Lower|Upper)Case\\("), "toLowerCase/toUpperCase without a Locale"));

    /** Forms that never name a locale: always the default one. */
    private static final List<Form> NEVER = List.of(
            new Form(Pattern.compile("\\bMessageFormat\\.format\\("), "MessageFormat.format uses the default locale"),
            new Form(Pattern.compile("\\bnew (?:java\\.text\\.)?DecimalFormat\\("), "DecimalFormat uses the default locale"),
            new Form(Pattern.compile("ofLocalized(?:Date|Time|DateTime)\\("),
                    "a localized FormatStyle: use the one date style of ui/Messages (decision 0030)"));

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
