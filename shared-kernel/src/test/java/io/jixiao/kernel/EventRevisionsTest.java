package io.jixiao.kernel;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.jixiao.kernel.evaluation.EvaluationEvent;
import io.jixiao.kernel.organization.OrganizationEvent;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event is stored with the revision of its shape, so that an upcaster can tell an event written by older code
 * from one written now (README "Changing an event").
 */
class EventRevisionsTest {
    private static final JavaClasses KERNEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jixiao.kernel");

    @Test
    void everyEventRecordNamesItsRevision() {
        classes().that().implement(EvaluationEvent.class).or().implement(OrganizationEvent.class)
                .should().beAnnotatedWith(Revision.class).andShould().beRecords()
                .check(KERNEL);
        assertThat(KERNEL.stream().filter(c -> c.isAnnotatedWith(Revision.class)).count())
                .as("event records found").isGreaterThanOrEqualTo(20);
    }
}
