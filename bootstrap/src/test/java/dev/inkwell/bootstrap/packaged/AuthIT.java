package dev.inkwell.bootstrap.packaged;

import dev.inkwell.bootstrap.api.AuthApiTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link AuthApiTest}'s scenarios (logging in and tokens) against the packaged artifact. */
@QuarkusIntegrationTest
class AuthIT extends AuthApiTest {
}
