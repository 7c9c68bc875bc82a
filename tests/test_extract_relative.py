"""Relative clauses between a figure's noun and its verb, one more victim of another kind after "and", and people
"shot and wounded": the limits of the 0.20.0 fixes the South Asia and Africa set led to (invented sentences)."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.extractor import extract_claims


def _read(text: str) -> list[tuple[int, str]]:
    return [(c.count_point, c.casualty_type) for c in extract_claims(text, date(2021, 9, 8)) if c.counts]


@pytest.mark.parametrize("text, read", [
    # a restrictive relative clause with its prepositions
    ("Three gunmen who tried to storm the building after the blast were shot dead by guards.", [(3, "killed")]),
    # a non-restrictive one between commas
    ("All three attackers, who were wearing suicide vests, were killed in the exchange of fire.", [(3, "killed")]),
    # a casualty verb in the clause is the figure's own, not a clause to skip
    ("Four children who died after their father shot them were buried on Monday.", [(4, "killed")]),
    # a clause with a verb of its own after "and" is no clause of the figure
    ("Three suspects who shot and killed a man were arrested.", [(1, "killed")]),
])
def test_a_relative_clause_before_the_verb(text, read):
    assert _read(text) == read


@pytest.mark.parametrize("text, read", [
    ("Three militants were killed and an Army jawan was martyred in the encounter.", [(3, "killed"), (1, "killed")]),
    ("Four people were killed on the spot and a fifth died in hospital.", [(4, "killed"), (1, "killed")]),
    # one of the group told again: the same kind of victim
    ("Two men were killed and a man was shot dead.", [(2, "killed")]),
])
def test_one_more_victim_of_another_kind_after_and(text, read):
    assert _read(text) == read


@pytest.mark.parametrize("text, read", [
    ("Gunmen shot 11 passengers dead, police said. Two passengers who tried to run were shot and wounded.",
     [(11, "killed"), (2, "injured")]),
    ("Two people were killed. Three others were shot and critically wounded.", [(2, "killed"), (3, "injured")]),
    # people shot, told without how it ended, beside the dead of the sentence: the dead are among them
    ("Four people were shot; one died.", [(3, "injured"), (1, "killed")]),
])
def test_people_shot_and_wounded_are_hurt(text, read):
    assert sorted(_read(text), key=lambda r: r[1]) == sorted(read, key=lambda r: r[1])
