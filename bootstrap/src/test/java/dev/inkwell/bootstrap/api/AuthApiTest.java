package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.PASSWORD;
import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.asToken;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class AuthApiTest {

    @Test
    void login_returns_a_bearer_token_for_the_user_and_never_the_password_hash() {
        TestUser user = Api.register("Login Person");
        Response response = json().body(Map.of("email", user.email().toUpperCase(), "password", PASSWORD))
                .post("/auth/login");
        response.then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(3600))
                .body("user.id", equalTo(user.id()))
                .body("user.email", equalTo(user.email()))
                .body("user.role", equalTo("USER"))
                .body("user", not(org.hamcrest.Matchers.hasKey("password")))
                .body("user", not(org.hamcrest.Matchers.hasKey("passwordHash")));
        assertThat(response.asString()).doesNotContain("$2a$");

        Map<?, ?> claims = claims(response.path("accessToken"));
        assertThat(claims.get("sub")).isEqualTo(user.id());
        assertThat(claims.get("iss")).isEqualTo("https://inkwell.dev");
        assertThat(claims.get("groups")).isEqualTo(java.util.List.of("USER"));
        assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue()).isEqualTo(3600);
        assertThat(header(response.path("accessToken")).get("alg")).isEqualTo("RS256");
    }

    @Test
    void unknown_email_wrong_password_and_deleted_account_get_one_identical_401() {
        TestUser deleted = Api.register("Soon Gone");
        deleted.as().delete("/users/" + deleted.id()).then().statusCode(204);
        TestUser active = Api.register("Still Here");

        String unknown = failedLogin("nobody-" + active.email(), PASSWORD);
        String wrongPassword = failedLogin(active.email(), "not-the-password");
        String deletedAccount = failedLogin(deleted.email(), PASSWORD);

        assertThat(unknown).isEqualTo(wrongPassword).isEqualTo(deletedAccount).isEqualTo("invalid email or password");
    }

    @Test
    void login_with_blank_or_missing_fields_is_a_400_validation_problem() {
        json().body(Map.of("email", "", "password", "x")).post("/auth/login")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("email"));
        json().body(Map.of("email", "a@b.co")).post("/auth/login")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("password"));
    }

    @Test
    void me_returns_the_caller_as_a_private_user() {
        TestUser user = Api.register("Me Myself");
        user.as().get("/auth/me").then().statusCode(200)
                .body("id", equalTo(user.id()))
                .body("email", equalTo(user.email()))
                .body("username", equalTo(user.username()))
                .body("profile", nullValue());
    }

    @Test
    void me_without_a_valid_token_is_401_problem_json() {
        json().get("/auth/me").then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        asToken("not-a-jwt").get("/auth/me").then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void an_invalid_token_is_a_401_even_on_a_public_endpoint_rather_than_silent_anonymity() {
        TestUser user = Api.register("Public Page");
        asToken("garbage").get("/users/" + user.id()).then().statusCode(401).contentType(PROBLEM_JSON);
        json().get("/users/" + user.id()).then().statusCode(200);
    }

    @Test
    void expired_tokens_and_tokens_of_another_issuer_are_refused() {
        TestUser user = Api.register("Token Tester");
        Instant past = Instant.now().minusSeconds(7200);
        String expired = Jwt.issuer("https://inkwell.dev").subject(user.id()).groups(Set.of("USER"))
                .issuedAt(past).expiresAt(past.plusSeconds(60)).sign();
        asToken(expired).get("/auth/me").then().statusCode(401).contentType(PROBLEM_JSON);

        String foreign = Jwt.issuer("https://elsewhere.example").subject(user.id()).groups(Set.of("ADMIN")).sign();
        asToken(foreign).get("/auth/me").then().statusCode(401).contentType(PROBLEM_JSON);
    }

    /** The library's default clock skew would accept this token for another 50 s. */
    @Test
    void a_token_is_refused_within_five_seconds_of_its_expiry() {
        TestUser user = Api.register("Skew Tester");
        Instant now = Instant.now();
        String justExpired = Jwt.issuer("https://inkwell.dev").subject(user.id()).groups(Set.of("USER"))
                .issuedAt(now.minusSeconds(600)).expiresAt(now.minusSeconds(8)).sign();
        asToken(justExpired).get("/auth/me").then().statusCode(401).contentType(PROBLEM_JSON);
        String stillValid = Jwt.issuer("https://inkwell.dev").subject(user.id()).groups(Set.of("USER"))
                .issuedAt(now.minusSeconds(600)).expiresAt(now.plusSeconds(30)).sign();
        asToken(stillValid).get("/auth/me").then().statusCode(200);
    }

    @Test
    void a_token_forged_with_another_key_is_refused() throws Exception {
        TestUser user = Api.register("Forgery Target");
        String forged = Jwt.issuer("https://inkwell.dev").subject(user.id()).groups(Set.of("ADMIN"))
                .sign(KeyUtils.generateKeyPair(2048).getPrivate());
        asToken(forged).get("/auth/me").then().statusCode(401);
    }

    @Test
    void a_deleted_users_token_is_no_longer_honoured() {
        TestUser user = Api.register("Deleted Later");
        user.as().get("/auth/me").then().statusCode(200);
        asToken(Api.adminToken()).delete("/users/" + user.id()).then().statusCode(204);
        user.as().get("/auth/me").then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void the_role_is_the_users_current_role_not_the_one_in_the_token() {
        TestUser user = Api.register("Promoted Later");
        user.as().get("/users").then().statusCode(403);
        Api.setRole(user, "MODERATOR");
        // the same token, issued when the user was a USER
        user.as().get("/users").then().statusCode(200);
        user.as().get("/auth/me").then().statusCode(200).body("role", equalTo("MODERATOR"));
        Api.setRole(user, "USER");
        user.as().get("/users").then().statusCode(403);
    }

    @Test
    void the_bootstrap_admin_exists_with_role_admin_and_username_admin() {
        asToken(Api.adminToken()).get("/auth/me").then().statusCode(200)
                .body("role", equalTo("ADMIN")).body("username", equalTo("admin"))
                .body("email", equalTo(Api.ADMIN_EMAIL));
    }

    private static String failedLogin(String email, String password) {
        return json().body(Map.of("email", email, "password", password)).post("/auth/login")
                .then().statusCode(401).contentType(PROBLEM_JSON).extract().path("detail");
    }

    private static Map<?, ?> claims(String token) {
        return decodePart(token, 1);
    }

    private static Map<?, ?> header(String token) {
        return decodePart(token, 0);
    }

    private static Map<?, ?> decodePart(String token, int index) {
        String json = new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(json).getMap("");
    }
}
