package org.newsdesk.accounts;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The messages of the accounts, users, tags and dashboard screens: the same keys in English and
 * Spanish, and every one with arguments a valid MessageFormat for any count.
 */
class AdminMessagesTests {

    static final Set<String> PREFIXES = Set.of("admin.login.", "admin.users.", "admin.account.", "admin.tags.", "admin.dashboard.");

    @ParameterizedTest
    @ValueSource(strings = {"i18n/admin.properties", "i18n/admin_es.properties"})
    void everyMessageWithArgumentsFormatsForAnyNumber(String bundle) throws IOException {
        Properties messages = load(bundle);
        for (String key : ours(messages)) {
            String pattern = messages.getProperty(key);
            if (!pattern.contains("{")) {
                continue;
            }
            for (long count : new long[] {0, 1, 2, 15}) {
                assertThatCode(() -> new MessageFormat(pattern, Locale.ROOT)
                        .format(new Object[] {count, count, count, "/tags/a", "/tags/b"}))
                        .as(bundle + " " + key).doesNotThrowAnyException();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin.login.locked", "admin.tags.usage.items", "admin.dashboard.link.tags"})
    void countsReadNaturally(String key) throws IOException {
        String english = load("i18n/admin.properties").getProperty(key);
        assertThat(MessageFormat.format(english, 1)).doesNotContain("1 minutes", "1 items", "1 tags");
    }

    @org.junit.jupiter.api.Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        assertThat(ours(load("i18n/admin_es.properties"))).isEqualTo(ours(load("i18n/admin.properties")));
    }

    private static Set<String> ours(Properties messages) {
        Set<String> keys = new TreeSet<>();
        for (String key : messages.stringPropertyNames()) {
            if (PREFIXES.stream().anyMatch(key::startsWith)) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static Properties load(String bundle) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = new InputStreamReader(AdminMessagesTests.class.getClassLoader().getResourceAsStream(bundle),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages;
    }
}
