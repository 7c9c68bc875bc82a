"""Who is counted among the injured, third round (docs/conventions.md, "Who is counted"): invented sentences.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py,
``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total


# --- one more person hurt after the dead: 'the other', an apposition, an active verb
@pytest.mark.parametrize("text", [
    "A farmer was found dead and another man, a 44-year-old neighbor from Alton, wounded in the barn.",
    "A gunman fired at two guards outside the depot, killing one and badly wounding the other.",
    "One clerk died in the robbery and the other was hospitalized with a leg wound.",
])
def test_one_more_person_hurt_after_a_death(text):
    assert total(text) == 1
    assert total(text, "killed") == 1


# --- an ordinal without a noun after a figure in the same sentence
@pytest.mark.parametrize("text, hurt", [
    ("Two women shot, a third hurt by flying glass at Elm Street diner", 3),
    ("Four teens were shot and a fifth was wounded by a ricochet near the rink.", 5),
])
def test_an_ordinal_after_a_figure_is_one_more(text, hurt):
    assert total(text) == hurt


def test_an_ordinal_after_the_dead_counts_the_rest():
    assert total("Two patrons were killed and a third was injured when the gunman opened fire.") == 1


# --- a single person shot whose age none of the dead has
def test_a_person_shot_with_an_age_none_of_the_dead_has_is_hurt():
    text = ("Marcus Pell, 19, was killed in the drive-by on Oak Street. "
            "About an hour later, a 31-year-old man was shot in the thigh a few blocks away.")
    assert total(text) == 1
    assert total(text, "killed") == 1


def test_a_person_shot_with_the_age_of_the_dead_is_the_dead():
    text = ("Marcus Pell, 19, was killed in the drive-by on Oak Street. "
            "Police said a 19-year-old man was shot several times as he walked home.")
    assert total(text) == 0
    assert total(text, "killed") == 1
