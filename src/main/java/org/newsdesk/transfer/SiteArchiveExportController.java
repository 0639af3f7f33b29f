package org.newsdesk.transfer;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin/transfer/export.zip}: every item and every picture as one zip, streamed as it is written. */
@Controller
record SiteArchiveExportController(SiteArchiveExport export) {

    @GetMapping("/admin/transfer/export.zip")
    void export(HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.fileName()).build().toString());
        export.write(response.getOutputStream());
    }
}
