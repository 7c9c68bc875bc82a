"""Deaths told in forms the grammar did not read: "passed away", a murder charge or a death investigation over
"the shooting of" someone, "slain" before a noun, "was found deceased", a deadly shooting named in the body, named
victims listed with their ages, several victims of one deadly active verb. Invented sentences."""
from __future__ import annotations

import pytest

from conftest import article_total
from pipeline.extract.extractor import extract_claims

KILLED = {
    # "passed away" is read like "died"
    "passed_away": ("A 15-year-old girl was shot on Friday night. Police said Monday the girl had passed away at a "
                    "children's hospital.", 1),
    "life_support": ("A clerk was shot on Maple Road on Saturday. He was removed from a ventilator and passed away on "
                     "Tuesday.", 1),
    "name_passed_away": ("Jo Roe, 15, of East Troy, passed away on Thursday at a medical center.", 1),
    "where_passed_away": ("Three deputies were flown to a trauma center, where Deputy Al Poe passed away.", 1),
    "nobody_passed_away": ("A man was shot in the arm on Elm Street. Nobody passed away.", 0),
    # a murder, homicide or manslaughter charge (never an attempted one) over "the shooting of" someone
    "murder_charge": ("Police charged Jo Roe with first-degree murder in the shooting of a 17-year-old on Oak Avenue.", 1),
    "murder_charge_adult": ("A grand jury charged Jo Roe with murder in the shooting of a cashier at a gas station.", 1),
    "manslaughter_charges": ("The father faces manslaughter charges for the accidental shooting of his son.", 1),
    "homicide_investigation": ("Detectives opened a homicide investigation into the shooting of a man on Pine Street.", 1),
    "death_investigation": ("Deputies began a death investigation of a 19-year-old found near a creek.", 1),
    "attempted_murder": ("Jo Roe, 22, was charged with attempted murder for the shooting of a 17-year-old on Oak Avenue.", 0),
    "attempted_first_degree": ("Jo Roe was charged with attempted first-degree murder in the shooting of a man.", 0),
    # "slain" before a singular noun
    "slain_man": ("The slain man was identified as Jo Roe, 31, of Springfield.", 1),
    "slain_officer_widow": ("The slain officer's widow thanked the crowd at the vigil.", 1),
    # "was (found) deceased"
    "found_deceased": ("A 911 caller reported that a man was found deceased in a garage on Birch Lane.", 1),
    "was_deceased": ("The driver was deceased by the time medics arrived at the intersection.", 1),
    # a deadly shooting named in the body, when nothing else gives a death
    "fatal_body": ("Troopers investigated a fatal shooting near Oak Avenue late Sunday.", 1),
    "deadly_body_bare": ("Family says deadly motel parking lot shooting was an accident.", 1),
    "thirtieth_fatal": ("It was the city's 30th fatal shooting this year, the chief said.", 0),
    "separate_fatal": ("Officers also responded to a separate fatal shooting across town.", 0),
    "non_fatal": ("Police investigate a non-fatal shooting on Oak Avenue.", 0),
    # named victims, each with an age, before a plural death verb
    "names_ages": ("Jo Roe, 22, and Al Poe, 30, were gunned down outside a car wash on Monday.", 2),
    "three_names_ages": ("Police said Jo Roe, 22, Al Doe, 40, and Cy Poe, 30, were killed.", 3),
    "names_died": ("Jo Roe and Al Poe died at the hospital.", 2),
    "name_and_wife_died": ("Jo Roe and his wife died at the scene.", 2),
    # several victims of one deadly active verb
    "fatally_shot": ("Deputies said Roe fatally shot his wife on Sunday.", 1),
    "fatally_shot_list": ("Roe fatally shot his wife, his stepdaughter and a neighbor.", 3),
    "fatally_shot_pair": ("Roe fatally shot his wife and a neighbor on Sunday.", 2),
    "shot_and_killed_pair": ("Roe shot and killed his ex-wife and her boyfriend.", 2),
    "killed_list": ("Roe shot and killed his wife, his son and a neighbor on Sunday.", 3),
    "apposition_not_list": ("Roe shot and killed his neighbor, a retired teacher, on Sunday.", 1),
}


@pytest.mark.parametrize("case", list(KILLED))
def test_killed_total(case):
    text, killed = KILLED[case]
    assert article_total(text, "killed") == killed


TITLES = {
    "title_murder_charge": ("Farmhand faces murder charge in shooting of woman at ranch", 1),
    "title_murder_minor": ("Youth faces murder charge in shooting of 17-year-old near school", 1),
    "title_attempted": ("Farmhand faces attempted murder charge in shooting of woman at ranch", 0),
    "title_non_fatal": ("Pair arrested after non-fatal shooting of nephew", 0),
}


@pytest.mark.parametrize("case", list(TITLES))
def test_title_killed(case):
    title, killed = TITLES[case]
    assert article_total("Friends gathered at a church on Sunday.", "killed", title=title) == killed


def test_murder_charge_is_no_one_hurt():
    """The victim of a murder charge is dead, not also hurt."""
    text = "Police charged Jo Roe with first-degree murder in the shooting of a 17-year-old on Oak Avenue."
    assert article_total(text, "injured") == 0


def test_names_ages_keep_each_age():
    claims = extract_claims("Jo Roe, 13, and Al Poe, 25, were killed in a drive-by on Ash Street.")
    assert sorted(c.victim_age for c in claims if c.casualty_type == "killed") == [13, 25]


def test_people_shot_in_a_name_list_are_left_to_the_injured():
    """Only deaths are read from a list of names with ages ("were shot" keeps the reading it had)."""
    claims = extract_claims("Jo Roe, 24, and Al Poe, 25, were shot inside a car.")
    assert not [c for c in claims if c.rule == "coordinated"]


def test_deadly_shooting_in_body_only_without_other_death():
    """A body's 'deadly shooting' adds nothing when a figure already gives the deaths, or people hurt."""
    text = "Two men were killed on Elm Street on Sunday. Police are investigating the deadly shooting."
    assert article_total(text, "killed") == 2
    assert not [c for c in extract_claims(text) if c.rule == "fatal_event"]
    hurt = "Troopers looked into a deadly shooting on Birch Road. A farmer was wounded in the arm."
    assert article_total(hurt, "killed") == 0


@pytest.mark.parametrize("text,killed,injured", [
    ("Police said the man killed his wife and a 7-year-old boy was wounded in the attack.", 1, 1),
    ("The blast killed three soldiers and two civilians were wounded.", 3, 2),
    ("Gunmen killed a teacher and his son escaped unhurt.", 1, 0),
    ("He killed his wife and a neighbor on Sunday.", 2, 0),
])
def test_a_person_with_a_verb_of_their_own_is_no_object_of_the_killing(text, killed, injured):
    """"killed his wife and a boy was wounded": the boy is the subject of his own clause, not a second victim
    of "killed" (he was counted both killed and injured)."""
    assert article_total(text, "killed") == killed
    assert article_total(text, "injured") == injured


@pytest.mark.parametrize("text, killed", [
    # the figure is the subject of an active killing verb with an object: the killers, not the dead
    ("Police say two men killed the clerk.", 1),
    ("Two gunmen fatally shot a clerk on Sunday.", 1),
    ("Three people fatally shot three men at a barber shop in February.", 3),
    ("Prosecutors said the four suspects shot and killed the store owner.", 1),
    # a day or a headline's capitalized preposition after the verb is no object
    ("Two men killed Sunday in a shooting were identified.", 2),
    ("Two people fatally shot Friday were identified.", 2),
])
def test_a_figure_that_killed_someone_is_the_killers(text, killed):
    from pipeline.extract.extractor import extract_claims
    claims = extract_claims(text, "2017-03-21")
    assert sum(c.count_point for c in claims if c.casualty_type == "killed" and c.counts) == killed


@pytest.mark.parametrize("title", ["Two Deputies Killed In Sacramento, Placer Counties", "Five Shot Dead In South Shore"])
def test_a_headlines_capitalized_preposition_after_killed_is_no_object(title):
    from pipeline.extract.extractor import extract_claims
    claims = extract_claims("Create an account to read on.", "2017-03-21", title)
    assert [c.casualty_type for c in claims if c.counts] == ["killed"]
