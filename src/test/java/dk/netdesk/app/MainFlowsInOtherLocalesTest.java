package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.EditScope;
import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.EventForm;
import dk.netdesk.calendar.Kind;
import dk.netdesk.calendar.Occurrence;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.DateText;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.control.DatePicker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The main flows with the machine set to a locale whose digits are not Latin (issue 17, item 7 and its "done when"):
 * for the JVM's default locale ar-EG (Arabic-Indic digits), th-TH-u-nu-thai (Thai digits) and hi-IN, and the app in
 * English and in Danish, an event is created and saved again unchanged through the event form, a week is printed to
 * PDF and read back with PDFBox, and a contact is saved with a follow-up date that is shown and read back. Every
 * digit is Latin, and what the app wrote it reads again. The default locale is put back after each case.
 */
@ExtendWith(ApplicationExtension.class)
class MainFlowsInOtherLocalesTest {

    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;
    TestApp app;
    Locale before;
    Locale beforeFormat;
    Locale beforeDisplay;

    static Stream<Arguments> locales() {
        return Stream.of("ar-EG", "th-TH-u-nu-thai", "hi-IN").flatMap(machine -> Stream.of("en", "da")
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
        if (app != null) {
            app.close();
        }
        Locale.setDefault(before);
        Locale.setDefault(Locale.Category.FORMAT, beforeFormat);
        Locale.setDefault(Locale.Category.DISPLAY, beforeDisplay);
    }

    @ParameterizedTest(name = "machine {0}, app {1}")
    @MethodSource("locales")
    void createAnEventPrintTheWeekAndSaveAContactWithLatinDigits(Locale machine, Locale language, FxRobot robot)
            throws IOException {
        Locale.setDefault(machine);
        app = TestApp.open(dir.resolve("data"), language);
        AppContext context = app.context();

        // create an event through the event form: the times show as Latin digits and save unchanged
        EventDraft typed = new EventDraft("Team call", TUESDAY.atTime(9, 0), TUESDAY.atTime(10, 30), false, "Odense",
                "Agenda 1-2-3", null, Kind.TRAINING, null, 15);
        EventForm form = new EventForm();
        form.edit(typed, List.of());
        assertThat(form.startProperty().get()).isEqualTo("09:00");
        assertThat(form.endProperty().get()).isEqualTo("10:30");
        assertThat(form.problem()).isEmpty();
        assertThat(form.draft()).contains(typed);
        assertThat(context.calendar().create(form.draft().orElseThrow())).isTrue();

        // the stored event opened again in the form and saved unchanged
        context.calendar().dateProperty().set(TUESDAY);
        context.calendar().load();
        Occurrence stored = context.calendar().occurrencesOn(TUESDAY).stream()
                .filter(o -> o.row().title().equals("Team call")).findFirst().orElseThrow();
        EventForm again = new EventForm();
        again.edit(new EventDraft(stored.row().title(), stored.start(), stored.end(), false, stored.row().location(),
                stored.row().notes(), null, stored.row().kind(), null, stored.row().reminderMinutes()), List.of());
        assertThat(again.startProperty().get()).isEqualTo("09:00");
        assertThat(again.problem()).isEmpty();
        assertThat(context.calendar().update(stored, again.draft().orElseThrow(), EditScope.ALL)).isTrue();
        context.calendar().load();
        assertThat(context.calendar().occurrencesOn(TUESDAY)).filteredOn(o -> o.row().title().equals("Team call"))
                .extracting(Occurrence::start).containsExactly(LocalDateTime.of(TUESDAY, java.time.LocalTime.of(9, 0)));

        // print the week to PDF: Latin digits only
        context.print().open(TUESDAY);
        Path pdf = dir.resolve("week.pdf");
        context.print().savePdf(pdf);
        String printed;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            // made "now" by the app's clock (2026-11-28), in the Gregorian calendar (a Thai machine's is Buddhist)
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(TestApp.CLOCK.instant());
        }
        assertThat(printed).contains("Team call", "09:00", context.messages().format("print.week", 49));
        assertThat(nonLatinDigits(printed)).as(printed).isEmpty();
        assertThat(nonLatinDigits(String.join(" ", context.print().previewProperty().get().texts()))).isEmpty();

        // save a contact with a follow-up date: the date is shown in Latin digits and read back
        var editor = context.pipelineDetails();
        assertThat(editor.newContact()).isTrue();
        editor.form().nameProperty().set("Anna Jensen");
        editor.form().phonesProperty().set("20 30 40 50");
        assertThat(editor.save()).isTrue();
        LocalDate followUp = LocalDate.of(2026, 12, 24);
        editor.activity().followUpDateProperty().set(followUp);
        assertThat(editor.activity().setNextFollowUp(followUp)).isTrue();
        assertThat(editor.activity().contactStatusProperty().get().nextFollowUp()).isEqualTo(followUp);
        String status = context.status().textProperty().get();
        assertThat(status).contains("24").contains("2026");
        assertThat(nonLatinDigits(status)).isEmpty();

        DatePicker[] picker = new DatePicker[1];
        robot.interact(() -> picker[0] = DateText.picker("follow-up", context.messages()));
        String shown = picker[0].getConverter().toString(followUp);
        assertThat(shown).isEqualTo("da".equals(language.getLanguage()) ? "24.12.2026" : "24/12/2026");
        assertThat(picker[0].getConverter().fromString(shown)).isEqualTo(followUp);
        assertThat(picker[0].getConverter().fromString(context.messages().date(followUp))).isEqualTo(followUp);
        assertThat(nonLatinDigits(context.messages().date(followUp) + context.messages().number(1234.5, 2)
                + context.messages().percent(0.8) + context.messages().hours(2.25))).isEmpty();
    }

    /** The digits in {@code text} that are not 0–9 (Arabic-Indic, Thai, Devanagari, …). */
    static String nonLatinDigits(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> Character.isDigit(c) && (c < '0' || c > '9')).forEach(out::appendCodePoint);
        return out.toString();
    }
}
