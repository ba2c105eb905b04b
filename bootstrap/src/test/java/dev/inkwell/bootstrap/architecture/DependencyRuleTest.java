package dev.inkwell.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.inkwell.domain.event.AggregateRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hexagon's dependency rule, checked on the compiled classes of every module. */
class DependencyRuleTest {

    private static final String PORTS = "dev.inkwell.application.port..";

    private static JavaClasses inkwell;

    @BeforeAll
    static void importClasses() {
        inkwell = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")) // application's fakes and contracts
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
                        "jakarta.enterprise.event..", "jakarta.transaction..")
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

    /** Each package of a module is a slice; no two packages of one module may need each other. */
    @ParameterizedTest
    @ValueSource(strings = {"dev.inkwell.domain", "dev.inkwell.application", "dev.inkwell.adapters.persistence",
            "dev.inkwell.adapters.rest", "dev.inkwell.bootstrap"})
    void the_packages_of_every_module_are_free_of_cycles(String module) {
        slices().matching(module + ".(**)").should().beFreeOfCycles().check(inkwell);
    }

    /** Commands, views and pages live with the ports; services implement ports, never the other way round. */
    @Test
    void ports_depend_only_on_ports_the_domain_and_the_jdk() {
        classes().that().resideInAPackage(PORTS)
                .should().onlyDependOnClassesThat().resideInAnyPackage(PORTS, "dev.inkwell.domain..", "java..")
                .check(inkwell);
    }

    /** Adapters (and the wiring) reach the application through its ports and their types only. */
    @Test
    void nothing_outside_the_application_depends_on_its_services() {
        noClasses().that().resideInAnyPackage("dev.inkwell.adapters..", "dev.inkwell.bootstrap..")
                .should().dependOnClassesThat(resideInAPackage("dev.inkwell.application..")
                        .and(not(resideInAPackage(PORTS))))
                .check(inkwell);
    }

    /** A REST adapter works on views made for the caller: it can not reach into an aggregate. */
    /** Inkwell's own API's packages: what the RealWorld adapter must not use, and what must not use it. */
    static final String[] OWN_API = {"dev.inkwell.adapters.rest.auth..", "dev.inkwell.adapters.rest.audit..",
            "dev.inkwell.adapters.rest.category..", "dev.inkwell.adapters.rest.comment..",
            "dev.inkwell.adapters.rest.post..", "dev.inkwell.adapters.rest.tag..", "dev.inkwell.adapters.rest.user.."};
    static final String REALWORLD = "dev.inkwell.adapters.rest.conduit..";

    /**
     * Two doors on one core: the RealWorld adapter and Inkwell's own API share the use cases and the
     * REST adapter's plumbing (security, problems, rate limits), never each other's resources or shapes.
     */
    @Test
    void inkwells_own_api_and_the_realworld_api_do_not_depend_on_each_other() {
        noClasses().that().resideInAPackage(REALWORLD).should().dependOnClassesThat().resideInAnyPackage(OWN_API)
                .check(inkwell);
        noClasses().that().resideInAnyPackage(OWN_API).should().dependOnClassesThat().resideInAPackage(REALWORLD)
                .check(inkwell);
        classes().that().resideInAPackage(REALWORLD).should().onlyDependOnClassesThat(
                not(resideInAPackage("dev.inkwell.application..")).or(resideInAPackage(PORTS)))
                .because("the adapter calls only the use cases' ports").check(inkwell);
    }

    @Test
    void the_rest_adapter_never_sees_an_aggregate() {
        noClasses().that().resideInAPackage("dev.inkwell.adapters.rest..")
                .should().dependOnClassesThat().areAssignableTo(AggregateRoot.class)
                .check(inkwell);
    }

    @Test
    void no_use_case_returns_an_aggregate_not_even_inside_a_page_or_an_optional() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("dev.inkwell.application.port.in..")
                .should(new ArchCondition<JavaMethod>("not return an aggregate") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        if (mentionsAggregate(method.getReturnType())) {
                            events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " returns " + method.getReturnType().getName()));
                        }
                    }
                })
                .allowEmptyShould(false)
                .check(inkwell);
    }

    private static boolean mentionsAggregate(JavaType type) {
        if (type.toErasure().isAssignableTo(AggregateRoot.class)) {
            return true;
        }
        return type instanceof JavaParameterizedType parameterized
                && parameterized.getActualTypeArguments().stream().anyMatch(DependencyRuleTest::mentionsAggregate);
    }
}
