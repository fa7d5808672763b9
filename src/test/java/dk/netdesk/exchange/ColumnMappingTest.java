package dk.netdesk.exchange;

import static dk.netdesk.exchange.ContactField.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggested mappings for known header sets, and a changed mapping remembered per header set. */
class ColumnMappingTest {

    @TempDir
    Path dir;
    ReaderFixture fx;

    @BeforeEach
    void open() throws Exception {
        fx = new ReaderFixture(dir.resolve("data"), Locale.ENGLISH);
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    private List<ContactField> suggest(String headers) {
        return fx.reader.suggest(Arrays.asList(headers.split(","))).fields();
    }

    @Test
    void googleHeaders() {
        assertThat(suggest("First Name,Middle Name,Last Name,Organization Name,Birthday,Notes,Labels,E-mail 1 - Label,"
                + "E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Formatted,Address 1 - City,Website 1 - Value"))
                .containsExactly(FIRST_NAME, FIRST_NAME, LAST_NAME, COMPANY, BIRTHDAY, NOTES, TAGS, IGNORE, EMAIL, IGNORE,
                        PHONE, IGNORE, CITY, WEBSITE);
        assertThat(suggest("Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,"
                + "Phone 1 - Value,Organization 1 - Name"))
                .containsExactly(NAME, FIRST_NAME, LAST_NAME, TAGS, IGNORE, EMAIL, IGNORE, PHONE, COMPANY);
    }

    @Test
    void outlookHeadersInEnglishAndDanish() {
        assertThat(suggest("First Name,Last Name,Company,Home City,Business Phone,Mobile Phone,Business Fax,Birthday,"
                + "Anniversary,Categories,E-mail Address,E-mail Type,E-mail Display Name,E-mail 2 Address,Notes,Web Page"))
                .containsExactly(FIRST_NAME, LAST_NAME, COMPANY, CITY, PHONE, PHONE, IGNORE, BIRTHDAY, NOTE_LINE, TAGS, EMAIL,
                        IGNORE, IGNORE, EMAIL, NOTES, WEBSITE);
        assertThat(suggest("Fornavn,Mellemnavn,Efternavn,Firma,By (privat),Telefon (arbejde),Mobiltelefon,Fødselsdag,"
                + "Kategorier,E-mail-adresse,E-mail-vist navn,Noter,Webside"))
                .containsExactly(FIRST_NAME, FIRST_NAME, LAST_NAME, COMPANY, CITY, PHONE, PHONE, BIRTHDAY, TAGS, EMAIL,
                        IGNORE, NOTES, WEBSITE);
    }

    @Test
    void danishSheetAndOwnExportInBothLanguages() {
        assertThat(suggest("Navn,Fornavn,Efternavn,Telefon,Mobil,E-mail,Email,By,Fødselsdag,Noter,Mærker,Lønklasse"))
                .containsExactly(NAME, FIRST_NAME, LAST_NAME, PHONE, PHONE, EMAIL, EMAIL, CITY, BIRTHDAY, NOTES, TAGS, IGNORE);
        assertThat(suggest("Name,Phone 1,Phone 2,Email 1,City,Birthday,Stage,Next follow-up,Source,Referred by,Interest,"
                + "Tags,Facebook,Instagram,LinkedIn,TikTok,Notes,Do not contact,Do-not-contact reason,Created,Updated"))
                .containsExactly(NAME, PHONE, PHONE, EMAIL, CITY, BIRTHDAY, IGNORE, IGNORE, SOURCE, IGNORE, INTEREST, TAGS,
                        FACEBOOK, INSTAGRAM, LINKEDIN, TIKTOK, NOTES, IGNORE, IGNORE, IGNORE, IGNORE);
        assertThat(suggest("Navn,Telefon 1,E-mail 1,By,Fødselsdag,Fase,Næste opfølgning,Kilde,Henvist af,Interesse,Tags,"
                + "Noter,Må ikke kontaktes,Årsag til ikke at kontakte,Oprettet,Opdateret"))
                .containsExactly(NAME, PHONE, EMAIL, CITY, BIRTHDAY, IGNORE, IGNORE, SOURCE, IGNORE, INTEREST, TAGS, NOTES,
                        IGNORE, IGNORE, IGNORE, IGNORE);
    }

    @Test
    void aChangedMappingIsRememberedForTheSameHeadersOnly() throws Exception {
        Path file = Files.writeString(dir.resolve("sheet.csv"), "Navn;Skostørrelse;Telefon\nAnna Ås;38;20 30 40 50\n");
        ContactsPreview first = fx.reader.preview(file, ReadChoices.DETECT, 5);
        assertThat(first.mappingRemembered()).isFalse();
        assertThat(first.mapping().fields()).containsExactly(NAME, IGNORE, PHONE);

        ColumnMapping chosen = first.mapping().with(1, NOTES);
        fx.reader.remember(chosen);

        Path again = Files.writeString(dir.resolve("other.csv"), "NAVN ; skostørrelse;Telefon\nBo;44;21 31 41 51\n");
        ContactsPreview second = fx.reader.preview(again, ReadChoices.DETECT, 5);
        assertThat(second.mappingRemembered()).as("same headers once normalised").isTrue();
        assertThat(second.mapping().fields()).containsExactly(NAME, NOTES, PHONE);
        assertThat(second.rows().get(0).outcome().contact().details().notes()).isEqualTo("44");
        assertThat(fx.settings.get(ColumnMapping.key(List.of("Navn", "Skostørrelse", "Telefon")))).contains("NAME,NOTES,PHONE");

        Path different = Files.writeString(dir.resolve("third.csv"), "Navn;Skostørrelse;Mobil\nCarl;40;22 32 42 52\n");
        assertThat(fx.reader.preview(different, ReadChoices.DETECT, 5).mappingRemembered()).isFalse();

        ContactsRead read = fx.reader.read(file, ReadChoices.DETECT.withMapping(chosen.with(1, IGNORE)));
        assertThat(read.contacts().get(0).details().notes()).as("a chosen mapping wins over the remembered one").isEmpty();
    }

    @Test
    void severalNameColumnsJoin() throws Exception {
        Path file = Files.writeString(dir.resolve("names.csv"), "Fornavn,Mellemnavn,Efternavn\nÅse,Marie,Østergård\n");
        assertThat(fx.reader.read(file, ReadChoices.DETECT).contacts().get(0).details().name())
                .isEqualTo("Åse Marie Østergård");
    }
}
