package nl.schoollibrary.reservations.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A webhook receiver in the test JVM (127.0.0.1, a free port): records every request (path, headers, body) and
 * answers the statuses queued for its path, then 200. Each test takes paths of its own ({@link #newPath}).
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived; header names in lower case. */
    record Received(String path, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> statuses = new ConcurrentHashMap<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", exchange -> {
                String body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                Map<String, String> headers = new TreeMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                        String.join(",", values)));
                String path = exchange.getRequestURI().getPath();
                receiver.received.add(new Received(path, headers, body));
                Deque<Integer> queue = receiver.statuses.get(path);
                Integer status = queue == null ? null : queue.pollFirst();
                int answer = status == null ? 200 : status;
                if (answer < 0) {
                    // A slow receiver: answers 200 after -answer milliseconds.
                    try {
                        Thread.sleep(-answer);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    answer = 200;
                }
                if (answer >= 300 && answer < 400) {
                    exchange.getResponseHeaders().add("Location", "/elsewhere");
                }
                exchange.sendResponseHeaders(answer, -1);
                exchange.close();
            });
            server.setExecutor(Executors.newFixedThreadPool(4, task -> {
                Thread thread = new Thread(task, "webhook-receiver");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path no other test uses. */
    static String newPath() {
        return "/hooks/" + UUID.randomUUID();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next answers to calls of this path, in order (a negative one: 200 after that many ms); 200 after them. */
    void answer(String path, Integer... codes) {
        statuses.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>())
                .addAll(List.of(codes));
    }

    List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
