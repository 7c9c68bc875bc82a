-- Frame for the overrides suite: each override with whether it applies.
select override_id, action, claim_id, status from v_override_audit
