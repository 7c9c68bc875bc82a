-- v_source_disagreements: incidents whose sources give different figures for the same
-- casualty type, with the range of figures and who gave them.
--
-- A source is the party a figure is attributed to ("health ministry", "residents"), or the
-- outlet when the article states the figure itself. Its figure is the largest top-level
-- figure it gave for the incident (subsets, summaries and titles that restate their body
-- aside); wire copies are left out,
-- their original speaks for them. So two parties that disagree inside one report ("the
-- toll rose to 31, the health ministry said. Residents said at least 40 were killed") show
-- up as well as two reports that disagree.
create or replace view v_source_disagreements as
with source_figures as (
    select
        claims.incident_key as incident_id,
        claims.casualty_type,
        coalesce(claims.attributed_source, claims.outlet) as source,
        max(claims.count_point) as figure,
        min(claims.published_at) as first_given_at
    from stg_incident_claims as claims
    join articles using (article_id)
    where articles.duplicate_of is null
      and claims.parent_claim_id is null
      and claims.casualty_type in ('killed', 'injured')
      and claims.count_point is not null
      -- a title restates its body: it speaks only when the body gives no figure of that type
      and (claims.evidence_field <> 'title' or not exists (
          select 1 from stg_incident_claims as body
          where body.article_id = claims.article_id and body.casualty_type = claims.casualty_type
            and body.evidence_field <> 'title'
      ))
    group by all
),

reports as (
    select incident_key as incident_id, casualty_type, count(distinct story_id) as n_reports
    from incident_reports
    where not is_copy
    group by all
),

spread as (
    select
        incident_id,
        casualty_type,
        count(*) as n_sources,
        min(figure) as lowest_figure,
        max(figure) as highest_figure,
        string_agg(
            format('{}: {} ({})', source, figure, first_given_at::date),
            ' | ' order by first_given_at, source
        ) as figures_by_source
    from source_figures
    group by incident_id, casualty_type
),

final as (
    select
        spread.incident_id,
        spread.casualty_type,
        coalesce(reports.n_reports, 0) as n_reports,
        spread.n_sources,
        spread.lowest_figure,
        spread.highest_figure,
        spread.figures_by_source,
        incidents.is_contested,
        incidents.location,
        incidents.date_start
    from spread
    join incidents using (incident_id)
    left join reports using (incident_id, casualty_type)
    where spread.lowest_figure <> spread.highest_figure
)

select * from final
order by highest_figure - lowest_figure desc, incident_id
