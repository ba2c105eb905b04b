-- Issue 11 (bootstrap/docs/performance.md): reads whose cost grew with the table.
--   * every page of GET /posts counted all matching posts (count(*)) for meta.total;
--   * every post summary counted its comments with a sub-query, also for the rows an OFFSET skips;
--   * GET /posts/popular grouped every comment in the database on each cache miss.
-- The numbers are now kept by triggers in the writing transaction (exact whoever writes: any
-- instance, any code path, a fix in psql), like categories.post_count (V4). Counted, as before:
--   posts.comment_count          comments on the post whose author is active
--   users.published_post_count   the user's published posts (read for ?author=, an active user)
--   post_totals.published_count  published posts of active authors (the unfiltered total)

ALTER TABLE posts ADD COLUMN comment_count integer NOT NULL DEFAULT 0 CHECK (comment_count >= 0);
ALTER TABLE users ADD COLUMN published_post_count integer NOT NULL DEFAULT 0 CHECK (published_post_count >= 0);
CREATE TABLE post_totals (
    id              boolean PRIMARY KEY DEFAULT true CHECK (id),
    published_count bigint  NOT NULL CHECK (published_count >= 0)
);
INSERT INTO post_totals (id, published_count) VALUES (true, 0);

-- GET /posts/popular: most comments first, then newest; an index scan that stops after one page.
CREATE INDEX posts_popular_idx ON posts (comment_count DESC, published_at DESC, id DESC) WHERE published;

-- GET /posts?page=N: the page's ids from the index alone (author included), skipping the authors
-- that hide their posts, who are the few soft-deleted ones (PostSql.publishedPage).
DROP INDEX posts_published_idx;
CREATE INDEX posts_published_idx ON posts (published_at DESC, id DESC) INCLUDE (author_id) WHERE published;
CREATE INDEX users_deleted_idx ON users (id) WHERE deleted_at IS NOT NULL;

CREATE FUNCTION inkwell_user_is_active(author uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM users u WHERE u.id = author AND u.deleted_at IS NULL)
$$;

-- a comment added or removed (or, should it ever happen, moved or re-attributed)
CREATE FUNCTION inkwell_comments_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND inkwell_user_is_active(OLD.author_id) THEN
        UPDATE posts SET comment_count = comment_count - 1 WHERE id = OLD.post_id;
    END IF;
    IF TG_OP <> 'DELETE' AND inkwell_user_is_active(NEW.author_id) THEN
        UPDATE posts SET comment_count = comment_count + 1 WHERE id = NEW.post_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER comments_count AFTER INSERT OR DELETE OR UPDATE OF post_id, author_id ON comments
    FOR EACH ROW EXECUTE FUNCTION inkwell_comments_count();

-- a post created, published, unpublished, deleted (or moved to another author)
CREATE FUNCTION inkwell_posts_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.published = OLD.published AND NEW.author_id = OLD.author_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' AND OLD.published THEN
        UPDATE users SET published_post_count = published_post_count - 1 WHERE id = OLD.author_id;
        IF inkwell_user_is_active(OLD.author_id) THEN
            UPDATE post_totals SET published_count = published_count - 1;
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.published THEN
        UPDATE users SET published_post_count = published_post_count + 1 WHERE id = NEW.author_id;
        IF inkwell_user_is_active(NEW.author_id) THEN
            UPDATE post_totals SET published_count = published_count + 1;
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER posts_totals AFTER INSERT OR DELETE OR UPDATE OF published, author_id ON posts
    FOR EACH ROW EXECUTE FUNCTION inkwell_posts_totals();

-- a user soft-deleted or restored: their published posts and their comments, all at once. A user
-- removed for good gives them back before the cascade (whose row triggers then find the author
-- gone and count nothing twice).
CREATE FUNCTION inkwell_users_activity(author uuid, delta integer) RETURNS void LANGUAGE sql AS $$
    UPDATE post_totals SET published_count = published_count
        + delta * (SELECT u.published_post_count FROM users u WHERE u.id = author);
    UPDATE posts p SET comment_count = p.comment_count + delta * n.comments
    FROM (SELECT c.post_id, count(*) AS comments FROM comments c WHERE c.author_id = author GROUP BY c.post_id) n
    WHERE p.id = n.post_id;
$$;
CREATE FUNCTION inkwell_users_activity_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.deleted_at IS NULL THEN
            PERFORM inkwell_users_activity(OLD.id, -1);
        END IF;
        RETURN OLD;
    END IF;
    IF (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) THEN
        PERFORM inkwell_users_activity(NEW.id, CASE WHEN NEW.deleted_at IS NULL THEN 1 ELSE -1 END);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER users_activity_on_update AFTER UPDATE OF deleted_at ON users
    FOR EACH ROW EXECUTE FUNCTION inkwell_users_activity_on_change();
CREATE TRIGGER users_activity_before_delete BEFORE DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION inkwell_users_activity_on_change();

-- Every maintained number from the rows themselves: the backfill below, the benchmark's bulk
-- load (which inserts with triggers off), and a repair should anyone ever doubt a counter.
-- Writes only the rows whose number is wrong.
CREATE FUNCTION inkwell_recount() RETURNS void LANGUAGE sql AS $$
    UPDATE categories c SET post_count = n.posts
    FROM (SELECT c2.id, count(p.id) AS posts FROM categories c2
          LEFT JOIN post_categories pc ON pc.category_id = c2.id
          LEFT JOIN posts p ON p.id = pc.post_id AND p.published
               AND EXISTS (SELECT 1 FROM users u WHERE u.id = p.author_id AND u.deleted_at IS NULL)
          GROUP BY c2.id) n
    WHERE c.id = n.id AND c.post_count <> n.posts;
    UPDATE posts p SET comment_count = coalesce(n.comments, 0)
    FROM posts p2 LEFT JOIN (SELECT c.post_id, count(*) AS comments FROM comments c
                             JOIN users u ON u.id = c.author_id AND u.deleted_at IS NULL GROUP BY c.post_id) n
                  ON n.post_id = p2.id
    WHERE p.id = p2.id AND p.comment_count <> coalesce(n.comments, 0);
    UPDATE users u SET published_post_count = coalesce(n.posts, 0)
    FROM users u2 LEFT JOIN (SELECT author_id, count(*) AS posts FROM posts WHERE published GROUP BY author_id) n
                  ON n.author_id = u2.id
    WHERE u.id = u2.id AND u.published_post_count <> coalesce(n.posts, 0);
    UPDATE post_totals SET published_count = (SELECT count(*) FROM posts p JOIN users u ON u.id = p.author_id
                                              AND u.deleted_at IS NULL WHERE p.published);
$$;

SELECT inkwell_recount();
