-- article_tolls: the totals a careful coder would record from one article alone.
-- One row per article (0 when the article has no counted claim); the rule is in
-- sql/toll_totals.sql and docs/conventions.md ("Article totals").
create or replace view article_tolls as
with article_scope as (
    select * from toll_totals where scope = 'article'
),

final as (
    select
        articles.article_id,
        coalesce(max(total_point) filter (where casualty_type = 'killed'), 0)::integer as killed,
        coalesce(max(total_point) filter (where casualty_type = 'injured'), 0)::integer as injured,
        coalesce(max(children_point) filter (where casualty_type = 'killed'), 0)::integer as children_killed,
        coalesce(max(children_point) filter (where casualty_type = 'injured'), 0)::integer as children_injured,
        coalesce(max(teens_point) filter (where casualty_type = 'killed'), 0)::integer as teens_killed,
        coalesce(max(teens_point) filter (where casualty_type = 'injured'), 0)::integer as teens_injured,
        -- attackers are inside killed / injured; subtract them for victim-only figures (WAD, IBC)
        coalesce(max(attackers_point) filter (where casualty_type = 'killed'), 0)::integer as attackers_killed,
        coalesce(max(attackers_point) filter (where casualty_type = 'injured'), 0)::integer as attackers_injured
    from articles
    left join article_scope using (article_id)
    group by articles.article_id
)

select * from final
