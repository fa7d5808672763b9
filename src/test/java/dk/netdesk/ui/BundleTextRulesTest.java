package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules every pair of texts in the bundles keeps (issue 15, items 5 and 6): both languages have the same keys,
 * a key's English and Danish texts take the same placeholders, single quotes survive {@link Messages#format}, the
 * Danish word for a pipeline stage is "fase" (never "trin"), and Danish quotes are „…“ only. A text quoting what
 * the user typed or named ({0}) never uses straight quotes: “…” in English, „…“ in Danish. A file size is written
 * only by {@link Messages#fileSize} (its {@code size.*} keys), never by a unit of a screen's own.
 */
class BundleTextRulesTest {

    /** A placeholder's argument number: {0}, {1,choice,…}, {2,number,integer}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
    /** A word ending in "trin" (trin, salgstrin) or one of its forms (trinnet, trinene). */
    private static final Pattern TRIN = Pattern.compile("(?iU)\\b\\w*trin(?:net|nene|ene|s)?\\b");
    /** A key handed to {@link Messages#format} as a literal in the sources. */
    private static final Pattern FORMAT_CALL = Pattern.compile("\\.format\\(\\s*\"([A-Za-z0-9_.]+)\"");
    /** Quote marks other than „ and “: straight, English closing, guillemets, single typographic quotes. */
    private static final Pattern OTHER_QUOTES = Pattern.compile("[\"”«»‘‚]");
    /** A placeholder between straight quotes: "{0}", '{0}' or ''{0}'' (MessageFormat's escaped single quote). */
    private static final Pattern STRAIGHT_QUOTED = Pattern.compile("(?:\"|'{1,2})\\{\\d+[^}]*}(?:\"|'{1,2})");
    /** A size unit after a placeholder: "{0} kB", "{0} MB", "{0} bytes". */
    private static final Pattern SIZE_UNIT = Pattern.compile("\\{\\d+[^}]*}\\s*(?:bytes?|[kKMGT]B)\\b");
    /** The Danish texts that show command-line syntax, where a straight quote is what the user types. */
    private static final Set<String> COMMAND_SYNTAX = Set.of("cli.help");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        List<String> problems = new ArrayList<>();
        for (String baseName : Bundles.ALL) {
            Properties english = load(baseName, "");
            Properties danish = load(baseName, "_da");
            for (String key : english.stringPropertyNames()) {
                if (!danish.containsKey(key)) {
                    problems.add(baseName + ": " + key + " has no Danish text");
                }
            }
            for (String key : danish.stringPropertyNames()) {
                if (!english.containsKey(key)) {
                    problems.add(baseName + ": " + key + " has no English text");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void englishAndDanishTakeTheSamePlaceholders() {
        List<String> problems = new ArrayList<>();
        forEachPair((key, english, danish) -> {
            Set<String> en = placeholders(english);
            Set<String> da = placeholders(danish);
            if (!en.equals(da)) {
                problems.add(key + ": English " + en + ", Danish " + da);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void singleQuotesSurviveFormattingAndAreNotDoubledWhereNothingIsFormatted() {
        Set<String> formatted = formattedKeys();
        List<String> problems = new ArrayList<>();
        forEachText((key, language, text) -> {
            boolean throughFormat = formatted.contains(key) || !placeholders(text).isEmpty();
            String withoutPairs = text.replace("''", "");
            if (throughFormat && withoutPairs.contains("'")) {
                problems.add(language + " " + key + ": a single ' is dropped by MessageFormat; write '' — " + text);
            }
            if (!throughFormat && text.contains("''")) {
                problems.add(language + " " + key + ": shown as it is, so '' shows twice — " + text);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void danishCallsAStageFaseNeverTrin() {
        List<String> problems = new ArrayList<>();
        forEachPair((key, english, danish) -> {
            Matcher m = TRIN.matcher(danish);
            // "trin" is the Danish for a step of the import wizard: allowed where the English text says "step"
            if (m.find() && !english.toLowerCase(java.util.Locale.ROOT).contains("step")) {
                problems.add(key + ": \"" + m.group() + "\" for a stage; the glossary says fase — " + danish);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void danishQuotesAreLowHighPairsOnly() {
        List<String> problems = new ArrayList<>();
        forEachPair((key, english, danish) -> {
            if (COMMAND_SYNTAX.contains(key)) {
                return;
            }
            Matcher other = OTHER_QUOTES.matcher(danish);
            if (other.find()) {
                problems.add(key + ": quote mark " + other.group() + " where Danish uses „…“ — " + danish);
            }
            long open = danish.chars().filter(c -> c == '„').count();
            long close = danish.chars().filter(c -> c == '“').count();
            if (open != close) {
                problems.add(key + ": " + open + " „ but " + close + " “ — " + danish);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void aQuotedPlaceholderHasTypographicQuotesInBothLanguages() {
        List<String> problems = new ArrayList<>();
        forEachText((key, language, text) -> {
            Matcher straight = STRAIGHT_QUOTED.matcher(text);
            if (!COMMAND_SYNTAX.contains(key) && straight.find()) {
                problems.add(language + " " + key + ": " + straight.group() + " where "
                        + (language.equals("en") ? "English uses “…”" : "Danish uses „…“") + " — " + text);
            }
            if (language.equals("en") && text.contains("„")) {
                problems.add("en " + key + ": „ where English uses “…” — " + text);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void fileSizesAreWrittenByTheOneFormatter() {
        List<String> problems = new ArrayList<>();
        forEachText((key, language, text) -> {
            Matcher unit = SIZE_UNIT.matcher(text);
            if (!key.startsWith("size.") && unit.find()) {
                problems.add(language + " " + key + ": " + unit.group() + " — sizes are Messages.fileSize's (size.*)");
            }
        });
        assertThat(problems).isEmpty();
    }

    /** "for example" in Danish: the glossary's one short form is "fx" (not "F.eks.", "f.eks.", "f.ex."). */
    private static final Pattern FOR_EXAMPLE = Pattern.compile("(?iU)(?<!\\w)f\\.\\s?e[kx]s?\\.");
    /** The app calls the sales pipeline "pipeline" in Danish too, never "tragt" (funnel). */
    private static final Pattern TRAGT = Pattern.compile("(?iU)\\b(?:salgs)?tragt(?:en|e|ene)?\\b");

    @Test
    void danishWritesFxAndPipelineTheOneWay() {
        List<String> problems = new ArrayList<>();
        forEachPair((key, english, danish) -> {
            Matcher example = FOR_EXAMPLE.matcher(danish);
            if (example.find()) {
                problems.add(key + ": \"" + example.group() + "\" where the glossary says fx — " + danish);
            }
            Matcher funnel = TRAGT.matcher(danish);
            if (funnel.find()) {
                problems.add(key + ": \"" + funnel.group() + "\" where the app says pipeline — " + danish);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theRulesCatchWhatTheyAreFor() {
        assertThat(FOR_EXAMPLE.matcher("F.eks. Indvendinger").find()).isTrue();
        assertThat(FOR_EXAMPLE.matcher("skriv f. eks. 18:30").find()).isTrue();
        assertThat(FOR_EXAMPLE.matcher("fx Indvendinger").find()).isFalse();
        assertThat(TRAGT.matcher("din tragt beholder sine tal").find()).isTrue();
        assertThat(TRAGT.matcher("din pipeline beholder sine tal").find()).isFalse();
        assertThat(placeholders("{0} of {1,choice,1#1 contact|1<{1} contacts}")).containsExactly("0", "1");
        assertThat(TRIN.matcher("Manuskripter til dette trin").find()).isTrue();
        assertThat(TRIN.matcher("Til salgstrin: {0}").find()).isTrue();
        assertThat(TRIN.matcher("Kontakten er i fasen Kunde; strinet").find()).isFalse();
        assertThat(OTHER_QUOTES.matcher("»{0}« kan ikke læses").find()).isTrue();
        assertThat(OTHER_QUOTES.matcher("\"{0}\" er gemt").find()).isTrue();
        assertThat(OTHER_QUOTES.matcher("„{0}“ er gemt").find()).isFalse();
        assertThat(STRAIGHT_QUOTED.matcher("Created \"{0}\".").find()).isTrue();
        assertThat(STRAIGHT_QUOTED.matcher("Created ''{0}''.").find()).isTrue();
        assertThat(STRAIGHT_QUOTED.matcher("Move \"{0,number,integer}\"?").find()).isTrue();
        assertThat(STRAIGHT_QUOTED.matcher("Created “{0}”.").find()).isFalse();
        assertThat(STRAIGHT_QUOTED.matcher("Anna''s {0} notes").find()).isFalse();
        assertThat(SIZE_UNIT.matcher("{0} kB").find()).isTrue();
        assertThat(SIZE_UNIT.matcher("larger than {1} MB").find()).isTrue();
        assertThat(SIZE_UNIT.matcher("{0} contacts").find()).isFalse();
    }

    /** The argument numbers a MessageFormat pattern takes, e.g. [0, 1]. */
    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Keys the sources hand to {@code messages.format("…")} as a literal: those go through MessageFormat. */
    private static Set<String> formattedKeys() {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = FORMAT_CALL.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private interface PairVisitor {
        void visit(String key, String english, String danish);
    }

    private interface TextVisitor {
        void visit(String key, String language, String text);
    }

    private static void forEachPair(PairVisitor visitor) {
        for (String baseName : Bundles.ALL) {
            Properties english = load(baseName, "");
            Properties danish = load(baseName, "_da");
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                if (danish.containsKey(key)) {
                    visitor.visit(key, english.getProperty(key), danish.getProperty(key));
                }
            }
        }
    }

    private static void forEachText(TextVisitor visitor) {
        for (String baseName : Bundles.ALL) {
            for (String suffix : List.of("", "_da")) {
                Properties texts = load(baseName, suffix);
                String language = suffix.isEmpty() ? "en" : "da";
                for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                    visitor.visit(key, language, texts.getProperty(key));
                }
            }
        }
    }

    private static Properties load(String baseName, String suffix) {
        String path = "/" + baseName.replace('.', '/') + suffix + ".properties";
        try (InputStream in = BundleTextRulesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
