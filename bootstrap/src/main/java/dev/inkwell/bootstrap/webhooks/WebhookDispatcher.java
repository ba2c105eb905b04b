package dev.inkwell.bootstrap.webhooks;

import dev.inkwell.application.port.in.DeliverWebhooksUseCase;
import dev.inkwell.application.port.model.WebhookViews.DueDelivery;
import dev.inkwell.application.port.model.WebhookViews.SendResult;
import dev.inkwell.bootstrap.ops.OperationalMetrics;
import dev.inkwell.bootstrap.webhooks.WebhookTargetGuard.Resolution;
import dev.inkwell.domain.webhook.RetrySchedule.AttemptStatus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.codec.BodyCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox (api.md "Webhooks"): every {@code inkwell.webhooks.every} (1 s) it claims
 * the due attempts ({@code FOR UPDATE SKIP LOCKED} and a lease, committed before anything is sent:
 * two dispatchers never send the same attempt), and sends each on its own, without waiting for
 * the others: resolving and checking the target on a small pool of its own threads, the request
 * with Vert.x's non-blocking client, the outcome recorded from that pool again. A slow or dead
 * endpoint holds one of {@link #MAX_IN_FLIGHT} slots for at most 10 s and never a request thread
 * or another endpoint's delivery.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    /** Attempts one instance has out at once. */
    static final int MAX_IN_FLIGHT = 64;
    /** Whole-attempt bound: connecting, sending and the answer's status line (api.md: 10 s). */
    static final long TIMEOUT_MS = 10_000;
    static final String USER_AGENT = "Inkwell-Webhooks/1";
    /** How often the backlog gauge is refreshed: the count reads the whole pending queue. */
    static final long BACKLOG_EVERY_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(15);

    private final DeliverWebhooksUseCase deliveries;
    private final WebhookTargetGuard targets;
    private final OperationalMetrics metrics;
    private final Clock clock;
    private final WebClient client;
    private final ExecutorService workers;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** When this instance last counted the backlog for its gauge (ticks never overlap: SKIP). */
    private long lastCounted = System.nanoTime() - BACKLOG_EVERY_NANOS;

    public WebhookDispatcher(DeliverWebhooksUseCase deliveries, WebhookTargetGuard targets, OperationalMetrics metrics,
                             Clock clock, Vertx vertx) {
        this.deliveries = deliveries;
        this.targets = targets;
        this.metrics = metrics;
        this.clock = clock;
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) TIMEOUT_MS)
                .setFollowRedirects(false) // a redirect could lead anywhere, past the target check
                .setUserAgent(USER_AGENT)
                .setMaxPoolSize(MAX_IN_FLIGHT));
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(8, r -> {
            Thread thread = new Thread(r, "inkwell-webhooks-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(every = "${inkwell.webhooks.every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        try {
            int room = MAX_IN_FLIGHT - inFlight.get();
            if (room > 0) {
                List<DueDelivery> claimed = deliveries.claimDue(room);
                if (!claimed.isEmpty()) {
                    LOG.infof("sent %d webhook attempt(s)", claimed.size());
                    claimed.forEach(this::deliver);
                }
            }
            long now = System.nanoTime();
            if (now - lastCounted >= BACKLOG_EVERY_NANOS) { // a count over the queue: not every second
                lastCounted = now;
                metrics.webhookBacklog(deliveries.backlog());
            }
        } catch (RuntimeException e) {
            LOG.warnf("could not dispatch webhook deliveries (next try at the next tick): %s", e.getMessage());
        }
    }

    /** Sends one claimed attempt and records its outcome, without blocking the caller. */
    CompletableFuture<AttemptStatus> deliver(DueDelivery delivery) {
        inFlight.incrementAndGet();
        return CompletableFuture.supplyAsync(() -> targets.resolve(URI.create(delivery.url())), workers)
                .thenCompose(resolution -> resolution.refusal() != null
                        ? CompletableFuture.completedFuture(SendResult.failed(resolution.refusal()))
                        : send(delivery, resolution))
                .exceptionally(e -> SendResult.failed(describe(e)))
                .thenApplyAsync(result -> record(delivery, result), workers)
                .whenComplete((status, e) -> {
                    inFlight.decrementAndGet();
                    if (e != null) {
                        LOG.warnf("could not record webhook %s (it is sent again when its lease ends): %s", delivery,
                                e.getMessage());
                    }
                });
    }

    private CompletableFuture<SendResult> send(DueDelivery delivery, Resolution resolution) {
        URI url = URI.create(delivery.url());
        boolean tls = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : tls ? 443 : 80;
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (url.getRawQuery() != null) {
            path += "?" + url.getRawQuery();
        }
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.header(delivery.secret(), clock.instant().getEpochSecond(), body);
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(url.getHost())
                .setPort(port)
                .setSsl(tls)
                .setURI(path)
                // connect to the address the guard checked, not to a second lookup of the name
                .setServer(SocketAddress.inetSocketAddress(port, resolution.address().getHostAddress()))
                .setTimeout(TIMEOUT_MS);
        CompletableFuture<SendResult> result = new CompletableFuture<>();
        client.request(HttpMethod.POST, options)
                .as(BodyCodec.none()) // the answer's body is not read, whatever its size
                .putHeader("Content-Type", "application/json")
                .putHeader("Inkwell-Event", delivery.event())
                .putHeader("Inkwell-Delivery", delivery.eventId().toString())
                .putHeader("Inkwell-Signature", signature)
                .sendBuffer(Buffer.buffer(body))
                .onComplete(ar -> {
                    if (ar.succeeded()) {
                        HttpResponse<Void> response = ar.result();
                        result.complete(SendResult.answered(response.statusCode()));
                    } else {
                        result.complete(SendResult.failed(describe(ar.cause())));
                    }
                });
        return result.orTimeout(TIMEOUT_MS + 1_000, TimeUnit.MILLISECONDS);
    }

    private AttemptStatus record(DueDelivery delivery, SendResult result) {
        AttemptStatus status = deliveries.recordAttempt(delivery, result);
        metrics.webhookAttempt(status);
        if (status != AttemptStatus.SUCCEEDED) {
            LOG.infof("webhook %s: %s (%s)", delivery, status.wireName(),
                    result.error() != null ? result.error() : "HTTP " + result.responseCode());
        }
        return status;
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof java.util.concurrent.CompletionException
                || cause instanceof java.util.concurrent.ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof TimeoutException) {
            return "no answer within 10 s";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    void stop(@Observes ShutdownEvent event) {
        workers.shutdown();
        client.close();
    }
}
