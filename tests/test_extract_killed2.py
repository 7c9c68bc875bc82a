"""Who is counted among the killed, second round (docs/conventions.md, "Who is counted", "Summaries"):
invented sentences.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py,
``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total


# --- the killer's own death, told in the sentence of the people he killed
@pytest.mark.parametrize("text, dead", [
    ("A rancher killed his brother-in-law and then himself on Tuesday, deputies said.", 2),
    ("Deputies say a retired trucker shot and killed his stepdaughter before turning the gun on himself.", 2),
    ("Quarry worker kills 9-year-old, then himself", 2),
    ("The gunman killed two cashiers and then himself inside the pawn shop.", 3),
    ("A 52-year-old man killed his wife and himself at a trailer park near Dunmore.", 2),
])
def test_the_killer_after_his_victims(text, dead):
    assert total(text, "killed") == dead


@pytest.mark.parametrize("text, dead", [
    # told in a sentence of its own: the largest sentence total takes him once
    ("A rancher killed his brother-in-law on Tuesday. He then shot himself, deputies said.", 1),
    # he lived
    ("A trucker killed his cousin before shooting himself in the jaw; he is in critical condition.", 1),
    # no one else died in the sentence
    ("The man killed himself at a rest stop near Dunmore.", 1),
])
def test_the_killer_is_not_added_otherwise(text, dead):
    assert total(text, "killed") == dead


def test_the_killer_is_not_one_of_the_people_he_shot():
    text = ("A man shot five people at a cookout, killing three of them, before turning the gun on himself, "
            "deputies said.")
    assert total(text, "killed") == 4
    assert total(text) == 2
