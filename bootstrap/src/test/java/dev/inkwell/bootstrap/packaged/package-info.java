/**
 * The packaged service, tested from outside: every {@code *IT} class here is a
 * {@code @QuarkusIntegrationTest}. {@code ./mvnw verify} runs them against the jar
 * ({@code target/quarkus-app/quarkus-run.jar}); {@code ./mvnw verify -Dnative} against the native
 * executable. Either runs in the production profile against the embedded PostgreSQL that
 * {@link dev.inkwell.bootstrap.support.EmbeddedPostgresResource} starts and hands over as
 * configuration, with JWT keys from PEM files: what a deployment gives it.
 *
 * <p>They talk HTTP only (no injection, no SQL), share one database, and so make every name
 * unique. They cover each area of the contract with the paths where a native image differs
 * from the JVM: JSON (de)serialisation of every body, Unicode normalisation of slugs, bcrypt,
 * JWT signing with configured keys, jsonb audit details, native SQL projections, full-text
 * search, the cache, problem+json errors and the Swagger UI's static resources.
 */
package dev.inkwell.bootstrap.packaged;
