-- Summary figures: cumulative or period tolls ("40 days of fighting killed nearly 700")
-- and their subsets. They cover many incidents, so they are kept apart and never added
-- to single-incident totals.
create or replace view summary_claims as
with summaries as (
    select claims.*
    from claims_reviewed as claims
    left join claims_reviewed as parents on parents.claim_id = claims.parent_claim_id
    where claims.passes_row_rules
      and (claims.is_summary or coalesce(parents.is_summary, false))
),

final as (
    select
        claim_id, article_id, parent_claim_id, casualty_type, victim_group, is_child,
        reported_value, qualifier, count_low, count_point, count_high,
        period_start, period_end, date_precision, location, country, attributed_source,
        evidence_field, evidence_text, rule
    from summaries
)

select * from final
