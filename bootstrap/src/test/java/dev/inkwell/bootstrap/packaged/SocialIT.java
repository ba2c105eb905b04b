package dev.inkwell.bootstrap.packaged;

import dev.inkwell.bootstrap.api.SocialApiTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SocialApiTest}'s scenarios (tags, follows, favorites, the following feed) against the packaged artifact. */
@QuarkusIntegrationTest
class SocialIT extends SocialApiTest {
}
