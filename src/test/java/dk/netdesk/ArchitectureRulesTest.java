package dk.netdesk;

import static dk.netdesk.ArchitectureRules.ALLOWED_EDGES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each rule in {@link ArchitectureRules} catches a breach: the fixtures under
 * {@code dk.netdesk.archfixture} break the rules on purpose, and fixtures named {@code Good*} (or the
 * fixture features that keep to the table) show what a rule lets through.
 */
class ArchitectureRulesTest {

    private static final String FIXTURES = "dk.netdesk.archfixture";
    private static final String FEATURES = FIXTURES + ".features";

    private static JavaClasses fixtures(String... packages) {
        return new ClassFileImporter().importPackages(packages);
    }

    /** Checks the rule and returns its failure message; fails the test if the rule passed. */
    private static String violations(ArchRule rule, JavaClasses classes) {
        Throwable failure = catchThrowable(() -> rule.check(classes));
        assertThat(failure).as("the rule should have failed: %s", rule.getDescription())
                .isInstanceOf(AssertionError.class);
        return failure.getMessage();
    }

    @Test
    void aViewThatUsesARepositoryJooqOrTheDatabaseIsCaught() {
        String message = violations(ArchitectureRules.viewsDoNotTouchRepositoriesOrJooq(),
                fixtures(FIXTURES, FIXTURES + ".views"));

        assertThat(message)
                .contains("archfixture.BadContactView.count(")        // *View -> a repository
                .contains("views.BadEventDialog.count(")              // *Dialog -> a repository
                .contains("views.TimeGrid.query(")                    // TimeGrid -> jOOQ
                .contains("views.Shell.folder(")                      // Shell -> Database
                .contains("views.BadBoardView$Column.count(")         // a class nested in a view
                .doesNotContain("GoodNoteDialog");
    }

    @Test
    void aViewModelOrFormThatBuildsNodesIsCaught() {
        String message = violations(ArchitectureRules.viewModelsDoNotUseNodes(),
                fixtures(FIXTURES, FIXTURES + ".views"));

        assertThat(message)
                .contains("archfixture.BadViewModel.label(")
                .contains("views.BadEventForm.field(")
                .doesNotContain("GoodNoteForm");
    }

    @Test
    void jooqOutsideRepositoriesAndDbIsCaught() {
        String message = violations(ArchitectureRules.onlyRepositoriesAndDbUseJooq(), fixtures(FIXTURES + ".jooq"));

        assertThat(message)
                .contains("jooq.BadLibraryService.count(")            // uses DSLContext and the generated tables
                .contains("db.generated.Tables.LIBRARY_ITEM")
                .contains("jooq.BadFollowUpSync.run(")                // a jOOQ type in a signature
                .doesNotContain("GoodNotesRepository");
    }

    @Test
    void aRepositoryThatUsesAnotherRepositoryIsCaught() {
        String message = violations(ArchitectureRules.repositoriesDoNotUseOtherRepositories(),
                fixtures(FIXTURES + ".repos", FIXTURES + ".jooq"));

        assertThat(message)
                .contains("repos.OrdersRepository.notes(")
                .contains("NotesRepository.count()")
                .doesNotContain("OrdersService")
                .doesNotContain("GoodNotesRepository");
    }

    @Test
    void readingTheSystemClockIsCaught() {
        String message = violations(ArchitectureRules.nothingReadsTheSystemClock(), fixtures(FIXTURES + ".clock"));

        assertThat(message)
                .contains("BadPrintViewModel.today()> calls method <java.time.LocalDate.now()>")
                .contains("BadPrintViewModel.stamp()> calls method <java.time.Instant.now()>")
                .contains("BadZoneNow.now()> calls method <java.time.ZonedDateTime.now(java.time.ZoneId)>")
                .doesNotContain("GoodCalendarViewModel")
                .doesNotContain("YearMonth.now(java.time.Clock)");
    }

    @Test
    void pickingTheSystemClockOutsideTheCompositionRootIsCaught() {
        String message = violations(ArchitectureRules.onlyTheCompositionRootPicksTheSystemClock(FEATURES),
                fixtures(FIXTURES + ".clock", FEATURES));

        assertThat(message)
                .contains("BadOwnClock.month()> calls method <java.time.Clock.systemDefaultZone()>")
                .doesNotContain("features.app.Root");
    }

    @Test
    void aCycleBetweenFeaturesIsCaught() {
        // Without ui.Widget, whose use of app would close further cycles through the composition root.
        JavaClasses features = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/ui/Widget"))
                .importPackages(FEATURES);

        String message = violations(ArchitectureRules.featuresAreFreeOfCycles(FEATURES), features);

        assertThat(message)
                .containsPattern("Cycle detected: Slice calendar -> \\s+Slice library -> \\s+Slice calendar")
                .containsPattern("Cycle detected: Slice contacts -> \\s+Slice pipeline -> \\s+Slice contacts")
                .contains("Field <" + FEATURES + ".contacts.Person.board> has type <" + FEATURES + ".pipeline.Board>")
                .contains("violated (2 times)")
                .doesNotContain("Slice app")
                .doesNotContain("Slice print");
    }

    @Test
    void anEdgeBetweenFeaturesThatIsNotInTheTableIsCaught() {
        String message = violations(ArchitectureRules.featuresDependOnlyAlongNamedEdges(FEATURES, ALLOWED_EDGES),
                fixtures(FEATURES));

        assertThat(message)
                .contains("contacts -> pipeline is not an allowed edge: Field <" + FEATURES + ".contacts.Person.board>")
                .contains("calendar -> library is not an allowed edge")
                .contains("library -> calendar is not an allowed edge")
                .contains("ui -> app is not an allowed edge")
                .contains(FEATURES + ".sync.Syncer is in package 'sync', which the allowed-edges table does not name")
                .doesNotContain("pipeline -> contacts")                // allowed
                .doesNotContain("print -> contacts")                   // allowed
                .doesNotContain("app -> ");                            // the composition root uses everything
    }

    @Test
    void theEdgesTheTableNamesPass() {
        // The fixture features without the classes that break the rules: pipeline -> contacts,
        // print -> contacts, pipeline -> ui, ui -> db and app -> everything are all in the table.
        JavaClasses keepsToTheTable = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/contacts/Person")
                        && !location.contains("/ui/Widget") && !location.contains("/calendar/")
                        && !location.contains("/library/") && !location.contains("/sync/"))
                .importPackages(FEATURES);
        assertThat(keepsToTheTable.contain(FEATURES + ".pipeline.Board")).isTrue();

        assertThatCode(() -> ArchitectureRules.featuresDependOnlyAlongNamedEdges(FEATURES, ALLOWED_EDGES)
                .check(keepsToTheTable)).doesNotThrowAnyException();
        assertThatCode(() -> ArchitectureRules.featuresAreFreeOfCycles(FEATURES).check(keepsToTheTable))
                .doesNotThrowAnyException();
        assertThatCode(() -> ArchitectureRules.nothingDependsOnTheCompositionRoot(FEATURES).check(keepsToTheTable))
                .doesNotThrowAnyException();
    }

    @Test
    void aDependencyOnTheCompositionRootIsCaught() {
        String message = violations(ArchitectureRules.nothingDependsOnTheCompositionRoot(FEATURES), fixtures(FEATURES));

        assertThat(message).contains("Method <" + FEATURES + ".ui.Widget.root(");
        assertThat(message.lines().filter(line -> line.matches("\\w+ <" + Pattern.quote(FEATURES + ".app.") + ".*")))
                .as("the composition root's own uses of the features are allowed").isEmpty();
    }

    @Test
    void theTableKeepsTheTargetDesign() {
        assertThat(ALLOWED_EDGES.get("contacts")).containsExactlyInAnyOrder("ui", "db");
        assertThat(ALLOWED_EDGES.get("db")).isEmpty();
        ALLOWED_EDGES.forEach((from, to) -> assertThat(to).as("%s may not depend on app", from)
                .doesNotContain(ArchitectureRules.APP));
        ALLOWED_EDGES.forEach((from, to) -> assertThat(ALLOWED_EDGES.keySet()).as("edges of %s", from)
                .containsAll(to));
    }
}
