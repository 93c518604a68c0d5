package io.jixiao.query.history;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A skipped event would leave a change out of the audit and every later old value wrong: on a failing handler the
 * processor stops at that event and retries instead of logging and moving on, as Axon's default would.
 */
@Configuration
public class FigureChangeProcessing {
    @Bean
    ConfigurerModule figureChangesStopOnError() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                FigureChangeProjection.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
