-- Incidents: one row per real-world incident, with low / best / high per casualty type.
--
-- Each article's figure for an incident follows the article-total rule (sql/toll_totals.sql,
-- scope 'incident'). Across articles, wire copies count once (story_id), and:
--   low  = the largest low any report gives (a later report never lowers what an earlier
--          one established),
--   best = the latest report's figure (ties: the larger), kept within [low, high],
--   high = open (null) unless every report bounds it; then the largest bound.
create or replace table incidents as
with per_article as (
    select
        toll_totals.scope_id as incident_key,
        toll_totals.article_id,
        toll_totals.casualty_type,
        toll_totals.total_low,
        toll_totals.total_point,
        toll_totals.total_high,
        toll_totals.children_point,
        articles.published_at
    from toll_totals
    join articles using (article_id)
    where toll_totals.scope = 'incident'
      and articles.duplicate_of is null
),

by_type as (
    select
        incident_key,
        casualty_type,
        max(total_low) as low,
        arg_max(total_point, (coalesce(published_at, timestamp '1900-01-01'), total_point)) as latest_point,
        case when count(*) = count(total_high) then max(total_high) end as high,
        arg_max(children_point, (coalesce(published_at, timestamp '1900-01-01'), children_point)) as children_best
    from per_article
    group by incident_key, casualty_type
),

bounded as (
    select
        incident_key,
        casualty_type,
        low,
        greatest(low, least(latest_point, coalesce(high, latest_point))) as best,
        case when high is not null then greatest(high, low) end as high,
        children_best
    from by_type
),

described as (
    select
        incident_key,
        min(period_start) as date_start,
        max(period_end) as date_end,
        mode(location) as location,
        mode(country) as country,
        mode(event_type) as event_type,
        count(distinct story_id) as n_articles,
        count(distinct coalesce(attributed_source, publisher, story_id)) as n_sources
    from stg_incident_claims
    group by incident_key
),

final as (
    select
        described.incident_key as incident_id,
        coalesce(killed.low, 0)::integer as killed_low,
        coalesce(killed.best, 0)::integer as killed_best,
        killed.high::integer as killed_high,
        coalesce(injured.low, 0)::integer as injured_low,
        coalesce(injured.best, 0)::integer as injured_best,
        injured.high::integer as injured_high,
        least(coalesce(killed.children_best, 0), coalesce(killed.best, 0))::integer as children_killed_best,
        least(coalesce(injured.children_best, 0), coalesce(injured.best, 0))::integer as children_injured_best,
        described.date_start,
        described.date_end,
        described.location,
        described.country,
        described.event_type,
        described.n_articles,
        described.n_sources
    from described
    left join bounded as killed
        on killed.incident_key = described.incident_key and killed.casualty_type = 'killed'
    left join bounded as injured
        on injured.incident_key = described.incident_key and injured.casualty_type = 'injured'
)

select * from final
order by date_start nulls last, incident_id
