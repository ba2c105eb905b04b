package dev.inkwell.bootstrap.demo;

import static dev.inkwell.bootstrap.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The demo content: absent outside dev mode, complete and loaded once when enabled. */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demoData;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void demo_data_is_off_outside_dev_mode_and_loads_once_with_every_kind_of_content() {
        Sql sql = new Sql(dataSource);
        assertThat(ConfigProvider.getConfig().getOptionalValue("inkwell.demo-data", Boolean.class)).isEmpty();
        assertThat(sql.count("select count(*) from users where email = ?", DemoData.MODERATOR_EMAIL)).isZero();

        demoData.onStart(null, true, Optional.of(Api.ADMIN_EMAIL));
        demoData.onStart(null, true, Optional.of(Api.ADMIN_EMAIL));

        assertThat(sql.count("select count(*) from users where email like '%@inkwell.dev'")).isEqualTo(3);
        assertThat(sql.string("select role from users where email = ?", DemoData.MODERATOR_EMAIL)).isEqualTo("MODERATOR");
        String ada = Api.login("ada@inkwell.dev", DemoData.PASSWORD);
        json().get("/posts/hello-world-ca-va").then().statusCode(200)
                .body("title", equalTo("Héllo, Wörld! Ça va?")).body("commentCount", equalTo(2))
                .body("tags", org.hamcrest.Matchers.contains("unicode", "welcome")).body("favoritesCount", equalTo(1));
        assertThat(sql.count("select count(*) from follows f join users u on u.id = f.follower_id"
                + " where u.email like '%@inkwell.dev'")).isEqualTo(2);
        json().get("/categories/technology").then().statusCode(200).body("children.slug", hasItem("java"));
        Api.asToken(ada).get("/posts/drafts").then().statusCode(200).body("meta.total", equalTo(1));
    }
}
