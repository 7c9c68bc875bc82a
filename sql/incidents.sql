-- Incidents: one row per real-world incident, with low / best / high per casualty type.
--
-- Per article, a figure for a victim group repeated in the article counts once (the
-- largest), distinct groups are added, and subsets (parent_claim_id set) never add to
-- the total. Across articles, low is the largest low any report gives (a later report
-- never lowers what an earlier one established), best follows the latest report, and
-- high is open (null) unless every report bounds it.
create or replace table incidents as
with per_group as (
    select
        incident_key,
        article_id,
        story_id,
        published_at,
        casualty_type,
        victim_group,
        max(count_low) as group_low,
        max(count_point) as group_point,
        -- a group is bounded only if every mention of it is
        case when count(*) = count(count_high) then max(count_high) end as group_high
    from stg_incident_claims
    where parent_claim_id is null
    group by all
),

per_article as (
    select
        incident_key,
        article_id,
        story_id,
        published_at,
        casualty_type,
        sum(coalesce(group_low, 0)) as article_low,
        sum(coalesce(group_point, 0)) as article_point,
        case when count(*) = count(group_high) then sum(group_high) end as article_high
    from per_group
    group by all
),

children_per_article as (
    select
        incident_key,
        article_id,
        published_at,
        casualty_type,
        max(count_point) as children_point
    from stg_incident_claims
    where is_child
    group by all
),

by_type as (
    select
        incident_key,
        casualty_type,
        max(article_low) as low,
        arg_max(article_point, (published_at, article_point)) as latest_point,
        case when count(*) = count(article_high) then max(article_high) end as high
    from per_article
    group by all
),

children_by_type as (
    select
        incident_key,
        casualty_type,
        arg_max(children_point, (published_at, children_point)) as children_best
    from children_per_article
    group by all
),

bounded as (
    select
        incident_key,
        casualty_type,
        low,
        greatest(low, least(latest_point, coalesce(high, latest_point))) as best,
        high
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
        coalesce(children_killed.children_best, 0)::integer as children_killed_best,
        coalesce(children_injured.children_best, 0)::integer as children_injured_best,
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
    left join children_by_type as children_killed
        on children_killed.incident_key = described.incident_key and children_killed.casualty_type = 'killed'
    left join children_by_type as children_injured
        on children_injured.incident_key = described.incident_key and children_injured.casualty_type = 'injured'
)

select * from final
order by date_start nulls last, incident_id
