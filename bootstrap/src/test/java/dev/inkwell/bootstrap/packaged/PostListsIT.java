package dev.inkwell.bootstrap.packaged;

import dev.inkwell.bootstrap.api.PostListsApiTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PostListsApiTest}'s scenarios (lists, search, the feed and the popular list) against the packaged artifact. */
@QuarkusIntegrationTest
class PostListsIT extends PostListsApiTest {
}
