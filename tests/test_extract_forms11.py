"""Forms of the 0.25.0 round (docs/conventions.md): a toll revised downward ("revised the death toll down to 28", "The
toll was lowered to 28"), the number of the dead told with what it counts before its figure ("put the number of
people killed in Wednesday's attack in the capital, Mogadishu, at 28"), and a figure the sentence compares its own
with ("well below the figure of at least 40 given by police"), which is the earlier word, not the report's."""
from datetime import date

import pytest

from pipeline.extract.extractor import extract_claims

PUBLISHED = date(2019, 9, 26)  # a Thursday


def _deaths(text, published=PUBLISHED):
    return [(c.count_point, c.is_summary) for c in extract_claims(text, published)
            if c.parent_key is None and c.casualty_type == "killed"]


@pytest.mark.parametrize("text", [
    "Officials revised the death toll down to 28 from 40.",
    "The toll was lowered to 28 from an earlier figure of 40.",
    "The death toll fell to 28 after officials found that some bodies had been counted twice.",
])
def test_a_toll_revised_downward_is_the_reports_toll(text):
    assert _deaths(text) == [(28, False)]


@pytest.mark.parametrize("text, expected", [
    ("Officials put the number of people killed in the attack at 28.", [(28, False)]),
    ("The ministry put the number of people killed in Wednesday's car bomb attack in the capital, Mogadishu, at 28.",
     [(28, False)]),
    # with a year's scope it is a running count, kept apart as a summary
    ("The number of people killed in Chicago this year rose to 500.", [(500, True)]),
])
def test_the_number_of_the_dead_with_what_it_counts(text, expected):
    assert _deaths(text) == expected


@pytest.mark.parametrize("text, figure", [
    ("The health ministry put the number of people killed in the attack at 28, well below the figure of at least 40 "
     "dead given by police hours after the explosion.", 28),
    ("The government said 28 people were killed, revising down a toll of 40 given by a police officer.", 28),
    ("Officials said 28 people died, against an earlier estimate of 40.", 28),
    ("The ministry said 19 people were killed, well above the figure of at least 12 dead given by police.", 19),
])
def test_a_figure_the_sentence_compares_its_own_with_is_not_the_reports(text, figure):
    assert [n for n, _ in _deaths(text)] == [figure]


def test_a_compared_figure_alone_in_its_sentence_stays():
    # nothing in the sentence replaces it: the only figure of its type the sentence gives
    assert [n for n, _ in _deaths("The attack was deadlier than the figure of 12 killed given earlier, "
                                  "a medic said.")] == [12]


def _injured_total(text, published=PUBLISHED):
    """The article's injured as sql/toll_totals.sql takes it: the largest sentence total or running toll."""
    claims = [c for c in extract_claims(text, published) if c.parent_key is None and not c.is_summary
              and c.casualty_type == "injured" and not c.rule.endswith("/another")]
    sums: dict = {}
    for c in claims:
        if not c.rule.split("/")[-1].startswith("injury_toll"):
            sums[c.sentence_start] = sums.get(c.sentence_start, 0) + c.count_point
    return max([*sums.values(), *(c.count_point for c in claims if c.rule.split("/")[-1].startswith("injury_toll"))])


@pytest.mark.parametrize("text, expected", [
    # two people told by their ages alone, each in a sentence of its own, in an article that tells no death
    ("A 7-year-old boy was shot in the leg while he watched fireworks on Elm Street, police said. A 24-year-old man "
     "in the group was struck in the back. The boy was in good condition.", 2),
    # the same age twice is one person
    ("A 17-year-old was shot on Elm Street on Tuesday. Police said a 17-year-old boy was struck in the leg.", 1),
    # a name without an age may be the aged person
    ("A 19-year-old man was shot on Elm Street on Tuesday. Jo Roe was hit in the arm, police said.", 1),
])
def test_people_told_by_their_ages_in_sentences_of_their_own(text, expected):
    assert _injured_total(text) == expected


def test_people_told_by_their_ages_on_a_page_of_several_stories_are_not_added():
    text = ("TROY (WXYZ) – A 24-year-old man was shot on Elm Street on Tuesday, police said.\n\n"
            "FLINT (WXYZ) – A 30-year-old woman was wounded on Oak Street on Tuesday, police said.")
    assert _injured_total(text) == 1


def test_named_people_hurt_need_no_word_of_their_living_where_no_one_died():
    text = ("Two children were playing on a porch on Elm Street when shots rang out on Tuesday. Jalen, 8, was hit in "
            "the arm. His sister, Amari, 14, was struck in the back.")
    assert _injured_total(text) == 2


@pytest.mark.parametrize("text, age", [
    ("Warplanes struck a market on Tuesday, killing at least 11 civilians. An official said a boy of eight was among "
     "the dead.", 8),
    ("Warplanes struck a market on Tuesday, killing at least 11 civilians. An official said a boy, 8, was among the "
     "dead.", 8),
    ("Warplanes struck a market on Tuesday, killing at least 11 civilians. An official said a girl of 13 was among the "
     "dead.", 13),
])
def test_a_child_of_an_age_among_the_dead_is_one_child_of_that_age(text, age):
    claims = extract_claims(text, PUBLISHED)
    assert [c.count_point for c in claims if c.parent_key is None] == [11]
    assert [(c.count_point, c.is_child, c.victim_age) for c in claims if c.parent_key is not None] == [(1, True, age)]


@pytest.mark.parametrize("text", [
    "The strike came less than two weeks after coalition aircraft hit a water-bottling plant, killing 13 workers.",
    "The bombing came just over a month after a suicide attack on a mosque that killed 20 people.",
])
def test_an_earlier_attack_the_strike_came_after_is_background(text):
    assert all(summary for _, summary in _deaths(text))


def test_what_followed_an_attack_is_no_earlier_attack():
    assert _deaths("Pair of bombings followed by armed attack on hotel results in at least 18 deaths.") == [(18, False)]


def _minors_of(text, published=PUBLISHED):
    return sorted((c.casualty_type, c.victim_age) for c in extract_claims(text, published)
                  if c.rule == "roster_minor")


@pytest.mark.parametrize("text, expected", [
    ("An air strike flattened a home on Saturday, killing four members of the same family. The ministry identified "
     "them as Mohammed Abu Daqqa, 41, his wife Samira, 37, and their daughters Hala, 14, and Nour, 9.",
     [("killed", 9), ("killed", 14)]),
    ("Gunmen killed three farmers on Monday. The men were named by relatives as Abdi Hassan, 45, his cousin Ali Nur, "
     "30, and Ibrahim Abdi, 17, a farm labourer.", [("killed", 17)]),
    # the list's size says which figure it names: the dead, not the hurt told after them
    ("Shootings killed two men and left two others injured. The men were identified as 17-year-old Jo Patterson and "
     "33-year-old Al Groom.", [("killed", 17)]),
    ("A gunman killed four people at a house on Tuesday. The victims were Tamara Perry, 14; Shana Sanders, 17; Kris "
     "Hutto, 28; and Jerome Butler, 50.", [("killed", 14), ("killed", 17)]),
])
def test_minors_of_a_list_of_the_dead_by_name_and_age(text, expected):
    assert _minors_of(text) == expected


@pytest.mark.parametrize("text", [
    # more people aged than the figure holds
    "Two men were killed on Tuesday. Police identified them as Jo Roe, 15, Al Poe, 16, and Bo Doe, 17.",
    # a list of suspects, not of the figure's victims
    "Two men were killed on Tuesday. Police identified the suspects as Jo Roe, 15, and Al Poe, 16.",
    # no figure before the list
    "Police identified them as Jo Roe, 15, and Al Poe, 16.",
])
def test_no_minors_from_a_list_that_is_not_the_figures(text):
    assert _minors_of(text) == []


def _counted_deaths(text, published=PUBLISHED):
    return [c.count_point for c in extract_claims(text, published) if c.counts and c.casualty_type == "killed"]


@pytest.mark.parametrize("text", [
    "Police said Tuesday that one man was killed and another wounded, correcting an earlier statement that both men "
    "had been killed.",
    "Police had first said both men died. One of them, a 19-year-old, is in stable condition at Memorial Health. "
    "The other man was killed.",
])
def test_the_statement_a_correction_takes_back_is_not_counted(text):
    assert _counted_deaths(text) == [1]


@pytest.mark.parametrize("text, ctype, age", [
    ("An air strike killed seven people, including a woman and her two daughters, aged 5 and 9.", "killed", 9),
    ("Seven people were shot at a party early Sunday. Two of the wounded are 15 and 16 years old.", "injured", 16),
])
def test_a_groups_ages_in_a_list_or_after_its_copula(text, ctype, age):
    minors = [(c.casualty_type, c.count_point, c.victim_age) for c in extract_claims(text, PUBLISHED) if c.is_child]
    assert minors == [(ctype, 2, age)]


@pytest.mark.parametrize("text, expected", [
    # a span of fighting's toll that one event raises is a summary, however short the span
    ("An air strike killed a man on Wednesday, health officials said, raising the Palestinian death toll from two days "
     "of fighting to 26.", [(1, False), (26, True)]),
    # the event's own toll that a death raises is not
    ("A man died of his wounds on Tuesday, raising the death toll from Saturday's bombing to 40.", [(40, False)]),
    # a count since a party began its campaign
    ("The United Nations says at least 1,000 people have been killed since the Libyan National Army launched its "
     "offensive on Tripoli in April.", [(1000, True)]),
])
def test_running_and_campaign_counts(text, expected):
    assert _deaths(text) == expected


def test_a_birth_year_is_no_time_of_the_event():
    text = ("On 14 June 2022 at 16:40 the enemy shelled the Saltivskyi district of Kharkiv. As a result of the shelling, "
            "three people were killed, among them a child born in 2013.")
    claims = [c for c in extract_claims(text, date(2022, 6, 15)) if c.parent_key is None]
    assert [(c.count_point, c.period_start) for c in claims] == [(3, date(2022, 6, 14))]


@pytest.mark.parametrize("text", [
    "Air defence systems shot down eight Ukrainian drones over Bryansk Region overnight, the governor said.",
    "Investigators say the helicopter was shot at least two times by a high-powered rifle.",
])
def test_aircraft_shot_down_or_at_are_no_people(text):
    assert extract_claims(text, date(2023, 7, 4)) == []


@pytest.mark.parametrize("text, expected", [
    ("One soldier paid the supreme price and two others were injured.", [("killed", 1), ("injured", 2)]),
    ("Two soldiers fell on the field of honour.", [("killed", 2)]),
    ("Two policemen embraced shahadat while three others were injured.", [("killed", 2), ("injured", 3)]),
    ("Five jawans attained martyrdom and 12 others were injured in the attack.", [("killed", 5), ("injured", 12)]),
    ("Two soldiers laid down their lives.", [("killed", 2)]),
    ("The ministry confirmed the martyrdom of a child aged 15.", [("killed", 1)]),
])
def test_deaths_in_official_idiom(text, expected):
    assert [(c.casualty_type, c.count_point) for c in extract_claims(text, PUBLISHED)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Five people were killed. Among the martyrs is a child aged 13.", [(1, 13)]),
    ("Five people were killed. Among the deceased are two children aged 4 and 7 years.", [(2, 7)]),
])
def test_the_deceased_and_the_martyrs_hold_their_minors(text, expected):
    claims = extract_claims(text, PUBLISHED)
    assert [(c.count_point, c.victim_age) for c in claims if c.parent_key is not None and c.is_child] == expected


def test_an_agency_spoken_to_is_no_place():
    text = ("KABUL, May 3 (Xinhua) -- Nine people were killed and 21 others are still being treated in hospitals, "
            "Kabul police criminal investigation chief Abdul Rahman told Xinhua.")
    assert {c.location for c in extract_claims(text, date(2012, 5, 3))} == {"Kabul"}


@pytest.mark.parametrize("text", [
    "Two of the injured died on Monday, raising the toll to 11.",
    "A wounded man died on Monday, raising the toll to 11.",
])
def test_a_toll_raised_by_the_hurt_who_died_is_of_the_dead(text):
    assert 11 in [n for n, _ in _deaths(text)]


@pytest.mark.parametrize("text, expected", [
    ("Three people, two soldiers and a civilian, were wounded.", [("injured", 3)]),
    ("Three people, 2 soldiers and a civilian, were wounded.", [("injured", 3)]),  # a number in digits too
    ("Four people, three men and a woman, were killed in the attack.", [("killed", 4)]),
])
def test_a_figure_with_its_people_listed_in_apposition(text, expected):
    assert [(c.casualty_type, c.count_point) for c in extract_claims(text, PUBLISHED) if c.parent_key is None] == expected


@pytest.mark.parametrize("text", ["A dozen people were killed when gunmen opened fire on a wedding party.",
                                  "Gunmen killed a dozen people at a wedding."])
def test_a_dozen_is_the_tables_vague_dozen(text):
    assert [(c.count_low, c.count_high, c.count_point) for c in extract_claims(text, PUBLISHED)] == [(10, 14, 12)]


def test_two_dozen_stays_exact():
    assert [(c.count_low, c.count_high) for c in extract_claims("Two dozen people were hurt.", PUBLISHED)] == [(24, 24)]


@pytest.mark.parametrize("text, minor", [
    ("An Omaha North High School sophomore was wounded in a shooting Friday.", True),
    ("A college sophomore was wounded in a shooting Friday.", False),
])
def test_a_high_school_sophomore_is_a_minor(text, minor):
    assert [c.is_child for c in extract_claims(text, PUBLISHED)] == [minor]


@pytest.mark.parametrize("text, summary", [
    ("The committee says more than 80 people have been killed in the crackdown since the October coup.", True),
    ("At least 300 civilians have died since the invasion, the monitor said.", True),
    ("Two protesters were shot dead on Thursday, the committee said.", False),
])
def test_a_campaign_named_without_its_verb_is_a_summary_scope(text, summary):
    assert [s for _, s in _deaths(text)] == [summary]


@pytest.mark.parametrize("text, age, day", [
    ("A child was shot in Houston on Sunday. The victim, who police said was 7, was riding in the back seat when the "
     "bullet hit.", 7, None),
    ("A boy who had turned 11 just two weeks ago was killed by a stray bullet Saturday night.", 11, date(2019, 9, 21)),
    ("A girl who was 7 was killed by a stray bullet on Sunday.", 7, None),
])
def test_an_age_in_a_relative_clause_on_the_victims_noun(text, age, day):
    claims = [c for c in extract_claims(text, PUBLISHED) if c.parent_key is None]
    assert claims[-1].victim_age == age and claims[-1].is_child
    assert day is None or claims[-1].period_start == day


def test_a_number_of_feet_is_no_age():
    assert [c.victim_age for c in extract_claims("A man who was 7 feet tall was shot.", PUBLISHED)] == [None]


def test_an_ordinal_victim_in_apposition_numbers_the_hurt_and_keeps_his_age():
    text = ("Three people were wounded Sunday afternoon at a park. UPDATE 9:40 p.m.: police now say a fourth victim, "
            "a 15-year-old boy, walked into Arkansas Children's Hospital with a gunshot wound to the leg.")
    claims = [(c.count_point, c.rule, c.victim_age) for c in extract_claims(text, date(2019, 5, 19))]
    assert (4, "injury_toll", None) in claims and (1, "singular_passive", 15) in claims


@pytest.mark.parametrize("text, expected", [
    ("A 34-year-old man was wounded early Tuesday on Joseph Avenue, police said, a month after two men were shot on "
     "the same stretch of the street.", [(1, False), (2, True)]),
    # a day after is no cue: coders add the day before
    ("Three people were wounded on Elm Street on Tuesday, a day after two men were killed nearby.",
     [(3, False), (2, False)]),
])
def test_an_earlier_incident_dated_by_its_distance_after_a_comma(text, expected):
    assert [(c.count_point, c.is_summary) for c in extract_claims(text, PUBLISHED) if c.parent_key is None] == expected


def test_one_of_the_dead_takes_the_age_of_its_predicate():
    text = ("Security forces killed two protesters on Thursday. One of the dead was a 17-year-old boy who was shot in "
            "the chest.")
    assert [(c.count_point, c.victim_age) for c in extract_claims(text, PUBLISHED) if c.parent_key is not None] == [(1, 17)]


@pytest.mark.parametrize("text, expected", [
    ("Deputies arrested Jo Roe, 31, on a charge of attempted murder of a law enforcement officer.", []),
    ("He is charged with the attempted murder of two people.", []),
    ("He was charged with the murder of two people.", [("killed", 2)]),
])
def test_an_attempted_murder_names_no_death(text, expected):
    assert [(c.casualty_type, c.count_point) for c in extract_claims(text, PUBLISHED)] == expected
