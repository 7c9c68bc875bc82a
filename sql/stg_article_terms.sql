-- Distinctive words of each article, to recognize reports of the same incident by the
-- names they share (victims, suspects, streets, businesses).
-- A term is a capitalized word of 3+ letters, lower-cased, from the title or the text;
-- words found in many articles ("Police", big cities) carry no signal: each term carries
-- its document frequency `n_articles`, and the two caps the incident rules use (a rare
-- name: in at most `max_rare_articles` articles; a name a little less rare: in at most
-- `max_uncommon_articles`); days, months and holidays are dropped here.
-- The text of a wire copy is left out (its original has the same words), its title is not;
-- a title's trailing site name ("... - KSLA News 12", "... | Local News") is dropped;
-- `is_official` marks the names of officials introduced by their title ("Mayor Jane Doe").
-- A table, not a view: two models read it several times, and the regex scan of every
-- article's text should run once per run.
create or replace table stg_article_terms as
with settings as (
    select 8 as max_rare_articles, 30 as max_uncommon_articles
),

sources as (
    select
        article_id,
        coalesce(regexp_replace(title, '\s+[-|–—]\s+.*$', ''), '')
        || case when duplicate_of is null then E'\n' || text else '' end as words_of
    from articles
),

words as (
    select distinct
        article_id,
        lower(unnest(regexp_extract_all(words_of, '\b[A-Z][a-z]{2,}(?:[''-][A-Za-z]+)?\b'))) as term
    from sources
),

-- officials named after their title ("Mayor Jane Doe", "Police Chief John Roe", "Sgt. Al Poe")
-- speak about every incident of their city: their names are marked, so that they do not
-- count as the incident's own names (victims', suspects', streets')
officials as (
    select distinct
        article_id,
        lower(unnest(regexp_extract_all(official, '[A-Z][a-z]{2,}(?:[''-][A-Za-z]+)?'))) as term
    from (
        select
            article_id,
            unnest(regexp_extract_all(
                words_of,
                '\b(?:Mayor|Chief|Sheriff|Sgt\.|Sergeant|Lt\.|Lieutenant|Capt\.|Captain|Cpl\.|Corporal|'
                || 'Detective|Det\.|Spokesman|Spokeswoman|Spokesperson|Coroner|Commissioner|Superintendent|'
                || 'Prosecutor|Councilman|Councilwoman|Alderman|Gov\.|Governor)'
                || '\s+((?:[A-Z][a-z]+\.?\s+){0,2}[A-Z][a-z]{2,}(?:[''-][A-Za-z]+)?)',
                1
            )) as official
        from sources
    )
),

names as (
    select * from words
    -- days, months and holidays are dates, not names (two shootings of one Thanksgiving
    -- weekend share the word, not the incident)
    where term not in (
        'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
        'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
        'october', 'november', 'december', 'thanksgiving', 'christmas', 'easter', 'halloween'
    )
),

final as (
    select
        article_id,
        term,
        count(*) over (partition by term) as n_articles,
        n_articles <= (select max_rare_articles from settings) as is_rare,
        n_articles <= (select max_uncommon_articles from settings) as is_uncommon,
        exists (
            select 1 from officials
            where officials.article_id = names.article_id and officials.term = names.term
        ) as is_official
    from names
)

select * from final
