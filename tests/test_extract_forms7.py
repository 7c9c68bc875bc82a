"""Forms of casualty reporting found by probing with invented conflict and crime sentences (docs/conventions.md):
groups listed after "the dead included" with no toll, people left in hospital beside the dead, people taken to
hospital of whom some died, and two unnamed reports giving one toll.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py, ``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total
from pipeline.extract.extractor import extract_claims


# --- groups listed as "the dead included ..." (docs/conventions.md, "Subsets versus sums")
@pytest.mark.parametrize("text, ctype, expected", [
    ("The dead included four teenagers and three nurses.", "killed", 7),
    ("Among the dead were six farmers and two herders, elders said.", "killed", 8),
    ("Those killed included three guards, two drivers and one cook.", "killed", 6),
    ("The wounded included five pupils and two teachers.", "injured", 7),
    # a single victim at the end of the list is one more
    ("The dead included two shepherds, three traders and a nurse.", "killed", 6),
    # the one who tells it is no victim
    ("The dead included two shepherds and three traders, the district chief said.", "killed", 5),
])
def test_groups_listed_among_the_dead_with_no_toll_are_added(text, ctype, expected):
    assert total(text, ctype) == expected


def test_groups_listed_among_the_dead_after_a_toll_stay_its_subsets():
    text = "Fourteen people died in the raid on the market. The dead included four teenagers and three nurses."
    claims = extract_claims(text)
    assert total(text, "killed") == 14
    assert sorted(c.count_point for c in claims if c.parent_key is not None) == [3, 4]


# --- people hurt or taken to hospital, some of whom died (docs/conventions.md, "Who is counted")
@pytest.mark.parametrize("text, dead, hurt", [
    ("Two porters were taken to hospital with knife wounds, one of whom later died.", 1, 1),
    ("Three fishermen were wounded, one of them fatally.", 1, 2),
    ("Four guards were hurt in the ambush, and two of them later died.", 2, 2),
    ("Two cyclists were rushed to hospital, where one of them later died.", 1, 1),
])
def test_people_hurt_of_whom_some_died_are_hurt_less_the_dead(text, dead, hurt):
    assert (total(text, "killed"), total(text, "injured")) == (dead, hurt)


def test_people_hurt_who_later_died_in_a_sentence_of_their_own_leave_the_figure_as_reported():
    text = "Nine miners were injured in the blast. Two of them later died."
    assert (total(text, "killed"), total(text, "injured")) == (2, 9)


# --- people an attack left in hospital beside the dead (docs/conventions.md, "Who is counted")
@pytest.mark.parametrize("text, dead, hurt", [
    ("The ambush left one ranger dead and another in hospital.", 1, 1),
    ("The mortar round left three dead and five others in hospital.", 3, 5),
    ("A grenade left two traders dead and four others in serious condition.", 2, 4),
    ("The crash left eight passengers in critical condition.", 0, 8),
    ("The raid left a farmer dead and a boy wounded.", 1, 1),
    ("The raid left a farmer dead and his wife in critical condition.", 1, 1),
])
def test_people_left_in_hospital_beside_the_dead_are_hurt(text, dead, hurt):
    assert (total(text, "killed"), total(text, "injured")) == (dead, hurt)


@pytest.mark.parametrize("text", [
    "The nanny left two toddlers in the hospital while she parked.",
    "The coach left 40 pilgrims in the hospital car park at dawn.",
])
def test_people_left_at_a_hospital_with_no_casualty_are_not_hurt(text):
    assert total(text, "injured") == 0


def test_a_victim_left_in_critical_condition_is_not_counted_twice():
    text = "A 9-year-old was shot in the arm on Sunday, which left the child in critical condition."
    assert total(text, "injured") == 1


# --- two unnamed reports giving one toll (docs/conventions.md, "Article totals" 2a)
@pytest.mark.parametrize("text, dead, disputed", [
    ("One report said 14 villagers were killed, while another put the toll at 17.", 14, 17),
    ("One account said 40 people died, whereas another said 35 were killed in the shelling.", 35, 40),
    ("Early reports said six miners were killed; another report gave nine dead.", 6, 9),
])
def test_two_unnamed_reports_of_one_toll_keep_the_smaller(text, dead, disputed):
    claims = extract_claims(text)
    assert total(text, "killed") == dead
    assert [c.count_point for c in claims if c.rule.endswith("/disputed")] == [disputed]


@pytest.mark.parametrize("text, dead", [
    # one report, and more dead told after it: added as before
    ("One report said four guards were killed at the gate, and two others died at the depot.", 6),
    # no report named before the first figure
    ("Eleven herders were killed in the north, while another four died in the south.", 15),
])
def test_figures_not_given_by_two_reports_are_added(text, dead):
    assert total(text, "killed") == dead
