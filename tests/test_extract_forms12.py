"""Forms of the 0.26.0 round (docs/conventions.md): a figure the sentence itself calls another incident ("in a
separate incident", "in another shooting a block away") is set apart from the article's own; a victim hurt with a
wound or a graze, told in a sentence of their own beside a death, is one more person hurt; a name after "treated at",
"admitted to" or "released from" is where the victim was cared for, not the scene."""
from datetime import date

import pytest

from conftest import article_total
from pipeline.extract.extractor import extract_claims

PUBLISHED = date(2018, 4, 16)  # a Monday


def _claims(text):
    return extract_claims(text, PUBLISHED)


@pytest.mark.parametrize("second", [
    "The city recorded its ninth homicide Sunday in a separate incident in which a woman was stabbed to death.",
    "Also this weekend, in an unrelated incident a man was shot at 2:40 a.m. Saturday on Oak Street.",
    "Two hours earlier, a 19-year-old man was wounded in another shooting two blocks away.",
    "In a separate shooting at 9 p.m. Saturday, a man was killed outside a liquor store.",
])
def test_a_figure_the_sentence_calls_another_incident_is_set_apart(second):
    text = "Three people were wounded early Sunday when gunfire broke out at a house party on Elm Street. " + second
    own, other = [], []
    for c in _claims(text):
        (other if c.evidence_text.startswith(second[:20]) else own).append(c)
    assert [c.count_point for c in own if c.counts] == [3]
    assert other and all(c.is_summary for c in other)


def test_another_victim_of_the_same_shooting_is_not_set_apart():
    text = ("Two men were wounded Sunday on Elm Street. Another shooting victim, a 20-year-old woman, walked into a "
            "hospital an hour later.")
    assert not any(c.is_summary for c in _claims(text))


def test_the_first_figure_told_as_another_incident_stays_the_articles():
    # no figure of the article's own before it: the incident it sets apart is the one the article tells
    text = "In a separate incident, a 2-year-old was wounded in the leg Sunday. Police said the gun was found."
    assert [c.is_summary for c in _claims(text) if c.casualty_type == "injured"] == [False]


@pytest.mark.parametrize("text, injured", [
    # one dead and two hurt, each told in a sentence of their own: a wound or a graze says they lived
    ("A man was shot and killed Saturday night outside a bar on Main Street. A 41-year-old woman suffered a gunshot "
     "wound to the leg and was taken to a hospital. A 23-year-old man was grazed in the arm.", 2),
    # the wounded woman is the one who died: not one more person hurt
    ("A 41-year-old woman was shot and killed Saturday night on Main Street. Officers found the 41-year-old woman "
     "with a gunshot wound to the chest.", 0),
])
def test_people_hurt_told_one_per_sentence_beside_a_death(text, injured):
    assert article_total(text, "injured") == injured


@pytest.mark.parametrize("sentence", [
    "A 19-year-old man was grazed in the neck; he was treated at Erlanger and released.",
    "A 19-year-old man was shot in the leg and admitted to Rockford Memorial.",
    "A 19-year-old man was shot in the leg and was later released from Erlanger.",
])
def test_where_a_victim_was_treated_is_not_the_scene(sentence):
    text = "Two men were shot Saturday night in East Lake, Chattanooga police said. " + sentence
    places = {c.location for c in _claims(text) if c.evidence_text.startswith("A 19")}
    assert places and places <= {"East Lake", "Chattanooga", None}


@pytest.mark.parametrize("text, injured", [
    # the first person by a noun and an age in apposition, the second by an age
    ("A girl, 9, was wounded Saturday evening near a playground in Southwest Atlanta. A 52-year-old man who was "
     "walking his dog nearby was grazed in the arm.", 2),
    # the first as the object of an active verb
    ("Officers found a 26-year-old man with a gunshot wound to the leg on Elm Street on Saturday. A 30-year-old woman "
     "who was with him was hit in the hand.", 2),
    # one person told twice, by the same age: one
    ("A girl, 9, was wounded Saturday evening near a playground in Southwest Atlanta. A 9-year-old girl was taken to "
     "Grady Memorial Hospital.", 1),
])
def test_people_told_by_an_age_without_a_name_one_per_sentence(text, injured):
    assert article_total(text, "injured") == injured


def test_a_page_that_dates_a_figure_to_another_day_is_not_one_roster():
    # a page of several stories: a man found shot at dawn, a boy who walked into a hospital later (shot elsewhere),
    # and a death of Thursday's shooting: each story may tell one victim
    text = ("At about 2:15 a.m. Saturday, police found a 27-year-old man suffering from gunshot wounds on Elm Street. "
            "A 17-year-old boy also walked into a hospital with a gunshot wound to his hip Saturday morning. "
            "Police also said that a 24-year-old man who was shot Thursday on Oak Street has died.")
    assert not any(c.rule == "injury_toll_named" for c in extract_claims(text, date(2017, 2, 4)))


@pytest.mark.parametrize("text, injured", [
    # the attacker hurt in a sentence of his own, after the people he hurt: one more
    ("A man slashed passengers with a knife on a bus in Leeds on Sunday, injuring four people, police said. The "
     "suspect suffered a cut to his hand in the struggle and was taken to hospital.", 5),
    # the man the deputies shot may be the suspect told again: not added
    ("A man was shot by deputies on Sunday after a standoff in Leeds. The suspect was taken to a hospital.", 1),
    # the attacker hurt who then died is one of the dead, not one more hurt
    ("A police officer was shot in the leg and a suspect was killed in an exchange of gunfire on Tuesday night. The "
     "second officer returned fire, striking the suspect several times.", 1),
    # a shooting "that injured 5 people": a figure the reporter may have counted the gunman in
    ("A man was charged Monday in a weekend shooting that injured 5 people in Halifax. A deputy shot the suspected "
     "gunman.", 5),
])
def test_an_attacker_hurt_in_a_sentence_of_his_own(text, injured):
    assert article_total(text, "injured") == injured


@pytest.mark.parametrize("text, killed, injured", [
    # the killer's own death is not the death of the person he shot
    ("Authorities say a man shot his girlfriend outside her workplace and then killed himself.", 1, 1),
    ("A man shot his wife. He then killed himself.", 1, 1),
    # "He died at the scene" after his own death told: him again, not one more
    ("Police say Jo Roe shot the 36-year-old woman several times, then turned the gun on himself. He died at the scene. "
     "The woman was listed in critical condition.", 1, 1),
    # "Both were pronounced dead" after it: the two of them
    ("A man shot his wife and then killed himself. Both were pronounced dead at the scene.", 2, 0),
    # "Both" told before his death is of his victims: he is one more
    ("The coroner named the father in Sunday's murder-suicide as Jo Roe, 40. The "
     "children were Ana Roe, 13, and Max Roe, 7. Both died of gunshot wounds. Roe died of a self-inflicted gunshot "
     "wound.", 3, 0),
])
def test_a_murder_suicide_whose_victim_may_live(text, killed, injured):
    assert (article_total(text, "killed"), article_total(text, "injured")) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    # attackers the forces killed, beside the people the attackers killed: one more group
    ("Boko Haram jihadists killed 18 people in a night raid on a village near Mora, an official said. Soldiers who "
     "rushed to the village killed four of the attackers.", 22),
    ("Two suicide bombers attacked a mosque in Mafa on Friday, killing 14 worshippers. Both bombers were killed in the "
     "blasts.", 16),
    # a figure of "a shooting that killed" people may hold them: not added
    ("Police said the gunmen opened a shooting that killed 5 people at a bar. Officers killed the two gunmen.", 5),
])
def test_attackers_killed_beside_the_people_they_killed(text, killed):
    assert article_total(text, "killed") == killed


def test_a_groups_ages_after_aged_are_no_one_more_child():
    text = "Shelling hit a neighbourhood of Taiz on Wednesday, killing a woman and her two daughters, aged 6 and 9."
    dead = [(c.count_point, c.victim_age) for c in _claims(text) if c.casualty_type == "killed" and c.parent_key is None]
    assert sorted(dead, key=lambda x: x[0]) == [(1, None), (2, 9)]
    # one person's age after a name still is: "Jon Doe, aged 6, was shot"
    assert [c.victim_age for c in _claims("Jon Doe, aged 6, was shot on Sunday.")] == [6]


def test_an_attempted_homicide_in_a_title_is_no_death():
    title = "Harrisburg man charged with attempted homicide in Derry Street shooting"
    text = "Police have charged a man with attempted homicide. Police said he shot the victim in the chest on Sunday."
    assert not any(c.casualty_type == "killed" for c in extract_claims(text, PUBLISHED, title=title))
    # a homicide still says someone died
    title = "Harrisburg man charged with homicide in Derry Street shooting"
    assert any(c.casualty_type == "killed" for c in extract_claims(text, PUBLISHED, title=title))


def test_a_town_after_a_health_systems_name_is_no_scene():
    for text in ("A 36-year-old woman was shot and taken to Navicent Health in Macon.",
                 "A woman was shot Monday outside a medical office, police said. She was taken to The Medical Center, "
                 "Navicent Health in Macon, where she was listed in critical condition."):
        assert "Macon" not in {c.location for c in _claims(text)}


@pytest.mark.parametrize("text, figure", [
    ("Gunmen stopped two buses on a highway on Saturday, dragged eight passengers off and shot them dead.",
     ("killed", 8, "civilians")),
    ("Militants abducted 12 villagers and killed them.", ("killed", 12, "civilians")),
    ("Gunmen seized five men and executed them.", ("killed", 5, "people")),
    ("The gunmen lined up 11 miners and wounded them.", ("injured", 11, "people")),
])
def test_the_people_of_an_earlier_verb_are_them_of_a_later_one(text, figure):
    assert [(c.casualty_type, c.count_point, c.victim_group) for c in _claims(text)] == [figure]


@pytest.mark.parametrize("text", [
    "Police arrested three men and questioned them.",
    # a figure of its own: "five of them", not the 20 worshippers
    "Gunmen opened fire on 20 worshippers, killing five of them.",
])
def test_them_of_a_verb_that_harms_no_one_or_a_figure_of_its_own(text):
    assert [c.count_point for c in _claims(text) if c.casualty_type == "killed"] in ([], [5])
    assert not any(c.rule == "them_after" for c in _claims(text))


@pytest.mark.parametrize("text, group", [
    ("A man was shot and killed by police officers Thursday after he pointed a handgun at them.", "attackers"),
    ("A man was shot and wounded by deputies Tuesday night after he fired at them.", "attackers"),
    ("A man was shot by police after he called 911.", "people"),
])
def test_a_person_shot_by_police_after_a_threat_is_an_attacker(text, group):
    assert [c.victim_group for c in _claims(text)] == [group]


@pytest.mark.parametrize("text, killed", [
    # one attacker's death in a sentence of his own, beside the victims of his own active verb: one more
    ("A man wearing explosives blew apart a funeral gathering in Jalalabad on Sunday, killing 15 mourners. The bomber "
     "was killed in the blast.", 16),
    ("Neighbors said a man killed his neighbor on Wednesday. Police identified the shooter as Al Roe, 47, who was shot "
     "dead by two officers after he raised a shotgun toward them.", 2),
    # victims told without his verb may hold him: not added
    ("One man was killed in the blast at the funeral on Sunday. The bomber was killed in the blast.", 1),
])
def test_one_attacker_killed_beside_the_victims_of_his_own_verb(text, killed):
    assert article_total(text, "killed") == killed


@pytest.mark.parametrize("text, figure", [
    ("Officers returned fire, hitting the two men, who died on the spot.", ("killed", 2)),
    ("A gunman opened fire on a group outside a bar, striking three men, who died at the scene.", ("killed", 3)),
])
def test_a_numbered_group_before_a_relative_clause_of_its_fate(text, figure):
    assert (figure[0], figure[1]) in [(c.casualty_type, c.count_point) for c in _claims(text)]
    assert article_total(text, figure[0]) == figure[1]
    assert article_total(text, "injured" if figure[0] == "killed" else "killed") == 0


@pytest.mark.parametrize("kin", ["uncle", "aunt", "stepfather", "grandma", "dad"])
def test_an_elder_kin_beside_a_child_takes_no_childs_age(kin):
    text = f"A 9-year-old boy was killed and his {kin} was wounded when gunfire erupted during a gathering on Sunday."
    hurt = [c for c in _claims(text) if c.casualty_type == "injured"]
    assert [(c.victim_age, c.is_child) for c in hurt] == [(None, False)]


def test_attackers_dead_in_the_lead_are_not_added_to_their_deaths_told_again():
    text = ("Two drug suspects were killed after they allegedly shot it out with police early Monday. Officers returned "
            "fire, hitting the two men, who died on the spot.")
    assert article_total(text, "killed") == 2


@pytest.mark.parametrize("text, expected", [
    ("Two women were hacked with machetes in the raid.", [("injured", 2)]),
    ("Three villagers were hacked to death.", [("killed", 3)]),
    ("His social media account was hacked on Sunday.", []),
])
def test_people_hacked_with_a_blade_are_hurt(text, expected):
    assert [(c.casualty_type, c.count_point) for c in _claims(text)] == expected


@pytest.mark.parametrize("text, injured", [
    # the group told alive after its figure is no one of the dead
    ("Three men were killed on Sunday night when gunmen raided a village. Two women who were hacked with machetes were "
     "taken to hospital, where they were said to be in stable condition.", 2),
    # "two are in stable condition" says only some of the people shot lived: the dead may be among the five
    ("Three people died. Five people were shot, and two are in stable condition.", 2),
])
def test_a_group_told_alive_beside_deaths(text, injured):
    assert article_total(text, "injured") == injured


def test_people_taken_to_hospital_after_they_were_shot_are_the_hurt():
    text = ("A 17-year-old boy and a 24-year-old man were taken to hospital after they were shot early Monday. The man "
            "suffered non-life-threatening injuries.")
    hurt = [(c.count_point, c.victim_age) for c in _claims(text) if c.casualty_type == "injured" and c.counts]
    assert (1, 17) in hurt and (1, 24) in hurt
    assert article_total(text, "injured") == 2


def test_attackers_dead_counted_in_an_earlier_figure_are_not_added_again():
    text = ("A security guard and two suspected robbers were killed in a shootout during a heist on Monday. Police said "
            "one guard was shot dead. \"Two suspects were fatally wounded,\" the spokesperson said.")
    assert article_total(text, "killed") == 3
