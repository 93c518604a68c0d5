package io.jixiao.platform.health;

import io.jixiao.platform.storage.EmbeddedMongo;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import reactor.core.scheduler.Schedulers;

import java.util.Optional;

/**
 * Fatal errors make health DOWN; with {@code jixiao.exit-on-fatal-error} (default false here, true in the
 * all-in-one launcher's {@code application.properties}) a {@link VirtualMachineError} also ends the process with
 * status {@value FatalErrors#EXIT_STATUS}.
 */
@Configuration(proxyBeanMethods = false)
public class FatalErrorConfiguration {
    private static final String REACTOR_HOOK = "jixiao-fatal-errors";

    @Bean(initMethod = "install", destroyMethod = "uninstall")
    public FatalErrors fatalErrors(@Value("${jixiao.exit-on-fatal-error:false}") boolean exitOnFatalError) {
        FatalErrors fatalErrors = new FatalErrors(exitOnFatalError);
        // an error thrown in a task of Reactor's schedulers ends there, unless a hook hears of it
        Schedulers.onHandleError(REACTOR_HOOK, (thread, error) -> {
            if (error instanceof Error) {
                fatalErrors.report("thread " + thread.getName(), error);
            }
        });
        return fatalErrors;
    }

    @Bean
    public FatalErrorHealthIndicator fatalErrorHealthIndicator(FatalErrors fatalErrors) {
        return new FatalErrorHealthIndicator(fatalErrors);
    }

    @Bean(destroyMethod = "close")
    public BackgroundFailureWatch backgroundFailureWatch(FatalErrors fatalErrors,
                                                         ObjectProvider<EmbeddedMongo> embedded,
                                                         ObjectProvider<EventProcessingConfiguration> processors) {
        return new BackgroundFailureWatch(fatalErrors, Optional.ofNullable(embedded.getIfAvailable()),
                Optional.ofNullable(processors.getIfAvailable()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void watch(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(BackgroundFailureWatch.class).start();
    }
}
