package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The abuse limits of api.md, with small budgets so that a test can reach them. The test client
 * talks from 127.0.0.1, which this profile trusts as a proxy: each scenario names its own client
 * addresses in X-Forwarded-For, as a load balancer in front of Inkwell would.
 */
@QuarkusTest
@TestProfile(AbuseLimitsTest.SmallLimits.class)
class AbuseLimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "inkwell.limits.login-failures", "3",
                    "inkwell.limits.login-per-minute", "6",
                    "inkwell.limits.registrations-per-hour", "3",
                    "inkwell.limits.writes-per-minute", "4",
                    "inkwell.trusted-proxies", "127.0.0.1/32,::1/128");
        }
    }

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    /** A client address of its own (TEST-NET-3), for one scenario. */
    private static String anAddress() {
        int n = NEXT.getAndIncrement();
        return "203.0." + (113 + n / 250) + "." + (n % 250 + 1);
    }

    private static RequestSpecification from(String address) {
        return json().header("X-Forwarded-For", address);
    }

    private static Api.TestUser registerFrom(String address, String name) {
        Map<String, Object> body = Api.registration(name);
        String id = from(address).body(body).post("/users").then().statusCode(201).extract().path("id");
        String email = (String) body.get("email");
        String token = from(anAddress()).body(Map.of("email", email, "password", Api.PASSWORD)).post("/auth/login")
                .then().statusCode(200).extract().path("accessToken");
        return new Api.TestUser(id, email, (String) body.get("username"), token);
    }

    private static Response login(String address, String email, String password) {
        return from(address).body(Map.of("email", email, "password", password)).post("/auth/login");
    }

    private static void expect429(Response response, String detail) {
        response.then().statusCode(429).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://inkwell.dev/problems/too-many-requests"))
                .body("detail", equalTo(detail));
        assertThat(Long.parseLong(response.header("Retry-After"))).isPositive();
    }

    @Test
    void failed_logins_lock_the_account_from_every_address_also_for_the_right_password() {
        Api.TestUser user = registerFrom(anAddress(), "Locked Out");
        for (int i = 0; i < 3; i++) {
            login(anAddress(), user.email(), "wrong-password").then().statusCode(401);
        }
        String locked = "too many failed logins for this account; try again later";
        Response right = login(anAddress(), user.email(), Api.PASSWORD);
        expect429(right, locked);
        assertThat(Long.parseLong(right.header("Retry-After"))).isBetween(890L, 900L);
        expect429(login(anAddress(), user.email().toUpperCase(), Api.PASSWORD), locked);
        // the lock is in PostgreSQL, where every instance sees it
        assertThat(TestDatabase.sql().count("select count(*) from login_locks where account_key = ? and locked_until > now()",
                user.email())).isEqualTo(1);
        // another account is not affected
        Api.TestUser other = registerFrom(anAddress(), "Not Locked");
        login(anAddress(), other.email(), Api.PASSWORD).then().statusCode(200);
    }

    @Test
    void an_unknown_email_gets_the_same_lock_so_the_limit_reveals_no_account() {
        Api.TestUser user = registerFrom(anAddress(), "Known Account");
        String nobody = Api.unique("nobody") + "@example.com";
        for (int i = 0; i < 3; i++) {
            login(anAddress(), user.email(), "wrong-password").then().statusCode(401);
            login(anAddress(), nobody, "wrong-password").then().statusCode(401);
        }
        Response known = login(anAddress(), user.email(), Api.PASSWORD);
        Response unknown = login(anAddress(), nobody, Api.PASSWORD);
        assertThat(unknown.statusCode()).isEqualTo(known.statusCode()).isEqualTo(429);
        assertThat(unknown.jsonPath().getString("detail")).isEqualTo(known.jsonPath().getString("detail"));
        assertThat(unknown.jsonPath().getString("type")).isEqualTo(known.jsonPath().getString("type"));
        assertThat(unknown.header("Retry-After")).isNotBlank();
    }

    @Test
    void one_address_gets_a_bounded_number_of_login_attempts_a_minute_others_are_not_affected() {
        String noisy = anAddress();
        for (int i = 0; i < 6; i++) {
            login(noisy, Api.unique("spray") + "@example.com", "guess").then().statusCode(401);
        }
        expect429(login(noisy, Api.unique("spray") + "@example.com", "guess"),
                "too many login attempts from this address; try again later");
        login(anAddress(), Api.unique("spray") + "@example.com", "guess").then().statusCode(401);
    }

    @Test
    void registrations_per_address_are_limited_and_the_refused_one_writes_nothing() {
        String address = anAddress();
        for (int i = 0; i < 3; i++) {
            from(address).body(Api.registration("Farm")).post("/users").then().statusCode(201);
        }
        Map<String, Object> refused = Api.registration("Farm Refused");
        expect429(from(address).body(refused).post("/users"),
                "too many registrations from this address; try again later");
        assertThat(TestDatabase.sql().count("select count(*) from users where email = ?", refused.get("email"))).isZero();
        from(anAddress()).body(Api.registration("Elsewhere")).post("/users").then().statusCode(201);
    }

    @Test
    void writes_of_every_kind_share_one_budget_per_user() {
        Api.TestUser writer = registerFrom(anAddress(), "Busy Writer");
        String postId = writer.as().body(Map.of("title", "Budget " + Api.unique("p"), "content", "c")).post("/posts")
                .then().statusCode(201).extract().path("id");
        writer.as().post("/posts/" + postId + "/publish").then().statusCode(200);
        writer.as().body(Map.of("content", "one")).post("/posts/" + postId + "/comments").then().statusCode(201);
        writer.as().body(Map.of("excerpt", "edited")).patch("/posts/" + postId).then().statusCode(200);
        Response fifth = writer.as().body(Map.of("content", "two")).post("/posts/" + postId + "/comments");
        expect429(fifth, "too many writes; slow down and try again later");
        assertThat(TestDatabase.sql().count("select count(*) from comments where post_id = ?::uuid", postId)).isEqualTo(1);
        // reads are not writes, and another user has a budget of their own
        writer.as().get("/posts/" + postId + "/comments").then().statusCode(200);
        Api.TestUser other = registerFrom(anAddress(), "Calm Writer");
        other.as().body(Map.of("content", "mine")).post("/posts/" + postId + "/comments").then().statusCode(201);
    }

    @Test
    void x_forwarded_for_is_read_from_the_right_so_a_client_can_not_pick_its_address() {
        String real = anAddress();
        for (int i = 0; i < 6; i++) {
            // a client prepends a different made-up address each time; the proxy appends the real one
            login("10.9." + i + ".1, " + real, Api.unique("spoof") + "@example.com", "guess").then().statusCode(401);
        }
        expect429(login("10.9.99.1, " + real, Api.unique("spoof") + "@example.com", "guess"),
                "too many login attempts from this address; try again later");
    }
}
