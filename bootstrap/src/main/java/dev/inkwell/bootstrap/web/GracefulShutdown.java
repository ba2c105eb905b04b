package dev.inkwell.bootstrap.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.inkwell.adapters.rest.problem.ProblemType;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Graceful shutdown, the refusing half: from the moment the JVM is asked to stop (SIGTERM),
 * every new request is answered 503 problem+json with {@code Retry-After} and
 * {@code Connection: close}, so a load balancer retries it elsewhere. Requests already running
 * finish: Quarkus waits for them up to {@code quarkus.shutdown.timeout} (10 s) before it stops,
 * and only then is the embedded database (when there is one) stopped.
 */
@ApplicationScoped
public class GracefulShutdown {

    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class);
    private static final AtomicBoolean DRAINING = new AtomicBoolean();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    private final ObjectMapper json;

    public GracefulShutdown(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        if (HOOKED.compareAndSet(false, true)) { // once per JVM: dev mode's live reload builds the router again
            Runtime.getRuntime().addShutdownHook(new Thread(GracefulShutdown::startDraining, "inkwell-drain"));
        }
        router.route().order(RequestIds.ORDER + 1).handler(this::refuseWhileDraining);
    }

    static void startDraining() {
        if (DRAINING.compareAndSet(false, true)) {
            LOG.info("shutting down: new requests are answered 503, running ones may finish");
        }
    }

    private void refuseWhileDraining(RoutingContext ctx) {
        if (DRAINING.get()) {
            HttpProblems.send(ctx, json, ProblemType.UNAVAILABLE, "the service is shutting down; try again");
            return;
        }
        ctx.next();
    }
}
