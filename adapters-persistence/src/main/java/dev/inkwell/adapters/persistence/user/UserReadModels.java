package dev.inkwell.adapters.persistence.user;

import static dev.inkwell.adapters.persistence.shared.Rows.instant;
import static dev.inkwell.adapters.persistence.shared.Rows.number;
import static dev.inkwell.adapters.persistence.shared.Rows.string;
import static dev.inkwell.adapters.persistence.shared.Rows.uuid;

import dev.inkwell.adapters.persistence.shared.LikePatterns;
import dev.inkwell.adapters.persistence.shared.SqlProjections;
import dev.inkwell.adapters.persistence.shared.SqlQuery;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.RecentPost;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.application.port.model.UserView.ProfileView;
import dev.inkwell.application.port.out.UserQueries;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** User read models as SQL projections: a page of users is one statement for the rows and one for the total. */
@ApplicationScoped
public class UserReadModels implements UserQueries {

    private static final String FROM = " from users u left join profiles pr on pr.user_id = u.id"
            + " where u.deleted_at is null";
    private static final String COLUMNS = "select u.id, u.email, u.username, u.name, u.role, u.created_at,"
            + " u.updated_at, u.followers_count, u.following_count, pr.bio, pr.avatar, pr.website";
    private static final String SEARCH = " and (lower(u.email) like :term escape '!'"
            + " or lower(u.name) like :term escape '!')";

    private final SqlProjections sql;

    @Inject
    public UserReadModels(SqlProjections sql) {
        this.sql = sql;
    }

    @Override
    public Page<UserView> findActive(String search, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (search != null) {
            params.put("term", LikePatterns.containsIgnoreCase(search));
        }
        String where = search == null ? FROM : FROM + SEARCH;
        Map<String, Object> pageParams = new LinkedHashMap<>(params);
        pageParams.put("limit", page.limit());
        pageParams.put("offset", page.offset());
        List<UserView> items = sql.rows(new SqlQuery(COLUMNS + where
                        + " order by u.created_at desc, u.id desc limit :limit offset :offset", pageParams))
                .stream().map(UserReadModels::privateView).toList();
        return SqlProjections.page(items, page, () -> sql.count(new SqlQuery("select count(*)" + where, params)));
    }

    @Override
    public Optional<UserView> accountOf(UserId id) {
        return sql.rows(new SqlQuery(COLUMNS + FROM + " and u.id = :id", Map.of("id", id.value()))).stream()
                .map(UserReadModels::privateView).findFirst();
    }

    @Override
    public List<RecentPost> recentPosts(UserId author, boolean includeDrafts, int limit) {
        String query = "select id, title, slug, published from posts where author_id = :author"
                + (includeDrafts ? "" : " and published")
                + " order by created_at desc, id desc limit :limit";
        return sql.rows(new SqlQuery(query, Map.of("author", author.value(), "limit", limit))).stream()
                .map(r -> new RecentPost(uuid(r, "id"), string(r, "title"), string(r, "slug"),
                        r.get("published", Boolean.class)))
                .toList();
    }

    private static UserView privateView(Tuple r) {
        String bio = string(r, "bio");
        String avatar = string(r, "avatar");
        String website = string(r, "website");
        ProfileView profile = bio == null && avatar == null && website == null ? null
                : new ProfileView(bio, avatar, website);
        return new UserView(uuid(r, "id"), string(r, "email"), string(r, "username"), string(r, "name"),
                Role.valueOf(string(r, "role")), instant(r, "created_at"), instant(r, "updated_at"), profile,
                number(r, "followers_count"), number(r, "following_count"));
    }
}
