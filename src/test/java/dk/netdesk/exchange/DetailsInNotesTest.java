package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a contact has no field for (company, job title, address, nickname, messengers, anniversaries…) is never
 * dropped without a word: it becomes a labelled line in the notes, in the UI language, and the preview says which
 * columns or details go to the notes and which are not imported at all.
 */
class DetailsInNotesTest {

    static final String CARD = """
            BEGIN:VCARD
            VERSION:4.0
            FN:Anna Holm
            N:Holm;Anna;;;
            ORG:Acme A/S;Salg
            TITLE:Salgschef
            ROLE:Teamleder
            NICKNAME:Nusse
            ADR:;;Nørregade 1;Aarhus C;;8000;
            ADR;TYPE=home:;;Skovvej 7;Risskov;;8240;Danmark
            ANNIVERSARY:20100612
            RELATED;TYPE=spouse;VALUE=text:Bo Holm
            IMPP;X-SERVICE-TYPE=Skype:skype:anna.holm
            X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/annaholm
            URL:https://acme.dk
            item1.X-ABRELATEDNAMES:Lis
            item1.X-ABLabel:_$!<Mother>!$_
            GENDER:F
            PHOTO:https://example.com/anna.jpg
            X-NETDESK-STAGE:Kontaktet
            X-CUSTOM-THING:noget
            END:VCARD
            """;

    @TempDir
    Path dir;
    ReaderFixture en;
    ReaderFixture da;

    @BeforeEach
    void open() throws Exception {
        en = new ReaderFixture(dir.resolve("en"), Locale.ENGLISH);
        da = new ReaderFixture(dir.resolve("da"), new Locale("da"));
    }

    @AfterEach
    void close() throws Exception {
        en.close();
        da.close();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text.replace("\n", "\r\n"));
    }

    @Test
    void aCardsCompanyTitleAddressesAndOtherDetailsAreLinesInTheNotesInTheUiLanguage() throws Exception {
        Path file = write("anna.vcf", CARD);

        ContactDetails danish = da.reader.read(file, ReadChoices.DETECT).contacts().get(0).details();
        assertThat(danish.name()).isEqualTo("Anna Holm");
        assertThat(danish.city()).as("the first address's city").isEqualTo("Aarhus C");
        assertThat(danish.notes()).isEqualTo(String.join("\n",
                "Firma: Acme A/S",
                "Afdeling: Salg",
                "Stilling: Salgschef",
                "Rolle: Teamleder",
                "Kaldenavn: Nusse",
                "Adresse: Nørregade 1, 8000 Aarhus C",
                "Privatadresse: Skovvej 7, 8240 Risskov, Danmark",
                "Twitter: https://twitter.com/annaholm",
                "Skype: anna.holm",
                "Hjemmeside: https://acme.dk",
                "Årsdag: 12. jun. 2010",
                "Ægtefælle: Bo Holm",
                "Mor: Lis"));

        ContactDetails english = en.reader.read(file, ReadChoices.DETECT).contacts().get(0).details();
        assertThat(english.notes()).startsWith("Company: Acme A/S\nDepartment: Salg\nJob title: Salgschef\n")
                .contains("\nAddress: Nørregade 1, 8000 Aarhus C\nHome address: Skovvej 7, 8240 Risskov, Danmark\n")
                .contains("\nAnniversary: 12 Jun 2010\nSpouse: Bo Holm\nMother: Lis");
    }

    @Test
    void thePreviewOfACardFileSaysWhatGoesToTheNotesAndWhatIsNotImported() throws Exception {
        ContactsPreview preview = en.reader.preview(write("anna.vcf", CARD), ReadChoices.DETECT, 5);
        assertThat(preview.toNotes()).containsExactly("company", "job title", "role", "nickname", "address",
                "anniversaries and other dates", "related people", "messenger names",
                "websites other than Facebook, Instagram, LinkedIn and TikTok");
        assertThat(preview.notImported()).containsExactly("photo", "gender", "stage (you choose it in the last step)",
                "X-CUSTOM-THING");

        ContactsPreview phone = da.reader.preview(ReaderFixture.sample("iphone-3.0.vcf"), ReadChoices.DETECT, 5);
        assertThat(phone.toNotes()).containsExactly("firma", "adresse", "andre hjemmesider end Facebook, Instagram,"
                + " LinkedIn og TikTok");
        assertThat(phone.notImported()).as("Apple's own bookkeeping (X-ABADR, PRODID) is not named").containsExactly("foto");
    }

    @Test
    void aCompanyThatNamesTheContactIsNotRepeatedInTheNotes() throws Exception {
        Path file = write("firma.vcf", """
                BEGIN:VCARD
                VERSION:3.0
                ORG:Hudpleje ApS
                TITLE:Butik
                TEL:70 20 30 40
                END:VCARD
                """);
        ContactDetails firm = en.reader.read(file, ReadChoices.DETECT).contacts().get(0).details();
        assertThat(firm.name()).isEqualTo("Hudpleje ApS");
        assertThat(firm.notes()).isEqualTo("Job title: Butik");
    }

    @Test
    void googleCsvOrganizationAndAddressColumnsGoToTheNotes() throws Exception {
        Path file = write("google.csv", """
                Name,Given Name,Family Name,Organization 1 - Name,Organization 1 - Title,Organization 1 - Department,\
                Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - Postal Code,\
                Address 1 - Country,Photo,E-mail 1 - Value
                Anna Holm,Anna,Holm,Acme A/S,Salgschef,Salg,Work,"Nørregade 1
                8000 Aarhus C",Nørregade 1,Aarhus C,8000,,https://lh3.googleusercontent.com/x.jpg,anna@acme.dk
                """);
        ContactsRead read = da.reader.read(file, ReadChoices.DETECT);
        assertThat(read.contacts().get(0).details().notes()).isEqualTo(
                "Firma: Acme A/S\nAfdeling: Salg\nStilling: Salgschef\nAdresse: Nørregade 1, 8000 Aarhus C");
        assertThat(read.contacts().get(0).details().city()).isEqualTo("Aarhus C");

        ContactsPreview preview = da.reader.preview(file, ReadChoices.DETECT, 5);
        assertThat(preview.toNotes()).containsExactly("Organization 1 - Name", "Organization 1 - Title",
                "Organization 1 - Department", "Address 1 - Street", "Address 1 - Postal Code");
        assertThat(preview.notImported()).containsExactly("Address 1 - Type", "Address 1 - Formatted", "Photo");
    }

    @Test
    void outlooksBusinessAndHomeAddressesAreTwoLinesAndTheCompanyAndJobTitleAreKept() throws Exception {
        Path file = write("outlook.csv", """
                First Name,Last Name,Company,Department,Job Title,Business Street,Business Street 2,Business City,\
                Business Postal Code,Business Country/Region,Home Street,Home City,Home Postal Code,Mobile Phone,\
                E-mail Address,Anniversary,Spouse
                Peter,Smith,Acme Ltd,Sales,Sales Manager,1 Main Street,Suite 4,Springfield,62701,United States,\
                22 Elm Road,Shelbyville,62565,+1 217 555 0100,peter@acme.com,6/12/2010,Mary
                """);
        ContactDetails peter = en.reader.read(file, ReadChoices.DETECT).contacts().get(0).details();
        assertThat(peter.city()).isEqualTo("Springfield");
        assertThat(peter.notes()).isEqualTo(String.join("\n",
                "Company: Acme Ltd",
                "Department: Sales",
                "Job title: Sales Manager",
                "Work address: 1 Main Street, Suite 4, 62701 Springfield, United States",
                "Home address: 22 Elm Road, 62565 Shelbyville",
                "Anniversary: 6/12/2010",
                "Spouse: Mary"));
    }

    @Test
    void aDanishSheetsAddressColumnsMakeOneAddressAndAColumnTheUserSendsToTheNotesKeepsItsHeader() throws Exception {
        Path file = write("ark.csv", """
                Navn;Firma;Adresse;Postnr;By;Skostørrelse
                Anna Holm;Acme A/S;Nørregade 1;8000;Aarhus C;38
                Bo Lund;;;;Køge;
                """);
        ContactsPreview preview = da.reader.preview(file, ReadChoices.DETECT, 5);
        assertThat(preview.mapping().fields()).containsExactly(ContactField.NAME, ContactField.COMPANY,
                ContactField.STREET, ContactField.POSTCODE, ContactField.CITY, ContactField.IGNORE);
        assertThat(preview.notImported()).containsExactly("Skostørrelse");
        assertThat(preview.rows().get(0).outcome().contact().details().notes())
                .isEqualTo("Firma: Acme A/S\nAdresse: Nørregade 1, 8000 Aarhus C");
        assertThat(preview.rows().get(1).outcome().contact().details().notes())
                .as("a city alone is the contact's city, not repeated as an address").isEmpty();

        ColumnMapping mapped = preview.mapping().with(5, ContactField.NOTE_LINE);
        ContactsRead read = da.reader.read(file, ReadChoices.DETECT.withMapping(mapped));
        assertThat(read.contacts().get(0).details().notes()).endsWith("\nSkostørrelse: 38");
        assertThat(da.reader.preview(file, ReadChoices.DETECT.withMapping(mapped), 5).notImported()).isEmpty();
    }

    @Test
    void anUnknownSourceIsKeptAsANoteLineInsteadOfDropped() throws Exception {
        Path file = write("own.csv", """
                Name,Source,Interest
                Anna,Instagram ad,Both
                """);
        ContactDetails anna = en.reader.read(file, ReadChoices.DETECT).contacts().get(0).details();
        assertThat(anna.source()).isNull();
        assertThat(anna.interest()).isEqualTo(dk.netdesk.contacts.Interest.BOTH);
        assertThat(anna.notes()).isEqualTo("Source: Instagram ad");
    }

    @Test
    void yearlessBirthdaysShowAsDayAndMonthInThePreviewOfBothKindsOfFile() throws Exception {
        ContactsPreview card = en.reader.preview(ReaderFixture.sample("google-4.0.vcf"), ReadChoices.DETECT, 5);
        assertThat(card.rows().get(0).birthdayRead()).as("BDAY:--0412").isEqualTo("12 April");
        assertThat(card.rows().get(0).outcome().contact().details().birthday()).as("no year invented").isNull();
        ContactsPreview danishCard = da.reader.preview(ReaderFixture.sample("google-4.0.vcf"), ReadChoices.DETECT, 5);
        assertThat(danishCard.rows().get(0).birthdayRead()).isEqualTo("12. april");

        ContactsPreview csv = en.reader.preview(ReaderFixture.sample("google.csv"), ReadChoices.DETECT, 5);
        assertThat(csv.rows().get(1).birthdayCell()).isEqualTo("--11-03");
        assertThat(csv.rows().get(1).birthdayRead()).isEqualTo("3 November");
        ContactsPreview iphone = en.reader.preview(ReaderFixture.sample("iphone-3.0.vcf"), ReadChoices.DETECT, 5);
        assertThat(iphone.rows()).extracting(ContactsPreview.Row::birthdayRead).containsExactly("12 April", "3 Nov 1985");
    }

    @Test
    void ambiguousDatesAreReadAsTheUiLanguageWritesThemAndMarkedWithTheOtherReading() throws Exception {
        Path outlook = ReaderFixture.sample("outlook-ambiguous.csv");
        ContactsPreview english = en.reader.preview(outlook, ReadChoices.DETECT, 5);
        assertThat(english.ambiguousDates()).isTrue();
        assertThat(english.dateOrder()).as("Outlook's English export: month first").isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(english.rows().get(0)).extracting(ContactsPreview.Row::birthdayCell, ContactsPreview.Row::birthdayRead,
                ContactsPreview.Row::birthdayOther).containsExactly("4/5/1980", "5 Apr 1980", "4 May 1980");

        ContactsPreview danish = da.reader.preview(outlook, ReadChoices.DETECT, 5);
        assertThat(danish.dateOrder()).as("Danish: day first, whatever the file").isEqualTo(DateOrder.DAY_FIRST);
        assertThat(danish.rows().get(0).birthdayRead()).isEqualTo("4. maj 1980");
        assertThat(danish.rows().get(0).birthdayOther()).isEqualTo("5. apr. 1980");

        Path sheet = write("sheet.csv", """
                Name,Birthday
                Anna,04/05/1990
                Bo,7/7/1985
                Carl,1990-01-02
                """);
        ContactsPreview plain = en.reader.preview(sheet, ReadChoices.DETECT, 5);
        assertThat(plain.dateOrder()).as("English, not Outlook: day first").isEqualTo(DateOrder.DAY_FIRST);
        assertThat(plain.rows()).extracting(ContactsPreview.Row::birthdayOther)
                .as("only a date that reads two ways is marked").containsExactly("5 Apr 1990", "", "");

        Path proved = write("proved.csv", "Name,Birthday\nAnna,04/05/1990\nBo,25/12/1985\n");
        ContactsPreview told = en.reader.preview(proved, ReadChoices.DETECT, 5);
        assertThat(told.ambiguousDates()).as("25/12 proves day first").isFalse();
        assertThat(told.rows().get(0).birthdayOther()).isEmpty();
    }
}
