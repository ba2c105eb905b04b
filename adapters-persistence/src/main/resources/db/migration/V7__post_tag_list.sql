-- A post's tags as an array on the post itself, kept from post_tags by a trigger: a page of posts
-- reads its tags with its rows. Reading them from post_tags for every page (a union with the
-- categories) made the statement that completes a page twice as expensive (issue 12, measured in
-- bootstrap/docs/performance.md). post_tags stays the truth and what the tag filter and the tag
-- counts read; this is a copy, like the kept numbers of V5 and V6.
ALTER TABLE posts ADD COLUMN tags varchar(30)[] NOT NULL DEFAULT '{}';

-- In code-point order (COLLATE "C"), the order the API shows tags in.
CREATE FUNCTION inkwell_post_tag_list(post uuid) RETURNS void LANGUAGE sql AS $$
    UPDATE posts p SET tags = coalesce((SELECT array_agg(pt.tag ORDER BY pt.tag COLLATE "C")
                                        FROM post_tags pt WHERE pt.post_id = post), '{}')
    WHERE p.id = post;
$$;

CREATE FUNCTION inkwell_post_tags_list() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM inkwell_post_tag_list(OLD.post_id);
    ELSE
        PERFORM inkwell_post_tag_list(NEW.post_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER post_tags_list AFTER INSERT OR DELETE ON post_tags
    FOR EACH ROW EXECUTE FUNCTION inkwell_post_tags_list();

-- The copy for posts tagged before this migration; the repair recomputes it with the rest.
CREATE FUNCTION inkwell_recount_v7() RETURNS void LANGUAGE sql AS $$
    UPDATE posts p SET tags = coalesce(n.tags, '{}')
    FROM posts p2 LEFT JOIN (SELECT pt.post_id, array_agg(pt.tag ORDER BY pt.tag COLLATE "C") AS tags
                             FROM post_tags pt GROUP BY pt.post_id) n ON n.post_id = p2.id
    WHERE p.id = p2.id AND p.tags IS DISTINCT FROM coalesce(n.tags, '{}');
$$;
SELECT inkwell_recount_v7();

CREATE OR REPLACE FUNCTION inkwell_recount() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM inkwell_recount_v7();
    PERFORM inkwell_recount_v6();
    PERFORM inkwell_recount_v5();
END $$;
