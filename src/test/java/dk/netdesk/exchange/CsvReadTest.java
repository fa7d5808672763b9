package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dk.netdesk.contacts.ContactDetails;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files as Google Contacts, Outlook and Danish Excel write them, read field by field. */
class CsvReadTest {

    @TempDir
    Path dir;
    ReaderFixture fx;

    @BeforeEach
    void open() throws Exception {
        fx = new ReaderFixture(dir, Locale.ENGLISH);
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    private ContactsRead read(String name) throws Exception {
        return fx.reader.read(ReaderFixture.sample(name), ReadChoices.DETECT);
    }

    @Test
    void googleExportSplitsMultiValueCellsAndKeepsQuotedLineBreaks() throws Exception {
        ContactsRead read = read("google.csv");

        assertThat(read.contacts()).extracting(IncomingContact::line, IncomingContact::record)
                .containsExactly(tuple(2, 1), tuple(5, 2), tuple(6, 3));
        ContactDetails aase = read.contacts().get(0).details();
        assertThat(aase.name()).isEqualTo("Åse Marie Østergård");
        assertThat(aase.phones()).containsExactly("+45 20 30 40 50", "+45 21 31 41 51", "+45 86 12 34 56");
        assertThat(aase.emails()).containsExactly("aase@example.dk", "aase2@example.dk", "aase@firma.dk");
        assertThat(aase.city()).isEqualTo("Århus C");
        assertThat(aase.birthday()).isEqualTo(LocalDate.of(1987, 4, 12));
        assertThat(aase.notes()).isEqualTo("Første linje\nAnden linje med \"citat\", komma; semikolon 😀"
                + "\n\nAddress: Strandvejen 1, 8000 Århus C, Danmark");
        assertThat(aase.tags()).as("Google's * myContacts is not a tag").containsExactly("Kunder", "VIP");
        assertThat(aase.facebook()).isEqualTo("https://www.facebook.com/aase.ostergaard");

        ContactDetails bo = read.contacts().get(1).details();
        assertThat(bo.name()).isEqualTo("Bo Lund");
        assertThat(bo.birthday()).isNull();
        assertThat(bo.notes()).isEqualTo("Birthday: 3 November");
        assertThat(bo.tags()).isEmpty();

        assertThat(read.contacts().get(2).details().name()).as("named by its company").isEqualTo("Hudpleje ApS");
        assertThat(read.rejected()).extracting(RejectedRecord::line, RejectedRecord::record, RejectedRecord::reason)
                .containsExactly(tuple(7, 4, "“carl(at)example.dk” is not an email address. Correct it in the file and import it again."));
    }

    @Test
    void outlookMonthFirstDatesAreProvedByADayAbove12() throws Exception {
        ContactsPreview preview = fx.reader.preview(ReaderFixture.sample("outlook.csv"), ReadChoices.DETECT, 10);
        assertThat(preview.dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(preview.ambiguousDates()).isFalse();
        assertThat(preview.rows()).extracting(ContactsPreview.Row::birthdayCell, ContactsPreview.Row::birthdayRead)
                .containsExactly(tuple("4/23/1980", "23 Apr 1980"), tuple("2/3/1975", "3 Feb 1975"), tuple("0/0/00", ""));

        ContactsRead read = read("outlook.csv");
        ContactDetails peter = read.contacts().get(0).details();
        assertThat(peter.name()).isEqualTo("Peter Smith");
        assertThat(peter.phones()).containsExactly("+45 75 11 22 33", "+45 40 11 22 33");
        assertThat(peter.emails()).as("the display name column is not an email").containsExactly("peter@example.com");
        assertThat(peter.city()).as("the first city column with text").isEqualTo("Fredericia");
        assertThat(peter.birthday()).isEqualTo(LocalDate.of(1980, 4, 23));
        assertThat(peter.tags()).containsExactly("Kunde", "VIP");
        assertThat(peter.linkedin()).isEqualTo("https://www.linkedin.com/in/petersmith");
        assertThat(peter.notes()).as("the home city is not the contact's city: kept as an address")
                .isEqualTo("Met at \"Messe C\"\nCall back\n\nHome address: Vejle");
        ContactDetails lone = read.contacts().get(1).details();
        assertThat(lone.name()).isEqualTo("Lone Kjær");
        assertThat(lone.birthday()).isEqualTo(LocalDate.of(1975, 2, 3));
        assertThat(lone.emails()).containsExactly("lone@example.dk", "lone.kjaer@firma.dk");
        assertThat(read.contacts().get(2).details().birthday()).as("Outlook's 0/0/00 is no date").isNull();
        assertThat(read.rejected()).isEmpty();
    }

    @Test
    void datesThatCouldBeEitherWayAreFlaggedAndTheChosenOrderIsUsed() throws Exception {
        Path file = ReaderFixture.sample("outlook-ambiguous.csv");
        ContactsPreview guessed = fx.reader.preview(file, ReadChoices.DETECT, 10);
        assertThat(guessed.ambiguousDates()).isTrue();
        assertThat(guessed.dateOrder()).as("English: Outlook's English export is month first").isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(guessed.rows().get(0).birthdayRead()).isEqualTo("5 Apr 1980");

        ReadChoices dayFirst = ReadChoices.DETECT.withDateOrder(DateOrder.DAY_FIRST);
        ContactsPreview chosen = fx.reader.preview(file, dayFirst, 10);
        assertThat(chosen.ambiguousDates()).as("still two ways: the choice can be changed").isTrue();
        assertThat(chosen.rows().get(0).birthdayRead()).isEqualTo("4 May 1980");
        assertThat(fx.reader.read(file, dayFirst).contacts()).extracting(c -> c.details().birthday())
                .containsExactly(LocalDate.of(1980, 5, 4), LocalDate.of(1982, 7, 6));
    }

    @Test
    void danishExcelInWindows1252WithSemicolonsAndDayFirstDates() throws Exception {
        ContactsPreview preview = fx.reader.preview(ReaderFixture.sample("danish-excel.csv"), ReadChoices.DETECT, 2);
        assertThat(preview.encoding().name()).isEqualTo("windows-1252");
        assertThat(preview.bom()).isFalse();
        assertThat(preview.separator()).isEqualTo(';');
        assertThat(preview.headers()).containsExactly("Navn", "Telefon", "Mobil", "E-mail", "By", "Fødselsdag", "Noter", "Tags");
        assertThat(preview.mapping().fields()).containsExactly(ContactField.NAME, ContactField.PHONE, ContactField.PHONE,
                ContactField.EMAIL, ContactField.CITY, ContactField.BIRTHDAY, ContactField.NOTES, ContactField.TAGS);
        assertThat(preview.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(preview.ambiguousDates()).isFalse();
        assertThat(preview.records()).isEqualTo(4);
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.rows().get(0).cells()).startsWith("Søren Ærbø", "86 12 34 56");
        assertThat(preview.rows().get(0).birthdayRead()).isEqualTo("17 May 1990");

        ContactsRead read = read("danish-excel.csv");
        ContactDetails soren = read.contacts().get(0).details();
        assertThat(soren.name()).isEqualTo("Søren Ærbø");
        assertThat(soren.phones()).containsExactly("86 12 34 56", "22 33 44 55");
        assertThat(soren.emails()).containsExactly("soren@example.dk");
        assertThat(soren.city()).isEqualTo("Køge");
        assertThat(soren.birthday()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(soren.notes()).isEqualTo("Ring efter kl. 17; han er på ferie\nuge 30");
        assertThat(soren.tags()).containsExactly("Kunde", "Æbler");
        ContactDetails aage = read.contacts().get(1).details();
        assertThat(aage.name()).isEqualTo("Åge Øby");
        assertThat(aage.birthday()).isEqualTo(LocalDate.of(1990, 4, 5));
        assertThat(read.contacts().get(2).details().birthday()).isEqualTo(LocalDate.of(1980, 1, 13));
        assertThat(read.rejected()).extracting(RejectedRecord::line, RejectedRecord::record, RejectedRecord::reason)
                .containsExactly(tuple(5, 3, "“31.02.2020” is not a date or time that exists."));
    }

    @Test
    void utf8WithAndWithoutBomReadTheSame() throws Exception {
        ContactsPreview bom = fx.reader.preview(ReaderFixture.sample("bom.csv"), ReadChoices.DETECT, 5);
        ContactsPreview plain = fx.reader.preview(ReaderFixture.sample("nobom.csv"), ReadChoices.DETECT, 5);
        assertThat(bom.bom()).isTrue();
        assertThat(plain.bom()).isFalse();
        assertThat(bom.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(plain.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(bom.headers()).as("no BOM in the first header").containsExactly("Name", "Phone", "Email", "City",
                "Birthday", "Notes");
        for (ContactsPreview p : new ContactsPreview[] {bom, plain}) {
            ContactDetails zoe = p.rows().get(0).outcome().contact().details();
            assertThat(zoe.name()).isEqualTo("Zoë Ærlig");
            assertThat(zoe.city()).isEqualTo("Åbenrå");
            assertThat(zoe.phones()).containsExactly("+45 20 30 40 50");
            assertThat(zoe.birthday()).isEqualTo(LocalDate.of(1990, 5, 17));
        }
        assertThat(bom.rows().get(0).outcome().contact().details().notes()).isEqualTo("BOM-fil 😀");
    }

    @Test
    void encodingAndSeparatorCanBeOverridden() throws Exception {
        Path file = ReaderFixture.sample("danish-excel.csv");
        ContactsPreview asUtf8 = fx.reader.preview(file, ReadChoices.DETECT.withEncoding(StandardCharsets.UTF_8), 1);
        assertThat(asUtf8.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(asUtf8.headers().get(5)).as("1252 bytes read as UTF-8 are not ø").isNotEqualTo("Fødselsdag");

        ContactsPreview tabs = fx.reader.preview(ReaderFixture.sample("tabs.csv"), ReadChoices.DETECT, 1);
        assertThat(tabs.separator()).isEqualTo('\t');
        assertThat(tabs.rows().get(0).outcome().contact().details().emails()).containsExactly("tove@example.dk");
        ContactsPreview forced = fx.reader.preview(ReaderFixture.sample("bom.csv"),
                ReadChoices.DETECT.withSeparator(';').withMapping(null), 1);
        assertThat(forced.separator()).isEqualTo(';');
        assertThat(forced.headers()).hasSize(1);
    }

    @Test
    void impossibleTimesAndUnreadableDatesAreRejectedWithTheCell() throws Exception {
        ContactsRead read = read("bad-times.csv");
        assertThat(read.contacts()).extracting(c -> c.details().name(), c -> c.details().birthday())
                .containsExactly(tuple("Bo", LocalDate.of(1990, 5, 17)));
        assertThat(read.rejected()).extracting(RejectedRecord::line, RejectedRecord::reason).containsExactly(
                tuple(2, "“1990-05-17 25:61” is not a date or time that exists."),
                tuple(4, "“maj 1990” is not a date Netdesk can read; write it as 17.05.1990 or 1990-05-17."));
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsRejected() throws Exception {
        ContactsRead read = read("many-cells.csv");
        assertThat(read.contacts()).extracting(c -> c.details().name()).containsExactly("Anna");
        assertThat(read.rejected()).extracting(RejectedRecord::line, RejectedRecord::record, RejectedRecord::reason)
                .containsExactly(tuple(3, 2, "The row has 4 cells but the header has 2; a separator or a quote may be missing."));
        assertThat(read.rejected()).extracting(RejectedRecord::name).as("shown by its first filled cell").doesNotContain("");
    }

    @Test
    void aRowWithSeveralFaultsGivesThemAllOnOneLineAndIsShownByItsName() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("faults.csv"), String.join("\r\n",
                "Navn;Telefon;E-mail;Fødselsdag;By",
                "Carl Bad;;carl(at)example.dk;31.02.1990;Køge",
                ";ring mig;;;Vejle",
                ";;;;Odense",
                "Dorte;1;2;3;4;5;6", ""));
        ContactsRead read = fx.reader.read(file, ReadChoices.DETECT);
        assertThat(read.rejected()).extracting(RejectedRecord::line, RejectedRecord::name, RejectedRecord::reason)
                .containsExactly(
                        tuple(2, "Carl Bad", "“31.02.1990” is not a date or time that exists. “carl(at)example.dk” is "
                                + "not an email address. Correct the row in the file and import it again."),
                        tuple(3, "ring mig", "It has no name, company or email address to name the contact by. “ring "
                                + "mig” is not a phone number (use digits, spaces and +, 6–15 digits). Correct the row in "
                                + "the file and import it again."),
                        tuple(4, "Odense", "It has no name, company or email address to name the contact by. Add a name "
                                + "in the file and import it again."),
                        tuple(5, "Dorte", "The row has 7 cells but the header has 5; a separator or a quote may be missing."));

        ContactsPreview preview = fx.reader.preview(file, ReadChoices.DETECT, 10);
        assertThat(preview.rows()).extracting(r -> r.outcome().rejected().name())
                .containsExactly("Carl Bad", "ring mig", "Odense", "Dorte");
    }

    @Test
    void excelsSepLineSetsTheSeparatorAndKeepsLineNumbers() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("sep.csv"), "sep=;\r\nNavn;By\r\nAnna, Bo;Køge\r\n");
        ContactsRead read = fx.reader.read(file, ReadChoices.DETECT);
        assertThat(read.contacts()).extracting(IncomingContact::line, c -> c.details().name(), c -> c.details().city())
                .containsExactly(tuple(3, "Anna, Bo", "Køge"));
    }

    @Test
    void ownExportsApostropheBeforeFormulaCharactersIsRemoved() {
        assertThat(CsvTable.unguard("'+45 20 30 40 50")).isEqualTo("+45 20 30 40 50");
        assertThat(CsvTable.unguard("'@anna")).isEqualTo("@anna");
        assertThat(CsvTable.unguard("'=SUM(A1)")).isEqualTo("=SUM(A1)");
        assertThat(CsvTable.unguard("'-5")).isEqualTo("-5");
        assertThat(CsvTable.unguard("'\tx")).isEqualTo("\tx");
        assertThat(CsvTable.unguard("' =1")).isEqualTo(" =1");
        assertThat(CsvTable.unguard("'tis")).as("an apostrophe before other text stays").isEqualTo("'tis");
        assertThat(CsvTable.unguard("'")).isEqualTo("'");
    }
}
