package dev.inkwell.bootstrap.api;

import static dev.inkwell.bootstrap.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.inkwell.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The RealWorld API under /api, written from its specification ({@code ../shared/conduit/}): shapes,
 * status codes, the error shape, both token schemes, CORS, and that it is the same core as
 * Inkwell's own API (one user, one post, one comment through either door; drafts never under /api).
 */
@QuarkusTest
public class ConduitApiTest {

    static final String ISO_MILLIS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

    /** A RealWorld user: registered through /api, with its token. */
    record Reader(String username, String email, String token) {
        RequestSpecification signedIn() {
            return json().header("Authorization", "Token " + token);
        }
    }

    static Reader signUp(String name) {
        String handle = Api.unique(name.toLowerCase());
        String email = handle + "@example.com";
        Response response = json().body(Map.of("user", Map.of("username", handle, "email", email,
                "password", Api.PASSWORD))).post("/api/users");
        response.then().statusCode(201);
        return new Reader(handle, email, response.path("user.token"));
    }

    static Map<String, Object> article(String title, String... tags) {
        Map<String, Object> article = new HashMap<>();
        article.put("title", title);
        article.put("description", "About " + title);
        article.put("body", "Body of " + title);
        article.put("tagList", List.of(tags));
        return Map.of("article", article);
    }

    static String publish(Reader author, String title, String... tags) {
        return author.signedIn().body(article(title, tags)).post("/api/articles").then().statusCode(201)
                .extract().path("article.slug");
    }

    /** What RealWorld clients send for favorite, follow and deletes: no body, but a JSON content type. */
    static RequestSpecification bodiless(Reader reader) {
        return given().header("Authorization", "Token " + reader.token()).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    @Test
    void registration_answers_201_with_the_user_and_a_token_that_works_with_both_schemes() {
        String handle = Api.unique("Jacob");
        String email = handle.toLowerCase() + "@jake.jake";
        Response registered = json().body(Map.of("user", Map.of("username", handle, "email", email,
                "password", "jakejake"))).post("/api/users");
        registered.then().statusCode(201).contentType(containsString("application/json"))
                .body("user.email", equalTo(email))
                .body("user.username", equalTo(handle.toLowerCase()))
                .body("user.bio", nullValue()).body("user.image", nullValue())
                .body("user", hasKey("bio")).body("user", hasKey("image"))
                .body("user.token", notNullValue());
        String token = registered.path("user.token");
        json().header("Authorization", "Token " + token).get("/api/user").then().statusCode(200)
                .body("user.username", equalTo(handle.toLowerCase())).body("user.token", equalTo(token));
        json().header("Authorization", "Bearer " + token).get("/api/user").then().statusCode(200)
                .body("user.email", equalTo(email));
    }

    @Test
    void a_user_registered_through_api_logs_in_through_inkwells_own_door_and_back() {
        Reader jake = signUp("Jake");
        String inkwellToken = Api.login(jake.email(), Api.PASSWORD);
        Api.asToken(inkwellToken).get("/auth/me").then().statusCode(200).body("username", equalTo(jake.username()));
        Api.TestUser ada = Api.register("Ada Door");
        json().body(Map.of("user", Map.of("email", ada.email(), "password", Api.PASSWORD))).post("/api/users/login")
                .then().statusCode(200).body("user.username", equalTo(ada.username()))
                .body("user.token", notNullValue());
    }

    @Test
    void login_failures_are_401_and_missing_or_bad_fields_422_in_realworlds_error_shape() {
        Reader jake = signUp("Wrong");
        json().body(Map.of("user", Map.of("email", jake.email(), "password", "not-the-password")))
                .post("/api/users/login").then().statusCode(401).contentType(containsString("application/json"))
                .body("errors.body", hasItem(notNullValue()));
        json().body(Map.of()).post("/api/users/login").then().statusCode(422).body("errors.user", hasItem("can't be blank"));
        json().body("{\"user\":").post("/api/users/login").then().statusCode(422).body("errors", notNullValue());
        json().body(Map.of("user", Map.of("username", "x", "email", "not-an-email", "password", "short")))
                .post("/api/users").then().statusCode(422)
                .body("errors.email", notNullValue()).body("errors.password", notNullValue())
                .body("errors.username", notNullValue());
    }

    @Test
    void a_taken_email_or_username_is_422_as_the_spec_expects() {
        Reader jake = signUp("Taken");
        json().body(Map.of("user", Map.of("username", Api.unique("other"), "email", jake.email(),
                "password", Api.PASSWORD))).post("/api/users").then().statusCode(422)
                .body("errors.email", contains("has already been taken"));
        json().body(Map.of("user", Map.of("username", jake.username(), "email", Api.unique("other") + "@example.com",
                "password", Api.PASSWORD))).post("/api/users").then().statusCode(422)
                .body("errors.username", contains("has already been taken"));
    }

    @Test
    void the_current_user_needs_a_token_and_updates_itself() {
        json().get("/api/user").then().statusCode(401).body("errors.body", hasItem(notNullValue()));
        json().header("Authorization", "Token not-a-jwt").get("/api/user").then().statusCode(401);
        Reader jake = signUp("Update");
        String newEmail = Api.unique("moved") + "@example.com";
        jake.signedIn().body(Map.of("user", Map.of("email", newEmail, "bio", "I like to skateboard",
                "image", "https://i.stack.imgur.com/xHWG8.jpg"))).put("/api/user").then().statusCode(200)
                .body("user.email", equalTo(newEmail)).body("user.bio", equalTo("I like to skateboard"))
                .body("user.image", equalTo("https://i.stack.imgur.com/xHWG8.jpg"))
                .body("user.token", equalTo(jake.token()));
        // RealWorld's settings form sends every field, the empty image and password included
        Map<String, Object> form = new HashMap<>();
        form.put("email", newEmail);
        form.put("username", jake.username());
        form.put("bio", "");
        form.put("image", "");
        form.put("password", "a-brand-new-password");
        jake.signedIn().body(Map.of("user", form)).put("/api/user").then().statusCode(200)
                .body("user.bio", equalTo("")).body("user.image", equalTo("https://i.stack.imgur.com/xHWG8.jpg"));
        json().body(Map.of("user", Map.of("email", newEmail, "password", "a-brand-new-password")))
                .post("/api/users/login").then().statusCode(200);
        jake.signedIn().body(Map.of("user", Map.of("image", "not a url"))).put("/api/user").then().statusCode(422)
                .body("errors.image", notNullValue());
    }

    @Test
    void profiles_follow_and_unfollow_idempotently_with_bodiless_json_requests() {
        Reader jake = signUp("Follower");
        Reader celeb = signUp("Celeb");
        json().get("/api/profiles/" + celeb.username()).then().statusCode(200)
                .body("profile.username", equalTo(celeb.username())).body("profile.following", equalTo(false))
                .body("profile", hasKey("bio")).body("profile", hasKey("image"));
        for (int i = 0; i < 2; i++) {
            bodiless(jake).post("/api/profiles/" + celeb.username() + "/follow").then().statusCode(200)
                    .body("profile.following", equalTo(true));
        }
        jake.signedIn().get("/api/profiles/" + celeb.username()).then().body("profile.following", equalTo(true));
        json().get("/api/profiles/" + celeb.username()).then().body("profile.following", equalTo(false));
        bodiless(jake).delete("/api/profiles/" + celeb.username() + "/follow").then().statusCode(200)
                .body("profile.following", equalTo(false));
        bodiless(jake).delete("/api/profiles/" + celeb.username() + "/follow").then().statusCode(200);
        bodiless(jake).post("/api/profiles/" + jake.username() + "/follow").then().statusCode(422)
                .body("errors", notNullValue());
        json().get("/api/profiles/nobody-" + UUID.randomUUID()).then().statusCode(404)
                .body("errors.body", hasItem(notNullValue()));
        json().contentType(ContentType.JSON).post("/api/profiles/" + celeb.username() + "/follow").then()
                .statusCode(401);
    }

    @Test
    void an_article_is_created_published_and_read_in_the_specs_shape() {
        Reader jake = signUp("Author");
        Response created = jake.signedIn().body(article("How to train your dragon", "Dragons", "training", "dragons"))
                .post("/api/articles");
        created.then().statusCode(201)
                .body("article.slug", equalTo("how-to-train-your-dragon" + suffixOf(created.path("article.slug"))))
                .body("article.title", equalTo("How to train your dragon"))
                .body("article.description", equalTo("About How to train your dragon"))
                .body("article.body", equalTo("Body of How to train your dragon"))
                .body("article.tagList", contains("dragons", "training"))
                .body("article.createdAt", matchesPattern(ISO_MILLIS))
                .body("article.updatedAt", matchesPattern(ISO_MILLIS))
                .body("article.favorited", equalTo(false))
                .body("article.favoritesCount", equalTo(0))
                .body("article.author.username", equalTo(jake.username()))
                .body("article.author.following", equalTo(false))
                .body("article.author", hasKey("bio")).body("article.author", hasKey("image"));
        String slug = created.path("article.slug");
        json().get("/api/articles/" + slug).then().statusCode(200).body("article.slug", equalTo(slug))
                .body("article.body", equalTo("Body of How to train your dragon"));
        json().queryParam("author", jake.username()).get("/api/articles").then().statusCode(200)
                .body("articlesCount", equalTo(1)).body("articles[0].slug", equalTo(slug))
                .body("articles[0]", not(hasKey("body"))).body("articles[0].tagList", contains("dragons", "training"));
        json().get("/api/articles/no-such-article-" + UUID.randomUUID()).then().statusCode(404)
                .body("errors.body", hasItem(notNullValue()));
        jake.signedIn().body(Map.of("article", Map.of("title", "t", "body", "b"))).post("/api/articles").then()
                .statusCode(422).body("errors.description", notNullValue());
        jake.signedIn().body(Map.of("article", Map.of("description", "d"))).post("/api/articles").then()
                .statusCode(422).body("errors.title", notNullValue()).body("errors.body", notNullValue());
        json().body(article("Anonymous")).post("/api/articles").then().statusCode(401);
    }

    private static String suffixOf(String slug) {
        return slug.substring("how-to-train-your-dragon".length());
    }

    @Test
    void an_update_keeps_the_slug_and_only_the_author_updates_or_deletes() {
        Reader jake = signUp("Editor");
        Reader other = signUp("Intruder");
        String slug = publish(jake, "Original title " + UUID.randomUUID());
        jake.signedIn().body(Map.of("article", Map.of("title", "A new title", "body", "New body"))).put("/api/articles/" + slug)
                .then().statusCode(200).body("article.slug", equalTo(slug)).body("article.title", equalTo("A new title"))
                .body("article.body", equalTo("New body"));
        other.signedIn().body(Map.of("article", Map.of("title", "Hijacked"))).put("/api/articles/" + slug).then()
                .statusCode(403).body("errors.body", hasItem(notNullValue()));
        bodiless(other).delete("/api/articles/" + slug).then().statusCode(403);
        bodiless(jake).delete("/api/articles/" + slug).then().statusCode(204);
        json().get("/api/articles/" + slug).then().statusCode(404);
    }

    @Test
    void favorites_are_idempotent_counted_and_filter_the_list() {
        Reader jake = signUp("Fan");
        Reader author = signUp("Favorited");
        String slug = publish(author, "Favorite me " + UUID.randomUUID());
        for (int i = 0; i < 2; i++) {
            bodiless(jake).post("/api/articles/" + slug + "/favorite").then().statusCode(200)
                    .body("article.favorited", equalTo(true)).body("article.favoritesCount", equalTo(1));
        }
        jake.signedIn().queryParam("favorited", jake.username()).get("/api/articles").then().statusCode(200)
                .body("articlesCount", equalTo(1)).body("articles[0].slug", equalTo(slug))
                .body("articles[0].favorited", equalTo(true));
        json().queryParam("favorited", jake.username()).get("/api/articles").then()
                .body("articles[0].favorited", equalTo(false)).body("articles[0].favoritesCount", equalTo(1));
        bodiless(jake).delete("/api/articles/" + slug + "/favorite").then().statusCode(200)
                .body("article.favorited", equalTo(false)).body("article.favoritesCount", equalTo(0));
        bodiless(jake).delete("/api/articles/" + slug + "/favorite").then().statusCode(200);
        json().queryParam("favorited", jake.username()).get("/api/articles").then().body("articlesCount", equalTo(0))
                .body("articles", empty());
    }

    @Test
    void the_feed_has_the_articles_of_followed_authors_and_needs_a_token() {
        Reader jake = signUp("Feeder");
        Reader followed = signUp("Followed");
        Reader ignored = signUp("Ignored");
        String first = publish(followed, "First " + UUID.randomUUID());
        publish(ignored, "Ignored " + UUID.randomUUID());
        String second = publish(followed, "Second " + UUID.randomUUID());
        bodiless(jake).post("/api/profiles/" + followed.username() + "/follow").then().statusCode(200);
        jake.signedIn().get("/api/articles/feed").then().statusCode(200).body("articlesCount", equalTo(2))
                .body("articles.slug", contains(second, first)).body("articles[0].author.following", equalTo(true))
                .body("articles[0]", not(hasKey("body")));
        jake.signedIn().queryParam("limit", 1).queryParam("offset", 1).get("/api/articles/feed").then()
                .body("articles.slug", contains(first)).body("articlesCount", equalTo(2));
        json().get("/api/articles/feed").then().statusCode(401);
    }

    @Test
    void lists_take_tag_author_limit_and_offset_and_refuse_bad_numbers_with_422() {
        Reader jake = signUp("Lister");
        String tag = Api.unique("tag");
        String a = publish(jake, "A " + UUID.randomUUID(), tag);
        String b = publish(jake, "B " + UUID.randomUUID(), tag);
        String c = publish(jake, "C " + UUID.randomUUID(), tag);
        json().queryParam("tag", tag).get("/api/articles").then().body("articles.slug", contains(c, b, a))
                .body("articlesCount", equalTo(3));
        json().queryParam("tag", tag).queryParam("limit", 2).queryParam("offset", 1).get("/api/articles").then()
                .body("articles.slug", contains(b, a)).body("articlesCount", equalTo(3));
        json().queryParam("author", jake.username()).queryParam("offset", 3).get("/api/articles").then()
                .body("articles", empty()).body("articlesCount", equalTo(3));
        json().queryParam("limit", "lots").get("/api/articles").then().statusCode(422).body("errors.limit", notNullValue());
        json().queryParam("offset", -1).get("/api/articles").then().statusCode(422).body("errors.offset", notNullValue());
        json().get("/api/tags").then().statusCode(200).body("tags", hasItem(tag));
    }

    @Test
    void comments_are_added_listed_and_deleted_by_their_author_only() {
        Reader author = signUp("Commented");
        Reader jake = signUp("Commenter");
        Reader other = signUp("Bystander");
        String slug = publish(author, "Comment on me " + UUID.randomUUID());
        Response added = jake.signedIn().body(Map.of("comment", Map.of("body", "His name was my name too.")))
                .post("/api/articles/" + slug + "/comments");
        added.then().statusCode(200).body("comment.id", notNullValue()).body("comment.body", equalTo("His name was my name too."))
                .body("comment.createdAt", matchesPattern(ISO_MILLIS)).body("comment.updatedAt", matchesPattern(ISO_MILLIS))
                .body("comment.author.username", equalTo(jake.username()));
        String id = added.path("comment.id");
        json().get("/api/articles/" + slug + "/comments").then().statusCode(200)
                .body("comments.id", contains(id)).body("comments[0].author.following", equalTo(false));
        bodiless(other).delete("/api/articles/" + slug + "/comments/" + id).then().statusCode(403);
        String elsewhere = publish(author, "Another article " + UUID.randomUUID());
        bodiless(jake).delete("/api/articles/" + elsewhere + "/comments/" + id).then().statusCode(404);
        json().get("/api/articles/" + slug + "/comments").then().body("comments.id", contains(id));
        bodiless(jake).delete("/api/articles/" + slug + "/comments/" + id).then().statusCode(204);
        json().get("/api/articles/" + slug + "/comments").then().body("comments", empty());
        jake.signedIn().body(Map.of("comment", Map.of("body", ""))).post("/api/articles/" + slug + "/comments").then()
                .statusCode(422).body("errors.body", notNullValue());
        bodiless(jake).delete("/api/articles/" + slug + "/comments/not-an-id").then().statusCode(404);
    }

    @Test
    void drafts_never_appear_under_api_not_even_for_their_author() {
        Api.TestUser author = Api.register("Drafter");
        Api.Post draft = Api.createPost(author, "A draft " + UUID.randomUUID());
        Api.asToken(author.token()).get("/api/articles/" + draft.slug()).then().statusCode(404);
        json().header("Authorization", "Token " + author.token()).get("/api/articles/" + draft.slug()).then()
                .statusCode(404);
        json().queryParam("author", author.username()).get("/api/articles").then().body("articlesCount", equalTo(0));
        String article = "/api/articles/" + draft.slug();
        Api.asToken(author.token()).get(article + "/comments").then().statusCode(404).body("errors.body", hasSize(1));
        Api.asToken(author.token()).body("{\"comment\":{\"body\":\"hi\"}}").post(article + "/comments").then()
                .statusCode(404);
        Api.asToken(author.token()).post(article + "/favorite").then().statusCode(404);
        Api.asToken(author.token()).body("{\"article\":{\"body\":\"x\"}}").put(article).then().statusCode(404);
        Api.asToken(author.token()).delete(article).then().statusCode(404);
        Api.asToken(author.token()).post("/posts/" + draft.id() + "/publish").then().statusCode(200);
        json().get("/api/articles/" + draft.slug()).then().statusCode(200).body("article.slug", equalTo(draft.slug()));
    }

    @Test
    void a_browser_on_another_origin_may_use_every_method_with_the_authorization_header() {
        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
            given().header("Origin", "https://demo.realworld.show").header("Access-Control-Request-Method", method)
                    .header("Access-Control-Request-Headers", "authorization,content-type")
                    .options("/api/articles/some-slug").then().statusCode(204)
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Access-Control-Allow-Methods", containsString(method))
                    .header("Access-Control-Allow-Headers", containsString("authorization"));
        }
        given().header("Origin", "https://demo.realworld.show").get("/api/tags").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
        given().header("Origin", "https://demo.realworld.show").get("/api/user").then().statusCode(401)
                .header("Access-Control-Allow-Origin", "*");
        String own = given().header("Origin", "https://demo.realworld.show").get("/posts").then().statusCode(200)
                .extract().header("Access-Control-Allow-Origin");
        assertThat(own).as("Inkwell's own API sends no CORS headers").isNull();
    }
}
