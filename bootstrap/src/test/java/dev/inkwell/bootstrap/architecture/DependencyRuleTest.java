package dev.inkwell.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon's dependency rule, checked on the compiled classes of every module. */
class DependencyRuleTest {

    private static JavaClasses inkwell;

    @BeforeAll
    static void importClasses() {
        inkwell = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.inkwell");
    }

    @Test
    void the_domain_uses_nothing_but_the_jdk() {
        classes().that().resideInAPackage("dev.inkwell.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.inkwell.domain..")
                .check(inkwell);
    }

    @Test
    void the_application_uses_only_the_domain_the_jdk_and_jakarta_standard_annotations() {
        classes().that().resideInAPackage("dev.inkwell.application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.inkwell.domain..",
                        "dev.inkwell.application..", "jakarta.inject..", "jakarta.enterprise.context..",
                        "jakarta.transaction..")
                .check(inkwell);
    }

    @Test
    void the_application_knows_no_framework_and_no_adapter() {
        noClasses().that().resideInAPackage("dev.inkwell.application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "org.hibernate..",
                        "com.fasterxml.jackson..", "jakarta.persistence..", "jakarta.ws.rs..", "dev.inkwell.adapters..",
                        "dev.inkwell.bootstrap..")
                .check(inkwell);
    }

    @Test
    void the_persistence_adapter_does_not_use_the_rest_adapter() {
        noClasses().that().resideInAPackage("dev.inkwell.adapters.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.inkwell.adapters.rest..", "dev.inkwell.bootstrap..")
                .check(inkwell);
    }

    @Test
    void the_rest_adapter_does_not_use_the_persistence_adapter() {
        noClasses().that().resideInAPackage("dev.inkwell.adapters.rest..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.inkwell.adapters.persistence..",
                        "dev.inkwell.bootstrap..", "jakarta.persistence..", "org.hibernate.orm..")
                .check(inkwell);
    }

    @Test
    void entities_never_leave_the_persistence_adapter() {
        noClasses().that().resideOutsideOfPackage("dev.inkwell.adapters.persistence..")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(inkwell);
    }
}
