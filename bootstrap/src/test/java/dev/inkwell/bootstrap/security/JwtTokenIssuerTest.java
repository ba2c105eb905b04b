package dev.inkwell.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.port.out.TokenIssuer.IssuedToken;
import dev.inkwell.domain.user.DisplayName;
import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.PasswordHash;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.Username;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** inkwell.jwt.lifetime and mp.jwt.verify.issuer shape the tokens (signed with the test profile's key). */
@QuarkusTest
class JwtTokenIssuerTest {

    @Test
    void the_lifetime_and_issuer_come_from_configuration() {
        Instant now = Instant.parse("2026-11-21T14:20:00Z");
        JwtTokenIssuer issuer = new JwtTokenIssuer("https://blog.example", Duration.ofMinutes(5),
                Clock.fixed(now, ZoneOffset.UTC));
        User user = User.register(new Email("ada@example.com"), new Username("ada"), new DisplayName("Ada"),
                new PasswordHash("h"), null, now);

        IssuedToken token = issuer.issueFor(user.id(), user.username(), user.role());

        assertThat(token.expiresInSeconds()).isEqualTo(300);
        JsonPath claims = JsonPath.from(new String(Base64.getUrlDecoder().decode(token.value().split("\\.")[1]),
                StandardCharsets.UTF_8));
        assertThat(claims.getLong("iat")).isEqualTo(now.getEpochSecond());
        assertThat(claims.getLong("exp")).isEqualTo(now.plusSeconds(300).getEpochSecond());
        assertThat(claims.getString("iss")).isEqualTo("https://blog.example");
        assertThat(claims.getString("sub")).isEqualTo(user.id().toString());
        assertThat(claims.getList("groups")).containsExactly("USER");
    }
}
