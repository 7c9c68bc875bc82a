-- v_source_disagreements: incidents whose independent reports give different figures for
-- the same casualty type, with the range of figures and who gave them.
create or replace view v_source_disagreements as
with reports as (
    select * from incident_reports where not is_copy
),

spread as (
    select
        incident_key as incident_id,
        casualty_type,
        count(distinct story_id) as n_reports,
        min(report_point) as lowest_figure,
        max(report_point) as highest_figure,
        string_agg(
            format('{}: {} ({})', coalesce(attributed_sources, outlet), report_point, published_at::date),
            ' | ' order by published_at
        ) as figures_by_source
    from reports
    group by incident_key, casualty_type
),

final as (
    select
        spread.*,
        incidents.is_contested,
        incidents.location,
        incidents.date_start
    from spread
    join incidents using (incident_id)
    where spread.lowest_figure <> spread.highest_figure
)

select * from final
order by highest_figure - lowest_figure desc, incident_id
