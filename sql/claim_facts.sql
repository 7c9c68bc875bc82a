-- Each claim with the facts its quality rules need: the article text (or title) at its offsets,
-- the publication date and its parent's value.
-- Read by the row rules (sql/claim_row_rules.sql) and by the Great Expectations suite.
create or replace view claim_facts as
with parents as (
    select claim_id as parent_claim_id, count_point as parent_point
    from claims
),

joined as (
    select
        claims.*,
        articles.published_date,
        length(evidence_source.field_text) as text_length,
        substring(
            evidence_source.field_text, claims.sentence_start + 1, claims.sentence_end - claims.sentence_start
        ) as text_at_offsets,
        parents.parent_point
    from claims
    join articles using (article_id)
    -- offsets point into the article's text, or into its title for headline figures
    cross join lateral (
        select case when claims.evidence_field = 'title' then articles.title else articles.text end as field_text
    ) as evidence_source
    left join parents using (parent_claim_id)
),

final as (
    select * from joined
)

select * from final
