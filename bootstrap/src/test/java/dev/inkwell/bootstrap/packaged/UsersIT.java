package dev.inkwell.bootstrap.packaged;

import dev.inkwell.bootstrap.api.UsersApiTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link UsersApiTest}'s scenarios (users, profiles and roles) against the packaged artifact. */
@QuarkusIntegrationTest
class UsersIT extends UsersApiTest {
}
