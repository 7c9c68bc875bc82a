-- Distinctive words of each article, to recognize reports of the same incident by the
-- names they share (victims, suspects, streets, businesses).
-- A term is a capitalized word of 3+ letters, lower-cased; words found in many articles
-- (days, months, "Police", big cities) carry no signal and are dropped by the
-- document-frequency cap in sql/incident_membership.sql.
-- A table, not a view: two models read it several times, and the regex scan of every
-- article's text should run once per run.
create or replace table stg_article_terms as
with words as (
    select distinct
        article_id,
        lower(unnest(regexp_extract_all(text, '\b[A-Z][a-z]{2,}(?:[''-][A-Za-z]+)?\b'))) as term
    from articles
    where duplicate_of is null
),

final as (
    select * from words
)

select * from final
