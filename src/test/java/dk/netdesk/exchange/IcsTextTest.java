package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** iCalendar text values are unescaped in one pass: an escaped backslash before an escaped line break keeps both. */
class IcsTextTest {

    private static String description(String escaped) throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDESCRIPTION:" + escaped
                + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        IcsTree.Node calendar = IcsTree.parse(new StringReader(ics)).get(0);
        return calendar.children("VEVENT").get(0).prop("DESCRIPTION").orElseThrow().text();
    }

    @Test
    void escapesAreUndoneFromTheLeft() throws Exception {
        assertThat(description("a\\\\\\nb")).as("backslash, line break").isEqualTo("a\\\nb");
        assertThat(description("a\\\\nb")).as("backslash, n").isEqualTo("a\\nb");
        assertThat(description("x\\, y\\; z\\Nw")).isEqualTo("x, y; z\nw");
        assertThat(description("C:\\temp")).as("a lone backslash stays").isEqualTo("C:\\temp");
    }
}
