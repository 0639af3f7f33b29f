package org.newsdesk.transfer;

import java.util.List;

import org.jsoup.nodes.Document;

import org.newsdesk.AdminClient;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The import form of {@code /admin/transfer}, sent a file (a zip or a JSON export: the name does not count) by an editor. */
record ImportPage(AdminClient admin) {

    Document importFile(byte[] file, boolean update) {
        MockMultipartFile upload = new MockMultipartFile("file", "export", "application/octet-stream", file);
        AdminClient.Response response = update ? admin.upload("/admin/transfer/json", upload, "update", "yes")
                : admin.upload("/admin/transfer/json", upload);
        assertThat(response.status()).isEqualTo(200);
        return response.html();
    }

    /** The problems the page lists after refusing the file. */
    List<String> problems(byte[] file) {
        Document page = importFile(file, false);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Import and export");
        assertThat(page.selectFirst("#json-error-title").text()).as(page.text()).isEqualTo("Nothing was imported");
        return page.select("#json-error-title ~ ul li").eachText();
    }
}
