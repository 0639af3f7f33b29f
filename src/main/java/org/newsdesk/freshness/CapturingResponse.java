package org.newsdesk.freshness;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;


import org.springframework.http.HttpHeaders;

/**
 * Holds back the body of a response that may be stored, so that the page cache can keep it and
 * send it compressed once. Only a response to a request the conditional GET interceptor marked
 * with its content version (a public page, feed or sitemap) is held back, decided when the body
 * starts; everything else (static files, error pages) passes straight through. A body longer
 * than the limit is let through as it comes, and not stored.
 *
 * <p>While the body is held back nothing is flushed to the client, so the status and headers
 * stay open; the filter sends the body when the request is done.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final HttpServletRequest request;
    private final int limit;

    private Mode mode = Mode.UNDECIDED;
    private ByteArrayOutputStream buffer;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private Locale locale;

    private enum Mode { UNDECIDED, CAPTURING, PASSING, DISCARDED }

    CapturingResponse(HttpServletResponse response, HttpServletRequest request, int limit) {
        super(response);
        this.request = request;
        this.limit = limit;
    }

    private boolean capturing() {
        if (mode == Mode.UNDECIDED) {
            if (request.getAttribute(ContentVersion.RENDERED) != null) {
                mode = Mode.CAPTURING;
                buffer = new ByteArrayOutputStream(16 * 1024);
            }
            else {
                mode = Mode.PASSING;
            }
        }
        return mode == Mode.CAPTURING;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (writer != null) {
            throw new IllegalStateException("getWriter() has already been called on this response");
        }
        if (!capturing() && stream == null) {
            return super.getOutputStream();
        }
        if (stream == null) {
            stream = new HeldBack();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer != null) {
            return writer;
        }
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() has already been called on this response");
        }
        if (!capturing()) {
            return super.getWriter();
        }
        stream = new HeldBack();
        // Templates write many short strings: buffered, they are encoded a few kilobytes at a time.
        writer = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, Charset.forName(getCharacterEncoding())),
                8192));
        return writer;
    }

    /** Held back, nothing is flushed to the client (it would commit the status and headers). */
    @Override
    public void flushBuffer() throws IOException {
        flushWriter();
        if (mode != Mode.CAPTURING) {
            super.flushBuffer();
        }
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        if (mode == Mode.CAPTURING) {
            flushWriter();
            buffer.reset();
        }
    }

    @Override
    public void reset() {
        super.reset();
        if (mode == Mode.CAPTURING) {
            flushWriter();
            buffer.reset();
        }
        locale = null;
    }

    @Override
    public void setContentLength(int length) {
        if (!capturing()) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (!capturing()) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) || !capturing()) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) || !capturing()) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setLocale(Locale locale) {
        super.setLocale(locale);
        this.locale = locale;
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        discard();
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        discard();
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        discard();
        super.sendRedirect(location);
    }

    @Override
    public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
        discard();
        super.sendRedirect(location, status, clearBuffer);
    }

    /** The container writes what follows (an error page, a redirect): nothing held back is sent. */
    private void discard() {
        if (buffer != null) {
            buffer.reset();
        }
        mode = Mode.DISCARDED;
    }

    /** The body held back, complete; null if it was not held back, went through, or was discarded. */
    byte[] heldBack() throws IOException {
        flushWriter();
        return mode == Mode.CAPTURING ? buffer.toByteArray() : null;
    }

    /** The locale set explicitly (it becomes {@code Content-Language}); null if none. */
    Locale locale() {
        return locale;
    }

    /** Sends the body held back as it is, when it is not stored. */
    void sendHeldBack(byte[] body) throws IOException {
        if (!isCommitted()) {
            super.setContentLength(body.length);
        }
        if (body.length > 0) {
            super.getOutputStream().write(body);
        }
    }

    /** Makes sure whatever a writer still buffers reaches the body (held back or passed on). */
    void flushWriter() {
        if (writer != null) {
            writer.flush();
        }
    }

    /** Over the limit, what was held back goes out and the rest follows as it comes. */
    private void overflow() throws IOException {
        mode = Mode.PASSING;
        ServletOutputStream out = super.getOutputStream();
        buffer.writeTo(out);
        buffer = null;
    }

    private final class HeldBack extends ServletOutputStream {

        @Override
        public void write(int b) throws IOException {
            if (mode == Mode.CAPTURING) {
                buffer.write(b);
                if (buffer.size() > limit) {
                    overflow();
                }
            }
            else if (mode == Mode.PASSING) {
                CapturingResponse.super.getOutputStream().write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (mode == Mode.CAPTURING) {
                buffer.write(bytes, offset, length);
                if (buffer.size() > limit) {
                    overflow();
                }
            }
            else if (mode == Mode.PASSING) {
                CapturingResponse.super.getOutputStream().write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            if (mode == Mode.PASSING) {
                CapturingResponse.super.getOutputStream().flush();
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("Responses that may be cached are written synchronously");
        }
    }
}
