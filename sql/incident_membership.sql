-- Which incident each article event belongs to.
--
-- Two article events (sql/stg_claim_events.sql) from different stories are linked when
--   (a) they name the same place on the same day, unless their articles share no rare
--       name and give their victims' ages with none in common (two shootings in one city
--       on one day); or, when their articles share a rare name (a name found in at most
--       `max_rare_articles` articles, sql/stg_article_terms.sql), places within `max_km` of each other on the same
--       day ("Englewood" and "Chicago"), or the same place a day apart (late at night);
--   (b) their articles' main events (the events of their first figures; so a round-up
--       cannot chain separate incidents together), published at most
--       `max_publication_gap` days apart:
--         - share `strong_shared_terms` rare names, whatever the extracted place and day;
--         - share `min_shared_terms` names, their days are at most one day apart (or
--           unknown, with places that agree if both are known);
--         - share one name, their days are at most one day apart (or unknown), and the
--           articles name a common place (in their claims, datelines or titles) or a
--           common victim age;
--         - share one name, name the same day, give the same killed and injured figures,
--           and their places do not disagree;
--         - share `uncommon_shared_terms` names found in at most `max_uncommon_articles`
--           articles, published at most two days apart, days at most one apart or unknown;
--         - share one name, one of them names no day, published at most a day apart (two
--           with the same figures), and no place or victim age disagrees;
--         - share no name, but are at most a day apart (or, one naming no day, published at
--           most two days apart) and name a common place and a common victim age; or, days
--           unknown and published at most a day apart, a common place and the same killed
--           and injured figures;
--         - one of them names no day, published at most a day apart: a common victim age
--           and the same killed and injured figures (dev: 36 pairs of main events in 36, 3
--           of them linked by no other rule; B-cubed recall +0.0022, precision unchanged);
--       later reports (an arrest, a trial), up to `max_follow_up_gap` days later: sharing
--       `follow_up_shared_terms` names; or `min_shared_terms` names and naming the same
--       day; or `strong_shared_terms` names within `max_strong_follow_up_gap` days (when
--       the days named lie more than a day apart, not all of them places: dev, one false
--       merge of two shootings in one small town three weeks apart, nothing lost). A trial
--       or sentencing a year on: `follow_up_shared_terms` names and a common place or
--       victim age, however far apart; or `named_follow_up_shared_terms` names that are
--       not places (no word of a place the warehouse knows: claims' locations, datelines,
--       titles; a town's name says little) nor officials' ("Mayor Jane Doe", who speaks
--       about many of a city's incidents: dev, one false merge a year apart gone, B-cubed
--       precision +0.003, recall -0.001) and a common place and a common victim age.
--       An arrest or a charge named with the victim's age: a common victim age and one rare
--       name and a common place, or `min_shared_terms` rare names; days at most two apart
--       or unknown, up to `max_follow_up_gap` days later (dev: 276 pairs of main events in
--       280, 6 linked by no other rule, the 4 wrong ones linked by other rules anyway;
--       B-cubed recall +0.0038, precision unchanged).
--       A report that names the incident's day, however late, with one rare name and a
--       common place (dev: 491 pairs of main events in 497 report one incident, the other 6
--       are linked by other rules anyway); a trial or a sentencing more than
--       `max_follow_up_gap` days later with `strong_shared_terms` rare names, one of them not
--       a place's nor an official's, a common place, and a common victim age or the same
--       killed and injured figures (dev: 52 pairs in 52; within 60 days the same test links
--       2 pairs of other incidents by a site's words, "Error", "Submit", or an institute's);
--       together B-cubed recall +0.0056, precision unchanged.
--       A later report with the incident's killed and injured figures, up to
--       `max_follow_up_gap` days later: naming its day, with a common place (no victim age
--       against it) or a common victim age; or naming no day, with one rare name and a common
--       place (dev: 410 pairs of main events in 412 report one incident, the other 2 are
--       linked by other rules anyway; 7 linked by no other rule;
--       B-cubed recall +0.0036, precision unchanged).
-- An article's main event is the event of its first figure; when that figure is set
-- apart (dated "last month", sql/stg_claim_events.sql), the event of the first figure
-- kept in the article's main place and day is a main event too (dev: 6 articles; B-cubed
-- recall +0.0013, precision unchanged).
-- Places "agree" or "disagree" by name; a place without coordinates (a state, a county) may
-- hold the other one, so against another name it neither agrees nor disagrees (dev: B-cubed
-- recall +0.0025, precision -0.0006).
-- A day counts only when the text names it (date_precision 'day'): a window ("last
-- week", or the publication date when the text names no day) is too weak to link.
-- (On the GVA development data, pairs of articles published within a week that share
-- 3+ rare names report the same incident 330 times in 337; 2 names with days at most
-- one apart, 346 in 349; 1 name, days at most one apart and a common place or victim
-- age, 88 in 91; articles naming the same place and day, 222 in 228; published more than
-- 60 days apart, 5+ rare names and a common place or victim age, 47 in 47; 3+ rare names
-- that are not places, a common place and a common victim age, 132 in 133, of them 22 in
-- 22 published more than 60 days apart.)
-- Two events whose figures tell different kinds of violence (explosive: bombing, shelling, air
-- strike; shooting; stabbing; arson) and whose articles share no name but places' and officials'
-- are never linked by the rules above: two incidents in one city on one day (invented wire feeds:
-- a Kabul truck bombing and a bank shooting; GVA dev: no link lost).
-- Analyst overrides add links (same_incident) or cut an event loose (separate_incident).
-- Incidents are the connected components of these links; an incident's id is derived
-- from its smallest event key, so it is stable while its first event stays.
create or replace table incident_membership as
with recursive settings as (
    select
        2 as min_shared_terms,        -- with compatible place and day
        3 as strong_shared_terms,     -- whatever the extracted place and day
        5 as follow_up_shared_terms,  -- for follow-up reports weeks later
        3 as named_follow_up_shared_terms,  -- rare names that are not places, with place and age
        4 as uncommon_shared_terms,   -- names in at most `max_uncommon_articles` articles
        7 as max_publication_gap,
        60 as max_follow_up_gap,
        30 as max_strong_follow_up_gap,  -- for `strong_shared_terms` names
        25.0 as max_km
),

events as (
    select
        event_key,
        any_value(article_id) as article_id,
        any_value(story_id) as story_id,
        any_value(place_key) as place_key,
        any_value(day_key) as day_key,
        bool_or(day_is_precise) as day_is_precise,
        any_value(latitude) filter (where lower(location) = place_key) as latitude,
        any_value(longitude) filter (where lower(location) = place_key) as longitude,
        any_value(location_kind) filter (where lower(location) = place_key) as place_kind,
        any_value(published_date) as published_date
    from stg_claim_events
    group by event_key
),

-- what an article says about its incidents as a whole: the places it names (with its
-- claims, in its dateline or title), the ages of its victims
article_facts as (
    select
        article_id,
        list(distinct place) filter (where place is not null) as places,
        list(distinct victim_age) filter (where victim_age is not null) as ages,
        coalesce(max(count_point) filter (where casualty_type = 'killed'), 0) as killed,
        coalesce(max(count_point) filter (where casualty_type = 'injured'), 0) as injured
    from (
        select
            article_id,
            case when location <> coalesce(country, '') then lower(location) end as place,
            victim_age,
            casualty_type,
            count_point
        from stg_claim_events
        union all
        select article_id, place, null, null, null from stg_article_places
    )
    group by article_id
),

-- an article's main event: the one its first figure belongs to; and, when that figure
-- is set apart from the article's main place and day (sql/stg_claim_events.sql: dated
-- "last month"), the event of its first figure that is not
main_events as (
    select arg_min(event_key, claim_key) as event_key, article_id
    from stg_claim_events
    group by article_id
    union
    select arg_min(event_key, claim_key) as event_key, article_id
    from stg_claim_events
    where in_main_event
    group by article_id
),

-- the words of the places the warehouse knows (claims' locations, datelines, titles): a
-- town's name that two reports share says less than a person's or a street's
place_words as (
    select distinct unnest(regexp_extract_all(place, '[a-z][a-z''-]+')) as term
    from (
        select lower(location) as place from claims_reviewed where location is not null
        union
        select place from stg_article_places
    )
),

-- the words of who gave the figures ("Syrian Observatory for Human Rights", "Iraqi Health Ministry"): a
-- monitor's or a ministry's name says who spoke, not what happened (its places stay place words)
-- (people named by whom or where they belong to, "Neighbors of Watkins Park", "the family of Jaylen Cotton", are
-- not an organization: the words after their "of" are the place's or the victim's, the incident's own names)
source_words as (
    select distinct unnest(regexp_extract_all(lower(regexp_replace(
        attributed_source,
        '^((?:the\s+)?(?:neighbou?rs|residents|relatives|famil(?:y|ies)|friends|parents|classmates|witnesses|'
        || 'mother|father|brother|sister|son|daughter|wife|husband|grandmother|grandfather|aunt|uncle|cousin)'
        || '\s+of)\s.*$',
        '\1', 'i')), '[a-z][a-z''-]+')) as term
    from claims_reviewed
    where attributed_source is not null
),

article_uncommon_terms as (
    select
        article_id, term, is_rare,
        -- a town's name, an official's ("Mayor Jane Doe"), its hospital's or its county's is shared by many of
        -- a city's incidents
        term in (select term from place_words) or is_official or is_institution as is_place_or_official
    from stg_article_terms
    where is_uncommon
      and (term not in (select term from source_words) or term in (select term from place_words))
),

-- n_shared counts rare names; n_uncommon_shared also names a little more common
shared_terms as (
    select
        left_terms.article_id as left_article,
        right_terms.article_id as right_article,
        count(*) filter (where left_terms.is_rare) as n_shared,
        count(*) filter (
            where left_terms.is_rare and not (left_terms.is_place_or_official or right_terms.is_place_or_official)
        ) as n_named_shared,
        count(*) as n_uncommon_shared
    from article_uncommon_terms as left_terms
    join article_uncommon_terms as right_terms
        on left_terms.term = right_terms.term and left_terms.article_id < right_terms.article_id
    group by all
),

-- candidate pairs of articles: every rule below needs a name in common (shared_terms) or a
-- place in common, so only such pairs are compared (a feed of thousands of articles a day
-- would otherwise compare every pair published within the same days)
article_place_rows as (
    select article_id, unnest(places) as place from article_facts
),

candidate_articles as (
    select left_article, right_article from shared_terms
    union
    select left_places.article_id, right_places.article_id
    from article_place_rows as left_places
    join article_place_rows as right_places
        on left_places.place = right_places.place and left_places.article_id < right_places.article_id
),

-- the candidate pairs joined to their events first, materialized: left to itself, the
-- planner may pair every two events of the same days before applying the candidates
-- (millions of rows and a gigabyte on a busy day)
candidate_left_events as materialized (
    select left_event.*, candidate_articles.right_article
    from candidate_articles
    join events as left_event on left_event.article_id = candidate_articles.left_article
),

event_pairs as (
    select
        least(left_event.event_key, right_event.event_key) as left_key,
        greatest(left_event.event_key, right_event.event_key) as right_key,
        left_event.article_id as left_article,
        right_event.article_id as right_article,
        great_circle_km(left_event.latitude, left_event.longitude, right_event.latitude, right_event.longitude) as km,
        -- one name is one place unless the gazetteer put the two far apart ("Springfield, Mo." and
        -- "Springfield, Ill.")
        left_event.place_key = right_event.place_key
            and coalesce(km <= (select max_km from settings), true) as same_place,
        case when left_event.day_is_precise and right_event.day_is_precise
             then abs(date_diff('day', left_event.day_key, right_event.day_key)) end as day_gap
    from candidate_left_events as left_event
    join events as right_event on right_event.article_id = left_event.right_article
    where left_event.story_id <> right_event.story_id
      and left_event.day_is_precise and right_event.day_is_precise
      and abs(date_diff('day', left_event.day_key, right_event.day_key)) <= 1
),

same_place_and_day as (
    select event_pairs.left_key, event_pairs.right_key
    from event_pairs
    left join shared_terms
        on shared_terms.left_article = least(event_pairs.left_article, event_pairs.right_article)
       and shared_terms.right_article = greatest(event_pairs.left_article, event_pairs.right_article)
    left join article_facts as left_facts on left_facts.article_id = event_pairs.left_article
    left join article_facts as right_facts on right_facts.article_id = event_pairs.right_article
    where (
        event_pairs.same_place and event_pairs.day_gap = 0
        -- two shootings in one city on one day: victims of different ages, no name in common
        -- but places' and officials' (the town's own name, or its police chief's, is no sign
        -- that two reports of that town tell one shooting)
        and not (
            coalesce(shared_terms.n_named_shared, 0) = 0
            and coalesce(len(left_facts.ages), 0) > 0 and coalesce(len(right_facts.ages), 0) > 0
            and len(list_intersect(left_facts.ages, right_facts.ages)) = 0
        )
    ) or (
        -- (a name that is a place's says no more than the places compared here)
        coalesce(shared_terms.n_named_shared, 0) >= 1
        and (
            (event_pairs.day_gap = 0 and event_pairs.km <= (select max_km from settings))
            or (event_pairs.day_gap = 1 and event_pairs.same_place)
        )
    )
),

-- places the gazetteer gives coordinates (a town, a neighbourhood); a state or a county has none
located_places as (
    select distinct lower(location) as place from claims_reviewed where latitude is not null
),

main_pairs_all_names as (
    select
        left_event.event_key as left_key,
        right_event.event_key as right_key,
        coalesce(shared_terms.n_shared, 0) as n_shared,
        coalesce(shared_terms.n_uncommon_shared, 0) as n_uncommon_shared,
        coalesce(shared_terms.n_named_shared, 0) as n_named_shared,
        abs(date_diff('day', left_event.published_date, right_event.published_date)) as publication_gap,
        case when left_event.day_is_precise and right_event.day_is_precise
             then abs(date_diff('day', left_event.day_key, right_event.day_key)) end as day_gap,
        great_circle_km(left_event.latitude, left_event.longitude, right_event.latitude, right_event.longitude) as km,
        -- two places of one name that the gazetteer puts far apart ("Springfield, Mo." and
        -- "Springfield, Ill."): not the same place, and their name is no common place
        left_event.place_key = right_event.place_key and coalesce(km > settings.max_km, false) as namesakes,
        case
            when left_event.place_key is null or right_event.place_key is null then null
            when left_event.place_key = right_event.place_key then not namesakes
            -- a state or a county (a place without coordinates) may hold the other place: "Kansas"
            -- and "Hesston", "Dubois County" and "Huntingburg" are neither the same nor two places
            when left_event.place_key not in (select place from located_places)
                or right_event.place_key not in (select place from located_places) then null
            -- so may a city hold a neighbourhood near it that the city's report names too ("Frayser" and
            -- "Memphis", in a report that says "a Frayser apartment")
            when coalesce(km <= settings.max_km, false)
                and ((left_event.place_kind = 'neighbourhood' and right_event.place_kind <> 'neighbourhood'
                      and list_contains(right_facts.places, left_event.place_key))
                     or (right_event.place_kind = 'neighbourhood' and left_event.place_kind <> 'neighbourhood'
                         and list_contains(left_facts.places, right_event.place_key)))
                then null
            else false
        end as same_place,
        coalesce(len(list_intersect(left_facts.places, right_facts.places)) > 0, false)
            and not namesakes as common_place,
        left_event.place_kind = 'neighbourhood' and right_event.place_kind = 'neighbourhood'
            and left_event.place_key <> right_event.place_key as apart_neighbourhoods,
        coalesce(len(list_intersect(left_facts.ages, right_facts.ages)) > 0, false) as common_age,
        left_facts.killed = right_facts.killed and left_facts.injured = right_facts.injured as same_figures,
        coalesce(len(left_facts.ages), 0) > 0 and coalesce(len(right_facts.ages), 0) > 0
            and len(list_intersect(left_facts.ages, right_facts.ages)) = 0 as ages_differ
    from candidate_articles
    cross join settings
    join main_events as left_main on left_main.article_id = candidate_articles.left_article
    join main_events as right_main on right_main.article_id = candidate_articles.right_article
    join events as left_event on left_event.event_key = left_main.event_key
    join events as right_event on right_event.event_key = right_main.event_key
    left join shared_terms
        on shared_terms.left_article = left_main.article_id and shared_terms.right_article = right_main.article_id
    left join article_facts as left_facts on left_facts.article_id = left_main.article_id
    left join article_facts as right_facts on right_facts.article_id = right_main.article_id
    where (abs(date_diff('day', left_event.published_date, right_event.published_date))
          <= (select max_follow_up_gap from settings)
          or shared_terms.n_shared >= (select follow_up_shared_terms from settings)
          or shared_terms.n_named_shared >= (select named_follow_up_shared_terms from settings)
          or shared_terms.n_shared >= (select strong_shared_terms from settings)
          or (shared_terms.n_shared >= 1 and left_event.day_is_precise and right_event.day_is_precise
              and left_event.day_key = right_event.day_key))
      and (shared_terms.n_shared is not null
          or (left_event.day_is_precise and right_event.day_is_precise
              and abs(date_diff('day', left_event.day_key, right_event.day_key)) <= 1)
          or abs(date_diff('day', left_event.published_date, right_event.published_date)) <= 1
      )
),

-- two events in two neighbourhoods (of one city, as a rule): the names of places their reports share are
-- the city's and those neighbourhoods' (a report of one that recalls the other), only other names count
main_pairs as (
    select * replace (
        case when apart_neighbourhoods then n_named_shared else n_shared end as n_shared,
        case when apart_neighbourhoods then n_named_shared else n_uncommon_shared end as n_uncommon_shared
    )
    from main_pairs_all_names
),

shared_names as (
    select left_key, right_key
    from main_pairs
    where (
        (n_shared >= (select follow_up_shared_terms from settings)
            and (publication_gap <= (select max_follow_up_gap from settings) or common_place or common_age))
        -- people's and streets' names, not towns': a trial or sentencing however late
        or (n_named_shared >= (select named_follow_up_shared_terms from settings)
            and common_place and common_age)
        -- a later report (an arrest) with a victim's age, and the place or a second name
        or ((n_shared >= 1 and common_place or n_shared >= (select min_shared_terms from settings))
            and common_age and coalesce(day_gap <= 2, true)
            and publication_gap <= (select max_follow_up_gap from settings))
        -- a later report that names the incident's day
        or (n_shared >= (select min_shared_terms from settings) and day_gap = 0)
        -- a report that names the incident's day, however late, with a rare name and a place in common
        -- (with events placed apart, the name must not be a place's: see the one-name rule below)
        or (day_gap = 0 and n_shared >= 1 and common_place and (n_named_shared >= 1 or coalesce(same_place, true)))
        -- a trial or a sentencing months later: three rare names, one of them not a place's nor an
        -- official's, a common place, and the victim's age or the incident's figures (within
        -- `max_follow_up_gap` days the rules above cover follow-ups, and three words that weeks-apart
        -- reports of one city share are as often a site's boilerplate: "Error", "Submit")
        or (publication_gap > (select max_follow_up_gap from settings)
            and n_shared >= (select strong_shared_terms from settings) and n_named_shared >= 1
            and common_place and (common_age or same_figures))
        -- a later report with the incident's figures: naming its day, with a place or a victim age in
        -- common; or naming no day (an arrest, a funeral), with a rare name and a place in common
        or (same_figures and publication_gap <= (select max_follow_up_gap from settings)
            and ((day_gap = 0 and (common_place and not ages_differ or common_age))
                 or (day_gap is null and n_shared >= 1 and common_place and not ages_differ)))
        -- (names of places alone do not bridge days weeks apart: two shootings in one small town)
        or (n_shared >= (select strong_shared_terms from settings)
            and publication_gap <= (select max_strong_follow_up_gap from settings)
            and (n_named_shared >= 1 or coalesce(day_gap <= 1, true)))
    ) or (
        publication_gap <= (select max_publication_gap from settings)
        and (
            -- many shared names outweigh a place or day the extractor may have got wrong (days named
            -- more than a day apart need names that are not places': two shellings of one city)
            (n_shared >= (select strong_shared_terms from settings)
             and (coalesce(day_gap <= 1, true) or n_named_shared >= (select min_shared_terms from settings)))
            or (
                n_shared >= (select min_shared_terms from settings)
                and coalesce(day_gap <= 1, true)
                and (day_gap is not null or coalesce(same_place, true))
                -- places that disagree need a shared name that is not a place's ("Iraq", "Baghdad")
                and (coalesce(same_place, true) or n_named_shared >= 1)
            )
            -- (when the events' places differ, a shared name that is a place's is the common place compared
            -- again: the city's name does not link a report of one of its neighbourhoods to another shooting
            -- in the city that day)
            or (
                n_shared >= 1
                and (day_gap <= 1 or day_gap is null)
                and ((common_place and (n_named_shared >= 1 or coalesce(same_place, true))) or common_age)
            )
            -- (as above, a shared name that is a place's does not bridge two places: one killed in each of two
            -- neighbourhoods of a city on one day)
            or (n_shared >= 1 and day_gap = 0 and same_figures and publication_gap <= 2
                and (common_place or same_place is null) and (n_named_shared >= 1 or coalesce(same_place, true)))
            -- a day not named on one side: one name, published within a day (two days with the
            -- same figures), no place against it and no victim age against it
            or (n_shared >= 1 and day_gap is null and coalesce(same_place, true) and not ages_differ
                and (publication_gap <= 1 or (publication_gap <= 2 and same_figures)))
            or (coalesce(day_gap <= 1, publication_gap <= 2) and common_place and common_age)
            -- many names a little less rare, published within two days, days that agree
            or (n_uncommon_shared >= (select uncommon_shared_terms from settings)
                and publication_gap <= 2 and coalesce(day_gap <= 1, true))
            or (day_gap is null and publication_gap <= 1 and common_place and same_figures and not ages_differ)
            or (day_gap is null and publication_gap <= 1 and common_age and same_figures)
        )
    )
),

-- wire copies and reprints: the same story is the same incident
same_story as (
    select left_event.event_key as left_key, right_event.event_key as right_key
    from events as left_event
    join events as right_event
        on left_event.story_id = right_event.story_id
       and left_event.article_id <> right_event.article_id
       and coalesce(left_event.place_key, '') = coalesce(right_event.place_key, '')
       and left_event.day_key is not distinct from right_event.day_key
       and left_event.event_key < right_event.event_key
),

-- analysts' decisions (data/overrides): same_incident adds a link between the events of
-- two claims; separate_incident removes every link of the claim's event
override_events as (
    select
        overrides.action,
        overrides.decided_at,
        claim_events.event_key,
        other_events.event_key as other_event_key
    from overrides
    join stg_claim_events as claim_events using (claim_id)
    left join stg_claim_events as other_events on other_events.claim_id = overrides.other_claim_id
    where overrides.action in ('same_incident', 'separate_incident')
),

separations as (
    select event_key, decided_at from override_events where action = 'separate_incident'
),

separated_events as (
    select distinct event_key from separations
),

-- a merge stands unless one of its events was separated by a later decision
analyst_links as (
    select least(merge.event_key, merge.other_event_key) as left_key,
           greatest(merge.event_key, merge.other_event_key) as right_key
    from override_events as merge
    where merge.action = 'same_incident'
      and merge.other_event_key is not null
      and merge.event_key <> merge.other_event_key
      and not exists (
          select 1 from separations
          where separations.event_key in (merge.event_key, merge.other_event_key)
            and separations.decided_at > merge.decided_at
      )
),

-- the kinds of violence each event's figures tell, in classes a reporter may mix up (a "blast"
-- from a shell or an air strike); "attack", "clashes" and "massacre" say no kind
event_kinds as (
    select
        event_key,
        list(distinct case
            when event_type in ('bombing', 'suicide bombing', 'shelling', 'airstrike', 'gas attack') then 'explosive'
            when event_type in ('shooting', 'stabbing', 'arson') then event_type
        end) filter (where event_type in ('bombing', 'suicide bombing', 'shelling', 'airstrike', 'gas attack',
                                          'shooting', 'stabbing', 'arson')) as kinds
    from stg_claim_events
    group by event_key
),

-- two events of different kinds whose articles share no name but places' and officials' are two
-- incidents, however close in place and day: "a truck bomb in Kabul's diplomatic quarter" and
-- "gunmen shot three guards outside a Kabul bank" the same Wednesday
-- the links the rules above make (read twice below: computed once)
rule_links as materialized (
    select * from same_place_and_day
    union select * from shared_names
),

different_kinds as (
    select pairs.left_key, pairs.right_key
    from rule_links as pairs
    join events as left_event on left_event.event_key = pairs.left_key
    join events as right_event on right_event.event_key = pairs.right_key
    join event_kinds as left_kinds on left_kinds.event_key = pairs.left_key
    join event_kinds as right_kinds on right_kinds.event_key = pairs.right_key
    left join shared_terms
        on shared_terms.left_article = least(left_event.article_id, right_event.article_id)
       and shared_terms.right_article = greatest(left_event.article_id, right_event.article_id)
    where len(left_kinds.kinds) > 0 and len(right_kinds.kinds) > 0
      and len(list_intersect(left_kinds.kinds, right_kinds.kinds)) = 0
      and coalesce(shared_terms.n_named_shared, 0) = 0
),

links as (
    select * from (
        select * from rule_links
        except select * from different_kinds
        union select * from same_story
    )
    where left_key not in (select event_key from separated_events)
      and right_key not in (select event_key from separated_events)
    union
    select * from analyst_links
),

edges as (
    select left_key as source, right_key as target from links
    union
    select right_key, left_key from links
),

-- connected components by label propagation: each event keeps one row, the smallest event
-- key reachable so far (USING KEY replaces a key's row instead of adding one, so the work
-- grows with the events, not with the square of a component's size)
components(event_key, component) using key (event_key) as (
    select event_key, event_key from events
    union
    select edges.target, min(components.component)
    from components
    join edges on edges.source = components.event_key
    join recurring.components as current_label on current_label.event_key = edges.target
    group by edges.target, current_label.component
    having min(components.component) < current_label.component
),

final as (
    select event_key, 'inc_' || left(md5(min(component)), 16) as incident_key
    from components
    group by event_key
)

select * from final
