package id.suarawarga;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

/** The house layout rules (STYLE.md), checked on the compiled production classes. */
class ArchitectureTest {

    private static final String ROOT = "id.suarawarga";
    private static final String[] FEATURES = {"region", "program", "questionnaire", "response", "score", "insight", "auth", "retention", "demo", "web"};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static String[] featurePackages() {
        String[] packages = new String[FEATURES.length];
        for (int i = 0; i < FEATURES.length; i++) {
            packages[i] = ROOT + "." + FEATURES[i] + "..";
        }
        return packages;
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".common..")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackages())
                .because("common is the bottom layer every feature builds on")
                .check(CLASSES);
    }

    @Test
    void nothingOutsideWebDependsOnWeb() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".web..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".web..")
                .because("web is the top layer: pages call feature services, never the other way round")
                .check(CLASSES);
    }

    @Test
    void nothingOutsideDemoDependsOnDemo() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".demo..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".demo..")
                .because("demo data is optional and loads through the public services")
                .check(CLASSES);
    }

    @Test
    void resourcesAreNotTransactional() {
        classes().that().haveSimpleNameEndingWith("Resource")
                .should().notBeAnnotatedWith(Transactional.class)
                .because("services own transactions; a resource only maps HTTP to a service call")
                .check(CLASSES);
        noMethods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .should().beAnnotatedWith(Transactional.class)
                .because("services own transactions; a resource only maps HTTP to a service call")
                .check(CLASSES);
    }

    @Test
    void resourcesDoNotUseRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("resources go through services, which own transactions and business rules")
                .check(CLASSES);
    }

    @Test
    void noClassIsNamedResponse() {
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".response.SurveyResponse")
                .should().haveSimpleNameEndingWith("Response")
                .because("Response is JAX-RS's type: DTOs end in View or Request; the one planned exception is the"
                        + " SurveyResponse entity (STYLE.md)")
                .check(CLASSES);
    }
}
