-- Issue 13: scheduled publishing, revisions, Markdown rendered once.

-- A scheduled post is a draft with a publication time; never both published and scheduled.
ALTER TABLE posts ADD COLUMN scheduled_at timestamptz;
ALTER TABLE posts ADD CONSTRAINT posts_scheduled_is_unpublished CHECK (NOT (published AND scheduled_at IS NOT NULL));

-- The content as readers get it: rendered and sanitised on write, with the reading time (both
-- from the Markdown source, by the service). A table of its own, not columns of posts: the lists
-- never read it, and rendering the posts written before this migration (SQL cannot render
-- Markdown as the service does) inserts narrow rows here instead of rewriting every row of posts
-- (and its nine indexes, and its physical order) once.
CREATE TABLE post_contents (
    post_id              uuid    PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
    html                 text    NOT NULL,
    reading_time_minutes integer NOT NULL CHECK (reading_time_minutes >= 1)
);

-- Every create, content edit and restore writes one; revision 1 is the created post. They go with
-- their post; an editor who is deleted for good leaves the revision without an editor.
CREATE TABLE post_revisions (
    post_id    uuid         NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    number     integer      NOT NULL CHECK (number >= 1),
    title      varchar(200) NOT NULL,
    excerpt    varchar(500),
    content    text         NOT NULL,
    editor_id  uuid         REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz  NOT NULL,
    PRIMARY KEY (post_id, number)
);
-- Posts written before revisions existed start their history with what they are now.
INSERT INTO post_revisions (post_id, number, title, excerpt, content, editor_id, created_at)
SELECT id, 1, title, excerpt, content, author_id, updated_at FROM posts;
-- A user's purge sets their revisions' editor to null through this index.
CREATE INDEX post_revisions_editor_idx ON post_revisions (editor_id);

-- The scheduler's and the renderer's work lists. Not partial indexes on posts: every index of a
-- table costs each query on it planning time, and two more on posts made a search 12 % more
-- expensive for the database (pgbench, performance.md, issue 13). Side tables kept by a trigger
-- cost only the writes that change what they list; the claims still lock the posts' rows.
CREATE TABLE post_schedule (
    post_id    uuid        PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
    publish_at timestamptz NOT NULL
);
-- the due ones, oldest first (a handful at any time, whatever the size of posts)
CREATE INDEX post_schedule_due_idx ON post_schedule (publish_at, post_id);

-- posts without a rendering: every post written before this migration, and any a version of the
-- service older than it writes (or changes the content of) during a rolling upgrade
CREATE TABLE post_render_queue (
    post_id uuid PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE
);
INSERT INTO post_render_queue (post_id) SELECT id FROM posts;

CREATE FUNCTION inkwell_post_schedule() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.scheduled_at IS NULL THEN
        DELETE FROM post_schedule WHERE post_id = NEW.id;
    ELSE
        INSERT INTO post_schedule (post_id, publish_at) VALUES (NEW.id, NEW.scheduled_at)
        ON CONFLICT (post_id) DO UPDATE SET publish_at = EXCLUDED.publish_at;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER posts_schedule_insert AFTER INSERT ON posts FOR EACH ROW
    WHEN (NEW.scheduled_at IS NOT NULL) EXECUTE FUNCTION inkwell_post_schedule();
CREATE TRIGGER posts_schedule_update AFTER UPDATE OF scheduled_at ON posts FOR EACH ROW
    WHEN (NEW.scheduled_at IS DISTINCT FROM OLD.scheduled_at) EXECUTE FUNCTION inkwell_post_schedule();

-- A new post, or new content, has no rendering until one is written: the service writes it in the
-- same transaction (its insert takes the post off the queue again); an older version never does,
-- and the background job then renders it.
CREATE FUNCTION inkwell_post_unrendered() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM post_contents WHERE post_id = NEW.id;
    END IF;
    INSERT INTO post_render_queue (post_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER posts_unrendered_insert AFTER INSERT ON posts FOR EACH ROW
    EXECUTE FUNCTION inkwell_post_unrendered();
CREATE TRIGGER posts_unrendered_update AFTER UPDATE OF content ON posts FOR EACH ROW
    WHEN (NEW.content IS DISTINCT FROM OLD.content) EXECUTE FUNCTION inkwell_post_unrendered();

CREATE FUNCTION inkwell_post_rendered() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM post_render_queue WHERE post_id = NEW.post_id;
    RETURN NULL;
END $$;
CREATE TRIGGER post_contents_rendered AFTER INSERT ON post_contents FOR EACH ROW
    EXECUTE FUNCTION inkwell_post_rendered();
