package io.jixiao.kernel;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The kernel is shared by both sides and must stay a plain Java library: axon-modelling annotations and the
 * {@code @Revision} of its events, nothing more.
 */
class KernelArchitectureTest {
    private static final JavaClasses KERNEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jixiao.kernel");

    @Test
    void noFrameworkOrStorageOrJsonTypes() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.springframework.http..", "com.mongodb..", "org.bson..",
                        "jakarta.servlet..", "reactor..", "com.fasterxml..")
                .check(KERNEL);
    }

    @Test
    void onlyTheJdkTheKernelAndAxonModellingAnnotations() {
        noClasses().should().dependOnClassesThat(resideOutsideOfPackages(
                        "java..", "io.jixiao.kernel..", "org.axonframework.modelling.command..")
                        .and(not(type(Revision.class))))
                .check(KERNEL);
    }

    @Test
    void theKernelImportsSomething() {
        org.assertj.core.api.Assertions.assertThat(KERNEL.size()).isGreaterThan(50);
    }
}
