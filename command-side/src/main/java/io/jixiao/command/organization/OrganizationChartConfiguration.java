package io.jixiao.command.organization;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class OrganizationChartConfiguration {

    /** The organization is rebuilt from its events once per instance, then kept (see ProjectEvaluation's cache). */
    @Bean
    Cache organizationCache(@Value("${jixiao.aggregate-cache:true}") boolean enabled) {
        return enabled ? new WeakReferenceCache() : NoCache.INSTANCE;
    }
}
