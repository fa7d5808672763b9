package dk.netdesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The paper the print preview starts on (issue 17, item 8; decision 0040): the one the user chose last time, else
 * the chosen printer's own paper when it reports one, else the region's (Letter in the US and Canada, A4
 * elsewhere). With a fake printer list and {@link Background#direct()}: no window, no toolkit.
 */
class PaperChoiceTest {

    private static final PrintFonts FONTS = new PrintFonts();
    private static final Locale US = Locale.forLanguageTag("en-US");
    private static final Locale CANADA = Locale.forLanguageTag("en-CA");
    private static final Locale DENMARK = Locale.forLanguageTag("da-DK");

    private final Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private final Printers printers = new Printers();
    private final Memory memory = new Memory();

    private PrintViewModel model(Locale region, PrintMemory memory) {
        return new PrintViewModel((monday, personal) -> SampleWeeks.ordinary(monday), () -> "", FONTS, printers,
                Background.direct(), messages, new StatusLine(), clock, memory, region);
    }

    private PrintViewModel opened(Locale region) {
        PrintViewModel model = model(region, memory);
        model.open(SampleWeeks.MONDAY_48);
        return model;
    }

    @Test
    void underEnUsAPrinterThatReportsLetterStartsOnLetter() {
        printers.add("Office", PaperSize.LETTER);

        PrintViewModel model = opened(US);

        assertThat(model.paperProperty().get()).isEqualTo(PaperSize.LETTER);
        assertThat(model.previewProperty().get().paperWidth()).isEqualTo(612);
        assertThat(model.previewProperty().get().paperHeight()).isEqualTo(792);
    }

    @Test
    void thePrintersOwnPaperComesBeforeTheRegions() {
        printers.add("Office", PaperSize.A4);
        assertThat(opened(US).paperProperty().get()).isEqualTo(PaperSize.A4);
    }

    @Test
    void withNoPaperFromThePrinterCanadaStartsOnLetterAndDenmarkOnA4() {
        printers.add("Office", null);
        assertThat(opened(CANADA).paperProperty().get()).isEqualTo(PaperSize.LETTER);
        assertThat(model(DENMARK, null)).satisfies(m -> m.open(SampleWeeks.MONDAY_48))
                .extracting(m -> m.paperProperty().get()).isEqualTo(PaperSize.A4);
    }

    @Test
    void withNoPrinterAtAllTheRegionDecides() {
        assertThat(model(CANADA, null)).satisfies(m -> m.open(SampleWeeks.MONDAY_48))
                .extracting(m -> m.paperProperty().get()).isEqualTo(PaperSize.LETTER);
        assertThat(model(DENMARK, null)).satisfies(m -> m.open(SampleWeeks.MONDAY_48))
                .extracting(m -> m.paperProperty().get()).isEqualTo(PaperSize.A4);
        assertThat(model(Locale.ENGLISH, null)).as("no country").satisfies(m -> m.open(SampleWeeks.MONDAY_48))
                .extracting(m -> m.paperProperty().get()).isEqualTo(PaperSize.A4);
    }

    @Test
    void theUsersChoiceIsRememberedOverThePrinterAndTheRegion() {
        printers.add("Office", PaperSize.LETTER);
        PrintViewModel first = opened(US);
        first.paperProperty().set(PaperSize.A4);

        PrintViewModel next = opened(US);

        assertThat(next.paperProperty().get()).as("chosen A4 stays A4 on a Letter printer").isEqualTo(PaperSize.A4);
        next.printerProperty().set("Office");
        assertThat(next.paperProperty().get()).isEqualTo(PaperSize.A4);
    }

    @Test
    void aPaperNobodyChoseFollowsTheChosenPrinter() {
        printers.add("Home", PaperSize.A4);
        printers.add("Office", PaperSize.LETTER);
        printers.defaultName = "Home";
        PrintViewModel model = opened(US);
        assertThat(model.paperProperty().get()).isEqualTo(PaperSize.A4);

        model.printerProperty().set("Office");
        assertThat(model.paperProperty().get()).isEqualTo(PaperSize.LETTER);

        model.paperProperty().set(PaperSize.A5);
        model.printerProperty().set("Home");
        assertThat(model.paperProperty().get()).as("chosen by the user").isEqualTo(PaperSize.A5);
    }

    @Test
    void anOlderStoredA4ThatNobodyMayHaveChosenGivesWayToTheLetterPrinter() {
        // stored before the paper choice was told apart: A4 was the default then, so it says nothing
        memory.value = "paper=A4;orientation=LANDSCAPE;personal=true;notes=true;summary=true;from=-1;to=-1";
        printers.add("Office", PaperSize.LETTER);
        PrintViewModel model = opened(US);
        assertThat(model.paperProperty().get()).isEqualTo(PaperSize.LETTER);
        assertThat(model.orientationProperty().get()).isEqualTo(PrintOrientation.LANDSCAPE);

        // an older stored A5 was a choice
        memory.value = "paper=A5;orientation=PORTRAIT;personal=true;notes=true;summary=true;from=-1;to=-1";
        assertThat(opened(US).paperProperty().get()).isEqualTo(PaperSize.A5);
    }

    @Test
    void paperSizesAreKnownByTheirMeasurementsEitherWayRound() {
        assertThat(PaperSize.of(612, 792)).contains(PaperSize.LETTER);
        assertThat(PaperSize.of(841.9, 595.3)).contains(PaperSize.A4);
        assertThat(PaperSize.of(612, 1008)).as("Legal").isEmpty();
        assertThat(PaperSize.forRegion(US)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.forRegion(Locale.forLanguageTag("fr-CA"))).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.forRegion(Locale.forLanguageTag("en-GB"))).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.forRegion(null)).isEqualTo(PaperSize.A4);
    }

    /** Printers by name, each with the paper it reports (null: none). */
    private static final class Printers implements PrinterAccess {
        final Map<String, PaperSize> papers = new HashMap<>();
        final List<String> names = new java.util.ArrayList<>();
        String defaultName;

        void add(String name, PaperSize paper) {
            names.add(name);
            papers.put(name, paper);
        }

        @Override
        public List<String> printerNames() {
            return List.copyOf(names);
        }

        @Override
        public Optional<String> defaultPrinter() {
            return Optional.ofNullable(defaultName);
        }

        @Override
        public Optional<PaperSize> defaultPaper(String printer) {
            return Optional.ofNullable(papers.get(printer));
        }

        @Override
        public Result print(String printer, PrintOptions options, PageMaker pages, String jobName) {
            return Result.PRINTED;
        }
    }

    /** Print options kept in memory, as the settings table keeps them. */
    private static final class Memory implements PrintMemory {
        String value;

        @Override
        public Optional<String> load() {
            return Optional.ofNullable(value);
        }

        @Override
        public void save(String text) {
            value = text;
        }
    }
}
