package dev.inkwell.adapters.persistence.social;

import static dev.inkwell.adapters.persistence.shared.Rows.number;
import static dev.inkwell.adapters.persistence.shared.Rows.string;
import static dev.inkwell.adapters.persistence.shared.Rows.uuid;

import dev.inkwell.adapters.persistence.shared.SqlProjections;
import dev.inkwell.adapters.persistence.shared.SqlQuery;
import dev.inkwell.application.port.model.TagCount;
import dev.inkwell.application.port.out.TagQueries;
import dev.inkwell.application.port.out.ViewerRelations;
import dev.inkwell.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads of tags, follows and favorites for display, as SQL projections. */
@ApplicationScoped
public class SocialReadModels implements ViewerRelations, TagQueries {

    private final SqlProjections sql;

    @Inject
    public SocialReadModels(SqlProjections sql) {
        this.sql = sql;
    }

    /** One statement: the viewer's favorites among {@code posts} and follows among {@code users}. */
    @Override
    public Relations of(UserId viewer, Collection<UUID> posts, Collection<UUID> users) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("viewer", viewer.value());
        if (!posts.isEmpty()) {
            parts.add("select 'p' as kind, v.post_id as id from favorites v where v.user_id = :viewer"
                    + " and v.post_id in (:posts)");
            params.put("posts", List.copyOf(posts));
        }
        if (!users.isEmpty()) {
            parts.add("select 'u' as kind, f.followee_id as id from follows f where f.follower_id = :viewer"
                    + " and f.followee_id in (:users)");
            params.put("users", List.copyOf(users));
        }
        if (parts.isEmpty()) {
            return Relations.none();
        }
        Set<UUID> favorited = new HashSet<>();
        Set<UUID> followed = new HashSet<>();
        for (Tuple row : sql.rows(new SqlQuery(String.join(" union all ", parts), params))) {
            ("p".equals(string(row, "kind")) ? favorited : followed).add(uuid(row, "id"));
        }
        return new Relations(favorited, followed);
    }

    /** {@code tags_popular_idx}: one index range, whatever the number of posts and tags. */
    @Override
    public List<TagCount> popular(int limit) {
        return sql.rows(new SqlQuery("select t.name, t.post_count from tags t where t.post_count > 0"
                        + " order by t.post_count desc, t.name collate \"C\" limit " + limit, new LinkedHashMap<>()))
                .stream().map(r -> new TagCount(string(r, "name"), number(r, "post_count"))).toList();
    }
}
