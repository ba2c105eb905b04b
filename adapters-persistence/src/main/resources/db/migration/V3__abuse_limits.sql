-- Abuse limits (api.md Part 2): state every instance shares.

-- Failed logins per account key (the e-mail as typed, normalised; also e-mails nobody has).
CREATE TABLE login_locks (
    account_key       text        PRIMARY KEY,
    failures          integer     NOT NULL CHECK (failures > 0),
    window_started_at timestamptz NOT NULL,
    locked_until      timestamptz
);
-- the clean-up job deletes keys whose window is over
CREATE INDEX login_locks_window_started_at_idx ON login_locks (window_started_at);

-- Bucket4j's token buckets (its PostgreSQL "select for update" proxy manager): one row per
-- limit and key, e.g. 'login:203.0.113.7'; expires_at (epoch ms) lets a job delete idle ones.
CREATE TABLE rate_limit_buckets (
    id         text   PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
CREATE INDEX rate_limit_buckets_expires_at_idx ON rate_limit_buckets (expires_at);
