package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vCard files as iPhone, Android and Google write them, read field by field. */
class VcardReadTest {

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
    void iphoneCardKeepsPreferredFirstFoldedEscapedNoteAndTheYearlessBirthdayAsANote() throws Exception {
        ContactsRead read = read("iphone-3.0.vcf");

        assertThat(read.fileName()).isEqualTo("iphone-3.0.vcf");
        assertThat(read.rejected()).isEmpty();
        assertThat(read.contacts()).extracting(IncomingContact::line).containsExactly(1, 22);
        assertThat(read.contacts()).extracting(IncomingContact::record).containsExactly(1, 2);
        ContactDetails aase = read.contacts().get(0).details();
        assertThat(aase.name()).isEqualTo("Åse Marie Østergård");
        assertThat(aase.phones()).containsExactly("+45 20 30 40 50", "+45 33 12 34 56");
        assertThat(aase.emails()).containsExactly("aase@hudpleje.dk", "aase.privat@example.dk");
        assertThat(aase.city()).isEqualTo("Århus C");
        assertThat(aase.birthday()).as("Apple's X-APPLE-OMIT-YEAR=1604 is no year, not 1604").isNull();
        assertThat(aase.notes()).isEqualTo("Mødtes på messen, Aarhus; spurgte om serum. Hun vil gerne høre mere om "
                + "forretningen 😀\nRing efter kl. 17.\n\n"
                + "Company: Hudpleje ApS\nHome address: Strandvejen 1, 8000 Århus C, Danmark\nBirthday: 12 April");
        assertThat(aase.facebook()).isEqualTo("aase.ostergaard");
        assertThat(aase.instagram()).isEqualTo("http://instagram.com/aase_hud");
        assertThat(aase.tags()).containsExactly("Kunde", "Hudpleje");

        ContactDetails bo = read.contacts().get(1).details();
        assertThat(bo.name()).isEqualTo("Bo Lund");
        assertThat(bo.phones()).containsExactly("20 11 22 33");
        assertThat(bo.birthday()).isEqualTo(LocalDate.of(1985, 11, 3));
        assertThat(bo.linkedin()).isEqualTo("https://www.linkedin.com/in/bolund");
        assertThat(bo.notes()).isEmpty();
    }

    @Test
    void androidQuotedPrintableWithSoftBreaksAndCharsetGivesDanishLettersAndEmoji() throws Exception {
        ContactsRead read = read("android-2.1.vcf");

        ContactDetails soren = read.contacts().get(0).details();
        assertThat(soren.name()).isEqualTo("Søren Sørensen");
        assertThat(soren.phones()).as("TYPE=PREF first").containsExactly("+4586123456", "+4522334455");
        assertThat(soren.emails()).containsExactly("soren@example.dk");
        assertThat(soren.city()).isEqualTo("Køge");
        assertThat(soren.birthday()).isNull();
        assertThat(soren.notes()).isEqualTo("Første linje med æøå ÆØÅ og en lang tekst der fortsætter\nAnden linje 😀"
                + "\n\nHome address: Nørregade 3, 4600 Køge\nBirthday: 12 April");

        ContactDetails firm = read.contacts().get(1).details();
        assertThat(firm.name()).as("named by its company").isEqualTo("Firma A/S");
        assertThat(firm.phones()).containsExactly("70 20 30 40");

        assertThat(read.contacts()).hasSize(2);
        assertThat(read.rejected()).singleElement().satisfies(r -> {
            assertThat(r.record()).isEqualTo(3);
            assertThat(r.line()).isEqualTo(21);
            assertThat(r.reason()).isEqualTo("It has no name, company or email address to name the contact by. Add a name in the file and import it again.");
        });
    }

    @Test
    void googleCardsUnescapeCommasAndSemicolonsAndDropGoogleGroups() throws Exception {
        ContactDetails mette = read("google-3.0.vcf").contacts().get(0).details();

        assertThat(mette.name()).isEqualTo("Mette Frederiksen-Holm");
        assertThat(mette.emails()).containsExactly("mette@example.com", "mette.holm@firma.dk");
        assertThat(mette.phones()).containsExactly("+45 61 22 33 44");
        assertThat(mette.city()).isEqualTo("Odense C");
        assertThat(mette.tags()).containsExactly("Venner, gamle", "Netværk");
        assertThat(mette.facebook()).isEqualTo("https://www.facebook.com/mette.holm");
        assertThat(mette.birthday()).isNull();
        assertThat(mette.notes()).isEqualTo("Linje et\nLinje to med , komma og ; semikolon\n\n"
                + "Home address: Vestergade 5, 2. th, 5000 Odense C, DK\nBirthday: 12 April");
    }

    @Test
    void version4TelUrisWithExtensionsPrefOrderAndSocialProfiles() throws Exception {
        ContactDetails jens = read("google-4.0.vcf").contacts().get(0).details();

        assertThat(jens.name()).isEqualTo("Jens Ærø");
        assertThat(jens.phones()).containsExactly("+45-20-30-40-50", "+45-33-44-55-66");
        assertThat(jens.emails()).containsExactly("jens@aeroe.dk", "jens.privat@example.org");
        assertThat(jens.city()).isEqualTo("Marstal");
        assertThat(jens.linkedin()).isEqualTo("jensaeroe");
        assertThat(jens.tiktok()).isEqualTo("https://www.tiktok.com/@jensaeroe");
        assertThat(jens.instagram()).isEqualTo("https://www.instagram.com/jens.aeroe");
        assertThat(jens.tags()).containsExactly("Forretning", "Leder");
        assertThat(jens.birthday()).isNull();
        assertThat(jens.notes()).as("the file's note, then one paragraph of what has no field of its own")
                .isEqualTo(String.join("\n\n", List.of(
                "Emoji 🎉 og , komma og ; semikolon",
                String.join("\n", "Home address: Havnegade 1, 5960 Marstal, Danmark",
                        "Phone +45-20-30-40-50, extension 12",
                        "Website: https://aeroe-hudpleje.dk",
                        "Birthday: 12 April"))));
    }

    @Test
    void danishYearlessBirthdayNoteIsInDanish() throws Exception {
        try (ReaderFixture da = new ReaderFixture(dir.resolve("da"), new Locale("da"))) {
            ContactDetails jens = da.reader.read(ReaderFixture.sample("google-4.0.vcf"), ReadChoices.DETECT)
                    .contacts().get(0).details();
            assertThat(jens.notes()).contains("Telefon +45-20-30-40-50, lokalnummer 12").endsWith("Fødselsdag: 12. april");
        }
    }

    @Test
    void oneBadCardAmongGoodOnesIsRejectedWithItsLineAndReason() throws Exception {
        ContactsRead read = read("truncated.vcf");

        assertThat(read.contacts()).extracting(c -> c.details().name()).containsExactly("Anna Ås");
        assertThat(read.rejected()).extracting(RejectedRecord::record, RejectedRecord::line, RejectedRecord::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, 6, "“bent(at)example.dk” is not an email address. Correct it in the file and import it again."),
                        org.assertj.core.groups.Tuple.tuple(3, 11, "The birthday (BDAY) is a date that does not exist."),
                        org.assertj.core.groups.Tuple.tuple(4, 16,
                                "The card is cut off: the file ends before its END:VCARD line."));
        assertThat(read.rejected()).extracting(RejectedRecord::name).as("the cut-off card is named from its FN line")
                .containsExactly("Bent Bøg", "Cille Cæsar", "Dorte Dø");
    }

    @Test
    void aCardWithSeveralFaultsGivesThemAllAndOneWithoutANameIsShownByItsPhone() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("faults.vcf"), """
                BEGIN:VCARD
                VERSION:3.0
                FN:Eva Ege
                EMAIL:eva(at)example.dk
                BDAY:2020-02-31
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                TEL:ring mig
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                item1.EMAIL;TYPE=INTERNET:finn@example.dk
                PHOTO;ENCODING=b:@@@
                """.replace("\n", "\r\n"));
        ContactsRead read = fx.reader.read(file, ReadChoices.DETECT);
        assertThat(read.rejected()).extracting(RejectedRecord::line, RejectedRecord::name, RejectedRecord::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Eva Ege", "The birthday (BDAY) is a date that does not exist. "
                                + "“eva(at)example.dk” is not an email address. Correct the row in the file and import it again."),
                        org.assertj.core.groups.Tuple.tuple(7, "ring mig", "It has no name, company or email address to "
                                + "name the contact by. “ring mig” is not a phone number (use digits, spaces and +, 6–15 "
                                + "digits). Correct the row in the file and import it again."),
                        org.assertj.core.groups.Tuple.tuple(11, "finn@example.dk",
                                "The card is cut off: the file ends before its END:VCARD line."));
    }

    @Test
    void aLargeFileIsReadOnEveryCoreAndKeepsItsRecordsInFileOrder() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 1_500; i++) {
            text.append("BEGIN:VCARD\r\nVERSION:3.0\r\n");
            text.append(i % 100 == 0 ? "EMAIL:nummer" + i + "(at)example.dk\r\n" : "FN:Person " + i + "\r\n");
            text.append("END:VCARD\r\n");
        }
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("many.vcf"), text);

        ContactsRead read = fx.reader.read(file, ReadChoices.DETECT);

        assertThat(read.contacts()).hasSize(1_485);
        assertThat(read.contacts()).extracting(IncomingContact::record)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 1_500).filter(i -> i % 100 != 0).boxed().toList());
        assertThat(read.contacts()).allSatisfy(c -> assertThat(c.details().name()).isEqualTo("Person " + c.record()));
        assertThat(read.contacts()).allSatisfy(c -> assertThat(c.line()).isEqualTo(4 * c.record() - 3));
        assertThat(read.rejected()).extracting(RejectedRecord::record)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 15).map(i -> i * 100).boxed().toList());
    }
}
