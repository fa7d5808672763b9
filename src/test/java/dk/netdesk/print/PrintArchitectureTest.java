package dk.netdesk.print;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The printed week is laid out once and drawn twice: the layout knows neither JavaFX nor PDFBox. */
class PrintArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.netdesk.print");

    @Test
    void theLayoutModelIsPlainJava() {
        noClasses().that().haveSimpleNameStartingWith("WeekLayout")
                .or().haveSimpleNameStartingWith("PrintedPage")
                .or().haveSimpleNameStartingWith("PageElement")
                .or().haveSimpleNameStartingWith("PrintWeek")
                .or().haveSimpleNameStartingWith("PrintEvent")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache.pdfbox..")
                .check(classes);
    }

    @Test
    void onlyThePdfWriterAndFontsUsePdfBox() {
        noClasses().that().doNotHaveSimpleName("PdfWeekWriter").and().doNotHaveSimpleName("PrintFonts")
                .and().haveNameNotMatching(".*PdfWeekWriter\\$.*|.*PrintFonts\\$.*")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
                .check(classes);
    }
}
