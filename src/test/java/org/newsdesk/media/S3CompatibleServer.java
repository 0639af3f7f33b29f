package org.newsdesk.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.newsdesk.Eventually;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for the tests of {@link S3MediaStore}: S3Proxy (Apache-2.0) on its
 * in-memory ("transient") blob store, checking AWS signatures as S3 does. It runs as a process of its
 * own from the self-contained jar Maven copies to {@code target/s3proxy/} before the integration
 * tests, never on the tests' classpath: it carries Jetty 11, its Servlet API, Jackson 2 and Guava,
 * which would clash with Spring Boot 4's. One server for every test of a JVM, started on first use
 * and stopped when the JVM ends (or by {@link #stop()}; the next {@link #shared()} starts another).
 *
 * <p>The tests' credentials reach the site the way production ones do, through the AWS SDK's
 * default chain: as the system properties {@code aws.accessKeyId} and {@code aws.secretAccessKey}
 * (the environment variables are the same chain's next link).
 */
final class S3CompatibleServer {

    static final String ACCESS_KEY = "newsdesk-test";
    static final String SECRET_KEY = "newsdesk-test-secret";
    static final String REGION = "us-east-1";
    static final Path JAR = Path.of("target", "s3proxy", "s3proxy.jar");
    private static final Duration START = Duration.ofSeconds(90);

    private static S3CompatibleServer shared;

    private final Process process;
    private final int port;
    private final Path log;

    private S3CompatibleServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The running server, started now if there is none. */
    static synchronized S3CompatibleServer shared() {
        if (shared == null || !shared.process.isAlive()) {
            shared = start();
        }
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
        return shared;
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** The settings of an S3 store on {@code bucket} of this server (path-style: the server is an address, not a domain). */
    MediaStoreProperties.S3 settings(String bucket, String prefix) {
        return new MediaStoreProperties.S3(endpoint(), REGION, bucket, true, prefix, false);
    }

    /** The site's settings ({@code name=value}) for {@code newsdesk.media.store=s3} on {@code bucket}. */
    String[] siteSettings(String bucket, String prefix) {
        return new String[] {"newsdesk.media.store=s3", "newsdesk.media.s3.endpoint=" + endpoint(),
                "newsdesk.media.s3.region=" + REGION, "newsdesk.media.s3.bucket=" + bucket,
                "newsdesk.media.s3.path-style=true", "newsdesk.media.s3.prefix=" + prefix};
    }

    /** A client of the tests' own, to make buckets and look at what the site stored. */
    S3Client client() {
        return S3MediaStore.client(settings("any", ""),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)));
    }

    /** A new, empty bucket. */
    String createBucket(String purpose) {
        String bucket = purpose + "-" + Long.toHexString(System.nanoTime());
        try (S3Client client = client()) {
            client.createBucket(request -> request.bucket(bucket));
        }
        return bucket;
    }

    static synchronized void stop() {
        if (shared != null) {
            shared.process.destroy();
            try {
                shared.process.waitFor();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            shared = null;
        }
    }

    private static S3CompatibleServer start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: Maven copies S3Proxy there before the integration tests "
                    + "(./mvnw verify, or ./mvnw pre-integration-test once)");
        }
        try {
            int port = freePort();
            Path folder = Files.createDirectories(Path.of("target", "s3proxy"));
            Path settings = folder.resolve("s3proxy-" + port + ".conf");
            Files.writeString(settings, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=transient",
                    "jclouds.identity=unused",
                    "jclouds.credential=unused", ""));
            Path log = folder.resolve("s3proxy-" + port + ".log");
            Process process = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "--properties", settings.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            S3CompatibleServer server = new S3CompatibleServer(process, port, log);
            server.awaitListening();
            return server;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the server takes connections; fails with its log if it stops or never does. */
    private void awaitListening() throws IOException {
        try {
            Eventually.within(START, () -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("S3Proxy stopped at start");
                }
                return listening();
            });
        }
        catch (RuntimeException e) {
            process.destroyForcibly();
            throw new IllegalStateException("S3Proxy did not start within " + START + " (" + e.getMessage() + "): "
                    + Files.readString(log), e);
        }
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        }
        catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
