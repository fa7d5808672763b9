package dk.netdesk.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 1, the kind and not only the example: nothing in the app hands a link to the system's
 * programs except through {@link OpenWithSystem}, whose {@link OpenWithSystem#address} asks {@link LinkPolicy}
 * first (decision 0037). A new caller of the opener, of {@code Desktop}, of the JavaFX host services' {@code
 * showDocument} or of a process start fails here; the fixture {@code archfixture.opening.BadLinkOpener} shows
 * both rules catching one.
 */
class OpeningGoesThroughLinkPolicyTest {

    /**
     * May call {@link SystemOpener#open}: {@link OpenWithSystem} (the gateway) and {@code app.AppContext}, whose
     * {@code OpenWithSystem} forwards to the opener the app sets after start ({@code AppContext.setOpener}).
     */
    static final Set<String> MAY_CALL_THE_OPENER = Set.of(OpenWithSystem.class.getName(), "dk.netdesk.app.AppContext");

    /**
     * May use {@code java.awt.Desktop}, {@code HostServices.showDocument} or start a process: {@link SystemOpener}
     * (the one desktop opener) and {@code app.NetdeskApp}, which hands {@code showDocument} to it as its fallback.
     */
    static final Set<String> MAY_START_PROGRAMS = Set.of(SystemOpener.class.getName(), "dk.netdesk.app.NetdeskApp");

    static ArchRule onlyTheGatewayCallsTheOpener() {
        return noClasses().that(outside(MAY_CALL_THE_OPENER)).should().accessTargetWhere(DescribedPredicate.describe(
                "SystemOpener.open (go through OpenWithSystem, which asks LinkPolicy)",
                (JavaAccess<?> access) -> access.getTarget().getOwner().isEquivalentTo(SystemOpener.class)
                        && access.getTarget().getName().equals("open")));
    }

    static ArchRule onlyTheOpenerStartsPrograms() {
        return noClasses().that(outside(MAY_START_PROGRAMS)).should().accessTargetWhere(DescribedPredicate.describe(
                "java.awt.Desktop, HostServices.showDocument, ProcessBuilder or Runtime.exec (go through OpenWithSystem)",
                (JavaAccess<?> access) -> startsPrograms(access.getTarget())));
    }

    private static boolean startsPrograms(AccessTarget target) {
        String owner = target.getOwner().getName();
        return owner.equals("java.awt.Desktop") || owner.equals(ProcessBuilder.class.getName())
                || (owner.equals("javafx.application.HostServices") && target.getName().equals("showDocument"))
                || (owner.equals(Runtime.class.getName()) && target.getName().equals("exec"));
    }

    /** Classes, nested and anonymous ones included, whose top-level class is not one of {@code names}. */
    private static DescribedPredicate<JavaClass> outside(Set<String> names) {
        return DescribedPredicate.describe("outside " + names, (JavaClass c) -> !names.contains(topLevel(c).getName()));
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    private static JavaClasses app() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.netdesk");
    }

    @Test
    void onlyOpenWithSystemHandsAnythingToTheOpener() {
        onlyTheGatewayCallsTheOpener().check(app());
    }

    @Test
    void onlySystemOpenerStartsPrograms() {
        onlyTheOpenerStartsPrograms().check(app());
    }

    @Test
    void bothRulesCatchALinkOpenedPastTheGateway() {
        JavaClasses fixture = new ClassFileImporter().importPackages("dk.netdesk.archfixture.opening");
        EvaluationResult opener = onlyTheGatewayCallsTheOpener().evaluate(fixture);
        EvaluationResult programs = onlyTheOpenerStartsPrograms().evaluate(fixture);
        assertThat(opener.hasViolation()).isTrue();
        assertThat(opener.getFailureReport().getDetails()).anyMatch(line -> line.contains("BadLinkOpener.open("));
        assertThat(programs.hasViolation()).isTrue();
        assertThat(programs.getFailureReport().getDetails()).anyMatch(line -> line.contains("BadLinkOpener.browse("));
    }
}
