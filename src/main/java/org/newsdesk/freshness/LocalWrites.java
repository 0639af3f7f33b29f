package org.newsdesk.freshness;

import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * A write this instance commits that changed content makes {@link ContentVersions} forget the
 * remembered version at once, in the committing thread, before the writer goes on: the editor who publishes sees the
 * new version on the very next request (their redirect). The {@link ContentChangeListener} hears
 * the same change too, but a moment later, from the database.
 *
 * <p>Spring Boot hands every {@link TransactionExecutionListener} bean to the transaction
 * manager, so this covers every Spring-managed transaction, whatever feature writes and however
 * (JPA or SQL). After each commit it reads the content version once: a transaction that did not
 * touch content (a session's cleanup, sign-in throttling) leaves the remembered version alone,
 * so stored pages keep answering without a query; one that did makes it forgotten. A write outside any
 * Spring transaction (a plain auto-commit statement) is heard through the listener.
 */
final class LocalWrites implements TransactionExecutionListener {

    private final ContentVersions versions;

    LocalWrites(ContentVersions versions) {
        this.versions = versions;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (!transaction.isReadOnly()) {
            versions.committed();
        }
    }
}
