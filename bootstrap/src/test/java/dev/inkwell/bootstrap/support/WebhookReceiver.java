package dev.inkwell.bootstrap.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A real HTTP endpoint on 127.0.0.1 for webhook tests: it keeps every request it gets (headers,
 * raw body, when) and answers with the statuses it is told to, in order (then 200), optionally
 * after a delay.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String path, Map<String, List<String>> headers, String body, Instant at) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private volatile Duration delay = Duration.ZERO;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    receiver.received.add(new Received(exchange.getRequestURI().toString(),
                            Map.copyOf(exchange.getRequestHeaders()), body, Instant.now()));
                    Duration wait = receiver.delay;
                    if (!wait.isZero()) {
                        Thread.sleep(wait.toMillis());
                    }
                    Integer status = receiver.answers.poll();
                    exchange.sendResponseHeaders(status == null ? 200 : status, -1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    exchange.close();
                }
            });
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next requests are answered with these statuses, in order; then 200 again. */
    public WebhookReceiver answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
        return this;
    }

    public WebhookReceiver delay(Duration wait) {
        this.delay = wait;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(Predicate<Received> which) {
        return received.stream().filter(which).toList();
    }

    /** Waits until {@code count} requests matching {@code which} have come, up to {@code limit}; returns them. */
    public List<Received> await(Predicate<Received> which, int count, Duration limit) {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            List<Received> matching = received(which);
            if (matching.size() >= count) {
                return matching;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new ArrayList<>(received(which));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
