package dev.inkwell.adapters.persistence.revision;

import static dev.inkwell.adapters.persistence.shared.Rows.instant;
import static dev.inkwell.adapters.persistence.shared.Rows.string;
import static dev.inkwell.adapters.persistence.shared.Rows.uuid;

import dev.inkwell.adapters.persistence.shared.SqlProjections;
import dev.inkwell.adapters.persistence.shared.SqlQuery;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostViews.AuthorRef;
import dev.inkwell.application.port.model.RevisionViews.RevisionDetail;
import dev.inkwell.application.port.model.RevisionViews.RevisionSummary;
import dev.inkwell.application.port.out.PostRevisions;
import dev.inkwell.domain.post.Excerpt;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PostText;
import dev.inkwell.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code post_revisions} (V8). A revision's number is the post's last one plus one, taken in the
 * statement that inserts it: writers of one post are ordered by the lock on the post's row, which
 * they write first, and the primary key (post, number) refuses a duplicate in any case.
 */
@ApplicationScoped
public class RevisionPersistenceAdapter implements PostRevisions {

    /** The editor is shown while they are an active user; a deleted one leaves no name behind. */
    private static final String COLUMNS = "select r.number, r.title, r.excerpt, r.created_at, u.id as editor_id,"
            + " u.username as editor_username, u.name as editor_name";
    private static final String FROM = " from post_revisions r left join users u on u.id = r.editor_id"
            + " and u.deleted_at is null";

    private final EntityManager em;
    private final SqlProjections sql;

    @Inject
    public RevisionPersistenceAdapter(EntityManager em, SqlProjections sql) {
        this.em = em;
        this.sql = sql;
    }

    @Override
    public void append(PostId post, PostText text, UserId editor, Instant at) {
        em.createNativeQuery("insert into post_revisions (post_id, number, title, excerpt, content, editor_id,"
                        + " created_at) select :post, coalesce(max(number), 0) + 1, :title, cast(:excerpt as varchar),"
                        + " :content, :editor, :at from post_revisions where post_id = :post")
                .setParameter("post", post.value())
                .setParameter("title", text.title().value())
                .setParameter("excerpt", text.optionalExcerpt().map(Excerpt::value).orElse(null))
                .setParameter("content", text.content().value())
                .setParameter("editor", editor.value())
                .setParameter("at", at)
                .executeUpdate();
    }

    /** One statement: the page, each row with the post's last number, which is how many it has. */
    @Override
    public Page<RevisionSummary> list(PostId post, PageRequest page) {
        List<Tuple> rows = sql.rows(new SqlQuery(COLUMNS
                + ", (select max(m.number) from post_revisions m where m.post_id = :post) as total" + FROM
                + " where r.post_id = :post order by r.number desc limit :limit offset :offset",
                new LinkedHashMap<>(Map.of("post", post.value(), "limit", page.limit(), "offset", page.offset()))));
        List<RevisionSummary> items = rows.stream().map(RevisionPersistenceAdapter::summary).toList();
        return SqlProjections.page(items, page, () -> rows.isEmpty()
                ? sql.count(new SqlQuery("select count(*) from post_revisions where post_id = :post",
                        new LinkedHashMap<>(Map.of("post", post.value()))))
                : ((Number) rows.get(0).get("total")).longValue());
    }

    @Override
    public Optional<RevisionDetail> find(PostId post, int number) {
        return sql.rows(new SqlQuery(COLUMNS + ", r.content" + FROM + " where r.post_id = :post and r.number = :number",
                        new LinkedHashMap<>(Map.of("post", post.value(), "number", number))))
                .stream().findFirst().map(row -> new RevisionDetail(summary(row), string(row, "content")));
    }

    private static RevisionSummary summary(Tuple row) {
        UUID editor = (UUID) row.get("editor_id");
        return new RevisionSummary(((Number) row.get("number")).intValue(), string(row, "title"),
                string(row, "excerpt"), instant(row, "created_at"), editor == null ? null
                : new AuthorRef(uuid(row, "editor_id"), string(row, "editor_username"), string(row, "editor_name")));
    }
}
