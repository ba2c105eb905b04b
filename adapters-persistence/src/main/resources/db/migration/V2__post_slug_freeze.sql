-- Inkwell schema, version 2: what the publishing core needs beyond V1.

-- A post's slug follows its title until the first publish and never changes after it, even
-- through an unpublish: the post has to remember that it has been published once.
ALTER TABLE posts ADD COLUMN slug_frozen boolean NOT NULL DEFAULT false;
UPDATE posts SET slug_frozen = true WHERE published;
ALTER TABLE posts ADD CONSTRAINT posts_published_slug_frozen_ck CHECK (NOT published OR slug_frozen);

-- GET /posts?author=…: one author's published posts, newest first.
CREATE INDEX posts_author_published_idx ON posts (author_id, published_at DESC, id DESC) WHERE published;
