"""A victim told first without an age ("the murder of a pensioner", "A man was shot dead") takes the age of the
person named after it with his age in apposition when that person's own clause tells a victim ("Ann Roe, 79, was
beaten", "The victim, 42-year-old Al Roe, was"), and not when it may be another person (ages._named_victim,
ages._named_ages_apart; docs/conventions.md, "Ages")."""
from datetime import date

import pytest

from pipeline.extract.extractor import extract_claims


def _ages(text, kind="killed"):
    return [c.victim_age for c in extract_claims(text, date(2019, 5, 20))
            if c.casualty_type == kind and not c.is_summary and c.parent_key is None]


@pytest.mark.parametrize("text, age", [
    # a name's passive victim predicate in a later sentence
    ("A woman was jailed on Friday for the murder of a pensioner in Leeds. Ann Roe, 81, was beaten in her kitchen.", 81),
    # with his home town in apposition too, and a finding predicate
    ("A man died after an attack in Cardiff last week. Tom Reed, 37, of Splott, was found unconscious on a path "
     "and taken to hospital.", 37),
    # the victim's noun before the age and name
    ("A man was shot dead in Denver on Sunday. The victim, 52-year-old Luis Vega, was walking to his car.", 52),
])
def test_a_victim_named_later_with_his_age_gives_it(text, age):
    assert _ages(text) == [age]


@pytest.mark.parametrize("text", [
    # "also": another person than the dead
    "A man was shot dead in Denver on Sunday. Luis Vega, 52, was also shot and is in stable condition.",
    # a suspect named with his age, not a victim
    "A man was shot dead in Denver on Sunday. Luis Vega, 52, was arrested and charged with murder.",
    # a witness, not the subject of a victim predicate
    "A man was shot dead in Denver on Sunday. Luis Vega, 52, said he heard four shots.",
])
def test_another_person_named_later_gives_no_age(text):
    assert _ages(text) == [None]


def test_a_second_death_of_its_own_is_another_person():
    # two dead told one by one: the one named later with his age is not the one told before
    text = ("Two men were killed in a shooting in Denver on Sunday. A man was shot dead outside a bar. "
            "Luis Vega, 52, was pronounced dead at a hospital.")
    claims = [c for c in extract_claims(text, date(2019, 5, 20)) if c.casualty_type == "killed" and c.count_point == 1]
    bar = [c.victim_age for c in claims if "outside a bar" in c.evidence_text]
    assert bar and all(age is None for age in bar)


def test_a_named_person_only_hurt_beside_someone_else_hurt_gives_the_dead_no_age():
    text = ("A man was shot dead in Denver on Sunday. Luis Vega, 52, was shot in the back. "
            "Two women were wounded.")
    assert _ages(text) == [None]


def test_a_group_named_again_by_names_and_ages_gives_them_to_its_figure():
    # "the children, 10-year-old Myles and 13-year-old Chris": the ages of the two boys wounded, by age group
    text = ("Two young boys were also wounded by gunfire before the gunman ran out of bullets. A relative said that "
            "the children, 10-year-old Myles and 13-year-old Chris, underwent surgery.")
    hurt = [(c.count_point, c.is_child, c.victim_age) for c in extract_claims(text, date(2019, 5, 20))
            if c.casualty_type == "injured"]
    assert sorted(hurt, key=str) == sorted([(2, False, None), (1, True, 10), (1, True, 13)], key=str)


def test_names_and_ages_after_another_noun_are_no_group_ages():
    # a list of names and ages after no victims' noun ("said neighbours ...") gives the group no ages
    text = ("Two young boys were wounded by gunfire on Sunday. Neighbours, 10-year-old Myles and 13-year-old Chris, "
            "heard the shots.")
    hurt = [(c.count_point, c.victim_age) for c in extract_claims(text, date(2019, 5, 20)) if c.casualty_type == "injured"]
    assert hurt == [(2, None)]


@pytest.mark.parametrize("text", [
    "Police are investigating the slayings of a woman and her 3-year-old son.",
    "Police are investigating the murders of a woman and her 3-year-old son.",
])
def test_the_first_of_two_victims_does_not_take_the_seconds_age(text):
    dead = [(c.victim_group, c.is_child, c.victim_age) for c in extract_claims(text, date(2019, 5, 20))
            if c.casualty_type == "killed"]
    assert dead == [("women", False, None), ("people", True, 3)]


@pytest.mark.parametrize("text, kind, age", [
    ("The woman who was killed, a 43-year-old local radio DJ, was identified as Lisa Lane.", "killed", 43),
    ("The man who was shot, a 25-year-old from Dallas, is in stable condition.", "injured", 25),
])
def test_a_relative_clause_subject_takes_the_age_of_its_apposition(text, kind, age):
    assert [c.victim_age for c in extract_claims(text, date(2019, 5, 20)) if c.casualty_type == kind] == [age]


def test_the_one_who_died_was_an_age_names_the_victim_told_before():
    text = "A civilian was killed in the attack on the checkpoint. The civilian who died was a 13-year-old boy."
    assert {(c.is_child, c.victim_age) for c in extract_claims(text, date(2019, 5, 20))
            if c.casualty_type == "killed"} == {(True, 13)}


def test_a_group_named_again_by_names_each_with_its_age_after_it():
    # "the victims, Jo Roe, 6, and Al Roe, 3,": the ages of the two children killed, though the sentence says "old" nowhere
    text = ("A woman and her two children were killed in the fire. The victims, Rebecca Adams, 6, and Jaracca Adams, 3, "
            "lived nearby.")
    dead = [(c.count_point, c.is_child, c.victim_age) for c in extract_claims(text, date(2019, 5, 20))
            if c.casualty_type == "killed" and c.is_child]
    assert dead == [(2, True, 6)]
