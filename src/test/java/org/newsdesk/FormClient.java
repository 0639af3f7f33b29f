package org.newsdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A plain HTTP client that behaves like a browser as far as the editors' screens need one: it keeps the cookies a server sets (the
 * session), follows no redirect, and submits the forms of a page with the fields the page really
 * has — CSRF token included — changing only the values a test types.
 */
public final class FormClient {

    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> extraHeaders = new ArrayList<>();

    public FormClient(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    /** Sends this header with every request, as a proxy in front of the site would (X-Forwarded-For, say). */
    public FormClient withHeader(String name, String value) {
        extraHeaders.add(name);
        extraHeaders.add(value);
        return this;
    }

    /** This client pointed at another server, with the same cookies: the same person on another app instance. */
    public FormClient at(int port) {
        FormClient other = new FormClient(port);
        other.cookies.putAll(cookies);
        other.extraHeaders.addAll(extraHeaders);
        return other;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** Posts the fields as a form, exactly as given: nothing added (no CSRF token unless given). */
    public HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /** Posts a JSON body, as a page's script would (its CSRF header given in {@code headers}). */
    public HttpResponse<String> postJson(String path, String json, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Submits the form {@code selector} of the page as a browser would: every field with its value
     * in the page (hidden CSRF token included), then the values typed. A GET form goes as a query.
     */
    public HttpResponse<String> submit(Document page, String selector, Map<String, String> typed) {
        Element form = page.selectFirst(selector);
        if (form == null) {
            throw new IllegalArgumentException("No form " + selector + " on the page");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            switch (input.tagName()) {
                case "select" -> {
                    Element selected = input.selectFirst("option[selected]");
                    Element option = selected != null ? selected : input.selectFirst("option");
                    fields.put(name, option == null ? "" : option.hasAttr("value") ? option.attr("value") : option.text());
                }
                case "textarea" -> fields.put(name, input.text());
                default -> {
                    String type = input.attr("type");
                    if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                        continue;
                    }
                    fields.put(name, input.attr("value"));
                }
            }
        }
        for (String name : typed.keySet()) {
            if (!fields.containsKey(name)) {
                throw new IllegalArgumentException("The form " + selector + " has no field " + name);
            }
        }
        fields.putAll(typed);
        String action = form.attr("action");
        if (form.attr("method").equalsIgnoreCase("get")) {
            return get(action + "?" + encode(fields));
        }
        return post(action, fields);
    }

    /** Signs in through the real login form; the response is the redirect that follows the POST. */
    public HttpResponse<String> signIn(String email, String password) {
        Document login = html(get("/login"));
        return submit(login, "form.sign-in-form", Map.of("email", email, "password", password));
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void forgetCookies() {
        cookies.clear();
    }

    public static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
        }
        if (!extraHeaders.isEmpty()) {
            request.headers(extraHeaders.toArray(String[]::new));
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = Http.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals).strip();
                String value = pair.substring(equals + 1).strip();
                boolean expired = setCookie.toLowerCase().contains("max-age=0") || value.isEmpty();
                if (expired) {
                    cookies.remove(name);
                }
                else {
                    cookies.put(name, value);
                }
            }
            return response;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue() == null ? "" : field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
