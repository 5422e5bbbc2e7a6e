package id.suarawarga;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house layout (STYLE.md), checked on the compiled production classes. The layers, bottom up: {@code common}
 * (problem details, config, HTTP plumbing), {@code access} (roles, the caller's scope, the scope filter), the
 * features, then {@code web} (pages) and {@code demo} (optional data) on top.
 */
class ArchitectureTest {

    static final String ROOT = "id.suarawarga";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Every rule, so that {@link #rulesFailOnAViolation} can prove each one bites. */
    static Stream<ArchRule> rules() {
        return rules(ROOT);
    }

    /** The rules for a code base rooted at {@code root} (ours, or the deliberately bad fixture). */
    static Stream<ArchRule> rules(String root) {
        return Stream.of(
                noPackageCycles(root),
                commonIsTheBottomLayer(root),
                accessSitsOnCommonOnly(root),
                nothingDependsOnWeb(root),
                nothingDependsOnDemo(root),
                statisticsArePlainJava(root),
                sqlLivesInQueriesClasses(),
                entityManagerOnlyInQueriesAndRepositories(),
                noActiveRecordEntities(),
                resourcesDoNotTouchPersistence(),
                resourcesAreNotTransactional(),
                resourceMethodsAreNotTransactional(),
                noClassIsNamedResponse());
    }

    @ParameterizedTest
    @MethodSource("rules")
    void holds(ArchRule rule) {
        rule.check(CLASSES);
    }

    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(*)..")
                .should()
                .beFreeOfCycles()
                .because("a feature never imports another feature that imports it back");
    }

    static ArchRule commonIsTheBottomLayer(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".common..")
                .should()
                .dependOnClassesThat(resideInAPackage(root + "..").and(resideOutsideOfPackage(root + ".common..")))
                .because("common is the bottom layer every feature builds on");
    }

    static ArchRule accessSitsOnCommonOnly(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".access..")
                .should()
                .dependOnClassesThat(resideInAPackage(root + "..")
                        .and(resideOutsideOfPackages(root + ".access..", root + ".common..")))
                .because("access control sits below every feature, so every feature may use it");
    }

    static ArchRule nothingDependsOnWeb(String root) {
        return noClasses()
                .that()
                .resideOutsideOfPackage(root + ".web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".web..")
                .because("web is the top layer: pages call feature services, never the other way round");
    }

    static ArchRule nothingDependsOnDemo(String root) {
        return noClasses()
                .that()
                .resideOutsideOfPackage(root + ".demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".demo..")
                .because("demo data is optional and loads through the public services");
    }

    static ArchRule statisticsArePlainJava(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".score.stats..")
                .should()
                .onlyDependOnClassesThat(resideInAnyPackage("java..", root + ".score.stats..", root + ".questionnaire")
                        .and(resideOutsideOfPackages("java.sql..")))
                .because("score.stats is the maths of SKM and the index: plain Java, tested without a framework");
    }

    static ArchRule sqlLivesInQueriesClasses() {
        return noClasses()
                .that()
                .haveNameNotMatching(".*Queries(\\$.*)?")
                .and()
                .resideOutsideOfPackage(ROOT + ".common.embeddeddb..")
                .should()
                .dependOnClassesThat(resideInAnyPackage("javax.sql..", "io.agroal..")
                        .or(assignableTo(Connection.class))
                        .or(assignableTo(Statement.class))
                        .or(assignableTo(ResultSet.class)))
                .because("hand-written SQL lives in a feature's *Queries class, so a reader knows where to find it");
    }

    static ArchRule entityManagerOnlyInQueriesAndRepositories() {
        return noClasses()
                .that()
                .haveNameNotMatching(".*(Queries|Repository)(\\$.*)?")
                .should()
                .callMethod(EntityManager.class, "createNativeQuery", String.class)
                .orShould()
                .callMethod(EntityManager.class, "createQuery", String.class)
                .orShould()
                .callMethod(EntityManager.class, "createQuery", String.class, Class.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .because("entities are reached through Panache repositories, SQL through *Queries classes");
    }

    static ArchRule noActiveRecordEntities() {
        return noClasses()
                .should()
                .beAssignableTo(PanacheEntityBase.class)
                .because("one way to entities: Panache repositories, not static finders on the entity");
    }

    static ArchRule resourcesDoNotTouchPersistence() {
        return noClasses()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Queries")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.persistence..")
                .because("resources go through services, which own transactions, business rules and queries");
    }

    static ArchRule resourcesAreNotTransactional() {
        return classes()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .notBeAnnotatedWith(Transactional.class)
                .because("services own transactions; a resource only maps HTTP to a service call");
    }

    static ArchRule resourceMethodsAreNotTransactional() {
        return noMethods()
                .that()
                .areDeclaredInClassesThat()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .beAnnotatedWith(Transactional.class)
                .because("services own transactions; a resource only maps HTTP to a service call");
    }

    static ArchRule noClassIsNamedResponse() {
        return noClasses()
                .that()
                .doNotHaveFullyQualifiedName(ROOT + ".response.SurveyResponse")
                .should()
                .haveSimpleNameEndingWith("Response")
                .because("Response is JAX-RS's type: DTOs end in View or Request; the one planned exception is the"
                        + " SurveyResponse entity (STYLE.md)");
    }

    /** A deliberately bad layout in the test sources (a cycle, a back-dependency, SQL in a service, …). */
    static final String BAD = ROOT + ".archfixture";

    @Test
    void everyRuleRejectsTheBadLayout() {
        JavaClasses bad = new ClassFileImporter().importPackages(BAD);
        rules(BAD)
                .forEach(rule -> assertThatThrownBy(() -> rule.check(bad))
                        .as(rule.getDescription())
                        .isInstanceOf(AssertionError.class));
    }
}
