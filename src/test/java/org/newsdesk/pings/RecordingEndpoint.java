package org.newsdesk.pings;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a random port standing for a WebSub hub ({@code /hub}) and an IndexNow
 * endpoint ({@code /indexnow}): it records every request and answers with the status it is told.
 */
final class RecordingEndpoint implements AutoCloseable {

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(204);

    RecordingEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    void answer(int code) {
        status.set(code);
    }

    void clear() {
        requests.clear();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    /** The feed URLs pinged at the hub, one per request ({@code hub.mode=publish&hub.url=…}). */
    List<String> hubTopics() {
        return requests("/hub").stream().map(request -> {
            String body = request.body();
            String prefix = "hub.mode=publish&hub.url=";
            if (!body.startsWith(prefix)) {
                throw new AssertionError("Not a WebSub publish ping: " + body);
            }
            return URLDecoder.decode(body.substring(prefix.length()), StandardCharsets.UTF_8);
        }).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            int answer = status.get();
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(body.readAllBytes(), StandardCharsets.UTF_8), Instant.now(), answer));
            exchange.sendResponseHeaders(answer, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    record Request(String method, String path, String contentType, String body, Instant receivedAt, int answeredWith) {
    }
}
