-- Each claim with the facts its quality rules need: the article text at its offsets,
-- the publication date, its parent's value, and the range the written number may take.
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
        length(articles.text) as text_length,
        substring(articles.text, claims.sentence_start + 1, claims.sentence_end - claims.sentence_start) as text_at_offsets,
        parents.parent_point
    from claims
    join articles using (article_id)
    left join parents using (parent_claim_id)
),

final as (
    select
        *,
        -- "more than 20" has a low bound of 21 and "nearly 700" a high bound under 700:
        -- the written number may sit one step outside a strict bound, never further.
        count_low - (case when qualifier = 'more_than' then 1 else 0 end) as reported_value_lower,
        count_high + (case when qualifier = 'nearly' then 1 else 0 end) as reported_value_upper
    from joined
)

select * from final
