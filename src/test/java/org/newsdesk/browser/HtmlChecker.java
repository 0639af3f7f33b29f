package org.newsdesk.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu Html Checker (the engine behind validator.w3.org/nu), run in-process on a page's
 * markup or on a stylesheet. Errors fail the tests; warnings and notes do not.
 */
final class HtmlChecker {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private HtmlChecker() {
    }

    /** Every error the checker finds in an HTML document, with its line and column. */
    static synchronized List<String> errorsInHtml(String html) {
        return errors("HTML", validator -> validator.checkHtmlInputSource(utf8(html)));
    }

    /** Every error the checker finds in a stylesheet. */
    static synchronized List<String> errorsInCss(String css) {
        return errors("CSS", validator -> validator.checkCssInputSource(utf8(css)));
    }

    private interface Check {
        void run(SimpleDocumentValidator validator) throws Exception;
    }

    private static List<String> errors(String language, Check check) {
        Collector errors = new Collector();
        try {
            SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(HTML_SCHEMA, errors);
            validator.setUpValidatorAndParsers(errors, true, false);
            check.run(validator);
        }
        catch (Exception e) {
            throw new IllegalStateException("The " + language + " checker could not run", e);
        }
        return errors.messages;
    }

    /** The checker reads bytes: it wraps a stylesheet's bytes in a minimal HTML document. */
    private static InputSource utf8(String text) {
        InputSource source = new InputSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        return source;
    }

    private static final class Collector implements ErrorHandler {
        final List<String> messages = new ArrayList<>();

        @Override
        public void warning(SAXParseException exception) {
            // Warnings and informational notes are advice, not failures.
        }

        @Override
        public void error(SAXParseException exception) {
            messages.add(describe(exception));
        }

        @Override
        public void fatalError(SAXParseException exception) {
            messages.add(describe(exception));
        }

        private static String describe(SAXParseException exception) {
            return "line " + exception.getLineNumber() + ", column " + exception.getColumnNumber() + ": "
                    + exception.getMessage();
        }
    }
}
