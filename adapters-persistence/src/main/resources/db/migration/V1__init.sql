-- Inkwell schema, version 1: every table the HTTP contract needs.
-- Never edit this file once released; add V2__… instead.

-- Users ---------------------------------------------------------------------------------
CREATE TABLE users (
    id            uuid         PRIMARY KEY,
    email         varchar(254) NOT NULL CHECK (email = lower(email)),
    username      varchar(40)  NOT NULL CHECK (username ~ '^[a-z0-9_-]{3,40}$'),
    name          varchar(100) NOT NULL CHECK (length(btrim(name)) > 0),
    password_hash varchar(100) NOT NULL,
    role          varchar(16)  NOT NULL DEFAULT 'USER' CHECK (role IN ('USER', 'MODERATOR', 'ADMIN')),
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    deleted_at    timestamptz,
    version       bigint       NOT NULL DEFAULT 0
);
-- A soft-deleted user's e-mail and username become free again: uniqueness among active users only.
CREATE UNIQUE INDEX users_email_active_uk    ON users (email)    WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX users_username_active_uk ON users (username) WHERE deleted_at IS NULL;
-- GET /users: active users, newest first (id breaks ties so pages are stable).
CREATE INDEX users_active_created_idx ON users (created_at DESC, id DESC) WHERE deleted_at IS NULL;

CREATE TABLE profiles (
    user_id uuid          PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    bio     varchar(1000),
    avatar  varchar(2048),
    website varchar(2048)
);

-- Categories ----------------------------------------------------------------------------
CREATE TABLE categories (
    id         uuid         PRIMARY KEY,
    name       varchar(100) NOT NULL CHECK (length(btrim(name)) > 0),
    slug       varchar(100) NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    -- Deleting a category re-parents its children in the use case; SET NULL is only the backstop.
    parent_id  uuid         REFERENCES categories (id) ON DELETE SET NULL,
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL,
    version    bigint       NOT NULL DEFAULT 0,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX categories_name_uk ON categories (lower(name));
CREATE UNIQUE INDEX categories_slug_uk ON categories (slug);
CREATE INDEX categories_parent_idx ON categories (parent_id);

-- Posts ---------------------------------------------------------------------------------
CREATE TABLE posts (
    id           uuid         PRIMARY KEY,
    author_id    uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title        varchar(200) NOT NULL CHECK (length(btrim(title)) > 0),
    slug         varchar(100) NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    excerpt      varchar(500),
    content      text         NOT NULL CHECK (char_length(content) BETWEEN 1 AND 100000),
    published    boolean      NOT NULL DEFAULT false,
    published_at timestamptz,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    version      bigint       NOT NULL DEFAULT 0,
    -- Full-text search: title weighs A, content B.
    search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', content), 'B')
    ) STORED,
    CHECK (published = (published_at IS NOT NULL))
);
-- Slugs are unique across all posts: the final arbiter of concurrent creates.
CREATE UNIQUE INDEX posts_slug_uk ON posts (slug);
CREATE INDEX posts_author_created_idx ON posts (author_id, created_at DESC);
-- GET /posts and the keyset feed: published posts by (published_at, id), newest first.
CREATE INDEX posts_published_idx ON posts (published_at DESC, id DESC) WHERE published;
CREATE INDEX posts_search_idx ON posts USING gin (search_vector);

CREATE TABLE post_categories (
    post_id     uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    category_id uuid NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, category_id)
);
CREATE INDEX post_categories_category_idx ON post_categories (category_id, post_id);

-- Comments ------------------------------------------------------------------------------
CREATE TABLE comments (
    id         uuid        PRIMARY KEY,
    post_id    uuid        NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    author_id  uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    content    text        NOT NULL CHECK (char_length(content) BETWEEN 1 AND 5000),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version    bigint      NOT NULL DEFAULT 0
);
CREATE INDEX comments_post_created_idx ON comments (post_id, created_at DESC, id DESC);
CREATE INDEX comments_author_idx ON comments (author_id);

-- Audit ---------------------------------------------------------------------------------
-- No foreign keys: the trail outlives the users and posts it speaks of.
CREATE TABLE audit_events (
    id          uuid        PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    actor_id    uuid,
    action      varchar(40) NOT NULL,
    entity_type varchar(20) NOT NULL CHECK (entity_type IN ('USER', 'POST', 'COMMENT', 'CATEGORY')),
    entity_id   uuid,
    details     jsonb       NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_events_occurred_idx ON audit_events (occurred_at DESC, id DESC);
CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, occurred_at DESC);
CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, occurred_at DESC);
