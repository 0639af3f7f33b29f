package org.newsdesk.transfer;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The largest file the import page takes: the multipart limit ({@code spring.servlet.multipart.*},
 * 100 MB), for the page's hint and its check in the browser. A larger zip never reaches the
 * import: the site answers with its 413 page (web.MalformedRequestFilter).
 */
@ControllerAdvice(assignableTypes = {TransferPageController.class, JsonImportController.class, TextImportController.class})
record TransferLimits(MultipartProperties multipart) {

    @ModelAttribute("maxUploadBytes")
    long maxUploadBytes() {
        long file = multipart.getMaxFileSize().toBytes();
        long request = multipart.getMaxRequestSize().toBytes();
        return file > 0 && request > 0 ? Math.min(file, request) : Math.max(file, request);
    }

    @ModelAttribute("maxUploadMegabytes")
    long maxUploadMegabytes() {
        return maxUploadBytes() / 1024 / 1024;
    }
}
