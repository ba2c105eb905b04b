-- Issue 12 (api.md Part 2: Tags, Follows and favorites), and lists of one category, one tag or one
-- user's favorites that read an index range of their own instead of walking every published post
-- (a rare category walked the whole posts_published_idx: a cost that grew with the table).
--
-- Kept numbers, exact whoever writes (triggers in the writing transaction, like V4 and V5):
--   tags.post_count          published posts of active authors carrying the tag (GET /tags)
--   posts.favorites_count    favorites by active users
--   users.followers_count    follows of the user by active users
--   users.following_count    follows by the user of active users
-- A soft-deleted user's follows and favorites stop counting, and count again if restored.
--
-- Link rows (post_categories, post_tags, favorites) carry a copy of their post's author and, while
-- the post is published, its publication time, kept by triggers: a page of one category, one tag
-- or one user's favorites is then a range of one index, newest first, whatever the table's size.

-- Copies of the post on its links ----------------------------------------------------------
ALTER TABLE post_categories ADD COLUMN post_author_id uuid, ADD COLUMN post_published_at timestamptz;
UPDATE post_categories pc SET post_author_id = p.author_id,
                              post_published_at = CASE WHEN p.published THEN p.published_at END
FROM posts p WHERE p.id = pc.post_id;
ALTER TABLE post_categories ALTER COLUMN post_author_id SET NOT NULL;
CREATE INDEX post_categories_published_idx ON post_categories (category_id, post_published_at DESC, post_id DESC)
    INCLUDE (post_author_id) WHERE post_published_at IS NOT NULL;

-- Tags -------------------------------------------------------------------------------------
-- A tag is stored normalised by the domain (Tag): trimmed, lower-cased, 1..30 characters.
CREATE TABLE post_tags (
    post_id           uuid        NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    tag               varchar(30) NOT NULL CHECK (length(btrim(tag)) > 0),
    post_author_id    uuid        NOT NULL,
    post_published_at timestamptz,
    PRIMARY KEY (post_id, tag)
);
CREATE INDEX post_tags_published_idx ON post_tags (tag, post_published_at DESC, post_id DESC)
    INCLUDE (post_author_id) WHERE post_published_at IS NOT NULL;

-- One row per tag ever used; GET /tags shows those with published posts, most used first, then by
-- code point ("C" collation: byte order of UTF-8, which is code point order).
CREATE TABLE tags (
    name       varchar(30) PRIMARY KEY,
    post_count integer     NOT NULL DEFAULT 0 CHECK (post_count >= 0)
);
CREATE INDEX tags_popular_idx ON tags (post_count DESC, name COLLATE "C") WHERE post_count > 0;

-- Favorites --------------------------------------------------------------------------------
CREATE TABLE favorites (
    user_id           uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    post_id           uuid        NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    created_at        timestamptz NOT NULL DEFAULT now(),
    post_author_id    uuid        NOT NULL,
    post_published_at timestamptz,
    PRIMARY KEY (user_id, post_id)
);
CREATE INDEX favorites_post_idx ON favorites (post_id, user_id);
CREATE INDEX favorites_published_idx ON favorites (user_id, post_published_at DESC, post_id DESC)
    INCLUDE (post_author_id) WHERE post_published_at IS NOT NULL;
ALTER TABLE posts ADD COLUMN favorites_count integer NOT NULL DEFAULT 0 CHECK (favorites_count >= 0);

-- Follows ----------------------------------------------------------------------------------
CREATE TABLE follows (
    follower_id uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    followee_id uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (follower_id, followee_id),
    CHECK (follower_id <> followee_id)
);
CREATE INDEX follows_followee_idx ON follows (followee_id, follower_id);
ALTER TABLE users ADD COLUMN followers_count integer NOT NULL DEFAULT 0 CHECK (followers_count >= 0),
                  ADD COLUMN following_count integer NOT NULL DEFAULT 0 CHECK (following_count >= 0);

-- Triggers: the copies on the links ---------------------------------------------------------
CREATE FUNCTION inkwell_link_from_post() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT p.author_id, CASE WHEN p.published THEN p.published_at END
    INTO NEW.post_author_id, NEW.post_published_at
    FROM posts p WHERE p.id = NEW.post_id;
    RETURN NEW;
END $$;
CREATE TRIGGER post_categories_from_post BEFORE INSERT OR UPDATE OF post_id ON post_categories
    FOR EACH ROW EXECUTE FUNCTION inkwell_link_from_post();
CREATE TRIGGER post_tags_from_post BEFORE INSERT OR UPDATE OF post_id ON post_tags
    FOR EACH ROW EXECUTE FUNCTION inkwell_link_from_post();
CREATE TRIGGER favorites_from_post BEFORE INSERT OR UPDATE OF post_id ON favorites
    FOR EACH ROW EXECUTE FUNCTION inkwell_link_from_post();

-- a post published, unpublished, re-dated or moved: its links follow
CREATE FUNCTION inkwell_posts_links_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    visible_at timestamptz := CASE WHEN NEW.published THEN NEW.published_at END;
BEGIN
    IF visible_at IS NOT DISTINCT FROM (CASE WHEN OLD.published THEN OLD.published_at END)
       AND NEW.author_id = OLD.author_id THEN
        RETURN NULL;
    END IF;
    UPDATE post_categories SET post_author_id = NEW.author_id, post_published_at = visible_at WHERE post_id = NEW.id;
    UPDATE post_tags SET post_author_id = NEW.author_id, post_published_at = visible_at WHERE post_id = NEW.id;
    UPDATE favorites SET post_author_id = NEW.author_id, post_published_at = visible_at WHERE post_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER posts_links_follow AFTER UPDATE OF published, published_at, author_id ON posts
    FOR EACH ROW EXECUTE FUNCTION inkwell_posts_links_follow();

-- Triggers: tag counts (the same events as V4's category counts) -----------------------------
CREATE FUNCTION inkwell_post_tags_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO tags AS t (name, post_count)
        VALUES (NEW.tag, CASE WHEN inkwell_post_is_counted(NEW.post_id) THEN 1 ELSE 0 END)
        ON CONFLICT (name) DO UPDATE SET post_count = t.post_count + excluded.post_count;
        RETURN NEW;
    END IF;
    -- a post being deleted has already given its counts back (posts_tags_before_delete)
    IF inkwell_post_is_counted(OLD.post_id) THEN
        UPDATE tags SET post_count = post_count - 1 WHERE name = OLD.tag;
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER post_tags_count AFTER INSERT OR DELETE ON post_tags
    FOR EACH ROW EXECUTE FUNCTION inkwell_post_tags_count();

CREATE FUNCTION inkwell_post_tags_add(post uuid, delta integer) RETURNS void LANGUAGE sql AS $$
    UPDATE tags t SET post_count = t.post_count + delta
    FROM post_tags pt WHERE pt.post_id = post AND t.name = pt.tag
$$;

CREATE FUNCTION inkwell_posts_tags_on_publish() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.published IS DISTINCT FROM OLD.published AND inkwell_user_is_active(NEW.author_id) THEN
        PERFORM inkwell_post_tags_add(NEW.id, CASE WHEN NEW.published THEN 1 ELSE -1 END);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER posts_tags_on_publish AFTER UPDATE OF published ON posts
    FOR EACH ROW EXECUTE FUNCTION inkwell_posts_tags_on_publish();

CREATE FUNCTION inkwell_posts_tags_before_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF inkwell_post_is_counted(OLD.id) THEN
        PERFORM inkwell_post_tags_add(OLD.id, -1);
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER posts_tags_before_delete BEFORE DELETE ON posts
    FOR EACH ROW EXECUTE FUNCTION inkwell_posts_tags_before_delete();

-- Triggers: favorites and follows -------------------------------------------------------------
CREATE FUNCTION inkwell_favorites_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF inkwell_user_is_active(NEW.user_id) THEN
            UPDATE posts SET favorites_count = favorites_count + 1 WHERE id = NEW.post_id;
        END IF;
        RETURN NULL;
    END IF;
    IF inkwell_user_is_active(OLD.user_id) THEN
        UPDATE posts SET favorites_count = favorites_count - 1 WHERE id = OLD.post_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER favorites_count AFTER INSERT OR DELETE ON favorites
    FOR EACH ROW EXECUTE FUNCTION inkwell_favorites_count();

-- Both users' rows change: they are locked in id order, so that A following B while B follows A
-- cannot deadlock.
CREATE FUNCTION inkwell_follows_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    f record;
    delta integer;
BEGIN
    IF TG_OP = 'INSERT' THEN f := NEW; delta := 1; ELSE f := OLD; delta := -1; END IF;
    PERFORM 1 FROM users WHERE id IN (f.follower_id, f.followee_id) ORDER BY id FOR UPDATE;
    IF inkwell_user_is_active(f.follower_id) THEN
        UPDATE users SET followers_count = followers_count + delta WHERE id = f.followee_id;
    END IF;
    IF inkwell_user_is_active(f.followee_id) THEN
        UPDATE users SET following_count = following_count + delta WHERE id = f.follower_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER follows_count AFTER INSERT OR DELETE ON follows
    FOR EACH ROW EXECUTE FUNCTION inkwell_follows_count();

-- A user soft-deleted or restored (delta -1 / +1), or removed for good (-1, before the cascade,
-- whose row triggers then find the user gone and count nothing twice).
CREATE FUNCTION inkwell_users_social(who uuid, delta integer) RETURNS void LANGUAGE sql AS $$
    UPDATE users u SET followers_count = u.followers_count + delta
    FROM follows f WHERE f.follower_id = who AND u.id = f.followee_id;
    UPDATE users u SET following_count = u.following_count + delta
    FROM follows f WHERE f.followee_id = who AND u.id = f.follower_id;
    UPDATE posts p SET favorites_count = p.favorites_count + delta
    FROM favorites v WHERE v.user_id = who AND p.id = v.post_id;
    UPDATE tags t SET post_count = t.post_count + delta * n.posts
    FROM (SELECT pt.tag, count(*) AS posts FROM post_tags pt
          WHERE pt.post_author_id = who AND pt.post_published_at IS NOT NULL GROUP BY pt.tag) n
    WHERE t.name = n.tag;
$$;

-- One dispatcher for everything a user's visibility changes (V4's categories, V5's totals and
-- comments, the above), replacing the two trigger pairs V4 and V5 installed.
DROP TRIGGER users_count_on_update ON users;
DROP TRIGGER users_count_before_delete ON users;
DROP TRIGGER users_activity_on_update ON users;
DROP TRIGGER users_activity_before_delete ON users;
DROP FUNCTION inkwell_users_count_on_change();
DROP FUNCTION inkwell_users_activity_on_change();
CREATE FUNCTION inkwell_users_visibility(who uuid, delta integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM inkwell_users_count(who, delta);
    PERFORM inkwell_users_activity(who, delta);
    PERFORM inkwell_users_social(who, delta);
END $$;
CREATE FUNCTION inkwell_users_visibility_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.deleted_at IS NULL THEN
            PERFORM inkwell_users_visibility(OLD.id, -1);
        END IF;
        RETURN OLD;
    END IF;
    IF (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) THEN
        PERFORM inkwell_users_visibility(NEW.id, CASE WHEN NEW.deleted_at IS NULL THEN 1 ELSE -1 END);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER users_visibility_on_update AFTER UPDATE OF deleted_at ON users
    FOR EACH ROW EXECUTE FUNCTION inkwell_users_visibility_on_change();
CREATE TRIGGER users_visibility_before_delete BEFORE DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION inkwell_users_visibility_on_change();

-- Every kept number and every copy from the rows themselves (V5's and these): the benchmark's
-- bulk load (triggers off) and a repair. Writes only the rows that are wrong.
CREATE FUNCTION inkwell_recount_v6() RETURNS void LANGUAGE sql AS $$
    UPDATE post_categories l SET post_author_id = p.author_id,
                                 post_published_at = CASE WHEN p.published THEN p.published_at END
    FROM posts p WHERE p.id = l.post_id
      AND (l.post_author_id IS DISTINCT FROM p.author_id
           OR l.post_published_at IS DISTINCT FROM CASE WHEN p.published THEN p.published_at END);
    UPDATE post_tags l SET post_author_id = p.author_id,
                           post_published_at = CASE WHEN p.published THEN p.published_at END
    FROM posts p WHERE p.id = l.post_id
      AND (l.post_author_id IS DISTINCT FROM p.author_id
           OR l.post_published_at IS DISTINCT FROM CASE WHEN p.published THEN p.published_at END);
    UPDATE favorites l SET post_author_id = p.author_id,
                           post_published_at = CASE WHEN p.published THEN p.published_at END
    FROM posts p WHERE p.id = l.post_id
      AND (l.post_author_id IS DISTINCT FROM p.author_id
           OR l.post_published_at IS DISTINCT FROM CASE WHEN p.published THEN p.published_at END);
    INSERT INTO tags (name) SELECT DISTINCT tag FROM post_tags ON CONFLICT (name) DO NOTHING;
    UPDATE tags t SET post_count = coalesce(n.posts, 0)
    FROM tags t2 LEFT JOIN (SELECT pt.tag, count(*) AS posts FROM post_tags pt
                            JOIN users u ON u.id = pt.post_author_id AND u.deleted_at IS NULL
                            WHERE pt.post_published_at IS NOT NULL GROUP BY pt.tag) n ON n.tag = t2.name
    WHERE t.name = t2.name AND t.post_count <> coalesce(n.posts, 0);
    UPDATE posts p SET favorites_count = coalesce(n.favorites, 0)
    FROM posts p2 LEFT JOIN (SELECT v.post_id, count(*) AS favorites FROM favorites v
                             JOIN users u ON u.id = v.user_id AND u.deleted_at IS NULL GROUP BY v.post_id) n
                  ON n.post_id = p2.id
    WHERE p.id = p2.id AND p.favorites_count <> coalesce(n.favorites, 0);
    UPDATE users u SET followers_count = coalesce(n.follows, 0)
    FROM users u2 LEFT JOIN (SELECT f.followee_id, count(*) AS follows FROM follows f
                             JOIN users a ON a.id = f.follower_id AND a.deleted_at IS NULL GROUP BY f.followee_id) n
                  ON n.followee_id = u2.id
    WHERE u.id = u2.id AND u.followers_count <> coalesce(n.follows, 0);
    UPDATE users u SET following_count = coalesce(n.follows, 0)
    FROM users u2 LEFT JOIN (SELECT f.follower_id, count(*) AS follows FROM follows f
                             JOIN users a ON a.id = f.followee_id AND a.deleted_at IS NULL GROUP BY f.follower_id) n
                  ON n.follower_id = u2.id
    WHERE u.id = u2.id AND u.following_count <> coalesce(n.follows, 0);
$$;

-- inkwell_recount() stays the one repair: it now also runs the above (the copies first, which
-- nothing in V5's part reads).
ALTER FUNCTION inkwell_recount() RENAME TO inkwell_recount_v5;
CREATE FUNCTION inkwell_recount() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM inkwell_recount_v6();
    PERFORM inkwell_recount_v5();
END $$;
