-- GET /categories showed each category's number of published posts of active authors with a
-- count(*) per category on every request: seconds at 100 000 posts (the benchmark,
-- bootstrap/docs/performance.md). The number is now kept on the category by triggers, so that it
-- is exact whatever writes (any instance, any code path, a manual fix in psql) and costs nothing
-- to read. Counted: rows of post_categories whose post is published and whose author is active.

ALTER TABLE categories ADD COLUMN post_count integer NOT NULL DEFAULT 0 CHECK (post_count >= 0);

CREATE FUNCTION inkwell_post_is_counted(post uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM posts p JOIN users u ON u.id = p.author_id AND u.deleted_at IS NULL
                   WHERE p.id = post AND p.published)
$$;

-- a post filed under / taken out of a category (also when a post is created or edited)
CREATE FUNCTION inkwell_post_categories_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF inkwell_post_is_counted(NEW.post_id) THEN
            UPDATE categories SET post_count = post_count + 1 WHERE id = NEW.category_id;
        END IF;
        RETURN NEW;
    ELSE
        -- a post being deleted has already given its counts back (posts_count_before_delete)
        IF inkwell_post_is_counted(OLD.post_id) THEN
            UPDATE categories SET post_count = post_count - 1 WHERE id = OLD.category_id;
        END IF;
        RETURN OLD;
    END IF;
END $$;
CREATE TRIGGER post_categories_count AFTER INSERT OR DELETE ON post_categories
    FOR EACH ROW EXECUTE FUNCTION inkwell_post_categories_count();

-- add delta to the count of every category a post is filed under
CREATE FUNCTION inkwell_post_categories_add(post uuid, delta integer) RETURNS void LANGUAGE sql AS $$
    UPDATE categories c SET post_count = c.post_count + delta
    FROM post_categories pc WHERE pc.post_id = post AND c.id = pc.category_id
$$;

-- a post published or unpublished
CREATE FUNCTION inkwell_posts_count_on_publish() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.published IS DISTINCT FROM OLD.published
       AND EXISTS (SELECT 1 FROM users u WHERE u.id = NEW.author_id AND u.deleted_at IS NULL) THEN
        PERFORM inkwell_post_categories_add(NEW.id, CASE WHEN NEW.published THEN 1 ELSE -1 END);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER posts_count_on_publish AFTER UPDATE OF published ON posts
    FOR EACH ROW EXECUTE FUNCTION inkwell_posts_count_on_publish();

-- a post deleted: give its counts back while its categories are still there
CREATE FUNCTION inkwell_posts_count_before_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF inkwell_post_is_counted(OLD.id) THEN
        PERFORM inkwell_post_categories_add(OLD.id, -1);
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER posts_count_before_delete BEFORE DELETE ON posts
    FOR EACH ROW EXECUTE FUNCTION inkwell_posts_count_before_delete();

-- an author soft-deleted (or restored), or removed for good: all their published posts at once
CREATE FUNCTION inkwell_users_count(author uuid, delta integer) RETURNS void LANGUAGE sql AS $$
    UPDATE categories c SET post_count = c.post_count + delta * n.posts
    FROM (SELECT pc.category_id, count(*) AS posts FROM posts p JOIN post_categories pc ON pc.post_id = p.id
          WHERE p.author_id = author AND p.published GROUP BY pc.category_id) n
    WHERE c.id = n.category_id
$$;
CREATE FUNCTION inkwell_users_count_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.deleted_at IS NULL THEN
            PERFORM inkwell_users_count(OLD.id, -1);
        END IF;
        RETURN OLD;
    END IF;
    IF (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) THEN
        PERFORM inkwell_users_count(NEW.id, CASE WHEN NEW.deleted_at IS NULL THEN 1 ELSE -1 END);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER users_count_on_update AFTER UPDATE OF deleted_at ON users
    FOR EACH ROW EXECUTE FUNCTION inkwell_users_count_on_change();
CREATE TRIGGER users_count_before_delete BEFORE DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION inkwell_users_count_on_change();

UPDATE categories c SET post_count = (
    SELECT count(*) FROM post_categories pc JOIN posts p ON p.id = pc.post_id AND p.published
    JOIN users u ON u.id = p.author_id AND u.deleted_at IS NULL WHERE pc.category_id = c.id);
