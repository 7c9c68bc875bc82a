-- Write each claim's incident back to claims; summaries and set-aside claims have none.
update claims
set incident_id = keyed.incident_key
from (
    select claims.claim_id, stg_incident_claims.incident_key
    from claims
    left join stg_incident_claims using (claim_id)
) as keyed
where claims.claim_id = keyed.claim_id
  and claims.incident_id is distinct from keyed.incident_key
