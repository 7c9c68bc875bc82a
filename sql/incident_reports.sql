-- One row per incident, report (article) and casualty type: what that report says about
-- the incident, with when it was published and by whom. Wire copies are kept here (so the
-- timeline shows them) and marked, so that tolls count each story once.
create or replace view incident_reports as
with report_sources as (
    select
        incident_key,
        article_id,
        any_value(story_id) as story_id,
        any_value(wire_agency) as wire_agency,
        any_value(outlet) as outlet,
        string_agg(distinct attributed_source, '; ' order by attributed_source) as attributed_sources
    from stg_incident_claims
    group by incident_key, article_id
),

final as (
    select
        toll_totals.scope_id as incident_key,
        toll_totals.article_id,
        toll_totals.casualty_type,
        toll_totals.total_low as report_low,
        toll_totals.total_point as report_point,
        toll_totals.total_high as report_high,
        -- the report tells a running toll ("the death toll rose to 9"): a revision of earlier reports
        toll_totals.tells_running_toll as report_revises,
        -- another party in the same report gives a figure that cannot hold with the report's
        toll_totals.is_disputed_within as report_disputed_within,
        toll_totals.describes_victims as report_describes_victims,
        toll_totals.gives_ages as report_gives_ages,
        toll_totals.tells_a_death as report_tells_a_death,
        toll_totals.children_point as report_children,
        toll_totals.teens_point as report_teens,
        toll_totals.attackers_point as report_attackers,
        articles.published_at,
        articles.duplicate_of is not null as is_copy,
        report_sources.story_id,
        report_sources.wire_agency,
        report_sources.outlet,
        report_sources.attributed_sources
    from toll_totals
    join articles using (article_id)
    join report_sources
        on report_sources.incident_key = toll_totals.scope_id
       and report_sources.article_id = toll_totals.article_id
    where toll_totals.scope = 'incident'
)

select * from final
