package dk.netdesk;

import static dk.netdesk.ArchitectureRules.ALLOWED_EDGES;
import static dk.netdesk.ArchitectureRules.ROOT;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app's main code keeps the rules in {@link ArchitectureRules}: the layers (view -> view-model ->
 * repository -> jOOQ), the feature packages' allowed edges, and time read from an injected Clock.
 * {@link ArchitectureRulesTest} shows each rule catching a breach.
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/archfixture/"))
                .importPackages(ROOT);
    }

    @Test
    void theFixturesAreNotPartOfTheCheckedCode() {
        org.assertj.core.api.Assertions.assertThat(classes.containPackage(ROOT + ".archfixture")).isFalse();
        org.assertj.core.api.Assertions.assertThat(classes.contain(ROOT + ".app.AppContext")).isTrue();
    }

    @Test
    void viewsDoNotTouchRepositoriesOrJooq() {
        ArchitectureRules.viewsDoNotTouchRepositoriesOrJooq().check(classes);
    }

    @Test
    void viewModelsAndFormsDoNotUseNodes() {
        ArchitectureRules.viewModelsDoNotUseNodes().check(classes);
    }

    @Test
    void onlyRepositoriesAndDbUseJooq() {
        ArchitectureRules.onlyRepositoriesAndDbUseJooq().check(classes);
    }

    @Test
    void repositoriesDoNotUseOtherRepositories() {
        ArchitectureRules.repositoriesDoNotUseOtherRepositories().check(classes);
    }

    @Test
    void nothingReadsTheSystemClock() {
        ArchitectureRules.nothingReadsTheSystemClock().check(classes);
    }

    @Test
    void onlyTheCompositionRootPicksTheSystemClock() {
        ArchitectureRules.onlyTheCompositionRootPicksTheSystemClock(ROOT).check(classes);
    }

    @Test
    void featuresAreFreeOfCycles() {
        ArchitectureRules.featuresAreFreeOfCycles(ROOT).check(classes);
    }

    @Test
    void featuresDependOnlyAlongNamedEdges() {
        ArchitectureRules.featuresDependOnlyAlongNamedEdges(ROOT, ALLOWED_EDGES).check(classes);
    }

    @Test
    void nothingDependsOnTheCompositionRoot() {
        ArchitectureRules.nothingDependsOnTheCompositionRoot(ROOT).check(classes);
    }
}
