-- v_incident_timeline: how each incident's toll moved, report by report.
-- change: 'first report', 'revised up', 'revised down', 'unchanged' against the previous
-- report of the same incident and casualty type (wire copies shown but marked).
create or replace view v_incident_timeline as
with ordered as (
    select
        incident_key as incident_id,
        casualty_type,
        published_at,
        article_id,
        outlet,
        attributed_sources,
        is_copy,
        report_low,
        report_point,
        report_high,
        lag(report_point) over (
            partition by incident_key, casualty_type
            order by published_at nulls first, article_id
        ) as previous_point,
        row_number() over (
            partition by incident_key, casualty_type
            order by published_at nulls first, article_id
        ) as report_number
    from incident_reports
),

final as (
    select
        *,
        case
            when previous_point is null then 'first report'
            when report_point > previous_point then 'revised up'
            when report_point < previous_point then 'revised down'
            else 'unchanged'
        end as change
    from ordered
)

select * from final
order by incident_id, casualty_type, report_number
