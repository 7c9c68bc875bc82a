-- Replace the overrides table with the rows of the overrides file ($1).
insert into overrides by name
select
    trim(override_id) as override_id,
    lower(trim(action)) as action,
    trim(claim_id) as claim_id,
    nullif(trim(other_claim_id), '') as other_claim_id,
    nullif(trim(value), '') as value,
    analyst,
    reason,
    decided_at
from read_csv($1, header = true, all_varchar = true)
