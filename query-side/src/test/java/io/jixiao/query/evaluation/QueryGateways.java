package io.jixiao.query.evaluation;

import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;

/** A local query bus with the given annotated handlers subscribed, as Axon's configuration would do. */
final class QueryGateways {
    private QueryGateways() {
    }

    static QueryGateway over(Object handlers) {
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(handlers).subscribe(queryBus);
        return DefaultQueryGateway.builder().queryBus(queryBus).build();
    }
}
