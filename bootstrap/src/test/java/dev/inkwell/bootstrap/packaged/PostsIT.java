package dev.inkwell.bootstrap.packaged;

import dev.inkwell.bootstrap.api.PostsApiTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PostsApiTest}'s scenarios (posts, slugs and publishing) against the packaged artifact. */
@QuarkusIntegrationTest
class PostsIT extends PostsApiTest {
}
