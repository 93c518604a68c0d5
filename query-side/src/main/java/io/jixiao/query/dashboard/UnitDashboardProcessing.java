package io.jixiao.query.dashboard;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A dashboard must never skip an event of a form (its fold would go wrong from there): a failing handler stops
 * the processor at that event and it retries with back-off, instead of logging and moving on.
 */
@Configuration
public class UnitDashboardProcessing {
    @Bean
    ConfigurerModule unitDashboardsStopOnError() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                UnitDashboardProjection.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
