package org.newsdesk;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** An editor in the admin: GETs pages and posts forms as a signed-in user, with the CSRF token. */
public final class AdminClient {

    private final MockMvcTester mvc;
    private final RequestPostProcessor editor;

    public AdminClient(MockMvcTester mvc, String name) {
        this.mvc = mvc;
        this.editor = user(name).roles("EDITOR");
    }

    public AdminClient as(String name) {
        return new AdminClient(mvc, name);
    }

    /** A GET; {@code uriVariables} fill {@code {placeholders}} in the URI, encoded. */
    public Response get(String uri, Object... uriVariables) {
        return new Response(mvc.get().uri(uri, uriVariables).with(editor).exchange());
    }

    public Response post(String uri, Map<String, String> params) {
        var request = mvc.post().uri(uri).with(editor).with(csrf());
        params.forEach(request::param);
        return new Response(request.exchange());
    }

    /** A form with a file, as {@code multipart/form-data}. */
    public Response upload(String uri, MockMultipartFile file, String... namesAndValues) {
        var request = mvc.post().uri(uri).multipart().file(file).with(editor).with(csrf());
        params(namesAndValues).forEach(request::param);
        return new Response(request.exchange());
    }

    public Response post(String uri, String... namesAndValues) {
        return post(uri, params(namesAndValues));
    }

    /** The values a browser would send for the form on this page (inputs, textareas), changed by {@code overrides}. */
    public static Map<String, String> formValues(Document page, String formSelector, String... overrides) {
        Element form = page.selectFirst(formSelector);
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name]")) {
            if (input.attr("name").equals("_csrf") || input.attr("type").equals("file")
                    || input.attr("type").equals("radio") && !input.hasAttr("checked")
                    || input.attr("type").equals("checkbox") && !input.hasAttr("checked")) {
                continue;
            }
            values.put(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.attr("value"));
        }
        values.putAll(params(overrides));
        return values;
    }

    public static Map<String, String> params(String... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    /** What came back: the status, where it redirects, and the page. */
    public record Response(MvcTestResult result) {

        public MockHttpServletResponse raw() {
            return result.getResponse();
        }

        public int status() {
            return raw().getStatus();
        }

        public String redirect() {
            return raw().getRedirectedUrl();
        }

        /** The id at the end of the address this redirect leads to ({@code /admin/items/42}). */
        public long redirectedId() {
            String location = redirect();
            if (location == null) {
                throw new AssertionError("Not a redirect: " + status() + "\n" + body());
            }
            return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        }

        public String body() {
            try {
                return raw().getContentAsString(StandardCharsets.UTF_8);
            }
            catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }

        public Document html() {
            return Jsoup.parse(body());
        }

        /** A flash message (such as {@code flash} or {@code flashError}) this redirect carries to the next page. */
        public Object flash(String name) {
            return result.getMvcResult().getFlashMap().get(name);
        }
    }
}
