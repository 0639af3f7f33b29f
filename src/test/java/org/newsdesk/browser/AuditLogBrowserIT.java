package org.newsdesk.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;


import static org.assertj.core.api.Assertions.assertThat;

/** The audit log screen in a browser: valid HTML, no axe violations, its filters used as an admin would. */
class AuditLogBrowserIT extends BrowserTest {

    static final String ADMIN = "bea.boss@example.org";

    @Test
    void anAdminFiltersTheAuditLog() {
        users.admin(ADMIN, "Bea Boss");
        admin.post("/admin/items", "title", "Border health posts open", "summary", "Three posts.", "action", "publish");
        admin.post("/admin/items", "title", "A draft", "summary", "Later.", "action", "save");
        open("/");
        driver.manage().deleteAllCookies();
        signIn(ADMIN);

        open("/admin/audit");
        assertThat(driver.findElements(By.cssSelector(".audit-table tbody tr"))).hasSize(3);
        checkPage("audit log");
        screenshot(Path.of("/tmp/shots/editors-audit.png"));

        driver.findElement(By.cssSelector("#audit-action option[value=ITEM_PUBLISHED]")).click();
        clickAndWait(By.cssSelector("form.filters button[type=submit]"));
        assertThat(driver.getCurrentUrl()).contains("action=ITEM_PUBLISHED");
        assertThat(driver.findElements(By.cssSelector(".audit-table tbody tr td:nth-child(5)")))
                .extracting(cell -> cell.getText()).containsExactly("Border health posts open");
        checkPage("audit log, filtered");
    }
}
