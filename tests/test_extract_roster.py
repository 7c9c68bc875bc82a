"""A roster of named victims told in separate sentences (``_named_victims``, rules ``toll_named`` /
``injury_toll_named``; docs/conventions.md, "Article totals"). Invented sentences."""
from __future__ import annotations

import pytest

from conftest import article_total as total
from conftest import build_in_memory_warehouse
from pipeline.extract.extractor import extract_claims


def _named(text: str) -> list[tuple[str, int | None]]:
    return [(c.casualty_type, c.count_point) for c in extract_claims(text) if c.rule.endswith("toll_named")]


@pytest.mark.parametrize("text, killed", [
    # two people, each named with their own death, in two sentences
    ("Tamsin Vell, 41, died at the scene on Harlow Street. Oren Pike, 23, was also shot and killed.", 2),
    ("Vell died at the scene. Pike died later at Mercy General.", 2),
    ("Tamsin Vell, 41, died at the scene. Her brother Oren Vell, 29, was driven to a clinic, where he died.", 2),
    # three names
    ("Vell died on the porch. Pike died in the yard. Quade died at a hospital on Sunday.", 3),
    # a list of names in one sentence, and another name elsewhere
    ("Vell and Pike died at the scene. Officers said Orla Quade, 19, was found dead in a car nearby.", 3),
    # the object of an active verb without a determiner is a name
    ("Police say a gunman killed Tamsin Vell on Friday. Oren Pike, 23, died at a hospital.", 2),
])
def test_named_victims_in_separate_sentences_are_added(text, killed):
    assert total(text, "killed") == killed


@pytest.mark.parametrize("text, killed", [
    # a restated victim: the surname, or the full name again
    ("Tamsin Vell, 41, was shot and killed on Friday. Vell died at the scene, police said.", 1),
    ("Tamsin Vell was shot and killed on Friday. Police said Tamsin Vell died at the scene.", 1),
    # the same surname without an age that differs: one person
    ("Tamsin Vell, 41, died at the scene. Police said Vell was killed by a single shot.", 1),
    # a group figure already counts the named victims
    ("Two men were killed in the shooting. Oren Pike died at the scene. Arlo Quade died at a hospital.", 2),
    # a death from another cause told beside the shooting
    ("Tamsin Vell, 7, died after an accidental discharge. Her grandfather, Oren Pike, 54, died in a car crash an hour after.", 1),
    # a place before a noun is not a name ("the killing of a Harlow teenager")
    ("A man was charged in the killing of a Harlow teenager. Oren Pike, 17, died at the scene in March.", 1),
    # names only in one sentence: read by the sentence grammar, not the roster
    ("Tamsin Vell was shot and killed on Friday.", 1),
])
def test_restated_or_doubtful_names_are_not_added(text, killed):
    assert total(text, "killed") == killed


def test_a_list_of_the_dead_by_name_counts_each_name():
    text = "Deputies identified the deceased as Oren Pike Jr., 41, of Harlow and his 3-year-old son, Ari Pike."
    assert total(text, "killed") == 2
    # a list of victims is not a list of the dead (some may have been hurt)
    text = "Deputies identified the victims as Oren Pike, 41, of Harlow and his 3-year-old son, Ari Pike."
    assert _named(text) == []


def test_ages_tell_relatives_with_one_surname_apart():
    assert total("Tamsin Vell, 41, died at the scene. Oren Vell, 19, died at a hospital.", "killed") == 2
    # without ages, names that share a word are taken as one person (a misspelt or varied name is common)
    assert total("Tamsin Vell died at the scene. Oren Vell died at a hospital.", "killed") == 1


def test_named_people_hurt_count_only_when_said_to_live():
    text = ("Tamsin Vell, 41, was wounded in the leg on Friday. "
            "Oren Pike, 23, was hit in the arm and is in stable condition.")
    assert total(text, "injured") == 2
    assert _named(text) == [("injured", 2)]
    # "was shot" alone may be one of the dead in an article that tells a death: not read as hurt by the roster
    text = ("Tamsin Vell, 41, was wounded in the leg on Friday. Oren Pike was shot near the door. "
            "A third man died at the scene.")
    assert ("injured", 2) not in _named(text)
    # where no one died, the people shot are the hurt (0.25.0)
    text = "Tamsin Vell, 41, was wounded in the leg on Friday. Oren Pike was shot near the door."
    assert _named(text) == [("injured", 2)]


def test_a_relative_hurt_in_a_sentence_of_its_own_is_another_person():
    # 0.27.0: a relative told without a name is one more person, unless an age makes them someone already told
    assert total("A 31-year-old woman suffered burns to her face on Friday. Her brother suffered minor burns.",
                 "injured") == 2
    assert total("A 6-year-old boy was shot in the leg on Friday. His 6-year-old son is in stable condition, "
                 "the father said.", "injured") == 1
    # a group figure already counts the relative
    assert total("A woman and her son were wounded on Friday. Her son was treated and released.", "injured") == 2


def test_a_named_person_hurt_who_died_is_not_also_hurt():
    text = ("Tamsin Vell, 41, was wounded and flown to Mercy General in critical condition. Vell later died. "
            "Oren Pike, 23, died at the scene.")
    assert ("injured", 2) not in _named(text)
    assert total(text, "killed") == 2


def test_no_claim_when_a_sentence_total_is_as_large():
    assert _named("Two men were killed in the shooting. Oren Pike died at the scene. Arlo Quade died later.") == []
    assert _named("Vell died at the scene. Pike died later at Mercy General.") == [("killed", 2)]


def test_the_roster_toll_is_not_a_child_figure():
    text = "Tamsin Vell, 7, died at the scene. Oren Pike, 9, died at a hospital."
    named = [c for c in extract_claims(text) if c.rule == "toll_named"]
    assert [(c.count_point, c.is_child, c.victim_age) for c in named] == [(2, False, None)]


def test_the_article_total_in_sql_takes_the_roster():
    connection = build_in_memory_warehouse({
        "roster": "Vell died at the scene on Harlow Street. Pike died later at Mercy General.",
        "restated": "Tamsin Vell, 41, was shot and killed on Friday. Vell died at the scene, police said.",
    })
    try:
        tolls = connection.execute("select article_id, killed from article_tolls order by article_id").fetchall()
    finally:
        connection.close()
    assert tolls == [("restated", 1), ("roster", 2)]
