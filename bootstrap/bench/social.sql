-- Tags, follows and favorites (issue 12) on a data set load.sql made; run once after it (bench.sh
-- does, also on a data set loaded before this file existed). Reproducible, no randomness.
--   tags: 3 a post out of 1 000 (tag-1 … tag-1000: a tag is on ~0.3 % of the posts), and
--         "rare-tag" on every 10 000th post, published ones (the tag filter must not walk the rest);
--   follows: every writer follows the 20 writers after them (writer-42 follows writer-43 … 62);
--   favorites: one a post, by a writer chosen from the post's number.
\set ON_ERROR_STOP on
\timing on
set session_replication_role = replica;
set maintenance_work_mem = '1GB';
select count(*) as writers from users where email like '%@bench.test' \gset
begin;
create temporary table writers on commit drop as
select array_agg(id order by username) as a from users where email like '%@bench.test';
create temporary table bench_posts on commit drop as
select id, author_id, case when published then published_at end as published_at, substr(slug, 6)::int as n
from posts where slug ~ '^post-[0-9]+$';
insert into post_tags (post_id, tag, post_author_id, post_published_at)
select id, 'tag-' || (1 + (n * k) % 1000), author_id, published_at
from bench_posts, (values (1), (7), (13)) as factors(k)
on conflict do nothing;
insert into post_tags (post_id, tag, post_author_id, post_published_at)
select id, 'rare-tag', author_id, published_at from bench_posts where n % 10000 = 1;
insert into follows (follower_id, followee_id)
select a[i], a[1 + (i + k - 1) % :writers]
from writers, generate_series(1, :writers) i, generate_series(1, 20) k
where 1 + (i + k - 1) % :writers <> i;
insert into favorites (user_id, post_id, post_author_id, post_published_at)
select a[1 + (n * 5) % :writers], id, author_id, published_at from bench_posts, writers;
select inkwell_recount();
commit;
reset session_replication_role;
-- The repairs above rewrote every post row in no useful order: put the rows back in publication
-- order, as a blog's table grows (a page's rows on a few heap pages; see performance.md, issue 12).
create index bench_cluster_idx on posts (published_at desc, id desc);
cluster posts using bench_cluster_idx;
drop index bench_cluster_idx;
vacuum analyze;
