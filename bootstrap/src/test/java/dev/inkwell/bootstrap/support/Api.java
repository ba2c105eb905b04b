package dev.inkwell.bootstrap.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
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

    public static String adminToken() {
        return login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public static String adminId() {
        return asToken(adminToken()).get("/auth/me").then().statusCode(200).extract().path("id");
    }

    /** Promotes a user (as the bootstrap admin) and returns a fresh token for them. */
    public static void setRole(TestUser user, String role) {
        asToken(adminToken()).body(Map.of("role", role)).put("/users/" + user.id() + "/role")
                .then().statusCode(200);
    }
}
