package dev.inkwell.bootstrap.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Short-hands for the HTTP tests: registering, logging in, authorised requests. */
public final class Api {

    public static final String ADMIN_EMAIL = "admin@inkwell.test";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "correct-horse-42";
    public static final String PROBLEM_JSON = "application/problem+json";

    private Api() {
    }

    /** A registered user with a unique e-mail, and a token for them. */
    public record TestUser(String id, String email, String username, String token) {
        public RequestSpecification as() {
            return asToken(token);
        }
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification asToken(String token) {
        return json().header("Authorization", "Bearer " + token);
    }

    public static Map<String, Object> registration(String name) {
        Map<String, Object> body = new HashMap<>();
        String handle = unique(name.toLowerCase().replaceAll("[^a-z]", ""));
        body.put("email", handle + "@example.com");
        body.put("password", PASSWORD);
        body.put("name", name);
        body.put("username", handle);
        return body;
    }

    public static TestUser register(String name) {
        Map<String, Object> body = registration(name);
        String id = json().body(body).post("/users").then().statusCode(201).extract().path("id");
        String email = (String) body.get("email");
        return new TestUser(id, email, (String) body.get("username"), login(email, PASSWORD));
    }

    public static String login(String email, String password) {
        return json().body(Map.of("email", email, "password", password))
                .post("/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    private static String adminToken;

    /**
     * The bootstrap admin's token, logged in once per test JVM (bcrypt is slow on purpose) — and
     * again when the service no longer knows it: after a failed test the packaged suite restarts
     * the service on a fresh database, and one failure must not turn every later admin call into 401.
     */
    public static synchronized String adminToken() {
        if (adminToken != null && asToken(adminToken).get("/auth/me").statusCode() == 401) {
            adminToken = null;
        }
        if (adminToken == null) {
            adminToken = login(ADMIN_EMAIL, ADMIN_PASSWORD);
        }
        return adminToken;
    }

    public static String adminId() {
        return asToken(adminToken()).get("/auth/me").then().statusCode(200).extract().path("id");
    }

    /** A draft by {@code author}; returns the response body's id and slug. */
    public static Post createPost(TestUser author, String title, String... categoryIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("content", "Content of " + title);
        body.put("categoryIds", java.util.List.of(categoryIds));
        var response = author.as().body(body).post("/posts").then().statusCode(201).extract();
        return new Post(response.path("id"), response.path("slug"));
    }

    public static Post publishedPost(TestUser author, String title, String... categoryIds) {
        Post post = createPost(author, title, categoryIds);
        author.as().post("/posts/" + post.id() + "/publish").then().statusCode(200);
        return post;
    }

    public static String comment(TestUser writer, Post post, String content) {
        return writer.as().body(Map.of("content", content)).post("/posts/" + post.id() + "/comments")
                .then().statusCode(201).extract().path("id");
    }

    /** A category created by the bootstrap admin; returns its id and slug. */
    public static Category createCategory(String name, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parentId", parentId);
        var response = asToken(adminToken()).body(body).post("/categories").then().statusCode(201).extract();
        return new Category(response.path("id"), response.path("slug"));
    }

    /**
     * A problem+json error of this status and kind ({@code https://inkwell.dev/problems/<kind>}),
     * with every RFC 9457 member and nothing internal (no exception, stack frame or class name).
     */
    public static void assertProblem(Response response, int status, String kind) {
        response.then().statusCode(status).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://inkwell.dev/problems/" + kind))
                .body("title", notNullValue())
                .body("status", equalTo(status))
                .body("detail", notNullValue())
                .body("instance", notNullValue());
        assertThat(response.asString())
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("dev.inkwell");
    }

    public record Post(String id, String slug) {
    }

    public record Category(String id, String slug) {
    }

    /** Promotes a user (as the bootstrap admin) and returns a fresh token for them. */
    public static void setRole(TestUser user, String role) {
        asToken(adminToken()).body(Map.of("role", role)).put("/users/" + user.id() + "/role")
                .then().statusCode(200);
    }
}
