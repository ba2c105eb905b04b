/**
 * The packaged service, tested from outside: every {@code *IT} class here is a
 * {@code @QuarkusIntegrationTest}. {@code ./mvnw verify} runs them against the jar
 * ({@code target/quarkus-app/quarkus-run.jar}); {@code ./mvnw verify -Dnative} against the native
 * executable. Either runs in the production profile against the embedded PostgreSQL that
 * {@link dev.inkwell.bootstrap.support.EmbeddedPostgresResource} starts and hands over as
 * configuration, with JWT keys from PEM files: what a deployment gives it.
 *
 * <p>Each {@code XIT} extends the {@code XApiTest} of {@code ..api} and so runs exactly the
 * scenarios the in-process suite runs, spelled once: HTTP through RestAssured, and where a scenario
 * arranges or checks rows directly, SQL through {@link dev.inkwell.bootstrap.support.TestDatabase},
 * which reaches the same database from the test JVM in both modes. Only what needs the process
 * itself stays in-process ({@code DatabaseOutageTest} cuts a proxy between service and database;
 * the persistence and architecture tests inject beans). {@code NativeExecutableIT} reads the
 * executable file and runs for the native build only.
 */
package dev.inkwell.bootstrap.packaged;
