-- article_tolls: the totals a careful coder would record from one article alone.
-- One row per article (0 when the article has no counted claim).
-- Rules (see docs/conventions.md, "Article totals"):
--   * only claims that pass the row rules, are not period summaries, and are not attackers count;
--   * subsets (parent_claim_id set, e.g. "including 160 children") are never added to their parent;
--   * within one sentence, distinct figures of the same casualty type are added
--     ("three soldiers and two civilians were killed" -> 5), except running tolls
--     ("the death toll rose to 30"), of which the largest is taken;
--   * across sentences the largest sentence total is taken (a restated headline
--     figure is not summed), plus figures explicitly marked as additional
--     ("Another 12 were wounded": rule ending in '/another');
--   * children: the same over claims about children, subsets included.

create or replace view article_tolls as
with

articles_in as (
    select article_id from articles
),

counted_claims as (
    select
        article_id,
        casualty_type,
        sentence_start,
        parent_claim_id,
        is_child,
        coalesce(count_point, 0) as n,
        rule like 'toll%' or rule like 'injury_toll%' as is_running_toll,
        rule like '%/another' as is_additional
    from claims
    where passes_row_rules
      and not coalesce(is_summary, false)
      and casualty_type in ('killed', 'injured')
      and coalesce(victim_group, '') <> 'attackers'
),

-- all victims: top-level figures only (a subset is already inside its parent)
sentence_totals as (
    select
        article_id,
        casualty_type,
        sentence_start,
        greatest(
            coalesce(sum(n) filter (where not is_running_toll and not is_additional), 0),
            coalesce(max(n) filter (where is_running_toll), 0)
        ) as sentence_total,
        coalesce(sum(n) filter (where is_additional), 0) as additional
    from counted_claims
    where parent_claim_id is null
    group by article_id, casualty_type, sentence_start
),

type_totals as (
    select
        article_id,
        casualty_type,
        max(sentence_total) + sum(additional) as total
    from sentence_totals
    group by article_id, casualty_type
),

-- children: child figures, subsets included ("including 160 children")
child_sentence_totals as (
    select article_id, casualty_type, sentence_start, sum(n) as sentence_total
    from counted_claims
    where is_child
    group by article_id, casualty_type, sentence_start
),

child_totals as (
    select article_id, casualty_type, max(sentence_total) as total
    from child_sentence_totals
    group by article_id, casualty_type
),

final as (
    select
        a.article_id,
        coalesce(max(t.total) filter (where t.casualty_type = 'killed'), 0)::integer as killed,
        coalesce(max(t.total) filter (where t.casualty_type = 'injured'), 0)::integer as injured,
        coalesce(max(c.total) filter (where c.casualty_type = 'killed'), 0)::integer as children_killed,
        coalesce(max(c.total) filter (where c.casualty_type = 'injured'), 0)::integer as children_injured
    from articles_in as a
    left join type_totals as t on t.article_id = a.article_id
    left join child_totals as c on c.article_id = a.article_id
    group by a.article_id
)

select * from final
