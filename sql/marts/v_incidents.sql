-- v_incidents: one row per incident with everything an analyst needs to cite it.
create or replace view v_incidents as
with evidence as (
    select
        incident_id,
        count(*) as n_claims,
        min(articles.published_at) as first_reported_at,
        max(articles.published_at) as last_reported_at,
        list(distinct articles.title order by articles.title) filter (where articles.title is not null) as titles
    from claims
    join articles using (article_id)
    where incident_id is not null
    group by incident_id
),

final as (
    select
        incidents.incident_id,
        incidents.date_start,
        incidents.date_end,
        incidents.location,
        incidents.country,
        incidents.latitude,
        incidents.longitude,
        incidents.event_type,
        incidents.killed_low,
        incidents.killed_best,
        incidents.killed_high,
        incidents.injured_low,
        incidents.injured_best,
        incidents.injured_high,
        incidents.children_killed_best,
        incidents.children_injured_best,
        incidents.teens_killed_best,
        incidents.teens_injured_best,
        incidents.attackers_killed_best,
        incidents.attackers_injured_best,
        incidents.grade,
        incidents.is_contested,
        incidents.contested_types,
        incidents.n_articles,
        incidents.n_sources,
        incidents.n_independent_sources,
        incidents.attributed_sources,
        evidence.n_claims,
        evidence.first_reported_at,
        evidence.last_reported_at,
        evidence.titles
    from incidents
    join evidence using (incident_id)
)

select * from final
