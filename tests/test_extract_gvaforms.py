"""GVA killed / injured forms the grammar did not read (docs/conventions.md, "Who is counted"): invented sentences.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py, ``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total


# --- a victim pronounced or declared dead by an active verb ("doctors declared her brain dead")
@pytest.mark.parametrize("text, dead, hurt", [
    ("Surgeons at the county hospital declared the cyclist brain dead late on Monday.", 1, 0),
    ("The clerk was shot in the neck. Two days later physicians declared her brain dead.", 1, 0),
    ("Paramedics pronounced him dead in the parking lot behind the diner.", 1, 0),
])
def test_pronounced_or_declared_dead_is_one_killed(text, dead, hurt):
    assert (total(text, "killed"), total(text)) == (dead, hurt)


def test_pronounced_dead_after_a_death_in_the_sentence_adds_no_one():
    text = "A courier was killed on Elm Street and medics pronounced him dead where he fell."
    assert total(text, "killed") == 1
