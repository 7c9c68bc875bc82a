-- Frame for the claims suite: the claims that flow on to tolls and incidents.
select *
from claim_facts
where passes_row_rules
