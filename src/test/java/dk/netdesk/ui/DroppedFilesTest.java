package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which import a dropped file opens, and what is said when none can. */
class DroppedFilesTest {

    final List<Optional<Path>> contacts = new ArrayList<>();
    final List<Optional<Path>> calendar = new ArrayList<>();
    final StatusLine status = new StatusLine();

    private DroppedFiles files(Locale locale) {
        return new DroppedFiles(contacts::add, calendar::add, status,
                new Messages(locale, Bundles.ALL));
    }

    @Test
    void kindComesFromTheExtensionInAnyCase() {
        assertThat(DroppedFiles.kindOf(Path.of("/home/mette/Kontakter.vcf"))).isEqualTo(DroppedFiles.Kind.VCARD);
        assertThat(DroppedFiles.kindOf(Path.of("iCloud vCard.VCF"))).isEqualTo(DroppedFiles.Kind.VCARD);
        assertThat(DroppedFiles.kindOf(Path.of("card.vCard"))).isEqualTo(DroppedFiles.Kind.VCARD);
        assertThat(DroppedFiles.kindOf(Path.of("contacts.CSV"))).isEqualTo(DroppedFiles.Kind.CSV);
        assertThat(DroppedFiles.kindOf(Path.of("Kalender.Ics"))).isEqualTo(DroppedFiles.Kind.CALENDAR);
        assertThat(DroppedFiles.kindOf(Path.of("kalender.ics.zip"))).isEqualTo(DroppedFiles.Kind.OTHER);
        assertThat(DroppedFiles.kindOf(Path.of("notes.txt"))).isEqualTo(DroppedFiles.Kind.OTHER);
        assertThat(DroppedFiles.kindOf(Path.of("vcf"))).isEqualTo(DroppedFiles.Kind.OTHER);
        assertThat(DroppedFiles.kindOf(Path.of("/"))).isEqualTo(DroppedFiles.Kind.OTHER);
        assertThat(DroppedFiles.Kind.CSV.isContacts()).isTrue();
        assertThat(DroppedFiles.Kind.CALENDAR.isContacts()).isFalse();
    }

    @Test
    void oneFileOpensTheMatchingImportWithIt() {
        DroppedFiles files = files(Locale.ENGLISH);
        assertThat(files.open(List.of(Path.of("a/Google.csv")))).isTrue();
        assertThat(files.open(List.of(Path.of("b/iPhone.VCF")))).isTrue();
        assertThat(files.open(List.of(Path.of("c/Outlook.ics")))).isTrue();
        assertThat(contacts).containsExactly(Optional.of(Path.of("a/Google.csv")), Optional.of(Path.of("b/iPhone.VCF")));
        assertThat(calendar).containsExactly(Optional.of(Path.of("c/Outlook.ics")));
        assertThat(status.textProperty().get()).isEmpty();
    }

    @Test
    void otherTypesAreRefusedNamingTheFileAndTheTypesThatWork() {
        DroppedFiles files = files(Locale.ENGLISH);
        assertThat(files.open(List.of(Path.of("/tmp/photo.jpg")))).isFalse();
        assertThat(status.textProperty().get())
                .isEqualTo("“photo.jpg” cannot be opened here. Netdesk opens .vcf or .csv (contacts) or .ics (calendar).");
        assertThat(contacts).isEmpty();
        assertThat(calendar).isEmpty();
    }

    @Test
    void severalFilesAreRefusedInDanish() {
        DroppedFiles files = files(new Locale("da"));
        assertThat(files.open(List.of(Path.of("a.vcf"), Path.of("b.ics"), Path.of("c.csv")))).isFalse();
        assertThat(status.textProperty().get()).isEqualTo(
                "Der blev trukket 3 filer ind; træk én fil ad gangen. Netdesk kan åbne .vcf eller .csv (kontakter) eller .ics (kalender).");
        assertThat(contacts).isEmpty();
        assertThat(calendar).isEmpty();
    }

    @Test
    void nothingDroppedSaysNothing() {
        assertThat(files(Locale.ENGLISH).open(List.of())).isFalse();
        assertThat(status.textProperty().get()).isEmpty();
    }
}
