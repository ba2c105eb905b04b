-- Issue 14: sitemap numbering, webhooks and their transactional outbox.

-- Every post gets a number, in creation order, never reused: a sitemap part is a range of numbers
-- (one index range of at most 50,000 entries, at any size of posts), where an OFFSET would read
-- every row it skips. A side table kept by a trigger, so posts is not rewritten.
CREATE TABLE post_numbers (
    number  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    post_id uuid   NOT NULL UNIQUE REFERENCES posts (id) ON DELETE CASCADE
);
INSERT INTO post_numbers (post_id) SELECT id FROM posts ORDER BY created_at, id;

CREATE FUNCTION inkwell_post_number() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO post_numbers (post_id) VALUES (NEW.id);
    RETURN NULL;
END $$;
CREATE TRIGGER posts_number AFTER INSERT ON posts FOR EACH ROW EXECUTE FUNCTION inkwell_post_number();

-- Endpoints ADMINs registered; the secret signs deliveries (never listed).
CREATE TABLE webhooks (
    id         uuid          PRIMARY KEY,
    url        varchar(2048) NOT NULL,
    events     text[]        NOT NULL CHECK (cardinality(events) > 0),
    secret     varchar(200)  NOT NULL,
    created_at timestamptz   NOT NULL
);

-- The outbox: one row per event that had a subscriber, written in the transaction of the change,
-- with the request body every attempt sends.
CREATE TABLE webhook_events (
    id          uuid        PRIMARY KEY,
    event       varchar(40) NOT NULL,
    occurred_at timestamptz NOT NULL,
    body        text        NOT NULL
);
-- the cleanup forgets finished events 30 days old, oldest first
CREATE INDEX webhook_events_occurred_idx ON webhook_events (occurred_at);

-- One delivery per event and webhook subscribed at the commit: the dispatchers' queue. `attempts`
-- counts the attempts claimed so far; a pending delivery is due at next_attempt_at (a claimed one
-- is leased until then).
CREATE TABLE webhook_deliveries (
    webhook_id      uuid        NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event_id        uuid        NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    status          varchar(16) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
    next_attempt_at timestamptz NOT NULL,
    PRIMARY KEY (webhook_id, event_id)
);
-- the due ones, soonest first: a partial index on this queue holds only what is still to send
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_event_idx ON webhook_deliveries (event_id);

-- Every attempt made, as GET /admin/webhooks/{id}/deliveries lists them.
CREATE TABLE webhook_attempts (
    id            uuid         PRIMARY KEY,
    webhook_id    uuid         NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event_id      uuid         NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
    attempt       integer      NOT NULL CHECK (attempt >= 1),
    status        varchar(16)  NOT NULL CHECK (status IN ('succeeded', 'retrying', 'failed')),
    response_code integer,
    error         varchar(500),
    at            timestamptz  NOT NULL
);
CREATE INDEX webhook_attempts_page_idx ON webhook_attempts (webhook_id, at DESC, id DESC);
CREATE INDEX webhook_attempts_event_idx ON webhook_attempts (event_id);
