-- Frame for the set-aside share: one row per claim, 1.0 when a row rule set it aside.
select claim_id, case when passes_row_rules then 0.0 else 1.0 end as set_aside
from claims
