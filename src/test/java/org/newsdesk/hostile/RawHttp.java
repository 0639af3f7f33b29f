package org.newsdesk.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a socket, so that a test can send what no well-behaved client
 * library lets through: a forged {@code Host}, a request line with a bare {@code %}, a NUL byte, a
 * header of 100 KB. The connection is closed after each exchange; the body is read to the end.
 */
final class RawHttp {

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** A GET of {@code target} exactly as given (no encoding), with {@code Host: localhost} unless a header names another. */
    Response get(String target, String... headers) {
        return exchange("GET", target, null, null, headers);
    }

    Response post(String target, String contentType, byte[] body, String... headers) {
        return exchange("POST", target, contentType, body, headers);
    }

    Response exchange(String method, String target, String contentType, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        boolean hostGiven = false;
        for (int i = 0; i < headers.length; i += 2) {
            hostGiven |= headers[i].equalsIgnoreCase("Host");
        }
        if (!hostGiven) {
            head.append("Host: localhost:").append(port).append("\r\n");
        }
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                try {
                    out.write(body);
                }
                catch (IOException closedEarly) {
                    // A server refusing an oversized body may answer and close before reading it all.
                }
            }
            out.flush();
            return Response.read(socket.getInputStream());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Response(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        static Response read(InputStream in) throws IOException {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                in.transferTo(all);
            }
            catch (IOException reset) {
                // What was read before the server closed is the answer.
            }
            byte[] bytes = all.toByteArray();
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new IOException("No HTTP response: " + text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(),
                        (a, b) -> a + ", " + b);
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = end + 4;
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                while (at < bytes.length) {
                    int lineEnd = text.indexOf("\r\n", at);
                    int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].strip(), 16);
                    if (size == 0) {
                        break;
                    }
                    body.write(bytes, lineEnd + 2, Math.min(size, bytes.length - lineEnd - 2));
                    at = lineEnd + 2 + size + 2;
                }
            }
            else {
                body.write(bytes, at, bytes.length - at);
            }
            return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
        }
    }
}
