package io.jixiao.query;

import com.mongodb.client.MongoDatabase;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.query.access.ReadPolicy;
import io.jixiao.query.evaluation.EvaluationFormProjection;
import io.jixiao.query.evaluation.EvaluationFormQueries;
import io.jixiao.query.evaluation.EvaluationFormStore;
import io.jixiao.query.evaluation.EvaluationQueryController;
import io.jixiao.query.evaluation.EvaluationRules;
import io.jixiao.query.evaluation.KernelEvaluationRules;
import io.jixiao.query.support.DemoOrganization;
import io.jixiao.query.support.FixedDirectory;
import io.jixiao.query.support.InMemoryMongo;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The query side's beans come up from a component scan given only what other modules provide. */
class QuerySideWiringTest {
    @Configuration
    @ComponentScan("io.jixiao.query")
    static class ScanQuerySide {
    }

    @Test
    void everyBeanIsCreatedFromAMongoDatabaseTheOrganizationAndAQueryGateway() {
        try (InMemoryMongo mongo = new InMemoryMongo()) {
            new ApplicationContextRunner()
                    .withBean(MongoDatabase.class, mongo::freshDatabase)
                    .withBean(Organization.class, DemoOrganization::organization)
                    // the platform's; live streams ask it when a person's sign-ins last ended
                    .withBean(OrganizationDirectory.class, () -> new FixedDirectory(DemoOrganization.organization()))
                    .withBean(QueryGateway.class, () -> mock(QueryGateway.class))
                    // Axon provides it too; live dashboards announce their changes through it.
                    .withBean(QueryUpdateEmitter.class, () -> mock(QueryUpdateEmitter.class))
                    .withUserConfiguration(ScanQuerySide.class)
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context).hasSingleBean(EvaluationFormStore.class)
                                .hasSingleBean(EvaluationFormProjection.class)
                                .hasSingleBean(EvaluationFormQueries.class)
                                .hasSingleBean(EvaluationQueryController.class)
                                .hasSingleBean(ReadPolicy.class);
                        assertThat(context.getBean(EvaluationRules.class)).isInstanceOf(KernelEvaluationRules.class);
                        assertThat(context).hasBean("evaluationFormProjection");
                    });
        }
    }
}
