-- Inkwell benchmark data, generated in SQL (reproducible: no randomness but gen_random_uuid ids).
-- psql -v posts=N -f load.sql   on a database Inkwell has migrated (Flyway) and nothing else;
-- then social.sql (tags, follows, favorites).
--   users: max(50, N/20) writers; categories: 20 (topic-1 … topic-20); posts: N, ~2 KB of text
--   each, 90 % published, newest first one a minute apart, 3 categories each; comments: 2 a post.
--   Titles carry one of 5 000 made-up words ("Post 42 about hkfgm…"): a word is in N/5 000 titles,
--   a selective search term at any size.
\set ON_ERROR_STOP on
\timing on
-- Bulk load: the counters that triggers keep (V4, V5) are computed once at the end by the
-- migration's own inkwell_recount() instead of one trigger call per row; the search index takes
-- its entries in one merge (the pending list) instead of one insertion per post.
set session_replication_role = replica;
set maintenance_work_mem = '1GB';
alter index posts_search_idx set (gin_pending_list_limit = 2097151);
select greatest(50, :posts / 20) as writers \gset
begin;
insert into users (id, email, username, name, password_hash, created_at, updated_at)
select gen_random_uuid(), 'writer-' || i || '@bench.test', 'writer-' || i, 'Writer ' || i, 'x',
       now() - interval '2 years', now()
from generate_series(1, :writers) i;
insert into categories (id, name, slug, created_at, updated_at)
select gen_random_uuid(), 'Topic ' || i, 'topic-' || i, now(), now() from generate_series(1, 20) i;
create temporary table words on commit drop as
select array_agg(translate(substr(md5(n::text), 1, 9), '0123456789', 'ghijklmnop') order by n) as w
from generate_series(1, 5000) n;
create temporary table writers on commit drop as
select array_agg(id order by username) as a from users where email like '%@bench.test';
create temporary table topics on commit drop as
select array_agg(id order by slug) as t from categories where slug like 'topic-%';
-- comment_count: the 2 comments each post gets below (inkwell_recount() checks it; a post row
-- rewritten a million times over would double the load's time)
insert into posts (id, author_id, title, slug, content, excerpt, published, published_at, slug_frozen,
                   created_at, updated_at, comment_count)
select gen_random_uuid(), a[1 + i % :writers], 'Post ' || i || ' about ' || w[1 + i % 5000], 'post-' || i,
       repeat(array_to_string(array[w[1 + (i * 7) % 5000], w[1 + (i * 11) % 5000], w[1 + (i * 13) % 5000],
              w[1 + (i * 17) % 5000], 'and', 'the', 'rest', 'of', 'a', 'longer', 'sentence.'], ' ') || ' ', 30),
       'The excerpt of post ' || i,
       i % 10 <> 0, case when i % 10 <> 0 then now() - i * interval '1 minute' end, i % 10 <> 0,
       now() - i * interval '1 minute', now() - i * interval '1 minute', 2
from generate_series(1, :posts) i, words, writers;
-- the post's author and publication time on each link (V6): what the triggers, off here, would copy
insert into post_categories (post_id, category_id, post_author_id, post_published_at)
select p.id, t[1 + (n + k) % 20], p.author_id, p.published_at
from (select id, author_id, case when published then published_at end as published_at,
             substr(slug, 6)::int as n from posts where slug ~ '^post-[0-9]+$') p, topics,
     (values (0), (7), (13)) as offsets(k);
insert into comments (id, post_id, author_id, content, created_at, updated_at)
select gen_random_uuid(), p.id, a[1 + (substr(p.slug, 6)::int * 3 + c) % :writers],
       'Comment ' || c || ' on ' || p.slug, p.created_at + c * interval '1 minute', p.created_at + c * interval '1 minute'
from posts p, writers, generate_series(1, 2) c
where p.slug ~ '^post-[0-9]+$';
select inkwell_recount();
commit;
reset session_replication_role;
alter index posts_search_idx reset (gin_pending_list_limit);
vacuum analyze;
