-- Places an article names outside its figures' sentences: the dateline ("HAMPTON, Va.
-- (WAVY) —") and the title ("Kenosha man charged in fatal shooting"). They give an
-- article whose claims name no place an article-level place, and let two reports of one
-- incident that name the city in different sentences recognize each other.
-- Only names the claims of this warehouse already know as places count (so "UPDATE —"
-- or a station's call letters are not places), and a name whose words are all ordinary
-- lower-case words somewhere in the articles ("One", "Central High") does not count
-- from a title, where any word may be capitalized; nor does, from a title, a name
-- without coordinates (a state is too broad to tell incidents apart).
create or replace table stg_article_places as
with known_places as (
    select
        lower(location) as place,
        any_value(location) as spelling,
        count(latitude) > 0 as has_coordinates
    from claims_reviewed
    where location is not null and length(location) >= 4 and location <> coalesce(country, '')
    group by lower(location)
),

lower_words as (
    select distinct unnest(regexp_extract_all(text, '\b[a-z]{3,}\b')) as word
    from articles
    where duplicate_of is null
),

common_words as (
    select word from (
        select distinct article_id, unnest(regexp_extract_all(text, '\b[a-z]{3,}\b')) as word
        from articles
        where duplicate_of is null
    )
    group by word
    having count(*) >= 3
),

unambiguous_places as (
    select place, spelling
    from known_places
    where has_coordinates
      and exists (
        select 1 from unnest(string_split(regexp_replace(place, '[^a-z ]', ' ', 'g'), ' ')) as words(word)
        where length(word) >= 3 and word not in (select word from common_words)
    )
),

datelines as (
    select
        article_id,
        regexp_replace(lower(regexp_extract(
            left(text, 400),
            '(?m)^[ \t]*([A-Z][A-Z.''-]+(?:[ ][A-Z][A-Z.''-]+){0,3})(?:,[ ]*[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?)?[ ]*(?:\([^)\n]{1,40}\))?[ ]*(?:—|–|--|-|:)',
            1
        )), ' co\.$', ' county') as place
    from articles
),

from_dateline as (
    select datelines.article_id, datelines.place, 'dateline' as source
    from datelines
    join known_places using (place)
),

titles as (
    -- without the site name some titles end with ("... - KSLA News 12 Shreveport")
    select article_id, regexp_replace(title, '\s+[-|–—]\s+.*$', '') as title
    from articles
    where title is not null
),

from_title as (
    select titles.article_id, unambiguous_places.place, 'title' as source
    from titles
    join unambiguous_places
        on contains(titles.title, unambiguous_places.spelling)
       and regexp_matches(
           titles.title,
           '(?:^|[^A-Za-z])' || regexp_escape(unambiguous_places.spelling) || '(?:$|[^A-Za-z])'
       )
),

final as (
    select * from from_dateline
    union
    select * from from_title
)

select * from final
