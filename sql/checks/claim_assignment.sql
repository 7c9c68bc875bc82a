-- Frame for the assignment suite: each claim that flows on, and in how many homes it
-- sits (an incident, a summary): exactly one is expected.
with homes as (
    select
        claims_reviewed.claim_id,
        (claims.incident_id is not null)::integer
            + (claims_reviewed.claim_id in (select claim_id from summary_claims))::integer as n_homes
    from claims_reviewed
    join claims using (claim_id)
    where claims_reviewed.passes_row_rules
)

select * from homes
