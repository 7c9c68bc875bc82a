-- Staging for reconciliation: the claims that can belong to a single incident, each
-- with the article event it reports (one article can report several incidents).
--
-- Kept out: claims set aside by a row rule, and summary figures ("40 days of fighting
-- killed nearly 700", and their subsets), which cover many incidents.
-- An article event is the article's claims about one place and first day of period.
-- A claim that names no place or no day takes them from the first claim of the same
-- article that does (the article's main event).
-- sql/incident_membership.sql then links article events across articles into incidents.
create or replace view stg_claim_events as
with usable as (
    select
        claims.*,
        articles.published_at,
        articles.published_date,
        articles.publisher,
        story_membership.story_id,
        story_membership.wire_agency,
        coalesce(articles.publisher, articles.article_id) as outlet,
        claims.is_summary or coalesce(parents.is_summary, false) as in_summary
    from claims_reviewed as claims
    join articles using (article_id)
    join story_membership using (article_id)
    left join claims_reviewed as parents on parents.claim_id = claims.parent_claim_id
    where claims.passes_row_rules
),

incident_claims as (
    select * from usable where not in_summary
),

article_main_event as (
    select
        article_id,
        arg_min(lower(location), claim_key) filter (where location is not null) as main_place,
        arg_min(period_start, claim_key) filter (where period_start is not null) as main_day
    from incident_claims
    group by article_id
),

keyed as (
    select
        incident_claims.*,
        coalesce(lower(incident_claims.location), article_main_event.main_place) as place_key,
        coalesce(incident_claims.period_start, article_main_event.main_day) as day_key
    from incident_claims
    join article_main_event using (article_id)
),

final as (
    select
        *,
        'evt_' || left(md5(
            article_id || '|' || coalesce(place_key, '') || '|' || coalesce(cast(day_key as varchar), '')
        ), 16) as event_key
    from keyed
)

select * from final
