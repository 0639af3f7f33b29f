package org.newsdesk.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface UserRepository extends JpaRepository<User, Long> {

    /** Sign-in names are emails, compared ignoring case, as the unique index on {@code lower(email)} does. */
    @Query("select u from User u where lower(u.email) = lower(:email)")
    Optional<User> findByEmailIgnoringCase(String email);

    @Query("select count(u) > 0 from User u where lower(u.email) = lower(:email)")
    boolean existsByEmailIgnoringCase(String email);

    @Query("select count(u) from User u where u.role = org.newsdesk.accounts.Role.ADMIN and u.enabled = true")
    long countEnabledAdmins();

    @Query("select u from User u order by lower(u.displayName), u.id")
    List<User> findAllByName();

    @Transactional
    @Modifying
    @Query("update User u set u.lastLoginAt = :at where u.email = :email")
    void recordSignIn(String email, Instant at);
}
