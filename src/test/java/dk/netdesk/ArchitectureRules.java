package dk.netdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The architecture rules, one method each. {@link ArchitectureTest} checks them against the app's
 * main code; {@link ArchitectureRulesTest} shows each one catching a breach in the fixtures under
 * {@code dk.netdesk.archfixture}. Rules that look at feature packages take the root package they sit
 * under ({@code dk.netdesk} for the app), so the same rule runs against the fixtures' copy of it.
 *
 * <p>A class's role comes from its name, and a nested or anonymous class has the role of the
 * top-level class it sits in ({@code CalendarView$1} is a view).
 */
final class ArchitectureRules {

    /** The app's root package. */
    static final String ROOT = "dk.netdesk";

    /** The composition root's package, under a root: it may use everything, and nothing may use it. */
    static final String APP = "app";

    /**
     * The feature packages (the first package under the root) and the only other feature packages
     * each one may depend on. This is the target design of issue 10:
     * <ul>
     *   <li>{@code db} depends on no feature; {@code ui} may use {@code db} (settings, changes);</li>
     *   <li>{@code contacts} is the shared contact model: it uses only {@code ui} and {@code db};</li>
     *   <li>the other features use {@code contacts}, {@code ui} and {@code db}, never each other: where
     *       two features meet, the consuming feature owns a small interface and {@code app/FeatureLinks}
     *       answers it;</li>
     *   <li>{@code app} is the composition root and may use every package; no package uses {@code app}.</li>
     * </ul>
     * A new feature package must be added here, with its edges, before it can depend on anything.
     */
    static final Map<String, Set<String>> ALLOWED_EDGES = allowedEdges();

    private static Map<String, Set<String>> allowedEdges() {
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        edges.put("db", Set.of());
        edges.put("ui", Set.of("db"));
        edges.put("contacts", Set.of("ui", "db"));
        edges.put("pipeline", Set.of("contacts", "ui", "db"));
        edges.put("calendar", Set.of("contacts", "ui", "db"));
        edges.put("library", Set.of("contacts", "ui", "db"));
        edges.put("print", Set.of("contacts", "ui", "db"));
        // exchange reads and writes the calendar's own rows for the .ics import and export (issue 13)
        edges.put("exchange", Set.of("contacts", "calendar", "ui", "db"));
        edges.put(APP, Set.of("contacts", "pipeline", "calendar", "library", "print", "exchange", "ui", "db"));
        return Map.copyOf(edges);
    }

    private static final Pattern VIEW = Pattern.compile(".*(View|Dialog|Cell)|TimeGrid|Shell");
    private static final Pattern VIEW_MODEL = Pattern.compile(".*(ViewModel|Form)");
    private static final Pattern REPOSITORY = Pattern.compile(".*Repository");

    private ArchitectureRules() {
    }

    // ---- views and view-models ---------------------------------------------------------------

    /**
     * Views ({@code *View}, {@code *Dialog}, {@code *Cell}, {@code TimeGrid}, {@code Shell}) build
     * nodes and bind them to view-models: they do not touch a repository, jOOQ, the generated tables
     * or the {@code Database}.
     */
    static ArchRule viewsDoNotTouchRepositoriesOrJooq() {
        return noClasses().that(haveRole("views (*View, *Dialog, *Cell, TimeGrid, Shell)", VIEW))
                .should().dependOnClassesThat(haveRole("repositories", REPOSITORY))
                .orShould().dependOnClassesThat().resideInAnyPackage("org.jooq..", ROOT + ".db.generated..")
                .orShould().dependOnClassesThat().areAssignableTo(dk.netdesk.db.Database.class);
    }

    /**
     * View-models ({@code *ViewModel}) and form models ({@code *Form}) hold properties, rules and
     * commands: they never use {@code javafx.scene} or {@code javafx.stage}.
     */
    static ArchRule viewModelsDoNotUseNodes() {
        return noClasses().that(haveRole("view-models and form models (*ViewModel, *Form)", VIEW_MODEL))
                .should().dependOnClassesThat().areAssignableTo(javafx.scene.Node.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");
    }

    // ---- SQL ---------------------------------------------------------------------------------

    /**
     * Only repositories ({@code *Repository} and their nested types) and the {@code db} package use
     * jOOQ or the generated table classes. Services, view-models and helpers go through a repository.
     */
    static ArchRule onlyRepositoriesAndDbUseJooq() {
        return noClasses().that(DescribedPredicate.not(haveRole("repositories", REPOSITORY)))
                .and().resideOutsideOfPackage(ROOT + ".db..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", ROOT + ".db.generated..")
                .as("only repositories and the db package use org.jooq or " + ROOT + ".db.generated");
    }

    /**
     * A repository owns one aggregate and does not use another repository: work that spans
     * aggregates goes through a service that composes repositories.
     */
    static ArchRule repositoriesDoNotUseOtherRepositories() {
        return classes().that(haveRole("repositories", REPOSITORY))
                .should(new ArchCondition<JavaClass>("not use another repository") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        JavaClass own = topLevel(origin);
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = topLevel(dependency.getTargetClass().getBaseComponentType());
                            if (!target.equals(own) && REPOSITORY.matcher(target.getSimpleName()).matches()) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                });
    }

    // ---- time --------------------------------------------------------------------------------

    /**
     * Nothing reads the system clock itself: every {@code now(..)} on a {@code java.time} type
     * ({@code Instant}, {@code LocalDate}, {@code LocalDateTime}, {@code LocalTime},
     * {@code ZonedDateTime}, {@code OffsetDateTime}, {@code YearMonth}, …) must be given the injected
     * {@link Clock}. {@code now()} and {@code now(ZoneId)} are both refused.
     */
    static ArchRule nothingReadsTheSystemClock() {
        return noClasses().should().callMethodWhere(DescribedPredicate.describe(
                "now() or now(ZoneId) on a java.time type (use now(clock))", ArchitectureRules::nowWithoutClock));
    }

    /**
     * Only the composition root ({@code <root>.app}) picks the system clock
     * ({@code Clock.systemDefaultZone()}, {@code systemUTC()}, {@code system(zone)}, {@code tickXxx(zone)});
     * everyone else is handed a {@link Clock}.
     */
    static ArchRule onlyTheCompositionRootPicksTheSystemClock(String root) {
        return noClasses().that().resideOutsideOfPackage(root + "." + APP + "..")
                .should().callMethodWhere(DescribedPredicate.describe(
                        "a system clock factory on java.time.Clock", ArchitectureRules::systemClockFactory));
    }

    // ---- feature packages --------------------------------------------------------------------

    /** The packages right under {@code root} (the features, {@code app}, {@code db}, {@code ui}) have no cycles. */
    static ArchRule featuresAreFreeOfCycles(String root) {
        return SlicesRuleDefinition.slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /**
     * Every dependency from one package right under {@code root} to another follows an edge in
     * {@code allowed}; a package missing from {@code allowed} may not exist.
     */
    static ArchRule featuresDependOnlyAlongNamedEdges(String root, Map<String, Set<String>> allowed) {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("depend on other feature packages only along the edges "
                        + new java.util.TreeMap<>(allowed)) {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String from = feature(root, origin);
                        if (from == null) {
                            return;
                        }
                        Set<String> edges = allowed.get(from);
                        if (edges == null) {
                            events.add(SimpleConditionEvent.violated(origin, origin.getName() + " is in package '"
                                    + from + "', which the allowed-edges table does not name"));
                            return;
                        }
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            String to = feature(root, dependency.getTargetClass().getBaseComponentType());
                            if (to != null && !to.equals(from) && !edges.contains(to)) {
                                events.add(SimpleConditionEvent.violated(dependency,
                                        from + " -> " + to + " is not an allowed edge: " + dependency.getDescription()));
                            }
                        }
                    }
                });
    }

    /** No class outside {@code <root>.app} depends on the composition root. */
    static ArchRule nothingDependsOnTheCompositionRoot(String root) {
        return noClasses().that().resideOutsideOfPackage(root + "." + APP + "..")
                .should().dependOnClassesThat().resideInAPackage(root + "." + APP + "..");
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** The package right under {@code root} that {@code type} sits in, or null if it is not under it. */
    static String feature(String root, JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return null;
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static DescribedPredicate<JavaClass> haveRole(String description, Pattern topLevelName) {
        return DescribedPredicate.describe(description,
                type -> topLevelName.matcher(topLevel(type).getSimpleName()).matches());
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static boolean nowWithoutClock(JavaMethodCall call) {
        if (!call.getTargetOwner().getPackageName().equals("java.time") || !call.getName().equals("now")) {
            return false;
        }
        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
        return !(parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class));
    }

    private static boolean systemClockFactory(JavaMethodCall call) {
        String name = call.getName();
        return call.getTargetOwner().isEquivalentTo(Clock.class)
                && (name.startsWith("system") || (name.startsWith("tick") && !name.equals("tick")));
    }
}
