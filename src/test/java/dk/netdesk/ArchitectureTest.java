package dk.netdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers: view -> view-model -> repository -> jOOQ. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.netdesk");
    }

    /** Views are named *View, *Dialog or *Cell and build nodes; they talk to view-models only. */
    static final ArchRule VIEWS_DO_NOT_TOUCH_REPOSITORIES_OR_JOOQ = noClasses()
            .that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Dialog")
            .or().haveSimpleNameEndingWith("Cell")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.jooq..", "dk.netdesk.db.generated..")
            .orShould().dependOnClassesThat().areAssignableTo(dk.netdesk.db.Database.class);

    static final ArchRule VIEW_MODELS_DO_NOT_USE_NODES = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().areAssignableTo(javafx.scene.Node.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    static final ArchRule GENERATED_CODE_ONLY_IN_REPOSITORIES = classes()
            .that().resideInAPackage("dk.netdesk.db.generated..")
            .should().onlyBeAccessed().byClassesThat(
                    com.tngtech.archunit.base.DescribedPredicate.describe("repositories or generated code",
                            c -> c.getSimpleName().endsWith("Repository")
                                    || c.getName().contains("Repository$")
                                    || c.getPackageName().startsWith("dk.netdesk.db")));

    @Test
    void theRulesCatchABrokenLayer() {
        JavaClasses broken = new ClassFileImporter().importPackages("dk.netdesk.archfixture");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VIEWS_DO_NOT_TOUCH_REPOSITORIES_OR_JOOQ.check(broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("BadContactView");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VIEW_MODELS_DO_NOT_USE_NODES.check(broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("BadViewModel");
    }

    @Test
    void viewsDoNotTouchRepositoriesOrJooq() {
        VIEWS_DO_NOT_TOUCH_REPOSITORIES_OR_JOOQ.check(classes);
    }

    @Test
    void viewModelsDoNotUseNodes() {
        VIEW_MODELS_DO_NOT_USE_NODES.check(classes);
    }

    @Test
    void generatedJooqCodeIsUsedOnlyInRepositories() {
        GENERATED_CODE_ONLY_IN_REPOSITORIES.check(classes);
    }
}
