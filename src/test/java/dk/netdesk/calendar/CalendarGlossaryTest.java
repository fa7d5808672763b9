package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The calendar's words, the same on screen, on paper and in the welcome: personal "Privat" / "Personal",
 * the personal time figure "Privat tid" / "Personal time", protected time "Beskyttet fritid" / "Protected
 * time", the work window "Arbejdstid" / "Work window", work "Arbejde" / "Work", the week summary "Ugens
 * overblik" / "Week overview".
 */
class CalendarGlossaryTest {

    /** "Fritid" only as part of "beskyttet fritid" (also "din beskyttede fritid"). */
    private static final Pattern LOOSE_FRITID = Pattern.compile("(?iu)(?<!beskyttet )(?<!beskyttede )fritid");
    /** Words the glossary replaced: the old name of the work window, protected time without "fri", a word-by-word "weekly on". */
    private static final Pattern OLD_DANISH = Pattern.compile("(?iu)arbejdsvindue|beskyttet tid|ugentligt om|ugeoversigt");
    private static final Pattern OLD_ENGLISH = Pattern.compile("(?iu)week summary|free time|leisure|work hours");

    static Properties bundle(String path) {
        Properties values = new Properties();
        try (InputStream in = CalendarGlossaryTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            values.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
        return values;
    }

    /** Every value (of the keys starting with one of {@code prefixes}) that matches {@code wrong}, as "key=value". */
    static List<String> offending(Properties values, Pattern wrong, String... prefixes) {
        List<String> found = new ArrayList<>();
        for (String key : values.stringPropertyNames()) {
            boolean inScope = prefixes.length == 0;
            for (String prefix : prefixes) {
                inScope |= key.startsWith(prefix);
            }
            if (inScope && wrong.matcher(values.getProperty(key)).find()) {
                found.add(key + "=" + values.getProperty(key));
            }
        }
        return found;
    }

    @Test
    void theDanishCalendarAndWelcomeUseTheGlossary() {
        Properties calendar = bundle("/dk/netdesk/calendar/messages_da.properties");
        Properties ui = bundle("/dk/netdesk/ui/messages_da.properties");
        assertThat(offending(calendar, LOOSE_FRITID)).isEmpty();
        assertThat(offending(calendar, OLD_DANISH)).isEmpty();
        assertThat(offending(ui, LOOSE_FRITID, "welcome.")).isEmpty();
        assertThat(offending(ui, OLD_DANISH, "welcome.")).isEmpty();
        assertThat(calendar.getProperty("calendar.category.personal")).isEqualTo("Privat");
        assertThat(calendar.getProperty("calendar.legend.personal")).isEqualTo("Privat");
        assertThat(calendar.getProperty("calendar.summary.personal")).isEqualTo("Privat tid");
        assertThat(calendar.getProperty("calendar.legend.protected")).isEqualTo("Beskyttet fritid");
        assertThat(calendar.getProperty("calendar.protected.title")).isEqualTo("Beskyttet fritid");
        assertThat(calendar.getProperty("calendar.balance.protected")).isEqualTo("Beskyttet fritid");
        assertThat(calendar.getProperty("calendar.legend.window")).isEqualTo("Arbejdstid");
        assertThat(calendar.getProperty("calendar.balance.windows")).isEqualTo("Arbejdstid");
        assertThat(calendar.getProperty("calendar.legend.work")).isEqualTo("Arbejde");
        assertThat(calendar.getProperty("calendar.category.work")).isEqualTo("Arbejde");
        assertThat(calendar.getProperty("calendar.summary.title")).isEqualTo("Ugens overblik");
        assertThat(calendar.getProperty("calendar.dialog.repeat.weekly")).isEqualTo("Ugentligt på disse dage");
    }

    @Test
    void theEnglishCalendarAndWelcomeUseTheGlossary() {
        Properties calendar = bundle("/dk/netdesk/calendar/messages.properties");
        Properties ui = bundle("/dk/netdesk/ui/messages.properties");
        // "Work hours…" names the dialog of work windows, protected time, budget and break (issue 18, item 12;
        // decision 0046), on its button and as its title; a work window itself is still never "work hours"
        assertThat(offending(calendar, OLD_ENGLISH)).containsExactlyInAnyOrder(
                "calendar.balanceSettings=Work hours\u2026", "calendar.balance.title=Work hours");
        assertThat(offending(ui, OLD_ENGLISH, "welcome.")).isEmpty();
        assertThat(calendar.getProperty("calendar.category.personal")).isEqualTo("Personal");
        assertThat(calendar.getProperty("calendar.summary.personal")).isEqualTo("Personal time");
        assertThat(calendar.getProperty("calendar.legend.protected")).isEqualTo("Protected time");
        assertThat(calendar.getProperty("calendar.legend.window")).isEqualTo("Work window");
        assertThat(calendar.getProperty("calendar.legend.work")).isEqualTo("Work");
        assertThat(calendar.getProperty("calendar.summary.title")).isEqualTo("Week overview");
    }

    /** The printed week says what the screen says (the print bundle is kept to the same glossary). */
    @Test
    void theDanishPrintedWeekUsesTheGlossary() {
        Properties print = bundle("/dk/netdesk/print/messages_da.properties");
        assertThat(offending(print, LOOSE_FRITID)).isEmpty();
        assertThat(offending(print, OLD_DANISH)).isEmpty();
        assertThat(print.getProperty("print.legend.personal")).isEqualTo("Privat");
        assertThat(print.getProperty("print.legend.workWindow")).isEqualTo("Arbejdstid");
        assertThat(print.getProperty("print.legend.protected")).isEqualTo("Beskyttet fritid");
        assertThat(print.getProperty("print.option.summary")).isEqualTo("Ugens overblik");
    }

    @Test
    void theLooseFritidPatternKeepsProtectedTimeAndCatchesPersonalTime() {
        assertThat(LOOSE_FRITID.matcher("Arbejde i beskyttet fritid").find()).isFalse();
        assertThat(LOOSE_FRITID.matcher("Denne aftale ligger i din beskyttede fritid.").find()).isFalse();
        assertThat(LOOSE_FRITID.matcher("Fritid: {0}").find()).isTrue();
        assertThat(LOOSE_FRITID.matcher("Din fritid").find()).isTrue();
    }
}
