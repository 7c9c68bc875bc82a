"""Forms of the 0.23.0 round's dev error analysis (docs/conventions.md): the dead of a killing's noun before a reduced
relative ("the slayings of a teen and her 3-year-old son found shot"), and both people of a murder-suicide."""
from datetime import date

import pytest

from pipeline.extract.extractor import extract_claims


def _dead(text):
    return sorted(((c.count_point, c.victim_age, c.is_child) for c in extract_claims(text, date(2021, 3, 8))
                   if c.parent_key is None and not c.is_summary and c.casualty_type == "killed"),
                  key=lambda x: (x[0], x[1] or 0, x[2]))


def _hurt(text):
    return [c for c in extract_claims(text, date(2021, 3, 8)) if c.casualty_type == "injured"]


def test_a_reduced_relative_after_the_dead_of_a_killing_noun_is_theirs():
    text = ("Relatives suspect jealousy led to the slayings of a teen and her 3-year-old son found shot and burned in "
            "a remote part of the county.")
    # two dead, the boy with his age; "found shot" is not one more person hurt
    assert _dead(text) == [(1, None, True), (1, 3, True)]
    assert _hurt(text) == []


def test_a_person_found_shot_is_still_read():
    assert _dead("A man found shot in his car on Elm Street died at a hospital.") == [(1, None, False)]


@pytest.mark.parametrize("text, dead", [
    ("Police are investigating the murder-suicide of a woman and her 6-year-old granddaughter.",
     [(1, None, False), (1, 6, True)]),
    ("Detectives called it the murder-suicide of Jo Roe and Al Roe.", [(1, None, False), (1, None, False)]),
])
def test_both_people_of_a_murder_suicide_are_dead(text, dead):
    assert _dead(text) == dead
