-- Staging for reconciliation: each single-incident claim with the incident it reports.
create or replace view stg_incident_claims as
with final as (
    select stg_claim_events.*, incident_membership.incident_key
    from stg_claim_events
    join incident_membership using (event_key)
)

select * from final
