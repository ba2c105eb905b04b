package dev.inkwell.bootstrap.packaged;

import dev.inkwell.bootstrap.api.HttpCachingTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link HttpCachingTest}'s scenarios against the packaged artifact. */
@QuarkusIntegrationTest
class HttpCachingIT extends HttpCachingTest {
}
