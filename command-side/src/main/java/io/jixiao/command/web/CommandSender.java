package io.jixiao.command.web;

import io.jixiao.command.access.CurrentActor;
import io.jixiao.kernel.organization.Actor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.function.Function;

/**
 * Sends a command as the current person. The handler runs on a worker thread: it loads the aggregate and
 * waits until its events are durable, neither of which may block the web event loop.
 */
@Component
public class CommandSender {
    private final CommandGateway gateway;
    private final CurrentActor currentActor;

    public CommandSender(CommandGateway gateway, CurrentActor currentActor) {
        this.gateway = gateway;
        this.currentActor = currentActor;
    }

    public <R> Mono<R> send(Function<Actor, Object> command) {
        return currentActor.get().flatMap(actor -> {
            Object message = command.apply(actor);
            return Mono.fromCallable(() -> gateway.<R>sendAndWait(message)).subscribeOn(Schedulers.boundedElastic());
        });
    }
}
