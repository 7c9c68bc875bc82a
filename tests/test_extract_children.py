"""Child victims and their ages (invented sentences).

Children are victims under 18 (``is_child``); ``victim_age`` keeps a single victim's age so that the
totals can split children 0-11 from teens 12-17. See docs/conventions.md, "Who is counted".
"""
from __future__ import annotations

import pytest

from pipeline.extract.extractor import extract_claims
from pipeline.extract.grammar import victim_group_of


def _people(text: str, title: str | None = None) -> list[tuple[str, int, int | None]]:
    return [(c.casualty_type, c.count_point, c.victim_age) for c in extract_claims(text, None, title)]


def _ages(text: str, title: str | None = None) -> list[int | None]:
    return [c.victim_age for c in extract_claims(text, None, title)]


# --------------------------------------------------------------------------- a minor named with an age
@pytest.mark.parametrize("text, expected", [
    # the object of an active verb
    ("Deputies said the rifle went off and the round struck her 5-year-old nephew.", [("injured", 1, 5)]),
    ("The older boy grabbed the pistol and fired, hitting the 7-year-old in the shoulder.", [("injured", 1, 7)]),
    ("A Tulsa man accidentally shot his 9-month-old son while cleaning a handgun.", [("injured", 1, 0)]),
    ("A stray round struck a 20-month-old girl asleep in her crib.", [("injured", 1, 1)]),
    ("Police say a stray round killed a 3-year-old inside a parked van.", [("killed", 1, 3)]),
    # the noun of "shooting of" / "death of"
    ("Detectives are still looking into Sunday's fatal shooting of a 4-year-old on Elm Road.", [("killed", 1, 4)]),
    # the subject after an apposition, a relative clause or a list
    ("The girl, 6, was grazed by a bullet while asleep on the sofa.", [("injured", 1, 6)]),
    ("A boy, 8, who had been playing in the front yard, was hit by a bullet.", [("injured", 1, 8)]),
    ("A 9-year-old in the back seat suffered a graze wound on one arm.", [("injured", 1, 9)]),
    ("Medics found a 2-year-old girl with one bullet wound in the chest.", [("injured", 1, 2)]),
    ("A 40-year-old woman, a 35-year-old man and a 4-year-old girl were taken to a hospital.", [("injured", 1, 40), ("injured", 1, 35), ("injured", 1, 4)]),
    ("Cousins Ann Roe, 4, and Lee Roe, 6, were wounded on the porch.", [("injured", 1, 4), ("injured", 1, 6)]),
])
def test_minor_named_with_an_age_is_a_victim_with_that_age(text, expected):
    assert _people(text) == expected


def test_list_members_keep_their_own_ages():
    text = "A 10-year-old and a 15-year-old were shot near the pool."
    assert sorted(_ages(text)) == [10, 15]


def test_second_clause_victim_takes_the_age_nearest_its_verb():
    text = "A 41-year-old man was killed and a 7-year-old girl was wounded near the corner store."
    assert _people(text) == [("killed", 1, 41), ("injured", 1, 7)]


def test_minor_inside_a_figure_is_a_subset_not_an_addition():
    claims = extract_claims("Three people were wounded, including a 5-year-old boy who was hit in the foot.", None)
    top = [c for c in claims if c.parent_key is None]
    kids = [c for c in claims if c.victim_age == 5]
    assert [(c.casualty_type, c.count_point) for c in top] == [("injured", 3)]
    assert len(kids) == 1 and kids[0].parent_key == top[0].claim_key


def test_same_minor_named_twice_in_one_sentence_is_one_victim():
    # a scraped page that repeats its headline without punctuation
    assert _people("Boy, 7, shot on Pine Street - Local News - Boy, 7, shot on Pine Street") == [("injured", 1, 7)]


# --------------------------------------------------------------------------- children who are not victims
@pytest.mark.parametrize("text", [
    "A 6-year-old who found the gun under a bed shot his sister, police said.",
    "The 8-year-old who shot and killed his cousin was questioned by detectives.",
    "Officers said a 7-year-old fired the gun and struck his father in the leg.",
])
def test_child_who_shot_is_not_given_as_a_victim(text):
    for c in extract_claims(text, None):
        assert c.victim_age is None or c.victim_age >= 18 or c.victim_age not in (6, 7, 8), c


def test_unhurt_child_is_not_a_victim():
    assert _people("A 5-year-old boy was in the room but was not hurt. His father was shot in the arm.") == [
        ("injured", 1, None)]


# --------------------------------------------------------------------------- teens keep their age
def test_teen_age_is_kept():
    assert _people("Sam Doe, 15, was shot in the hip outside a gas station.") == [("injured", 1, 15)]


# --------------------------------------------------------------------------- a child named by a word
def test_child_word_takes_the_age_stated_after_it():
    text = "A young girl was shot on Maple Street late Friday. Relatives said the 6-year-old girl is recovering."
    assert _ages(text) == [6]


def test_child_word_takes_the_headline_age():
    # the title is read as one more sentence: it restates the same death (article totals take the largest)
    assert set(_people("A child has died after finding a loaded gun.", title="3-year-old boy dies in Lakeview")) == {
        ("killed", 1, 3)}


def test_headline_child_takes_the_age_from_the_first_lines_of_the_body():
    text = "A 2-year-old boy got hold of a relative's pistol on Sunday and is in critical condition."
    claims = extract_claims(text, None, "Toddler shoots self at Oak Park home")
    assert [c.victim_age for c in claims if c.is_child] and all(c.victim_age == 2 for c in claims if c.is_child)


def test_child_word_takes_the_only_minor_age_of_the_article():
    filler = " Neighbors gathered on the sidewalk and said the street is usually quiet." * 12
    text = "A little boy was shot in the stomach on Sunday." + filler + " His uncle said the 4-year-old loves trucks."
    assert _ages(text) == [4]


def test_child_word_takes_no_age_when_the_article_gives_several():
    filler = " Neighbors gathered on the sidewalk and said the street is usually quiet." * 12
    text = ("A little boy was shot in the stomach on Sunday." + filler
            + " His uncle said the 4-year-old and his 9-year-old sister love trucks.")
    assert _ages(text) == [None]


def test_another_child_age_is_not_inherited():
    assert _ages("A toddler was shot on Sunday. Another 4-year-old boy was in the room.") == [None]


def test_adult_never_takes_a_child_age():
    assert _ages("A 5-year-old boy watched from the porch. A man was shot in the leg.") == [None]


@pytest.mark.parametrize("noun", ["a first-grader", "a kindergartner", "a preschooler", "two toddlers"])
def test_young_child_words_make_children(noun):
    assert victim_group_of(noun) == ("children", True)


@pytest.mark.parametrize("noun, group", [
    # a grade of teens (12-17) is a minor's, counted as a teen by its word (sql/claims_reviewed.sql)
    ("an eighth-grader", ("children", True)),
    ("a 10th-grader", ("children", True)),
    # a twelfth-grader may be 18, a sixth-grader 11 or 12: no age group by the word alone
    ("a twelfth-grader", ("people", False)),
    ("a sixth-grader", ("people", False)),
])
def test_teen_grade_words_make_minors(noun, group):
    assert victim_group_of(noun) == group


# --------------------------------------------------------------------------- groups with their ages
def test_ages_of_a_group_are_not_figures():
    assert _people("Two girls, ages 4 and 9, and their father were found shot dead on Monday.") == [
        ("killed", 2, 9)]


def test_group_of_teens_keeps_a_teen_age():
    assert _people("Three boys, ages 13, 15 and 16, were wounded outside the arena.") == [("injured", 3, 16)]


def test_mixed_group_takes_no_age():
    # its children and its teens are subsets of it, each with the oldest of their ages (tests/test_extract_kids6.py)
    assert _people("Four children, ages 6, 9, 13 and 16, were wounded at the fair.") == [
        ("injured", 4, None), ("injured", 2, 9), ("injured", 2, 16)]


def test_adult_group_with_ages():
    assert _people("Two men, ages 33 and 47, were wounded at the bar.") == [("injured", 2, None)]


# --------------------------------------------------------------------------- lists of victims
def test_victims_identified_in_a_list():
    text = "Deputies identified the victims as Dana Poe, 29, and her son, Eli Poe, 3."
    assert [a for a in _ages(text)] == [3]


def test_bodies_of_a_family_are_killed():
    text = "Officers found the bodies of Ann Roe, 34, and her daughters, Kay, 7, and Sue, 3."
    assert _people(text) == [("killed", 1, 7), ("killed", 1, 3)]


# --------------------------------------------------------------------------- the dead among people shot
def test_minor_taken_as_the_dead_gives_the_death_figure_its_age():
    text = "Two children were killed on Sunday. A 6-year-old and an 8-year-old were shot in the living room."
    assert _people(text) == [("killed", 2, 8)]


def test_adult_death_never_takes_a_minor_age():
    text = "A man was found dead on the lawn on Sunday. A 6-year-old boy was shot in the living room."
    assert all(age is None for kind, _, age in _people(text) if kind == "killed")
