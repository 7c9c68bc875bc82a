"""Forms of the 0.27.0 round (docs/conventions.md): one more of a group of attackers told without a noun ("Two
suspects were fatally wounded and a third was wounded and arrested") is an attacker, and, hurt beside the others'
deaths, one more person hurt."""
from datetime import date

import pytest

from conftest import article_total
from pipeline.extract.extractor import extract_claims

PUBLISHED = date(2018, 4, 16)  # a Monday


def _claims(text):
    return extract_claims(text, PUBLISHED)


@pytest.mark.parametrize("sentence", [
    "Two suspects were fatally wounded and a third was wounded and arrested.",
    "Three robbers were shot dead by officers, and another was injured.",
])
def test_one_more_of_the_attackers_is_an_attacker_hurt_apart(sentence):
    text = "A guard was shot dead and his colleague was wounded on Monday. " + sentence
    hurt = [c for c in _claims(text) if c.casualty_type == "injured" and c.victim_group == "attackers"]
    assert [(c.count_point, c.rule.endswith("/another")) for c in hurt] == [(1, True)]
    assert article_total(text, "injured") == 2


def test_one_more_with_a_noun_of_its_own_is_not_the_attackers():
    text = "Two suspects were fatally wounded and a third man, a passer-by, was wounded."
    hurt = [c for c in _claims(text) if c.casualty_type == "injured"]
    assert hurt and all(c.victim_group != "attackers" for c in hurt)


def test_the_shooters_subject_is_no_new_victim():
    # "The other man" is who fired, not someone hurt apart from the one who died
    text = ("A 31-year-old man was shot and killed outside a store Friday night, police said. The other man fired "
            "several times, striking the victim. The victim died at the scene.")
    assert article_total(text, "injured") == 0
    assert article_total(text, "killed") == 1
    # a new victim as the subject of a passive verb is still someone else
    text = "A 31-year-old man was shot and killed outside a store Friday night. Another man was shot in the leg."
    assert article_total(text, "injured") == 1
