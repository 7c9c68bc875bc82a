"""Who is counted among the injured (docs/conventions.md, "Who is counted"): invented sentences.

``injured`` reads an article's injured total the way ``sql/toll_totals.sql`` does: figures of one
sentence are added, the largest sentence total is taken, figures marked '/another' are added to it.
"""
from __future__ import annotations

import pytest

from conftest import article_total
from pipeline.extract.extractor import extract_claims


def injured(text, title=None):
    return article_total(text, "injured", title)


# --- one victim, two verbs
@pytest.mark.parametrize("text", [
    "The 9-year-old girl who was shot on Friday was wounded by a cousin playing with a rifle.",
    "A farmhand cleaning a shotgun shot himself in the foot, and was seriously hurt.",
    "The teen was hurt when he picked up the rifle and shot himself in the foot by mistake.",
    "Their 8-year-old son shot himself with a relative's revolver, injuring himself badly.",
    "A 4-year-old was shot in the arm on Tuesday, leaving the child in serious condition.",
    "A retired welder who was wounded at a car wash accidentally shot himself, the sheriff said.",
])
def test_one_victim_named_twice_in_a_sentence_is_one_person(text):
    assert injured(text) == 1


@pytest.mark.parametrize("text", [
    "A 33-year-old man was shot in the wrist, and a 37-year-old cook was shot in the calf.",
    "A bus driver was shot in the shoulder, while a 7-year-old girl suffered a gunshot wound to the knee.",
])
def test_two_new_victims_in_a_sentence_are_two(text):
    assert injured(text) == 2


def test_a_building_hit_by_gunfire_is_not_a_second_victim():
    assert injured("Police said the woman was shot at a cookout; a nearby garage also was struck by gunfire.") == 1


# --- numbers that are not people
@pytest.mark.parametrize("text, n", [
    ("Officers got a 911 call saying a boy had shot himself in the leg.", 1),
    ("Dispatchers took a 911 report that a woman was shot in the hip.", 1),
    ("A clerk was arrested after leaving a loaded gun where a 5-year-old was accidentally shot 11/14/15.", 1),
])
def test_phone_numbers_and_dates_are_not_figures(text, n):
    assert injured(text) == n


def test_the_first_of_two_ages_sharing_a_hyphen_is_not_a_figure():
    claims = extract_claims("Her 7- and 10-year-old sons were also injured in the shooting.")
    assert 7 not in [c.count_point for c in claims]


# --- breakdowns and restatements
@pytest.mark.parametrize("text, n", [
    ("Seven were shot -- three killed and four wounded -- at a birthday party.", 4),
    ("Five men were shot, one of them fatally, with four of them suffering wounds that were not fatal.", 4),
    ("Four shot at Elm Street bar Detectives say the gunfire left four people wounded.", 4),
    ("Two men were shot on Oak Street and two women were hurt on Elm Street.", 4),
    ("Two men were shot on Oak Street, two women were shot on Elm Street.", 4),
    ("Three people were shot and three others were wounded.", 6),
])
def test_a_breakdown_or_restatement_of_people_shot_is_not_added(text, n):
    assert injured(text) == n


@pytest.mark.parametrize("text", [
    "Officers found one deceased man and one woman who suffered gunshot wounds.",
    "Shooting on Pine Road early Sunday - one homicide, one injured",
])
def test_a_dead_person_coordinated_with_the_injured_is_not_injured(text):
    assert injured(text) == 1
    assert any(c.casualty_type == "killed" for c in extract_claims(text))


# --- people hit, shot by someone, alive
@pytest.mark.parametrize("text", [
    "The cashier was struck in the shoulder, but her wound was not life-threatening.",
    "A hunter's rifle went off while he was cleaning it, with the bullet striking the neighbor in the thigh.",
    "Witnesses said a man in a pickup opened fire, hitting the cyclist.",
    "Deputies said the farmer shot his nephew in the foot during an argument over a fence.",
    "Investigators say the 19-year-old shot his roommate in the arm while showing off a pistol.",
])
def test_a_person_hit_or_shot_by_someone_is_injured(text):
    assert injured(text) == 1


@pytest.mark.parametrize("text", [
    "The bullet nearly hit the clerk, police said.",
    "A stray round grazed his head, hitting his left ear.",
    "The man said he wanted to shoot his neighbor in the leg.",
])
def test_near_misses_wounds_and_intentions_are_not_more_victims(text):
    assert injured(text) <= 1
    assert injured("A boy was shot in Elm Park. " + text) == 1


def test_a_victim_said_to_be_alive_is_not_taken_for_the_dead():
    text = ("A man was killed in a shooting on Oak Street on Sunday. "
            "The neighbor who was shot is in good condition and should recover.")
    assert injured(text) == 1


@pytest.mark.parametrize("text, n", [
    ("A woman was killed on Friday. He was flown to a hospital, in critical condition.", 0),
    ("A woman was killed on Friday. Her 6-year-old son was flown to a hospital, where he is in fair condition.", 1),
    ("A woman was killed on Friday. An 8-year-old was airlifted to a hospital in Springfield.", 1),
    ("A woman was killed on Friday. The teen was flown to a hospital, where he passed away.", 0),
])
def test_a_person_taken_to_hospital_after_a_death(text, n):
    assert injured(text) == n


@pytest.mark.parametrize("text", [
    "One clerk was killed and another clerk was hurt near the bakery.",
    "The gunfire left one deputy dead and another injured.",
    "Officers found one woman dead and another critically hurt inside the house.",
])
def test_another_person_hurt_after_the_dead(text):
    assert injured(text) == 1


def test_another_person_hurt_in_a_title():
    assert injured("Body text of the page.", title="Teen killed, another hurt in Elm Park shooting") == 1


def test_a_victim_after_including_is_one_of_the_figure():
    assert injured("Four people were wounded, including a teacher who was shot in the hip.") == 4


# --- groups without a numeral, ordinals
@pytest.mark.parametrize("text, n", [
    ("Both suffered wounds that were not life-threatening.", 2),
    ("Both Ramos and the other driver suffered minor injuries.", 2),
    ("Both of the victims are expected to recover, a nurse said.", 2),
    ("The clerk is expected to survive.", 1),
    ("Both died at the scene.", 0),
])
def test_both_and_expected_to_survive(text, n):
    assert injured(text) == n


@pytest.mark.parametrize("text, n", [
    ("A man was shot in the arm on Elm Street. A second victim was grazed.", 2),
    ("Two men were killed on Elm Street. A third victim was wounded in the leg.", 1),
    ("Three people were shot on Elm Street. A second victim was grazed.", 3),
])
def test_an_ordinal_victim_numbers_everyone_hurt_so_far(text, n):
    assert injured(text) == n


def test_ages_of_a_group_are_not_figures():
    assert injured("Police say six men between the ages of 19 and 44 were shot.") == 6


# --- the dead and the others hurt
@pytest.mark.parametrize("text, n", [
    ("A mother was killed and her 9-year-old daughter was shot in the hip.", 1),
    ("A cook was shot and killed and a waiter was shot in the arm.", 1),
    ("A cook was killed after he was shot in the chest.", 0),
    ("A bystander was killed by gunfire that also hit the man, police said.", 0),
])
def test_a_second_person_shot_beside_the_dead(text, n):
    assert injured(text) == n


@pytest.mark.parametrize("text, n", [
    ("A 5-year-old is fighting for her life after a round came through a wall.", 1),
    ("Three men are dead and another man is fighting for his life in Springfield.", 1),
    ("Shots were fired from a passing van, hitting three men on a porch.", 3),
    ("The gunfire sent five people to the hospital with minor wounds.", 5),
    ("The shooting left a man dead and sent a 17-year-old girl to an area hospital.", 1),
    ("A judge signed an order sending Lopez to the state hospital for an evaluation.", 0),
])
def test_people_fighting_for_life_hit_or_sent_to_hospital(text, n):
    assert injured(text) == n


def test_more_hurt_after_the_dead_in_a_sentence_are_not_added_to_the_article():
    text = ("Two wounded in Elm Street shooting. "
            "Police said a gunman killed one man and wounded two more outside a bar on Elm Street.")
    assert injured(text) == 2


def test_a_definite_age_at_the_end_of_a_clause_is_the_same_child():
    text = ("Mia is fighting for her life after officers were called with reports the 3-year-old "
            "accidentally shot herself in the arm.")
    assert injured(text) == 1


# --- two people in one subject
@pytest.mark.parametrize("title", [
    "Man, teen wounded in Elm Park shooting",
    "Woman and 8-year-old boy hurt in drive-by on Oak Street",
    "Girl, grandfather shot outside corner store",
])
def test_two_victims_coordinated_in_a_title(title):
    assert injured("Body text of the page.", title=title) == 2


def test_two_victims_sharing_an_injury_verb():
    assert injured("A bus driver and a teen are fighting for their lives in intensive care.") == 2


def test_a_headline_with_the_shooter_before_shot_counts_the_victim_once():
    assert injured("Body text of the page.", title="Uncle accidentally shot 9-year-old, deputies say") == 1


def test_a_photo_number_is_not_a_figure():
    assert injured("Photo: Staff Image 4 of 7 A man and his son were shot on Elm Street.") == 2


def test_a_group_taken_to_hospital_is_kept_beside_a_single_victim_told_elsewhere():
    text = "A clerk was grazed on the arm, police said. Three men are in the hospital after the gunfire."
    assert injured(text) == 3
    assert injured("A clerk was shot in the arm and taken to the hospital.") == 1


def test_victims_who_were_suffering_from_gunshot_wounds():
    assert injured("Deputies found four men who were suffering from two gunshot wounds each.") == 4


def test_an_offence_named_injury_to_a_child_is_not_a_figure():
    assert injured("The father faces two felony counts of injury to two children.") == 0
    assert injured("The explosion caused injuries to two children, firefighters said.") == 2


# --- people a shot, a bullet or the gunman struck, told with an active verb before their figure
@pytest.mark.parametrize("text, expected", [
    ("The gunman fired into the crowd, striking six people.", 6),
    ("The bullet ricocheted off the concrete and struck four people near the gate.", 4),
    ("Gunfire hit at least three bystanders outside the club.", 3),
    ("Stray rounds struck two children playing in a yard on Elm Street.", 2),
    # no shot named: "hit" is not read
    ("The storm hit three towns and two people.", 0),
    ("The team hit three home runs.", 0),
])
def test_struck_by_gunfire(text, expected):
    assert injured(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rank before a name is a person, without a wound named
    ("Police confirmed the gunman shot Sgt. Lee Jundt after an attempted traffic stop.", 1),
    ("The suspect shot Officer John Smith during a traffic stop.", 1),
    # a bare name without a wound stays unread ("Smith shot Jones" may be a photograph)
    ("Smith shot Jones.", 0),
])
def test_shot_an_officer_named_with_his_rank(text, expected):
    assert injured(text) == expected


def test_a_death_dealt_on_an_earlier_day_is_not_one_of_the_people_shot():
    # the lead's man was shot overnight; the man who died was shot Thursday: another victim
    text = ("Police are investigating after a man was shot during a robbery attempt in West Elmwood overnight.\n\n"
            "Police on Saturday also said that a 24-year-old man who was shot Thursday on 7th Street has died.")
    claims = extract_claims(text, "2017-02-04")
    assert sorted((c.casualty_type, c.count_point) for c in claims if c.counts) == [("injured", 1), ("killed", 1)]
    # a death told by its own later day may be the man shot: one death
    text = "A man was shot Sunday on Elm Street.\n\nHe died Tuesday at the hospital."
    claims = extract_claims(text, "2017-02-08")
    assert sorted((c.casualty_type, c.count_point) for c in claims if c.counts) == [("killed", 1)]


@pytest.mark.parametrize("text, expected", [
    # an absolute construction after the dead: "with six others sustaining gunshot wounds"
    ("Shots fired resulted in the death of one woman, with six others sustaining gunshot wounds.", 6),
    ("The blast killed two soldiers, with four civilians suffering serious injuries.", 4),
])
def test_others_sustaining_wounds(text, expected):
    assert injured(text) == expected


@pytest.mark.parametrize("text", [
    "Police are investigating a shooting at a motel. The victim is currently in critical condition.",
    "Police confirmed the victim is a juvenile and is still in serious condition.",
])
def test_a_victim_currently_in_critical_condition_is_hurt(text):
    assert injured(text) == 1


@pytest.mark.parametrize("text, expected", [
    # a later count of the people in care, told by the progressive passive
    ("The governor said on Tuesday that the toll had risen to nine, and that 31 people were still being treated.", 31),
    ("A bomb exploded in the market, killing four people. Officials said 12 people are being treated in hospital.", 12),
    # the fire's hurt (since 0.23.0: smoke inhalation is an injury; a count of the treated for shock is not)
    ("An arsonist set the mall on fire and five people were being treated for smoke inhalation.", 5),
    ("An arsonist set the mall on fire and five people were being treated for shock.", 0),
    # nor people treated as suspects
    ("Three men were being treated as suspects, police said.", 0),
])
def test_people_still_being_treated(text, expected):
    assert injured(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a death told by its last step: taken (or removed) off life support
    ("A 40-year-old man was taken off life support Monday, five days after he was shot in the chest.", 1),
    ("The girl who was shot in the head last week has been taken off life support.", 1),
])
def test_taken_off_life_support_is_a_death(text, expected):
    assert article_total(text, "killed") == expected
    assert injured(text) == 0


def test_taken_off_life_support_keeps_the_victims_age_and_the_attacks_day():
    text = "A 40-year-old man was taken off life support Monday, five days after he was shot in the chest."
    claims = [c for c in extract_claims(text, "2016-03-09") if c.counts]
    assert [(c.casualty_type, c.victim_age, str(c.period_start)) for c in claims] == [("killed", 40, "2016-03-02")]
