-- v_override_audit: every analyst override, whether it applies, and what it changed.
create or replace view v_override_audit as
with checked as (
    select
        overrides.*,
        target.claim_id is not null as claim_exists,
        overrides.other_claim_id is null or other.claim_id is not null as other_claim_exists,
        overrides.action in ('reject_claim', 'correct_value', 'same_incident', 'separate_incident') as action_known,
        overrides.action <> 'correct_value' or try_cast(overrides.value as integer) is not null as value_valid,
        overrides.action <> 'same_incident' or overrides.other_claim_id is not null as has_other_claim,
        target.count_point as original_point,
        target.passes_row_rules as original_passes,
        target.incident_id as incident_now,
        target.evidence_text
    from overrides
    left join claims as target using (claim_id)
    left join claims as other on other.claim_id = overrides.other_claim_id
),

final as (
    select
        *,
        case
            when not action_known then 'unknown action'
            when not claim_exists then 'claim_id not found'
            when not other_claim_exists then 'other_claim_id not found'
            when not has_other_claim then 'same_incident needs other_claim_id'
            when not value_valid then 'value is not a whole number'
            else 'applied'
        end as status
    from checked
)

select * from final
