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


def _total(text, casualty_type):
    """The sum of the top-level figures of one type (each test's text tells one incident)."""
    return sum(c.count_point for c in extract_claims(text, date(2021, 3, 8))
               if c.parent_key is None and c.casualty_type == casualty_type)


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


# --- police releases (the police-releases set's classes) -----------------------------------------------------------

def _all(text):
    return [(c.casualty_type, c.count_point, c.victim_age, c.victim_group, c.is_child)
            for c in extract_claims(text, date(2021, 3, 8)) if c.parent_key is None and not c.is_summary]


@pytest.mark.parametrize("text, claims", [
    # "located ... deceased", one victim per listed person with an age
    ("Upon arrival, deputies located a 44-year-old female and a 9-year-old male deceased inside the residence.",
     [("killed", 1, 44, "people", False), ("killed", 1, 9, "people", True)]),
    ("Deputies located a woman deceased inside the home.", [("killed", 1, None, "women", False)]),
    # a list with a child's word: one child, not two
    ("Deputies found the man and the little girl dead inside the home.",
     [("killed", 1, None, "people", False), ("killed", 1, None, "children", True)]),
    # "deceased" before its noun names the noun, not the object
    ("Officers also located a handgun near the deceased man.", []),
    # a stab wound and a bracketed age after a located person
    ("Officers located a 52-year-old female with multiple stab wounds to her back.", [("injured", 1, 52, "people", False)]),
    ("Officers found a juvenile male (15) suffering from a gunshot wound to the chest.",
     [("injured", 1, 15, "children", True)]),
    # one person's single injury
    ("One officer sustained a minor injury to his knee and was treated and released.", [("injured", 1, None, "police", False)]),
])
def test_police_release_forms(text, claims):
    assert _all(text) == claims


@pytest.mark.parametrize("text, group", [
    ("The suspect was struck and transported to a local hospital, where he later succumbed to his injuries.",
     "attackers"),
    ("The accused consumed pesticide; he was found by villagers and rushed to a hospital, where he died.", "attackers"),
    # another person named before the pronoun: not the suspect's death
    ("The suspect shot a deputy in the chest, and he later died.", "people"),
])
def test_the_pronoun_of_a_death_is_the_attacker_the_sentence_opens_with(text, group):
    assert [g for t, _, _, g, _ in _all(text) if t == "killed"] == [group]


@pytest.mark.parametrize("text, claims", [
    # the possessor is not the victim: the boy's father is an adult killed
    ("Police said a gunman killed the boy's father.", [("killed", 1, None, "people", False)]),
    ("He is accused of opening fire at a birthday party, killing the child's mother.",
     [("killed", 1, None, "women", False)]),
    # the possessor alone is no figure when the possessed is no person's noun
    ("A homeowner shot and killed the teen's 19-year-old accomplice, deputies said.", []),
])
def test_a_possessor_is_no_victim(text, claims):
    assert _all(text) == claims


def test_a_breakdown_after_a_colon_is_a_subset():
    claims = extract_claims("A 17-year-old was killed and three others were wounded: two boys, ages 15 and 16, and a "
                            "19-year-old man.", date(2021, 3, 8))
    teens = [c for c in claims if c.parent_key is not None and c.is_child and c.casualty_type == "injured"]
    assert [(c.count_point, c.victim_age) for c in teens] == [(2, 16)]
    # the breakdown is inside the three, not added to them
    assert sum(c.count_point for c in claims if c.parent_key is None and c.casualty_type == "injured") == 3


@pytest.mark.parametrize("text, dead", [
    # a second single death told in the sentence by a new person is one more
    ("A woman was shot and killed on Tuesday, and her estranged husband was found dead on Wednesday.", 2),
    ("Officials say Pam died at the scene and Barry died later at the hospital.", 2),
    # the same person told again is not
    ("A man was shot and killed Sunday, and police said he died at the scene.", 1),
])
def test_a_second_single_death_of_another_person_in_one_sentence(text, dead):
    assert _total(text, "killed") == dead


@pytest.mark.parametrize("update, hurt", [
    # the update tells the second victim's death: the second man taken to hospital is among the dead
    ("Update: The second victim of Saturday's shooting died at the hospital on Monday, police said. ", 0),
    # no such death told: the second man is hurt
    ("Update: Police released the names of the victims on Monday. ", 1),
])
def test_an_ordinal_victim_whose_death_an_update_tells_is_not_hurt(update, hurt):
    text = (update + "Original release: Officers found two men inside a car. One of the men was pronounced deceased "
            "at the scene. The second man was taken to a local hospital in critical condition.")
    assert _total(text, "injured") == hurt


def test_a_headed_victim_line_is_one_person_with_its_age():
    text = ("SUMMARY: The victims were outside a business when shots were fired. VICTIM 1: 22-year-old male, GSW to "
            "the chest, pronounced deceased at the scene. VICTIM 2: 17-year-old male, graze wound to the arm, treated "
            "on scene and released. SUSPECT: Unknown.")
    assert [(c.casualty_type, c.victim_age, c.is_child) for c in extract_claims(text, date(2021, 3, 8))
            if c.rule == "victim_line"] == [("killed", 22, False), ("injured", 17, True)]


def test_a_victim_line_without_death_or_wound_is_no_figure():
    assert not [c for c in extract_claims("VICTIM 1: 30-year-old female, a witness, spoke to detectives.",
                                          date(2021, 3, 8)) if c.rule == "victim_line"]


def test_a_bracketed_age_is_the_age_of_the_dead_told_next():
    text = ("Upon arrival, officers located a juvenile male (15) suffering from multiple gunshot wounds. He was "
            "pronounced deceased on scene. A second victim, a 6-year-old female, sustained a gunshot wound to the foot.")
    assert [(c.casualty_type, c.victim_age) for c in extract_claims(text, date(2021, 3, 8))
            if c.parent_key is None] == [("killed", 15), ("injured", 6)]


def test_a_pronoun_death_does_not_take_the_age_of_the_minor_told_as_hurt():
    text = ("A 27-year-old father of two was killed and a 16-year-old boy was wounded Saturday night, police said. "
            "Police identified the man as Edwin Rosado. He was shot in the chest and died at a hospital. The boy was "
            "shot in the forearm.")
    assert {(c.casualty_type, c.victim_age) for c in extract_claims(text, date(2021, 3, 8))
            if c.parent_key is None} == {("killed", 27), ("injured", 16)}


@pytest.mark.parametrize("text, dead", [
    ("Gunmen torched the village, burning at least 11 people alive.", 11),
    ("Two men were beaten and burned by a mob. Both died at the scene.", 2),
    # "alive" after a rescue is no death
    ("Rescuers pulled two people alive from the burning house.", 0),
])
def test_burned_alive_and_both_died(text, dead):
    assert _total(text, "killed") == dead


@pytest.mark.parametrize("text, hurt", [
    ("Twelve people were treated for smoke inhalation after the arson attack.", 12),
    ("Her 14-year-old sister, who was sleeping beside her, suffered burns to her arms.", 1),
    ("The driver was treated for shock.", 0),
])
def test_a_fires_and_an_acid_attacks_hurt(text, hurt):
    assert _total(text, "injured") == hurt


def test_an_indefinite_apposition_before_a_wound():
    text = ("The suspect, a 27-year-old unemployed man from Kobe, suffered a cut to his hand in the struggle and was "
            "taken to hospital.")
    assert [(c.casualty_type, c.victim_group, c.victim_age) for c in extract_claims(text, date(2021, 3, 8))] == [
        ("injured", "attackers", 27)]


@pytest.mark.parametrize("text, hurt, dead", [
    # people stabbed are hurt unless they died, as people shot are
    ("A student stabbed three classmates and a teacher at the school on Monday.", 4, 0),
    ("He stabbed three people to death.", 0, 3),
    # the attacker killed by the police after his victims: one more death, an attacker's
    ("A man attacked shoppers, killing a woman and wounding three other people before police shot him dead.", 3, 2),
])
def test_an_active_stabbing_verb_and_the_police_shooting_him_dead(text, hurt, dead):
    assert (_total(text, "injured"), _total(text, "killed")) == (hurt, dead)


@pytest.mark.parametrize("text, hurt", [
    # a hospital named with a capital ("Jos University Teaching Hospital", "Illinois Masonic Hospital")
    ("Four other villagers were taken to Jos University Teaching Hospital with severe burns.", 4),
    ("All three of them were taken to Illinois Masonic Hospital after the shooting.", 3),
    # a group "left with" injuries
    ("A man and a woman have been left with life-changing injuries after an acid attack.", 2),
])
def test_a_named_hospital_and_people_left_with_injuries(text, hurt):
    assert _total(text, "injured") == hurt


@pytest.mark.parametrize("text, hurt", [
    # a beating's hurt
    ("The youngest victim suffered a broken arm and had pellets throughout her arm.", 1),
    ("Two men suffered broken ribs in the attack.", 2),
    ("A passer-by escaped with injuries.", 1),
    # "broken" without a person's bone is no hurt
    ("The burglars had broken into the house.", 0),
])
def test_broken_bones_and_escaped_with_injuries(text, hurt):
    assert _total(text, "injured") == hurt
