package io.jixiao.deploy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules' boundaries, checked on the compiled classes of all five (this module has them all on its class
 * path): no package depends on itself through others, the two sides never reach into each other, the platform
 * serves both without knowing either, and the kernel stays free of the platform and of frameworks. The query side
 * must run on its own (QuerySideAloneTest), so it reads the event store through the platform's read-only view and
 * never appends to it or sends a command.
 */
class ModuleBoundariesTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jixiao");

    @Test
    void everyModuleIsChecked() {
        for (String module : new String[] {"kernel", "platform", "command", "query", "deploy"}) {
            assertThat(ALL.stream().filter(c -> c.getPackageName().startsWith("io.jixiao." + module)).count())
                    .as(module).isGreaterThan(5);
        }
    }

    /**
     * Every package of the platform, the two sides and the launcher is a slice. The kernel is left out for now:
     * its approval events are evaluation events (the fold of {@code evaluation} handles them) and
     * {@code Organization.reviewChain} answers with {@code approval}'s review steps, so {@code kernel.approval},
     * {@code kernel.evaluation} and {@code kernel.organization} depend on each other; the kernel cannot reach any
     * other module (KernelArchitectureTest), so no cycle through it can involve the slices checked here.
     */
    @Test
    void noPackageCyclesOutsideTheKernel() {
        slices().matching("io.jixiao.(**)").namingSlices("$1")
                .that(DescribedPredicate.describe("outside the kernel",
                        slice -> !slice.getNamePart(1).equals("kernel") && !slice.getNamePart(1).startsWith("kernel.")))
                .should().beFreeOfCycles().check(ALL);
    }

    @Test
    void theQuerySideNeverDependsOnTheCommandSide() {
        noClasses().that().resideInAPackage("io.jixiao.query..")
                .should().dependOnClassesThat().resideInAnyPackage("io.jixiao.command..", "io.jixiao.deploy..")
                .check(ALL);
    }

    @Test
    void theCommandSideNeverDependsOnTheQuerySide() {
        noClasses().that().resideInAPackage("io.jixiao.command..")
                .should().dependOnClassesThat().resideInAnyPackage("io.jixiao.query..", "io.jixiao.deploy..")
                .check(ALL);
    }

    @Test
    void thePlatformKnowsNeitherSide() {
        noClasses().that().resideInAPackage("io.jixiao.platform..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("io.jixiao.command..", "io.jixiao.query..", "io.jixiao.deploy..")
                .check(ALL);
    }

    @Test
    void theKernelKnowsNoOtherModuleAndNoFramework() {
        noClasses().that().resideInAPackage("io.jixiao.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("io.jixiao.platform..", "io.jixiao.command..",
                        "io.jixiao.query..", "io.jixiao.deploy..", "org.springframework..", "com.mongodb..")
                .check(ALL);
    }

    @Test
    void theQuerySideReadsTheRecordAndNeverWritesIt() {
        noClasses().that().resideInAPackage("io.jixiao.query..")
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        "org.axonframework.eventsourcing.eventstore.EventStore")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.axonframework.eventsourcing.eventstore.EventStorageEngine")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.eventhandling.EventBus")
                .orShould().dependOnClassesThat().resideInAPackage("org.axonframework.commandhandling..")
                .check(ALL);
    }
}
