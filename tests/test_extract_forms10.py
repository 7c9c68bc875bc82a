"""Forms of the 0.24.0 round's dev error analysis (docs/conventions.md): a weekday after a word that only ends like a
feast's first word ("car wash Monday"), a surname as the subject of "died" ("Kendall died", "Rollins later died"), the
day of a death told by its cause ("died from a gunshot wound ... on June 5"), a street after a capitalised "Block of",
and the age a surname takes from the person named with it."""
from datetime import date

import pytest

from pipeline.extract.context import _time_windows
from pipeline.extract.extractor import extract_claims

PUBLISHED = date(2019, 4, 10)  # a Wednesday


def _claims(text, published=PUBLISHED):
    return [c for c in extract_claims(text, published) if c.parent_key is None and not c.is_summary]


@pytest.mark.parametrize("text, expression", [
    ("Two men were gunned down at a car wash on the East Side Monday night.", "Monday night"),
    ("Shots rang out at a birthday bash Saturday night.", "Saturday night"),
    ("A woman was hurt in a crash Sunday.", "Sunday"),
])
def test_a_weekday_after_a_word_ending_like_a_feast_is_a_day(text, expression):
    assert [w.expression for w in _time_windows(text, PUBLISHED, {})] == [expression]


@pytest.mark.parametrize("text", ["Churches were full on Ash Wednesday.", "Shoppers lined up on Black Friday."])
def test_a_feast_named_by_its_weekday_is_still_no_weekday(text):
    assert not [w for w in _time_windows(text, PUBLISHED, {}) if w.expression.lower().endswith("day")
                and w.expression.split()[-1] in ("Wednesday", "Friday") and len(w.expression.split()) == 1]


@pytest.mark.parametrize("text", [
    "Police said Randall died Friday after he was shot outside a store.",  # a name ending in "all"
    "Officers said Marshall died at the scene.",
    "Rollins later died at the hospital, police said.",  # a surname ending in -s
    "Police said Daniels died of his injuries on Tuesday.",
])
def test_a_surname_alone_is_one_death(text):
    assert [(c.casualty_type, c.count_point) for c in _claims(text)] == [("killed", 1)]


@pytest.mark.parametrize("text", [
    "Officers suffered minor injuries in the struggle.",  # a capitalised plural: "officer" is a common word
    "Residents said Palestinians died in the raid.",  # a people's name stays plural
])
def test_a_capitalised_plural_is_no_single_victim(text):
    assert [c for c in _claims(text) if c.count_point == 1 and c.rule.startswith("singular")] == []


def test_the_day_a_death_is_told_by_its_cause_is_the_deaths():
    windows = _time_windows("Hicks died from a gunshot wound to his head on April 5.", PUBLISHED, {})
    assert [(w.expression, w.cue) for w in windows] == [("on April 5", "death")]
    # the attack's day, named before, dates the death
    text = ("Cole Dunn, 20, accidentally shot his friend, Owen Hicks, 20, at his home on April 2, police said. "
            "Hicks died from a gunshot wound to his head on April 5.")
    assert {c.period_start for c in _claims(text) if c.casualty_type == "killed"} == {date(2019, 4, 2)}


def test_a_gunshot_in_a_later_clause_still_dates_the_attack():
    windows = _time_windows("He died of gunshot wounds suffered in a shooting on Friday.", PUBLISHED, {})
    assert [(w.expression, w.cue) for w in windows] == [("on Friday", "")]


def test_a_street_after_a_capitalised_block_of_is_no_state():
    text = ("Officers responded to the 2400 Block of South Pennsylvania on Friday night. Jo Ames, 18, had been shot "
            "and was taken to a hospital, where he died.")
    assert all(c.location != "Pennsylvania" for c in _claims(text))


@pytest.mark.parametrize("text, ages", [
    # one surname, two people: each takes the age told with his own full name
    ("Barry Moore, 40, chased Pamela Moore, 43, to a neighbour's home. Pamela Moore died at the scene.", [43]),
    # a first name told with the age must be the subject's: the suspect Malik Ross, 21, is not the girl
    ("Malik Ross, 21, pleaded guilty on Friday. Ta'Niyah Ross was killed inside a home on Chestnut Street.", [None]),
    # "16-year-old Matt Kendall": the noun after the age is his first name, "Kendall" his surname
    ("Services were held for 16-year-old Matt Kendall and 19-year-old Ray Ortiz. Police said Kendall died Friday.",
     [16]),
    # a surname subject takes his own age, not the nearest one before it
    ("Lee H. Andrews, 21, and Jo K. Brooks, 17, were wounded. Police said Andrews died Friday.", [21]),
])
def test_a_surname_takes_the_age_told_with_that_name(text, ages):
    assert [c.victim_age for c in _claims(text) if c.casualty_type == "killed"] == ages


@pytest.mark.parametrize("text, dead", [
    ("At least 30 villagers were hacked or shot to death overnight, officials said.", 30),
    ("Two guards were beaten and stabbed to death in the yard.", 2),
    ("Gunmen shot or hacked to death 12 farmers.", 12),
])
def test_two_ways_of_killing_before_one_to_death(text, dead):
    assert sum(c.count_point for c in _claims(text) if c.casualty_type == "killed") == dead


@pytest.mark.parametrize("text, hurt", [
    ("Six people with machete wounds were taken to hospital in Beni.", 6),
    ("Two women with stab wounds were taken to a hospital.", 2),
    # a rescue before the care, and South Asia's "Medical College" as the hospital
    ("Three of his friends were rescued by police and admitted to the Kota Government Medical College with injuries.",
     3),
])
def test_hurt_groups_by_their_wounds_or_their_care(text, hurt):
    assert [(c.casualty_type, c.count_point) for c in _claims(text)] == [("injured", hurt)]


def test_one_of_a_group_with_its_wound_does_not_replace_the_group():
    text = ("Police said the other two men were both taken to Mercy Hospital - one with a stab wound to the chest, the "
            "other with cuts to his arm.")
    assert [(c.casualty_type, c.count_point) for c in _claims(text)] == [("injured", 2)]


def test_a_name_told_with_two_verbs_takes_its_own_age():
    text = ("Ada Pettway, 58, threw herself over her 4-year-old granddaughter when the shooting started. Pettway was "
            "struck twice and died at a hospital.")
    assert [c.victim_age for c in _claims(text) if c.casualty_type == "killed"] == [58]


@pytest.mark.parametrize("text", ["A 6-year-old girl was fighting for her life Saturday after she was shot.",
                                  "The boy was clinging to life Saturday, police said."])
def test_a_victims_condition_dates_the_aftermath(text):
    assert [(w.expression, w.cue) for w in _time_windows(text, PUBLISHED, {})] == [("Saturday", "after")]


@pytest.mark.parametrize("text, place", [
    ("A boy, 6, was wounded in an accidental shooting in Gary on Sunday.", "Gary"),  # a first name that is a city
    ("A man was shot twice, Tyler police said.", "Tyler"),
    ("A woman was wounded on the city's east side, Indianapolis Metropolitan Police Department officials said.",
     "Indianapolis"),
])
def test_a_city_that_is_a_first_name_or_a_police_forces_name(text, place):
    assert [c.location for c in _claims(text)] == [place]


def test_a_first_name_without_a_cue_is_no_place():
    assert [c.location for c in _claims("Gary Miller said his neighbour was shot twice.", date(2019, 4, 10))] != \
        ["Gary"]


def test_the_teen_may_be_18():
    text = "An 18-year-old was shot while walking home late Friday. The teen was taken to a hospital in serious condition."
    claims = [c for c in _claims(text) if c.casualty_type == "injured"]
    assert claims and all(c.victim_age == 18 and not c.is_child for c in claims)


def test_a_man_who_fired_at_deputies_and_killed_himself_is_an_attacker():
    text = ("A rural Benton man who fired shots at sheriff's deputies during a standoff at his home died late Sunday of "
            "a self-inflicted gunshot wound, the sheriff said.")
    assert [(c.casualty_type, c.victim_group) for c in _claims(text)] == [("killed", "attackers")]


def test_an_update_lines_stamp_does_not_make_a_death_the_attacks_day():
    text = ("UPDATE 4/6/2019 9:40 a.m.: The victim died at Regional Medical Center early Saturday, police said.\n"
            "A man was shot several times Friday night on Park Avenue, police said.")
    assert [c.period_start for c in _claims(text, date(2019, 4, 6)) if c.casualty_type == "killed"] == \
        [date(2019, 4, 5)]


@pytest.mark.parametrize("text, dead", [
    # an ordinal victim who "died" after the dead of an earlier sentence is the running toll, apposition and all
    ("A spokesman confirmed that four women had been killed at the store. A fifth victim, a man, was airlifted to a "
     "hospital in very critical condition and succumbed to his injuries on Saturday.", 5),
    ("Three soldiers were killed in the ambush. A fourth soldier died at the scene.", 4),
    # one of those shot, numbered among them: still one death
    ("Two officers were shot. One officer was killed. A second officer who was shot has died.", 2),
    ("Two were hurt. A third man died at the scene.", 1),
])
def test_an_ordinal_death_after_the_dead_is_the_running_toll(text, dead):
    claims = [c for c in _claims(text) if c.casualty_type == "killed"]
    assert max((c.count_point for c in claims if c.rule == "toll"), default=0) == dead or \
        sum(c.count_point for c in claims) == dead


@pytest.mark.parametrize("text, groups", [
    # an attacker named by his deed after a dateline's dash or "and", before a passive casualty verb
    ("HUNTSVILLE, Ala. (WAFF) - A man who shot his neighbor during an argument was killed by police officers, "
     "police said.", ["attackers"]),
    ("A deputy was shot and wounded, and the driver who shot him was killed when a second deputy returned fire.",
     ["people", "attackers"]),
])
def test_an_attacker_named_by_his_deed_after_a_dash_or_and(text, groups):
    assert [c.victim_group for c in _claims(text)] == groups


def test_two_objects_of_shot_dead_after_a_noun_with_modifiers():
    text = "Bandits shot dead a primary school teacher and his wife as they walked to their farm on Wednesday."
    assert sum(c.count_point for c in _claims(text) if c.casualty_type == "killed") == 2


def test_a_group_in_a_long_apposition_before_its_care():
    text = ("Police found a 17-year-old boy with a gunshot wound. Two more victims, a man and a woman in their early "
            "20s, had been driven to a medical center by friends.")
    assert [(c.count_point, c.rule) for c in _claims(text) if c.count_point == 2] == [(2, "hospitalized")]


def test_more_bodies_after_a_risen_toll_are_inside_it():
    text = ("The death toll from the bombing has risen to 31, officials said on Saturday, after rescuers pulled 12 more "
            "bodies from the rubble.")
    killed = [c for c in _claims(text) if c.casualty_type == "killed"]
    assert max(c.count_point for c in killed) == 31 and not any(c.rule.endswith("/another") for c in killed)


@pytest.mark.parametrize("text, group", [
    ("The blast killed nine people. Four children under the age of ten are among the dead.", (4, None)),
    ("The blast killed nine people. Two boys aged 14 and 15 are among the dead.", (2, 15)),
])
def test_a_longer_group_or_its_ages_among_the_dead(text, group):
    assert [(c.count_point, c.victim_age) for c in extract_claims(text, PUBLISHED) if c.rule == "subset"] == [group]


def test_things_hit_by_bullets_are_no_people():
    text = "A man was shot in the leg. A parked car and the front door of a home were also hit by bullets."
    assert [(c.casualty_type, c.count_point) for c in _claims(text)] == [("injured", 1)]


@pytest.mark.parametrize("text", ["A woman and a teenage boy were taken to a hospital with gunshot wounds.",
                                  "A man and a girl were taken to a hospital after the shooting."])
def test_a_minor_by_his_word_beside_an_adult_is_one_minor(text):
    assert sorted((c.count_point, c.is_child) for c in _claims(text)) == [(1, False), (1, True)]


@pytest.mark.parametrize("text, hurt", [
    ("A 10-year-old boy, the woman's son, was seriously wounded and three rangers suffered minor injuries.", 4),
    ("A boy was wounded, and three rangers were hurt.", 4),
    # a group the one may be among: not added
    ("A boy was wounded and three people were hurt.", 3),
])
def test_a_single_victim_then_a_group_of_another_kind(text, hurt):
    claims = [c for c in _claims(text) if c.casualty_type == "injured"]
    assert sum(c.count_point for c in claims) == hurt


def test_a_victim_who_drove_himself_to_a_hospital():
    text = ("A 24-year-old man was hit in the thigh. A 19-year-old woman was grazed. A third victim drove himself to "
            "Memorial Health with a bullet wound.")
    assert max(c.count_point for c in _claims(text) if c.casualty_type == "injured") == 3


@pytest.mark.parametrize("text, place", [
    ("BAGHDAD (Reuters) - A bomb killed five people in Tarmiyah, 50 km north of Baghdad, on Sunday, police said.",
     "Tarmiyah"),
    ("Clan militias clashed in Buq-garsor, some 50km west of Beledweyne, killing 10 people.", "Buq-garsor"),
])
def test_a_town_the_gazetteer_lacks_named_by_its_distance_from_another(text, place):
    assert [c.location for c in _claims(text)][:1] == [place]


@pytest.mark.parametrize("text, age", [
    ("Gunmen killed eight people, two of them 16-year-old boys, on Tuesday.", 16),
    ("Gunmen killed eight people, two of whom were aged 15, on Tuesday.", 15),
])
def test_a_subsets_shared_age_after_of_them(text, age):
    assert [c.victim_age for c in extract_claims(text, PUBLISHED) if c.rule == "subset"] == [age]


@pytest.mark.parametrize("text, groups", [
    ("Raiders killed seven herders on Sunday. Soldiers pursued the raiders and killed two of them.",
     ["people", "attackers"]),
    ("Militants attacked the village and killed 12 of them.", ["people"]),  # "them" is no attacker named before
])
def test_attackers_pursued_and_killed_of_them(text, groups):
    assert [c.victim_group for c in _claims(text)] == groups


def test_a_pronoun_after_a_minor_among_the_wounded_is_the_same_minor():
    text = "Five people were shot. A 16-year-old boy was among the wounded; he was grazed on the arm."
    minors = [c for c in _claims(text) if c.is_child] + [c for c in extract_claims(text, PUBLISHED)
                                                         if c.is_child and c.parent_key is not None]
    assert [(c.count_point, c.victim_age) for c in minors] == [(1, 16)]


def test_of_them_after_a_speaker_is_a_part_of_the_group():
    text = ("The four other victims were taken to hospitals, and police said two of them were in serious condition.")
    assert sum(c.count_point for c in _claims(text) if c.casualty_type == "injured") == 4


@pytest.mark.parametrize("text, group", [
    ("A man shot his ex-wife outside her workplace on Monday and then turned the gun on himself.", "attackers"),
    ("He then turned the gun on himself, police said.", "people"),  # no one harmed told beside: left as it was
])
def test_a_killer_who_turned_the_gun_on_himself_after_shooting_someone(text, group):
    assert [c.victim_group for c in _claims(text) if c.rule.startswith("self_own")] == [group]
