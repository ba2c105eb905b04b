-- Issue 13: scheduled publishing, revisions, Markdown rendered once.

-- A scheduled post is a draft with a publication time; never both published and scheduled.
ALTER TABLE posts ADD COLUMN scheduled_at timestamptz;
ALTER TABLE posts ADD CONSTRAINT posts_scheduled_is_unpublished CHECK (NOT (published AND scheduled_at IS NOT NULL));
-- What the scheduler claims: the due ones, oldest first (a handful at any time, whatever the table).
CREATE INDEX posts_scheduled_idx ON posts (scheduled_at, id) WHERE scheduled_at IS NOT NULL;

-- The content as readers get it: rendered and sanitised on write, with the reading time (both
-- from the Markdown source, by the service). Null until then: posts written before this migration
-- are rendered at start, because SQL cannot render Markdown or count words as the domain does.
ALTER TABLE posts ADD COLUMN content_html text;
ALTER TABLE posts ADD COLUMN reading_time_minutes integer CHECK (reading_time_minutes >= 1);
ALTER TABLE posts ADD CONSTRAINT posts_rendered_together
    CHECK ((content_html IS NULL) = (reading_time_minutes IS NULL));
CREATE INDEX posts_unrendered_idx ON posts (id) WHERE content_html IS NULL;

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
