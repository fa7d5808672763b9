package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactValidation;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import dk.netdesk.ui.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random contacts written by Netdesk's own exporters ({@link VcardContacts}, {@link CsvContacts}, as
 * {@link ContactsExport} drives them) and read back by {@link ContactFileReader} keep every field the
 * formats carry, field by field: name, phones and emails in order, the social profiles, city,
 * birthday, source, interest, tags and notes (Danish letters, emoji, quotes, separators, line breaks,
 * long notes, empty fields). Not carried: the referrer (the files hold its name, a contact has its
 * id: the import service may look it up), and the stage, next follow-up and do-not-contact mark,
 * which are not contact details.
 */
class ContactsRoundTripProperties {

    private static Path dir;
    private static Database db;
    private static ContactFileReader reader;
    private static final List<Messages> LANGUAGES = List.of(new Messages(Locale.ENGLISH, Bundles.ALL),
            new Messages(new Locale("da"), Bundles.ALL));

    @BeforeContainer
    static void open() throws Exception {
        dir = Files.createTempDirectory("imp-read-props");
        db = Database.open(dir.resolve("data"));
        reader = new ContactFileReader(LANGUAGES.get(0), new MappingMemory(new Settings(db, new Changes())),
                ReaderFixture.CLOCK);
    }

    @AfterContainer
    static void close() throws Exception {
        db.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 150)
    void vcardRoundTrip(@ForAll("contacts") List<ContactDetails> contacts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VcardContacts.write(rows(contacts), out, Progress.none());
        Path file = Files.write(dir.resolve("export.vcf"), out.toByteArray());

        check(contacts, reader.read(file, ReadChoices.DETECT));
    }

    @Property(tries = 150)
    void csvRoundTrip(@ForAll("contacts") List<ContactDetails> contacts, @ForAll boolean danish) throws Exception {
        Messages language = LANGUAGES.get(danish ? 1 : 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvContacts.write(rows(contacts), out, language, CsvContacts.separatorFor(language.getLocale()),
                ZoneId.of("Europe/Copenhagen"), Progress.none());
        Path file = Files.write(dir.resolve("export.csv"), out.toByteArray());

        check(contacts, reader.read(file, ReadChoices.DETECT));
    }

    private static void check(List<ContactDetails> written, ContactsRead read) {
        assertThat(read.rejected()).isEmpty();
        assertThat(read.contacts()).hasSameSizeAs(written);
        for (int i = 0; i < written.size(); i++) {
            ContactDetails expected = ContactValidation.clean(written.get(i));
            ContactDetails actual = read.contacts().get(i).details();
            assertThat(actual.name()).isEqualTo(expected.name());
            assertThat(actual.phones()).isEqualTo(expected.phones());
            assertThat(actual.emails()).isEqualTo(expected.emails());
            assertThat(actual.facebook()).isEqualTo(expected.facebook());
            assertThat(actual.instagram()).isEqualTo(expected.instagram());
            assertThat(actual.linkedin()).isEqualTo(expected.linkedin());
            assertThat(actual.tiktok()).isEqualTo(expected.tiktok());
            assertThat(actual.city()).isEqualTo(expected.city());
            assertThat(actual.birthday()).isEqualTo(expected.birthday());
            assertThat(actual.source()).isEqualTo(expected.source());
            assertThat(actual.interest()).isEqualTo(expected.interest());
            assertThat(actual.tags()).as("tags %s read as %s", escape(expected.tags()), escape(actual.tags()))
                    .isEqualTo(expected.tags());
            assertThat(actual.notes()).as("notes %s read as %s", escape(expected.notes()), escape(actual.notes()))
                    .isEqualTo(expected.notes());
            assertThat(actual.referredBy()).isNull();
            assertThat(actual).isEqualTo(expected);
        }
    }

    /** A value with its characters as code points, so that a failure report shows what differs. */
    private static String escape(Object value) {
        StringBuilder b = new StringBuilder();
        String.valueOf(value).codePoints().forEach(c -> b.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c)
                : String.valueOf((char) c)));
        return b.toString();
    }

    private static List<ExportRow> rows(List<ContactDetails> contacts) {
        List<ExportRow> rows = new ArrayList<>();
        Instant at = Instant.parse("2026-11-30T12:00:00Z");
        for (int i = 0; i < contacts.size(); i++) {
            rows.add(new ExportRow(new Contact(i + 1, contacts.get(i), false, "", at, at), "", null, ""));
        }
        return rows;
    }

    @Provide
    Arbitrary<List<ContactDetails>> contacts() {
        return details().list().ofMinSize(1).ofMaxSize(4);
    }

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzæøåÆØÅABCXYZéü";

    private static Arbitrary<String> text(int max) {
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.strings().withChars(LETTERS + " ,;\"'=+-@:./()!?").ofMaxLength(max),
                        Arbitraries.of("", "", " 😀", "🎉x", "e\u0301")).as(String::concat),
                Arbitraries.of("", "Åse", "😀 Ærø", "=SUM(A1)", "+45 ring", "@handle", "\"citat\"; a, b", "Østergård 🎉"));
    }

    private static Arbitrary<String> name() {
        return Combinators.combine(Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(20), text(30))
                .as((first, rest) -> first + " " + rest);
    }

    private static Arbitrary<String> notes() {
        Arbitrary<String> line = text(80);
        return Arbitraries.oneOf(Arbitraries.just(""),
                line.list().ofMaxSize(6).map(lines -> String.join("\n", lines)),
                line.list().ofMinSize(20).ofMaxSize(60).map(lines -> String.join("\n\n", lines) + " 😀 æøå"));
    }

    private static Arbitrary<String> handle() {
        return Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzæøå0123456789._").ofMinLength(1).ofMaxLength(20)
                        .map(s -> "@" + s),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789.").ofMinLength(1).ofMaxLength(20)
                        .map(s -> "https://www.example.com/" + s));
    }

    private static Arbitrary<List<String>> phones() {
        return Arbitraries.strings().numeric().ofLength(8).map(d -> "+45 " + d.substring(0, 2) + " " + d.substring(2, 4)
                + " " + d.substring(4, 6) + " " + d.substring(6)).list().ofMaxSize(3).uniqueElements(p -> p.replace(" ", ""));
    }

    private static Arbitrary<List<String>> emails() {
        return Combinators.combine(Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789._+-").ofMinLength(1)
                        .ofMaxLength(12), Arbitraries.of("example.dk", "firma.com", "xn--rb-fka.dk"))
                .as((local, domain) -> local + "@" + domain).list().ofMaxSize(3).uniqueElements(String::toLowerCase);
    }

    private static Arbitrary<List<String>> tags() {
        return Combinators.combine(Arbitraries.strings().withChars(LETTERS + " -").ofMinLength(1).ofMaxLength(15),
                        Arbitraries.of("", "", " 😀", "🎉"))
                .as(String::concat)
                .filter(t -> !t.isBlank() && !t.strip().startsWith("* ") && !List.of("mycontacts", "starred")
                        .contains(t.strip().toLowerCase(Locale.ROOT)))
                .list().ofMaxSize(4);
    }

    private static Arbitrary<LocalDate> birthday() {
        return Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.longs().between(LocalDate.of(1920, 1, 1).toEpochDay(), LocalDate.of(2020, 12, 31).toEpochDay())
                        .map(LocalDate::ofEpochDay));
    }

    private static Arbitrary<ContactDetails> details() {
        Arbitrary<Source> source = Arbitraries.of(Source.class).injectNull(0.3);
        Arbitrary<Interest> interest = Arbitraries.of(Interest.class).injectNull(0.3);
        return Combinators.combine(name(), phones(), emails(), handle(), handle(), handle(), handle(), text(40))
                .as((name, phones, emails, fb, ig, li, tt, city) -> new ContactDetails(name, phones, emails, fb, ig, li, tt,
                        city, null, null, null, null, List.of(), ""))
                .flatMap(d -> Combinators.combine(birthday(), source, interest, tags(), notes())
                        .as((birthday, src, intr, tags, notes) -> new ContactDetails(d.name(), d.phones(), d.emails(),
                                d.facebook(), d.instagram(), d.linkedin(), d.tiktok(), d.city(), birthday, src, null, intr,
                                tags, notes)))
                .filter(d -> !ContactValidation.clean(d).name().isEmpty());
    }
}
