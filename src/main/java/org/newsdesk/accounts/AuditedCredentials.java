package org.newsdesk.accounts;

import java.util.List;

import org.newsdesk.audit.AuditAction;
import org.newsdesk.audit.AuditLog;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Passkeys as Spring Security stores them (JDBC), with each one added or removed by its owner in
 * the audit log. Spring Security saves a credential again after every sign-in with it (its
 * signature count, when it was last used): only a new one is recorded as added. A change and its
 * record are one transaction.
 */
record AuditedCredentials(UserCredentialRepository stored, AuditLog audit, TransactionOperations transactions)
        implements UserCredentialRepository {

    @Override
    public void save(CredentialRecord credential) {
        transactions.executeWithoutResult(status -> {
            boolean added = stored.findByCredentialId(credential.getCredentialId()) == null;
            stored.save(credential);
            if (added) {
                audit.record(AuditAction.FACTOR_ADDED, owner(), "passkey “" + credential.getLabel() + "”");
            }
        });
    }

    @Override
    public void delete(Bytes credentialId) {
        transactions.executeWithoutResult(status -> {
            CredentialRecord credential = stored.findByCredentialId(credentialId);
            if (credential != null) {
                stored.delete(credentialId);
                audit.record(AuditAction.FACTOR_REMOVED, owner(), "passkey “" + credential.getLabel() + "”");
            }
        });
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return stored.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return stored.findByUserId(userId);
    }

    /** Passkeys are added and removed by their owner, signed in. */
    private static String owner() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn == null ? null : signedIn.getName();
    }
}
