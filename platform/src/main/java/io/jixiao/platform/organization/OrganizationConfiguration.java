package io.jixiao.platform.organization;

import io.jixiao.kernel.organization.Organization;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Duration;

@Configuration
public class OrganizationConfiguration {

    @Bean(destroyMethod = "close")
    EventSourcedOrganizationDirectory organizationDirectory(
            EventStore eventStore,
            @Value("${jixiao.organization.refresh-interval:PT1S}") Duration refreshInterval) {
        return new EventSourcedOrganizationDirectory(eventStore, refreshInterval);
    }

    /** The organization as it is now, for both sides. */
    @Bean
    @Primary
    Organization organization(OrganizationDirectory directory) {
        return new LiveOrganization(directory);
    }
}
