package nl.schoollibrary.reservations.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.util.Map;
import java.util.Set;
import nl.schoollibrary.reservations.common.database.Jdbc;

/**
 * The layout of the service, checked on every build over the production classes (target/classes; tests left out).
 * ADR 0011 says why: entities behind repositories for what use cases change, SQL through one helper for reads and
 * bulk work, thin resources, features that import each other only one way.
 */
@AnalyzeClasses(packages = "nl.schoollibrary.reservations", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "nl.schoollibrary.reservations.";

    /**
     * The features and the features each may import (besides itself and {@code common}). Lower features first; every
     * arrow points down this list, so there is no circle. A new arrow is a decision: add it here, with a reason in the
     * review.
     */
    static final Map<String, Set<String>> ALLOWED_ARROWS = Map.ofEntries(
            Map.entry("auth", Set.of()),
            // the public list of locations shows inactive ones to staff only
            Map.entry("location", Set.of("auth")),
            Map.entry("organisation", Set.of("auth", "messaging")),
            // a school is created with its library (a location) and goes to the outbox
            Map.entry("school", Set.of("auth", "location", "messaging")),
            Map.entry("integration", Set.of("auth")),
            // staff accounts, students' logins and the first administrator: accounts of auth, events of messaging
            Map.entry("account", Set.of("auth", "messaging")),
            Map.entry("statistics", Set.of("auth", "location")),
            Map.entry("messaging", Set.of("auth", "location")),
            Map.entry("reservation", Set.of("auth", "location", "messaging")),
            Map.entry("privacy", Set.of("reservation")),
            // closures move the pickup-by dates of READY reservations (reservation.PickupDates)
            Map.entry("calendar", Set.of("auth", "location", "messaging", "reservation")),
            Map.entry("copy", Set.of("auth", "location", "messaging", "reservation")),
            // catalogue intake adds, moves and withdraws copies (the Copy aggregate, its history and scope)
            Map.entry("catalogue", Set.of("auth", "copy", "location", "messaging", "reservation")),
            Map.entry("collection", Set.of("auth", "copy", "reservation")),
            Map.entry("circulation", Set.of("auth", "copy", "location", "messaging", "reservation")),
            // the delivery log and its dispatcher: channels are beans of notification and webhook (no arrow back)
            Map.entry("delivery", Set.of("auth", "messaging")),
            // mails to parents: rules, templates and the reminder job; the mail channel is a delivery.DeliveryChannel
            Map.entry("notification", Set.of("auth", "delivery", "messaging", "reservation", "school")),
            // the student's own notification settings and language (GET /api/me/notifications, PUT /api/me/language)
            Map.entry("patron", Set.of("auth", "circulation", "location", "messaging", "notification",
                    "reservation")),
            // webhooks: a channel of delivery, for integration clients, with the feed's event mapping; events to the
            // outbox
            Map.entry("webhook", Set.of("auth", "delivery", "integration", "messaging")));

    /**
     * The demo data and the benchmark catalogue are a program of their own (src/demo, its own jar): the service carries
     * none of it, and nothing in the service depends on it.
     */
    @ArchTest
    static final ArchRule PRODUCTION_CODE_HAS_NO_DEMO = noClasses()
            .should().resideInAPackage("..demo..")
            .orShould().dependOnClassesThat().resideInAPackage("..demo..")
            .because("the demo program is built and shipped apart from the service (src/demo)");

    /** The SQL helper (and the classes that run the database itself) are the only users of JDBC and raw JPA. */
    @ArchTest
    static final ArchRule ONLY_THE_SQL_HELPER_TOUCHES_JDBC = noClasses()
            .that().resideOutsideOfPackage(ROOT + "common.database")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.sql.Connection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.PreparedStatement")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hibernate.Session")
            .because("reads and bulk work go through common.database.Jdbc, aggregates through Panache repositories (ADR 0011)");

    /** Resources parse, authorise, call a use case and map: no SQL and no repository in a resource. */
    @ArchTest
    static final ArchRule RESOURCES_ARE_THIN = noClasses()
            .that().areAnnotatedWith(Path.class)
            .should().dependOnClassesThat().areAssignableTo(Jdbc.class)
            .orShould().dependOnClassesThat().areAssignableTo(PanacheRepositoryBase.class)
            .because("a resource calls one use case or read model; the SQL and the repositories are theirs");

    /** Entities are plain JPA classes with their rules in methods, loaded and saved by repositories. */
    @ArchTest
    static final ArchRule NO_ACTIVE_RECORDS = noClasses()
            .should().beAssignableTo(PanacheEntityBase.class)
            .because("aggregates keep their fields private and are loaded through a repository (ADR 0011)");

    @ArchTest
    static final ArchRule ENTITIES_LIVE_IN_THEIR_FEATURE = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().resideOutsideOfPackage(ROOT + "common..")
            .because("an aggregate belongs to the feature that changes it");

    /** {@code common} is the kernel every feature may use; it imports no feature. */
    @ArchTest
    static final ArchRule COMMON_IMPORTS_NO_FEATURE = noClasses()
            .that().resideInAPackage(ROOT + "common..")
            .should().dependOnClassesThat(describe("a feature class", (JavaClass c) -> feature(c) != null))
            .because("the kernel stays below every feature");

    /** Features import each other only along the arrows of {@link #ALLOWED_ARROWS}. */
    @ArchTest
    static final ArchRule FEATURES_FOLLOW_THE_ALLOWED_ARROWS = classes()
            .that(describe("belong to a feature", (JavaClass c) -> feature(c) != null))
            .should(new ArchCondition<>("import only their own feature, common and the features they may import") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String from = feature(origin);
                    Set<String> allowed = ALLOWED_ARROWS.get(from);
                    if (allowed == null) {
                        events.add(SimpleConditionEvent.violated(origin, "feature " + from
                                + " is not in ALLOWED_ARROWS: add it with the features it may import"));
                        return;
                    }
                    origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                        String to = feature(dependency.getTargetClass());
                        if (to != null && !to.equals(from) && !allowed.contains(to)) {
                            events.add(SimpleConditionEvent.violated(origin, from + " -> " + to + ": "
                                    + dependency.getDescription()));
                        }
                    });
                }
            });

    /** Whatever the arrows say, no circle of any length between features. */
    @ArchTest
    static final ArchRule NO_CIRCLE_BETWEEN_FEATURES = slices()
            .matching(ROOT + "(*)..")
            .should().beFreeOfCycles();

    /** The feature a class belongs to (the first package below the root), or null for the root and {@code common}. */
    static String feature(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith(ROOT)) {
            return null;
        }
        String rest = name.substring(ROOT.length());
        String first = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return first.equals("common") || first.equals("demo") ? null : first;
    }
}
