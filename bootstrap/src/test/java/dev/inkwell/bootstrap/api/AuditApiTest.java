package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.PROBLEM_JSON;
import static dev.inkwell.bootstrap.support.Api.asToken;
import static dev.inkwell.bootstrap.support.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class AuditApiTest {

    @Test
    void every_user_change_is_audited_with_its_actor_newest_first() {
        TestUser user = Api.register("Audited");
        String admin = Api.adminToken();
        String adminId = Api.adminId();
        user.as().body(Map.of("name", "Audited Again")).patch("/users/" + user.id()).then().statusCode(200);
        asToken(admin).body(Map.of("role", "MODERATOR")).put("/users/" + user.id() + "/role").then().statusCode(200);
        user.as().delete("/users/" + user.id()).then().statusCode(204);
        asToken(admin).queryParam("permanent", "true").delete("/users/" + user.id()).then().statusCode(204);

        asToken(admin).queryParam("entityType", "USER").queryParam("entityId", user.id()).get("/admin/audit")
                .then().statusCode(200)
                .body("data.action", equalTo(List.of("USER_PURGED", "USER_DELETED", "USER_ROLE_CHANGED",
                        "USER_UPDATED", "USER_REGISTERED")))
                .body("data.actorId", equalTo(java.util.Arrays.asList(adminId, user.id(), adminId, user.id(), null)))
                .body("data[2].details.from", equalTo("USER"))
                .body("data[2].details.to", equalTo("MODERATOR"))
                .body("data[3].details.name", equalTo("Audited Again"))
                .body("data.entityType", everyItem(equalTo("USER")))
                .body("data.occurredAt", everyItem(notNullValue()))
                .body("meta.total", equalTo(5));
    }

    @Test
    void failed_logins_are_audited_with_the_account_when_it_exists() {
        TestUser user = Api.register("Forgetful");
        json().body(Map.of("email", user.email(), "password", "wrong-password")).post("/auth/login").then().statusCode(401);
        String unknownEmail = Api.unique("ghost") + "@example.com";
        json().body(Map.of("email", unknownEmail, "password", "whatever-1")).post("/auth/login").then().statusCode(401);
        String admin = Api.adminToken();

        asToken(admin).queryParam("entityId", user.id()).get("/admin/audit").then().statusCode(200)
                .body("data[0].action", equalTo("LOGIN_FAILED"))
                .body("data[0].actorId", nullValue())
                .body("data[0].details.reason", equalTo("WRONG_PASSWORD"));
        asToken(admin).queryParam("limit", 100).get("/admin/audit").then().statusCode(200)
                .body("data.find { it.details.email == '" + unknownEmail + "' }.action", equalTo("LOGIN_FAILED"))
                .body("data.find { it.details.email == '" + unknownEmail + "' }.entityId", nullValue());
    }

    @Test
    void audit_can_be_filtered_by_actor_and_paged() {
        TestUser user = Api.register("Busy");
        for (String name : List.of("One", "Two", "Three")) {
            user.as().body(Map.of("name", name)).patch("/users/" + user.id()).then().statusCode(200);
        }
        String admin = Api.adminToken();
        asToken(admin).queryParam("actorId", user.id()).queryParam("limit", 2).get("/admin/audit").then().statusCode(200)
                .body("data", hasSize(2))
                .body("data[0].details.name", equalTo("Three"))
                .body("data.actorId", everyItem(equalTo(user.id())))
                .body("meta.total", equalTo(3)).body("meta.pages", equalTo(2));
    }

    @Test
    void the_audit_log_is_for_admins_only() {
        json().get("/admin/audit").then().statusCode(401).contentType(PROBLEM_JSON);
        TestUser moderator = Api.register("Nosy Mod");
        Api.setRole(moderator, "MODERATOR");
        moderator.as().get("/admin/audit").then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void bad_filters_are_400_naming_each_field() {
        asToken(Api.adminToken()).queryParam("entityType", "SPACESHIP").queryParam("entityId", "nope")
                .queryParam("actorId", "12").queryParam("limit", "0").get("/admin/audit")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("entityType", "entityId", "actorId", "limit"));
        asToken(Api.adminToken()).queryParam("entityId", UUID.randomUUID()).get("/admin/audit")
                .then().statusCode(200).body("meta.total", equalTo(0));
    }
}
