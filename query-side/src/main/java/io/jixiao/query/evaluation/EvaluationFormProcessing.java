package io.jixiao.query.evaluation;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A form document must never skip an event: when a handler fails, the processor stops at that event and
 * retries (Axon's error mode with back-off) instead of logging and moving on, as its default would.
 */
@Configuration
public class EvaluationFormProcessing {
    @Bean
    ConfigurerModule evaluationFormsStopOnError() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(EvaluationFormProjection.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
