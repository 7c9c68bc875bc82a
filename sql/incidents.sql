-- Incidents: one row per real-world incident, with low / best / high per casualty type,
-- sources, and a grade in the spirit of Airwars.
--
-- Each report's figure follows the article-total rule (sql/toll_totals.sql); exact wire
-- copies are left out of the figures, unless their original is in another incident (then
-- one copy per original votes). Across reports, per casualty type:
--   best = the figure most reports give (ties: the latest report's, then the larger), never
--          under a floor that two or more reports agree on, nor over the high bound; one
--          report out of line (a round-up's figure read as this incident's) does not carry
--          the best, while a revision that no other report contradicts does; when every
--          report stands alone, the latest wins ("6 hurt", then "5 hurt" the next day: 5;
--          GVA dev: injured 0.802 -> 0.813 against taking the largest lone floor);
--   low  = the largest low any report gives (a later report never lowers what an earlier
--          one established), but not above best,
--   high = open (null) unless every report bounds it; then the largest bound.
--   A report that gives the incident's deaths but no injured figure (or the reverse) votes
--   for none of that type (a figure it does not give is one it did not see); it sets no
--   low or high bound.
-- Children, teens and attackers (who are inside killed / injured): the figure most reports
-- give, a report without figures of that type voting for none; ties: for children and teens
-- a report that gives each of its figures an age ("Medical examiner names 18-year-old killed"
-- over "A teenage boy was shot and killed": GVA dev, 3 incident figures fixed, none broken),
-- then the larger (a report that gives no ages is no evidence that no child was hit: GVA dev, 11
-- fixed, 3 broken), for attackers the latest report's; a report whose figures of the type never
-- say who the victims are ("Three others were wounded": no age, no child's or person's word, no
-- group, no name) does not vote on children and teens (a report silent on the type still votes 0);
-- when children and teens together exceed the casualties, the teens' figure stands, unless
-- more reports give the children's.
-- Contested: a report gives less than the floor an earlier (or same-day) report set
-- ("12 killed" on Monday, "at most 8" on Tuesday): tolls are revised up, rarely down (fewer injured
-- because the deaths rose as much is a revision: "1 dead, 3 wounded", then "2 dead, 2 wounded"); or
-- two parties in one report give figures that cannot both hold (a ministry's toll of 31,
-- residents' "at least 40").
-- Sources: n_sources counts outlets (the publisher, or the article when unknown);
-- n_independent_sources counts outlets that carry the same story (exact or near copy)
-- or the same wire agency's copy once.
create or replace table incidents as
with reports as (
    select * from incident_reports where not is_copy
    union all
    -- a copy whose original was put in another incident is this incident's report (once)
    select * exclude (duplicate_of) from (
        select incident_reports.*, articles.duplicate_of
        from incident_reports
        join articles using (article_id)
        where incident_reports.is_copy
          and not exists (
              select 1 from incident_reports as original
              where original.incident_key = incident_reports.incident_key
                and original.article_id = articles.duplicate_of
          )
        qualify row_number() over (
            partition by incident_reports.incident_key, incident_reports.casualty_type, articles.duplicate_of
            order by incident_reports.published_at, incident_reports.article_id
        ) = 1
    )
),

-- a report that gives the incident's deaths but no injured (or the reverse) votes for
-- none of the other type; it sets no bound
silent_reports as (
    select
        given.incident_key,
        given.article_id,
        casualty_types.casualty_type,
        any_value(given.published_at) as published_at
    from reports as given
    cross join (values ('killed'), ('injured')) as casualty_types(casualty_type)
    where not exists (
        select 1 from reports as other
        where other.incident_key = given.incident_key
          and other.article_id = given.article_id
          and other.casualty_type = casualty_types.casualty_type
    )
    group by all
),

votes as (
    select
        incident_key, casualty_type, published_at, report_low, report_point, report_high,
        report_children, report_teens, report_attackers, report_revises, false as is_silent,
        report_describes_victims as votes_on_minors, report_gives_ages
    from reports
    union all
    select incident_key, casualty_type, published_at, null, 0, null, 0, 0, 0, false, true, true, false
    from silent_reports
),

counted_votes as (
    select
        *,
        -- how many reports (copies aside) give the same figure
        count(*) over (partition by incident_key, casualty_type, report_point) as point_support,
        count(*) filter (where votes_on_minors)
            over (partition by incident_key, casualty_type, report_children) as children_support,
        count(*) filter (where votes_on_minors)
            over (partition by incident_key, casualty_type, report_teens) as teens_support,
        count(*) over (partition by incident_key, casualty_type, report_attackers) as attackers_support
    from votes
),

supported as (
    select
        *,
        point_support = max(point_support) over (partition by incident_key, casualty_type) as is_most_supported
    from counted_votes
),

by_type as (
    select
        incident_key,
        casualty_type,
        max(report_low) filter (where not is_silent) as low,
        arg_max(report_point, (point_support, coalesce(published_at, timestamp '1900-01-01'), report_point))
            as latest_point,
        -- a floor counts when two or more reports agree on it
        max(report_low) filter (where is_most_supported and point_support >= 2) as supported_low,
        case when count(*) filter (where not is_silent) = count(report_high) then max(report_high) end as high,
        coalesce(arg_max(report_children, (children_support, report_gives_ages, report_children,
                                           coalesce(published_at, timestamp '1900-01-01'))) filter (where votes_on_minors), 0)
            as children_best,
        coalesce(arg_max(report_teens, (teens_support, report_gives_ages, report_teens,
                                        coalesce(published_at, timestamp '1900-01-01'))) filter (where votes_on_minors), 0)
            as teens_best,
        -- how many reports give the winning figure (the winner is the best supported)
        max(children_support) as children_best_support,
        max(teens_support) as teens_best_support,
        arg_max(report_attackers, (attackers_support, coalesce(published_at, timestamp '1900-01-01'), report_attackers))
            as attackers_best,
        -- the latest report, when it tells a running toll at least as large as every report's
        max(published_at) filter (where not is_silent) as last_published_at,
        max(published_at) filter (where not is_silent and report_revises) as revised_at,
        arg_max(report_point, (published_at, report_point)) filter (where not is_silent and report_revises)
            as revised_point,
        max(report_point) filter (where not is_silent) as largest_point
    from supported
    group by incident_key, casualty_type
),

bounded as (
    select
        incident_key,
        casualty_type,
        case
            -- "the death toll rose to 31" in the latest report revises the earlier reports, however many
            when revised_at = last_published_at and revised_point >= largest_point then revised_point
            else greatest(supported_low, least(latest_point, coalesce(high, latest_point)))
        end as best,
        least(low, best) as low,
        case when high is not null then greatest(high, low) end as high,
        children_best,
        teens_best,
        children_best_support > teens_best_support as children_outvote_teens,
        attackers_best
    from by_type
),

-- a wounded victim who died later: the latest report alone, published after the first and within 60 days of it,
-- tells a death ("has died", "died Monday at a hospital", "the toll rose to 5 after a fifth person died") that raises
-- the deaths every earlier report told by no more than the voted wounded; its deaths stand, and the wounded lose as
-- many (unless the wounded figure is the latest report's). Earlier reports, however many, could not know of it (the
-- archive codes the final toll).
report_span as (
    select
        incident_key,
        min(published_at) as first_published_at,
        max(published_at) as last_published_at
    from reports
    group by incident_key
),

latest_reports as (
    select reports.incident_key, count(distinct reports.article_id) as n_latest
    from reports
    join report_span using (incident_key)
    where reports.published_at = report_span.last_published_at
    group by reports.incident_key
),

-- the most deaths and wounded an earlier report told (the wounded are those the latest report's death comes from when
-- that report gives no wounded figure of its own: its silence won the vote, "Two men were shot" on Saturday, "Man shot
-- ... clings to life" on Monday, "... died Saturday" a week later)
earlier_figures as (
    select
        reports.incident_key,
        max(reports.report_point) filter (where reports.casualty_type = 'killed') as deaths_most_told,
        max(reports.report_point) filter (where reports.casualty_type = 'injured') as wounded_most_told
    from reports
    join report_span using (incident_key)
    where reports.published_at < report_span.last_published_at
    group by reports.incident_key
),

later_deaths as (
    select
        killed.incident_key,
        max(killed.report_point) as deaths,
        max(killed.report_point) - coalesce(any_value(earlier_figures.deaths_most_told), 0) as added_deaths,
        max(injured.report_point) as latest_injured,
        any_value(earlier_figures.wounded_most_told) as earlier_wounded
    from reports as killed
    join report_span using (incident_key)
    join latest_reports using (incident_key)
    left join earlier_figures using (incident_key)
    join bounded as voted_injured
        on voted_injured.incident_key = killed.incident_key and voted_injured.casualty_type = 'injured'
    left join reports as injured
        on injured.incident_key = killed.incident_key and injured.article_id = killed.article_id
       and injured.casualty_type = 'injured'
    where killed.casualty_type = 'killed'
      and killed.report_tells_a_death
      and latest_reports.n_latest = 1
      and killed.published_at = report_span.last_published_at
      and killed.published_at > report_span.first_published_at
      and killed.published_at <= report_span.first_published_at + interval 60 day
      and killed.report_point > coalesce(earlier_figures.deaths_most_told, 0)
      and killed.report_point - coalesce(earlier_figures.deaths_most_told, 0) <= case
          when injured.article_id is null then greatest(voted_injured.best, coalesce(earlier_figures.wounded_most_told, 0))
          else voted_injured.best end
    group by killed.incident_key
),

revised as (
    select
        bounded.* replace (
            case
                when later_deaths.incident_key is null then bounded.best
                when bounded.casualty_type = 'killed' then greatest(bounded.best, later_deaths.deaths)
                -- (unless the winning wounded figure is the latest report's own, told after the death)
                when bounded.best = later_deaths.latest_injured then bounded.best
                when later_deaths.latest_injured is null
                    then greatest(0, greatest(bounded.best, coalesce(later_deaths.earlier_wounded, 0))
                                     - later_deaths.added_deaths)
                else greatest(0, bounded.best - later_deaths.added_deaths)
            end as best
        )
    from bounded
    left join later_deaths using (incident_key)
),

bounded_revised as (
    select
        * replace (
            least(low, best) as low,
            case when high is not null then greatest(high, best) end as high
        )
    from revised
),

-- children, teens and attackers never exceed the casualties they are part of; when children
-- and teens together do, they count the same victims twice, and the teens' figure stands (a
-- teenager is often called a boy or a child, a child rarely a teen: GVA dev, children killed
-- 0.918 -> 0.922, injured 0.907 -> 0.911, teens killed 0.916 -> 0.920); unless more reports
-- give the children's figure than the teens' (a sibling's age misread in one or two reports:
-- children killed and teens killed +2 each)
with_minors as (
    select
        * replace (
            case
                when children_outvote_teens then least(children_best, best)
                else least(children_best, best - least(teens_best, best))
            end as children_best,
            least(attackers_best, best) as attackers_best
        ),
        case
            when children_outvote_teens then least(teens_best, best - least(children_best, best))
            else least(teens_best, best)
        end as teens_within_best
    from bounded_revised
),

contradictions as (
    select distinct earlier.incident_key, earlier.casualty_type
    from reports as earlier
    join reports as later
        on later.incident_key = earlier.incident_key
       and later.casualty_type = earlier.casualty_type
       and later.story_id <> earlier.story_id
       and coalesce(later.published_at, timestamp '1900-01-01')
           >= coalesce(earlier.published_at, timestamp '1900-01-01')
    where later.report_high < earlier.report_low
      -- fewer injured because injured victims died is a revision, not a contradiction: the deaths reported by
      -- the later report's publication rose over the earlier report's by at least the injured it lost
      and not (
          earlier.casualty_type = 'injured'
          and coalesce((
              select max(killed.report_low) from reports as killed
              where killed.incident_key = earlier.incident_key and killed.casualty_type = 'killed'
                and coalesce(killed.published_at, timestamp '1900-01-01')
                    <= coalesce(later.published_at, timestamp '1900-01-01')
          ), 0) - coalesce((
              select max(killed.report_point) from reports as killed
              where killed.incident_key = earlier.incident_key and killed.casualty_type = 'killed'
                and killed.article_id = earlier.article_id
          ), 0) >= earlier.report_low - later.report_high
      )
    union
    -- two parties in one report: "the toll rose to 31, the ministry said. Residents said at least 40"
    select incident_key, casualty_type
    from reports
    where report_disputed_within
),

contested as (
    select incident_key, string_agg(casualty_type, ', ' order by casualty_type) as contested_types
    from contradictions
    group by incident_key
),

-- the day each report gives the incident: that of its first figure naming a day
report_days as (
    select incident_key, article_id, arg_min(day_key, claim_key) as day_key
    from stg_incident_claims
    where day_is_precise
    group by incident_key, article_id
),

incident_days as (
    select incident_key, mode(day_key order by day_key) as voted_day
    from report_days
    group by incident_key
),

-- the incident's place: the one most of its claims name (ties: one with coordinates, then the earliest
-- report's, then by name), with that place's own country and coordinates, so that the three agree
place_votes as (
    select
        incident_key,
        location,
        count(*) as n_claims,
        count(latitude) > 0 as has_coordinates,
        min(published_at) as first_reported,
        arg_min({'country': country, 'latitude': latitude, 'longitude': longitude},
                (latitude is null, published_at, article_id, claim_key)) as named
    from stg_incident_claims
    where location is not null
    group by incident_key, location
),

incident_places as (
    select
        incident_key,
        arg_max({'location': location, 'country': named.country, 'latitude': named.latitude,
                 'longitude': named.longitude},
                (n_claims, has_coordinates, -epoch(first_reported), location)) as place
    from place_votes
    group by incident_key
),

-- the kind of event most claims tell (ties: by name)
incident_event_types as (
    select incident_key, arg_max(event_type, (n_claims, event_type)) as event_type
    from (
        select incident_key, event_type, count(*) as n_claims
        from stg_incident_claims
        where event_type is not null
        group by incident_key, event_type
    )
    group by incident_key
),

described as (
    select
        incident_key,
        -- the day most reports name (ties: the earliest); when none names a day, a window
        -- that ended before the first report ("last month", in a later report), else the
        -- first report's publication date (a report naming no day is mostly that day's news)
        coalesce(
            any_value(incident_days.voted_day),
            case when max(period_end) < min(published_date) - 1 then min(period_start) end,
            min(published_date)
        ) as date_start,
        greatest(max(period_end), date_start) as date_end,
        any_value(incident_places.place.location) as location,
        -- (claims that name only a country give it when no claim names a place)
        coalesce(any_value(incident_places.place.country), mode(country order by country)) as country,
        any_value(incident_places.place.latitude) as latitude,
        any_value(incident_places.place.longitude) as longitude,
        any_value(incident_event_types.event_type) as event_type,
        count(distinct article_id) as n_articles,
        count(distinct outlet) as n_sources,
        least(count(distinct outlet), count(distinct coalesce(wire_agency, story_id))) as n_independent_sources,
        string_agg(distinct attributed_source, '; ' order by attributed_source) as attributed_sources
    from stg_incident_claims
    left join incident_days using (incident_key)
    left join incident_places using (incident_key)
    left join incident_event_types using (incident_key)
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
        coalesce(killed.children_best, 0)::integer as children_killed_best,
        coalesce(injured.children_best, 0)::integer as children_injured_best,
        coalesce(killed.teens_within_best, 0)::integer as teens_killed_best,
        coalesce(injured.teens_within_best, 0)::integer as teens_injured_best,
        coalesce(killed.attackers_best, 0)::integer as attackers_killed_best,
        coalesce(injured.attackers_best, 0)::integer as attackers_injured_best,
        described.date_start,
        described.date_end,
        described.location,
        described.country,
        described.latitude,
        described.longitude,
        described.event_type,
        described.n_articles,
        described.n_sources,
        described.n_independent_sources,
        described.attributed_sources,
        contested.incident_key is not null as is_contested,
        contested.contested_types,
        case
            when contested.incident_key is not null then 'contested'
            when described.n_independent_sources >= 2 then 'corroborated'
            else 'single-source'
        end as grade
    from described
    left join with_minors as killed
        on killed.incident_key = described.incident_key and killed.casualty_type = 'killed'
    left join with_minors as injured
        on injured.incident_key = described.incident_key and injured.casualty_type = 'injured'
    left join contested on contested.incident_key = described.incident_key
)

select * from final
order by date_start nulls last, incident_id
