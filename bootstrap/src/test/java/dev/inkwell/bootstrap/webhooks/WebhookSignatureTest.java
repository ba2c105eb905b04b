package dev.inkwell.bootstrap.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    /** The expected value was computed with Python's hmac module, as a receiver would. */
    @Test
    void the_header_is_the_timestamp_and_the_hmac_of_timestamp_dot_body_keyed_with_the_utf8_secret() {
        assertThat(WebhookSignature.header("s3crét", 1_700_000_000L, BODY)).isEqualTo(
                "t=1700000000,v1=49a907f8b60dff2938ddee37a4e2b69350e0928015b74e4505396c3a17a19af7");
    }

    @Test
    void another_secret_time_or_body_gives_another_signature() {
        String base = WebhookSignature.hmac("secret", 1, BODY);
        assertThat(WebhookSignature.hmac("secret2", 1, BODY)).isNotEqualTo(base);
        assertThat(WebhookSignature.hmac("secret", 2, BODY)).isNotEqualTo(base);
        assertThat(WebhookSignature.hmac("secret", 1, "{}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(base);
        assertThat(base).hasSize(64).matches("[0-9a-f]+");
    }
}
