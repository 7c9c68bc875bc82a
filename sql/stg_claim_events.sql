-- Staging for reconciliation: the claims that can belong to a single incident, each
-- with the article event it reports (one article can report several incidents).
--
-- Kept out: claims set aside by a row rule, and summary figures ("40 days of fighting
-- killed nearly 700", and their subsets), which cover many incidents.
--
-- An article's main event is the place and day of its first figure; a claim that names
-- no place or no day takes them from the first claim of the same article that does, and
-- when none names a place, from the article's dateline or, failing that, the one place
-- its title names (sql/stg_article_places.sql).
-- A claim belongs to the main event unless it is clearly about another one:
--   * another day: its own day (precision 'day') before the main day, or one day after
--     it in another place, or later still in a place named otherwise when coordinates
--     cannot tell whether one contains the other (a later day in the same place is a
--     follow-up: a death in hospital, an arrest);
--     a claim dated only loosely (a week, a month) starts an event of its own only when
--     its window leaves out the main day ("last month"); the publication date, used when
--     the text names no time, is weak evidence and never does;
--   * another place: both places have coordinates and lie more than `max_km` apart
--     ("Englewood" and "Chicago" on the same day are one event; "Mosul" and "Baghdad"
--     are two). A place without coordinates (a state, a county) does not separate, nor
--     does a place the claim takes from an earlier sentence or the dateline
--     (`location_basis` other than 'sentence'): that is context, not a second scene.
-- Claims outside the main event form events by their own place and day.
-- sql/incident_membership.sql then links article events across articles into incidents.
create or replace view stg_claim_events as
with settings as (
    select 25.0 as max_km
),

usable as (
    select
        -- a place named only after the figure (location_basis 'after') is a reader's guess:
        -- too weak to separate or link events, so grouping sees no place there
        claims.* replace (
            case when claims.location_basis = 'after' then null else claims.location end as location,
            case when claims.location_basis = 'after' then null else claims.country end as country,
            case when claims.location_basis = 'after' then null else claims.latitude end as latitude,
            case when claims.location_basis = 'after' then null else claims.longitude end as longitude
        ),
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
    select *, coalesce(date_precision, '') = 'day' as has_precise_day
    from usable where not in_summary
),

article_place as (
    select
        article_id,
        coalesce(
            any_value(place) filter (where source = 'dateline'),
            case when count(*) filter (where source = 'title') = 1
                 then any_value(place) filter (where source = 'title') end
        ) as place
    from stg_article_places
    group by article_id
),

article_main_event as (
    select
        article_id,
        coalesce(
            arg_min(lower(location), claim_key) filter (where location is not null),
            any_value(article_place.place)
        ) as main_place,
        -- the coordinates of that same first place (arg_min skips null values, so the pair is
        -- taken as one struct: a first place without coordinates must not borrow a later one's)
        arg_min({'lat': latitude, 'lon': longitude}, claim_key) filter (where location is not null).lat
            as main_latitude,
        arg_min({'lat': latitude, 'lon': longitude}, claim_key) filter (where location is not null).lon
            as main_longitude,
        coalesce(
            arg_min(period_start, claim_key) filter (where has_precise_day),
            arg_min(period_start, claim_key) filter (where period_start is not null)
        ) as main_day,
        bool_or(has_precise_day) as main_day_is_precise
    from incident_claims
    left join article_place using (article_id)
    group by article_id
),

compared as (
    select
        incident_claims.*,
        article_main_event.main_place,
        article_main_event.main_day,
        article_main_event.main_day_is_precise,
        coalesce(lower(incident_claims.location), article_main_event.main_place) as own_place,
        coalesce(incident_claims.period_start, article_main_event.main_day) as own_day,
        -- great-circle distance to the main place, when both have coordinates
        great_circle_km(article_main_event.main_latitude, article_main_event.main_longitude,
                        incident_claims.latitude, incident_claims.longitude) as km_from_main
    from incident_claims
    join article_main_event using (article_id)
),

classified as (
    select
        *,
        own_place is not distinct from main_place as same_place,
        coalesce(km_from_main > (select max_km from settings), false)
            and coalesce(location_basis, 'sentence') = 'sentence' as far_place,
        -- the claim's own sentence names a place other than the main one, and at least one
        -- of the two has no coordinates to say whether one lies inside the other
        location is not null and main_place is not null and lower(location) <> main_place
            and km_from_main is null as other_named_place,
        case
            when not has_precise_day or own_day is null or main_day is null then 0
            else date_diff('day', main_day, own_day)
        end as days_from_main,
        -- a window that leaves out the main day ("last month", "in 2015")
        not has_precise_day
            and coalesce(date_precision, 'publication') <> 'publication'
            and main_day_is_precise
            and not (main_day between period_start and coalesce(period_end, period_start))
            as other_window
    from compared
),

keyed as (
    select
        * exclude (
            main_place, main_day, main_day_is_precise, own_place, own_day, same_place, far_place,
            days_from_main, km_from_main, other_window, other_named_place
        ),
        -- in the main event unless another day or a distant place says otherwise
        (
            not far_place
            and not coalesce(other_window, false)
            and (days_from_main = 0 or (abs(days_from_main) = 1 and same_place)
                 or (days_from_main > 1 and not other_named_place))
        ) as in_main_event,
        case when in_main_event then main_place else own_place end as place_key,
        case when in_main_event then main_day else own_day end as day_key,
        -- the event's day was named in the text (a claim of precision 'day' on that day)
        case when in_main_event then main_day_is_precise else has_precise_day end as day_is_precise
    from classified
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
