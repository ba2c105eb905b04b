-- Issue 13: scheduled publishing, revisions, Markdown rendered once.

-- A scheduled post is a draft with a publication time; never both published and scheduled.
ALTER TABLE posts ADD COLUMN scheduled_at timestamptz;
ALTER TABLE posts ADD CONSTRAINT posts_scheduled_is_unpublished CHECK (NOT (published AND scheduled_at IS NOT NULL));

-- The content as readers get it: rendered and sanitised on write, with the reading time (both
-- from the Markdown source, by the service). Null until then: posts written before this migration
-- are rendered at start, because SQL cannot render Markdown or count words as the domain does.
ALTER TABLE posts ADD COLUMN content_html text;
ALTER TABLE posts ADD COLUMN reading_time_minutes integer CHECK (reading_time_minutes >= 1);
ALTER TABLE posts ADD CONSTRAINT posts_rendered_together
    CHECK ((content_html IS NULL) = (reading_time_minutes IS NULL));

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

-- posts whose content_html is null: every post written before this migration, and any written by
-- an older version of the service during a rolling upgrade
CREATE TABLE post_render_queue (
    post_id uuid PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE
);
INSERT INTO post_render_queue (post_id) SELECT id FROM posts;

CREATE FUNCTION inkwell_post_work() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.scheduled_at IS DISTINCT FROM OLD.scheduled_at THEN
        IF NEW.scheduled_at IS NULL THEN
            DELETE FROM post_schedule WHERE post_id = NEW.id;
        ELSE
            INSERT INTO post_schedule (post_id, publish_at) VALUES (NEW.id, NEW.scheduled_at)
            ON CONFLICT (post_id) DO UPDATE SET publish_at = EXCLUDED.publish_at;
        END IF;
    END IF;
    IF NEW.content_html IS NULL THEN
        INSERT INTO post_render_queue (post_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
    ELSIF TG_OP = 'UPDATE' AND OLD.content_html IS NULL THEN
        DELETE FROM post_render_queue WHERE post_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER posts_work_insert AFTER INSERT ON posts FOR EACH ROW
    WHEN (NEW.scheduled_at IS NOT NULL OR NEW.content_html IS NULL)
    EXECUTE FUNCTION inkwell_post_work();
CREATE TRIGGER posts_work_update AFTER UPDATE OF scheduled_at, content_html ON posts FOR EACH ROW
    WHEN (NEW.scheduled_at IS DISTINCT FROM OLD.scheduled_at
          OR (NEW.content_html IS NULL) <> (OLD.content_html IS NULL))
    EXECUTE FUNCTION inkwell_post_work();
