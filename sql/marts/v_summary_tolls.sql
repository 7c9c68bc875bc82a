-- v_summary_tolls: cumulative and period figures ("40 days of fighting killed nearly 700"),
-- each with the incidents it covers where those are known: incidents in the same place
-- (or country, when the summary names only the country) within its period.
-- Never add these to incident totals: they count the same people again.
create or replace view v_summary_tolls as
with summaries as (
    select summary_claims.*, articles.published_date, articles.title
    from summary_claims
    join articles using (article_id)
    -- a headline that restates its body's summary ("UN: 230 civilians killed ...") is listed once, by the body
    where not (
        summary_claims.evidence_field = 'title'
        and exists (
            select 1 from summary_claims as body
            where body.article_id = summary_claims.article_id
              and body.evidence_field <> 'title'
              and body.casualty_type = summary_claims.casualty_type
              and body.count_point = summary_claims.count_point
        )
    )
),

covered as (
    select
        summaries.claim_id,
        count(incidents.incident_id) as n_incidents_covered,
        sum(case when summaries.casualty_type = 'killed' then incidents.killed_best else incidents.injured_best end)
            as covered_incidents_best
    from summaries
    join incidents
        on (lower(incidents.location) = lower(summaries.location)
            or (summaries.location = summaries.country and incidents.country = summaries.country))
       and incidents.date_start between summaries.period_start and summaries.period_end
    group by summaries.claim_id
),

final as (
    select
        summaries.claim_id,
        summaries.article_id,
        summaries.parent_claim_id,
        summaries.casualty_type,
        summaries.victim_group,
        summaries.is_child,
        summaries.qualifier,
        summaries.count_low,
        summaries.count_point,
        summaries.count_high,
        summaries.period_start,
        summaries.period_end,
        summaries.location,
        summaries.country,
        summaries.attributed_source,
        summaries.published_date,
        summaries.evidence_text,
        coalesce(covered.n_incidents_covered, 0) as n_incidents_covered,
        covered.covered_incidents_best
    from summaries
    left join covered using (claim_id)
)

select * from final
