-- Frame for the claims suite: the claims that flow on to tolls and incidents.
select * exclude (text_at_offsets), text_at_offsets
from claim_facts
where passes_row_rules
