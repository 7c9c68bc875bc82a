"""A group's ages ("two juveniles, ages 14 and 16") and the one victim a later sentence names: which member a lone
"He" or "the victim" is, the text does not say, unless it names the member by rank ("the older boy", "the youngest
victim"). And a list of the wounded ("The wounded were a 14-year-old girl, a 16-year-old boy ...") is of people hurt,
never the dead among people shot. Invented sentences (docs/conventions.md, "Children")."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.extractor import extract_claims

DAY = date(2023, 7, 9)


def aged(text):
    return [(c.casualty_type, c.count_point, c.victim_age) for c in extract_claims(text, DAY) if c.count_point == 1]


def test_a_pronoun_after_a_group_with_ages_takes_none_of_them():
    text = ("A 22-year-old man was killed and two juveniles, ages 14 and 16, were wounded on Sunday. "
            "He was pronounced dead at the scene.")
    assert ("killed", 1, 14) not in aged(text)
    assert all(age in (22, None) for kind, _, age in aged(text) if kind == "killed")


@pytest.mark.parametrize(("rank", "age"), [("older", 17), ("younger", 15), ("oldest", 17), ("youngest", 15)])
def test_a_member_named_by_rank_takes_that_age_of_the_group(rank, age):
    text = (f"Two teenagers were wounded early Sunday. The boys, ages 15 and 17, were standing on the sidewalk when "
            f"someone fired shots. The {rank} boy was shot in the left shoulder.")
    assert ("injured", 1, age) in aged(text)


def test_the_youngest_victim_who_died_is_the_youngest_of_the_group():
    text = "Two brothers, ages 11 and 16, were shot inside a home on Sunday night. The youngest victim died inside."
    assert ("killed", 1, 11) in aged(text)


def test_a_list_of_the_wounded_gives_each_minor_hurt():
    text = ("Two teenagers were killed and six other people were wounded at a party early Sunday, police said. "
            "The wounded were a 14-year-old girl, a 16-year-old boy, a 17-year-old boy and three men, police said.")
    hurt = sorted(age for kind, _, age in aged(text) if kind == "injured" and age is not None)
    assert hurt == [14, 16, 17]
    # and none of them is taken for the dead, whose ages the text does not give
    assert [c.victim_age for c in extract_claims(text, DAY) if c.casualty_type == "killed"] == [None]


def test_the_oldest_of_three_listed_ages_is_the_highest_of_them_all():
    text = "Three brothers, ages 6, 9 and 13, were shot inside a home on Sunday night. The oldest boy died at a hospital."
    assert ("killed", 1, 13) in aged(text)
