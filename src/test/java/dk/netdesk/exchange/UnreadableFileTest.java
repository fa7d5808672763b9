package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole files that cannot be read: one clear message naming the file, the line where known and the fault. */
class UnreadableFileTest {

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

    private void refused(Path file, String message) {
        assertThatThrownBy(() -> fx.reader.read(file, ReadChoices.DETECT))
                .isInstanceOf(ImportFileException.class).hasMessage(message);
        assertThatThrownBy(() -> fx.reader.preview(file, ReadChoices.DETECT, 5))
                .isInstanceOf(ImportFileException.class).hasMessage(message);
    }

    @Test
    void emptyFiles() {
        refused(ReaderFixture.sample("empty.vcf"), "empty.vcf: the file is empty. Nothing was imported.");
        refused(ReaderFixture.sample("empty.csv"), "empty.csv: the file is empty. Nothing was imported.");
    }

    @Test
    void randomBytesWhateverTheName() {
        String binary = ": this is not a text file but binary data. Choose a .vcf or .csv file with contacts. "
                + "Nothing was imported.";
        refused(ReaderFixture.sample("random.vcf"), "random.vcf" + binary);
        refused(ReaderFixture.sample("random.csv"), "random.csv" + binary);
        refused(ReaderFixture.sample("random.bin"), "random.bin" + binary);
    }

    @Test
    void aQuoteThatIsNeverClosedNamesTheLineOfItsRow() {
        refused(ReaderFixture.sample("unbalanced.csv"), "unbalanced.csv, line 3: a quoted cell that starts in the row on "
                + "this line is never closed (a \" is missing), so the rest of the file cannot be read. Correct the file "
                + "and try again. Nothing was imported.");
    }

    @Test
    void aTextFileWithoutCardsIsNotAVcard() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.vcf"), "Anna 20 30 40 50\nBo 21 31 41 51\n");
        refused(file, "notes.vcf: this is not a vCard file (no line says BEGIN:VCARD). Export the contacts as a .vcf "
                + "file and try again. Nothing was imported.");
    }

    @Test
    void aCsvWithoutAnyColumnThatNamesContacts() throws Exception {
        Path file = Files.writeString(dir.resolve("numbers.csv"), "Amount;Price\n12;30\n");
        refused(file, "numbers.csv: no column gives the contacts a name (the columns are: Amount, Price). Map a column "
                + "to Name, First name, Last name, Company or Email. Nothing was imported.");
    }

    @Test
    void missingFileAndFolder() {
        refused(dir.resolve("gone.csv"), "gone.csv: there is no such file. Nothing was imported.");
        refused(dir, dir.getFileName() + ": this is a folder; choose a .vcf or .csv file. Nothing was imported.");
    }

    @Test
    void aMappingForOtherColumnsIsRefused() {
        ColumnMapping other = new ColumnMapping(List.of("Name"), List.of(ContactField.NAME));
        assertThatThrownBy(() -> fx.reader.read(ReaderFixture.sample("bom.csv"), ReadChoices.DETECT.withMapping(other)))
                .isInstanceOf(ImportFileException.class)
                .hasMessage("bom.csv: the file's columns are not the ones that were mapped. Map the columns again. "
                        + "Nothing was imported.");
    }

    @Test
    void danishMessages() throws Exception {
        try (ReaderFixture da = new ReaderFixture(dir.resolve("da"), new Locale("da"))) {
            assertThatThrownBy(() -> da.reader.read(ReaderFixture.sample("unbalanced.csv"), ReadChoices.DETECT))
                    .hasMessageStartingWith("unbalanced.csv, linje 3: en celle i anførselstegn");
            ContactsRead read = da.reader.read(ReaderFixture.sample("danish-excel.csv"), ReadChoices.DETECT);
            assertThat(read.rejected().get(0).reason()).isEqualTo("„31.02.2020“ er ikke en dato eller et klokkeslæt, der findes.");
        }
    }
}
