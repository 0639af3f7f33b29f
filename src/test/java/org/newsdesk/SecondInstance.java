package org.newsdesk;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another Newsdesk on the tests' database, as a second app instance behind a load balancer would
 * be: started apart from the tests' context, on a port of its own and on the real clock.
 */
public final class SecondInstance {

    private SecondInstance() {
    }

    /**
     * Starts one with the tests' database, no demo content and the tests' first admin;
     * {@code settings} ({@code name=value}) add to these or replace them.
     */
    public static ConfigurableApplicationContext start(String... settings) {
        return new SpringApplicationBuilder(NewsdeskApplication.class).run(arguments(settings));
    }

    /** The same, with more configuration classes (a test's own beans) beside the application's. */
    public static ConfigurableApplicationContext start(Class<?> moreConfiguration, String... settings) {
        return new SpringApplicationBuilder(NewsdeskApplication.class, moreConfiguration).run(arguments(settings));
    }

    public static int port(ConfigurableApplicationContext instance) {
        return instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static String[] arguments(String... settings) {
        JdbcConnectionDetails database = TestDatabase.connection();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("server.port", "0");
        values.put("spring.datasource.url", database.getJdbcUrl());
        values.put("spring.datasource.username", database.getUsername());
        values.put("spring.datasource.password", database.getPassword() == null ? "" : database.getPassword());
        values.put("newsdesk.demo-content", "false");
        values.put("newsdesk.admin.email", "first-admin@example.org");
        values.put("newsdesk.admin.password", "first admin password");
        values.put("spring.main.banner-mode", "off");
        for (String setting : settings) {
            String[] nameAndValue = setting.split("=", 2);
            // Replaced, not repeated: a property given twice on the command line reads as "a,b".
            values.put(nameAndValue[0], nameAndValue[1]);
        }
        return values.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
    }
}
