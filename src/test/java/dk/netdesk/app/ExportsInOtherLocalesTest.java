package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.Kind;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The machine formats (vCard, CSV, iCalendar, a person's export) are written the same on every machine (issue 17,
 * item 7; decision 0040): with the JVM's default locale ar-EG, th-TH-u-nu-thai or hi-IN and the app in English or
 * Danish, every digit is Latin and every year Gregorian. The default locale is put back after each case.
 */
class ExportsInOtherLocalesTest {

    @TempDir
    Path dir;
    Locale before;
    Locale beforeFormat;
    Locale beforeDisplay;

    static Stream<Arguments> locales() {
        return Stream.of("ar-EG", "th-TH-u-nu-thai", "th-TH-u-ca-buddhist", "hi-IN").flatMap(machine -> Stream.of("en", "da")
                .map(language -> Arguments.of(Locale.forLanguageTag(machine), Locale.forLanguageTag(language))));
    }

    @BeforeEach
    void keepDefault() {
        before = Locale.getDefault();
        beforeFormat = Locale.getDefault(Locale.Category.FORMAT);
        beforeDisplay = Locale.getDefault(Locale.Category.DISPLAY);
    }

    @AfterEach
    void restoreDefault() {
        Locale.setDefault(before);
        Locale.setDefault(Locale.Category.FORMAT, beforeFormat);
        Locale.setDefault(Locale.Category.DISPLAY, beforeDisplay);
    }

    @ParameterizedTest(name = "machine {0}, app {1}")
    @MethodSource("locales")
    void exportsHoldLatinDigitsAndGregorianYears(Locale machine, Locale language) throws IOException {
        Locale.setDefault(machine);
        Path data = dir.resolve("data");
        try (TestApp app = TestApp.open(data, language)) {
            var anna = app.context().contactService().create(new ContactDetails("Anna Jensen", List.of("20 30 40 50"),
                    List.of("anna@example.com"), "", "", "", "", "Odense", LocalDate.of(1985, 5, 3), null, null, null,
                    List.of("kunde"), "Ring efter 17"), null);
            app.context().pipelineDetails().open(anna.id());
            app.context().pipelineDetails().activity().setNextFollowUp(LocalDate.of(2026, 12, 24));
            assertThat(app.context().calendar().create(new EventDraft("Team call", LocalDate.of(2026, 12, 1).atTime(9, 0),
                    LocalDate.of(2026, 12, 1).atTime(10, 30), false, "Odense", "", null, Kind.TRAINING, null, 15))).isTrue();
        }

        Messages messages = new Messages(language, Bundles.ALL);
        String d = data.toString();
        for (String[] args : List.of(new String[] {"--data-dir", d, "export", "contacts", dir.resolve("c.vcf").toString()},
                new String[] {"--data-dir", d, "export", "contacts", dir.resolve("c.csv").toString()},
                new String[] {"--data-dir", d, "export", "calendar", dir.resolve("k.ics").toString()},
                new String[] {"--data-dir", d, "export", "person", "Anna Jensen", dir.resolve("person").toString()})) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), TestApp.CLOCK, messages);
            assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
            assertThat(MainFlowsInOtherLocalesTest.nonLatinDigits(out.toString(StandardCharsets.UTF_8))).isEmpty();
        }

        String vcard = Files.readString(dir.resolve("c.vcf"));
        assertThat(vcard).contains("BDAY:1985").doesNotContain("2528");
        String csv = Files.readString(dir.resolve("c.csv"));
        assertThat(csv).contains("1985").doesNotContain("2528");
        String ics = Files.readString(dir.resolve("k.ics"));
        assertThat(ics).contains("20261201T090000").doesNotContain("2569");
        StringBuilder person = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir.resolve("person"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                person.append(file.getFileName()).append('\n');
                if (!file.toString().endsWith(".pdf") && !file.toString().endsWith(".zip")) {
                    person.append(Files.readString(file)).append('\n');
                }
            }
        }
        assertThat(person.toString()).contains("1985").doesNotContain("2528").doesNotContain("2569");
        for (String text : List.of(vcard, csv, ics, person.toString())) {
            assertThat(MainFlowsInOtherLocalesTest.nonLatinDigits(text)).as(text).isEmpty();
        }
    }
}
