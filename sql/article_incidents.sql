-- Which incident each article reports, for every article, figures or not.
--   * An article with figures reports the incident of its main event (the event of its
--     first figure, sql/stg_claim_events.sql); its other figures may belong to others.
--   * An article without any figure (a court follow-up, a page whose body is site
--     boilerplate and whose title says little) reports the incident of the article with
--     figures it is most like, when that is clear: published at most `max_publication_gap`
--     days apart and sharing `min_shared_terms` rare names, or one rare name and a place
--     (claims, dateline or title); a place and names a little less common (in at most
--     `max_uncommon_articles` articles, sql/stg_article_terms.sql): one within a day, `uncommon_shared_terms`
--     within `max_publication_gap` days (dev: 8 pairs in 8 with a report of the same
--     incident); or, published at most `max_title_gap` days apart, one
--     rare name of its title ("Lakeview man charged in ..."; a title names what the article
--     is about); or sharing `follow_up_shared_terms` names up to
--     `max_follow_up_gap` days apart; or, up to `max_follow_up_gap` days apart, a rare name
--     of its title and another rare name (an arrest, a plea: "Bail set for Quimby bar
--     gunman"; dev: 19 article pairs in 19, 10 not matched otherwise; B-cubed recall
--     +0.0030, precision +0.0008); or, however late, `late_shared_terms` rare names and a
--     place (a trial or sentencing a year on; dev: 7 in 7, 2 new; recall +0.0012). The
--     article sharing the most names wins (then the nearest in time). It does not change
--     the incident's figures or its sources.
-- Articles that match nothing have no incident (incident_id null).
create or replace table article_incidents as
with settings as (
    select
        2 as min_shared_terms,
        5 as follow_up_shared_terms,
        3 as late_shared_terms,
        3 as uncommon_shared_terms,
        7 as max_publication_gap,
        3 as max_title_gap,
        60 as max_follow_up_gap
),

main_incident as (
    select article_id, arg_min(incident_key, claim_key) as incident_id
    from stg_incident_claims
    group by article_id
),

without_figures as (
    select article_id, published_date
    from articles
    where article_id not in (select article_id from main_incident)
),

article_uncommon_terms as (
    select article_id, term, is_rare from stg_article_terms where is_uncommon
),

-- the names in an article's title (without its trailing site name), the same words as
-- sql/stg_article_terms.sql reads
title_terms as (
    select distinct article_id, lower(unnest(regexp_extract_all(
        coalesce(regexp_replace(title, '\s+[-|–—]\s+.*$', ''), ''),
        '\b[A-Z][a-z]{2,}(?:[''-][A-Za-z]+)?\b'
    ))) as term
    from articles
),

article_place_names as (
    select article_id, place from stg_article_places
    union
    select article_id, lower(location) from stg_claim_events where location is not null
),

candidates as (
    select
        lonely.article_id,
        main_incident.incident_id,
        count(*) filter (where lonely_terms.is_rare) as n_shared,
        count(*) as n_uncommon_shared,
        count(title_terms.term) filter (where lonely_terms.is_rare) as n_title_shared,
        abs(date_diff('day', lonely.published_date, any_value(other.published_date))) as publication_gap,
        exists (
            select 1 from article_place_names as lonely_places
            join article_place_names as other_places using (place)
            where lonely_places.article_id = lonely.article_id
              and other_places.article_id = main_incident.article_id
        ) as common_place
    from without_figures as lonely
    join article_uncommon_terms as lonely_terms on lonely_terms.article_id = lonely.article_id
    join article_uncommon_terms as other_terms
        on other_terms.term = lonely_terms.term and other_terms.article_id <> lonely.article_id
    left join title_terms on title_terms.article_id = lonely.article_id and title_terms.term = lonely_terms.term
    join main_incident on main_incident.article_id = other_terms.article_id
    join articles as other on other.article_id = main_incident.article_id
    group by lonely.article_id, lonely.published_date, main_incident.article_id, main_incident.incident_id
),

accepted as (
    select article_id, arg_max(incident_id, (n_shared, n_uncommon_shared, -publication_gap)) as incident_id
    from candidates
    where (
        publication_gap <= (select max_publication_gap from settings)
        and (n_shared >= (select min_shared_terms from settings) or (n_shared >= 1 and common_place))
    ) or (
        -- names a little less rare, with a place in common
        common_place
        and (
            (publication_gap <= 1 and n_uncommon_shared >= 1)
            or (publication_gap <= (select max_publication_gap from settings)
                and n_uncommon_shared >= (select uncommon_shared_terms from settings))
        )
    ) or (
        -- a rare name of its title ("Lakeview man charged in ..."), shortly after
        publication_gap <= (select max_title_gap from settings) and n_title_shared >= 1
    ) or (
        -- a rare name of its title and another rare name: a later report (an arrest, a plea)
        publication_gap <= (select max_follow_up_gap from settings)
        and n_title_shared >= 1 and n_shared >= (select min_shared_terms from settings)
    ) or (
        publication_gap <= (select max_follow_up_gap from settings)
        and n_shared >= (select follow_up_shared_terms from settings)
    ) or (
        -- a trial or a sentencing however late: rare names and a place in common
        n_shared >= (select late_shared_terms from settings) and common_place
    )
    group by article_id
),

final as (
    select
        articles.article_id,
        coalesce(main_incident.incident_id, accepted.incident_id) as incident_id,
        case
            when main_incident.incident_id is not null then 'figures'
            when accepted.incident_id is not null then 'shared names'
        end as matched_by
    from articles
    left join main_incident using (article_id)
    left join accepted using (article_id)
)

select * from final
