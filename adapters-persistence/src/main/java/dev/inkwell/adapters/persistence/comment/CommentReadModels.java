package dev.inkwell.adapters.persistence.comment;

import static dev.inkwell.adapters.persistence.shared.Rows.author;
import static dev.inkwell.adapters.persistence.shared.Rows.instant;
import static dev.inkwell.adapters.persistence.shared.Rows.number;
import static dev.inkwell.adapters.persistence.shared.Rows.string;
import static dev.inkwell.adapters.persistence.shared.Rows.uuid;

import dev.inkwell.adapters.persistence.shared.SqlProjections;
import dev.inkwell.adapters.persistence.shared.SqlQuery;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostViews.CommentView;
import dev.inkwell.application.port.out.CommentQueries;
import dev.inkwell.domain.comment.CommentId;
import dev.inkwell.domain.post.PostId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Comment read models as SQL projections: a page is one statement for the rows and one for the total. */
@ApplicationScoped
public class CommentReadModels implements CommentQueries {

    private final SqlProjections sql;

    @Inject
    public CommentReadModels(SqlProjections sql) {
        this.sql = sql;
    }

    @Override
    public Page<CommentView> forPost(PostId post, PageRequest page) {
        List<Tuple> rows = sql.rows(CommentSql.ofPost(post.value(), page.limit(), page.offset()));
        List<CommentView> items = rows.stream().map(CommentReadModels::view).toList();
        if (!rows.isEmpty()) {
            return new Page<>(items, page.page(), page.limit(), number(rows.get(0), "total"));
        }
        return SqlProjections.page(items, page, () -> sql.count(CommentSql.countOfPost(post.value())));
    }

    @Override
    public Optional<CommentView> byId(CommentId id) {
        return views(CommentSql.byId(id.value())).stream().findFirst();
    }

    /** The newest comments of a post, as its page shows them. */
    public List<CommentView> newest(UUID post, int limit, long offset) {
        return views(CommentSql.ofPost(post, limit, offset));
    }

    private List<CommentView> views(SqlQuery query) {
        return sql.rows(query).stream().map(CommentReadModels::view).toList();
    }

    private static CommentView view(Tuple r) {
        return new CommentView(uuid(r, "id"), string(r, "content"), instant(r, "created_at"),
                instant(r, "updated_at"), author(r));
    }
}
