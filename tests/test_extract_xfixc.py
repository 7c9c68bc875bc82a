"""Sentence forms of the challenge sets' xfails, in invented sentences: victims listed after a plural noun of deaths
("the deaths of Jo Roe, 22, and Al Poe, 25"; "the killings of his wife and two stepsons"), a name's age after it in a
deadly verb's object, and the age and home town of someone arrested named between his age and his verb."""
from __future__ import annotations

import pytest

from pipeline.extract.extractor import extract_claims
from tests.claims_helpers import counted

PUBLISHED = "2018-03-14"


@pytest.mark.parametrize(
    ("text", "total", "ages"),
    [
        ("A Dover man was charged Monday in the deaths of Ruben Vega, 31, and Tomas Vega, 28, who were found in a "
         "parked van.", 2, [28, 31]),
        ("Jurors convicted him in the killings of Ana Lopez, 19, Maria Ortiz, 20, and Rosa Diaz, 23.", 3, [19, 20, 23]),
        ("Prosecutors said the man is accused in the deaths of his wife and two stepsons.", 3, []),
        ("The woman pleaded guilty in the slayings of a neighbor and his brother.", 2, []),
        ("Police said gunmen killed Omar Haddad, 41, outside his shop on Friday.", 1, [41]),
    ],
)
def test_victims_listed_after_a_plural_noun_of_deaths(text, total, ages):
    claims = extract_claims(text, PUBLISHED)
    assert sum(counted(claims, "killed")) == total
    assert sorted(c.victim_age for c in claims if c.casualty_type == "killed" and c.victim_age is not None) == ages


def test_a_number_after_a_name_that_is_no_age_is_not_given():
    claims = extract_claims("Police said he killed Jo Doe, 22 years after the feud began.", PUBLISHED)
    assert [c.victim_age for c in claims if c.casualty_type == "killed"] == [None]


def test_the_deaths_of_a_group_without_a_numeral_give_no_count_of_one():
    claims = extract_claims("The man was charged Tuesday in the deaths of his parents.", PUBLISHED)
    assert sum(counted(claims, "killed")) != 1


def test_the_age_of_a_named_man_arrested_is_no_victims():
    text = ("Officers said 19-year-old Kevin Marsh, of Dayton, Ohio, was arrested Tuesday in the shooting death of "
            "Leon Pratt.")
    claims = extract_claims(text, PUBLISHED)
    assert [c.victim_age for c in claims if c.casualty_type == "killed"] == [None]
    # his home town is no scene: the sentence's figure takes the place the article gave before
    text = "A man was found shot dead in Springfield, Illinois, on Sunday. " + text
    claims = extract_claims(text, PUBLISHED)
    assert [c.location for c in claims if "Marsh" in c.evidence_text] == ["Springfield"]


def test_one_age_told_before_is_not_given_to_two_people_listed_together():
    text = ("A woman and her 6-year-old son were shot dead in their home last month. A man was arrested Monday in "
            "the murders of Lena Cruz and Mateo Cruz.")
    claims = extract_claims(text, PUBLISHED)
    second = [c for c in claims if "Lena Cruz" in c.evidence_text]
    assert len(second) == 2 and all(c.victim_age is None for c in second)
