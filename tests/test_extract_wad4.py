"""Death figures: grammar gaps of the fourth WAD round (docs/conventions.md, "Article totals"): invented sentences.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py, ``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total


# --- a number word after "<Word>, " is a figure, not an age in apposition (ages are written in digits)
@pytest.mark.parametrize("text, dead", [
    ("On the 3rd, two Kurds were killed by shelling near the border.", 2),
    ("In Tiramo, three Yazidis were shot dead at a checkpoint.", 3),
])
def test_number_word_before_a_capitalised_noun_is_a_figure(text, dead):
    assert total(text, "killed") == dead


def test_digit_age_in_apposition_is_still_an_age():
    assert total("Lena Marsh, 16, of Dover was shot and killed outside a store.", "killed") == 1


def test_dated_round_up_with_number_words():
    text = ("On the 2nd, a herder was killed by soldiers near the river. On the 9th, four Tuaregs were killed "
            "in an air strike on a market.")
    assert total(text, "killed") == 5


# --- a singular object followed by a second verb of the same subject: "killed a Tuareg and wounded 14"
def test_singular_object_before_and_wounded():
    text = "Militiamen killed a Tuareg and wounded 14 during the raid on the camp."
    assert total(text, "killed") == 1
    assert total(text, "injured") == 14


# --- round-ups: a day of the month told inside the sentence ("... on the 5th") dates it like an opening date
def test_round_up_with_days_of_the_month_inside_sentences():
    text = ("A shepherd was killed by a mine near the ridge on the 4th. On the 11th, soldiers shot dead two "
            "smugglers at a crossing. A fisherman died of his wounds on the 20th.")
    assert total(text, "killed") == 4


def test_one_day_of_the_month_is_not_a_round_up():
    text = ("Three guards were killed at the depot on the 4th. The three guards were buried at dawn on the 4th.")
    assert total(text, "killed") == 3


# --- running tolls: "death total", an infinitive after "saw", a bare "casualty figure" where no one is hurt
@pytest.mark.parametrize("text, dead", [
    ("Two porters were killed in the first clash. Later fighting saw the death total rise to 14.", 14),
    ("Villagers found the bodies of three men. The casualty figure from the raid later rose to eight.", 8),
])
def test_running_toll_forms(text, dead):
    assert total(text, "killed") == dead


def test_casualty_figure_with_people_hurt_is_not_a_death_toll():
    text = "Three men were killed in the raid. The casualty figure rose to 20 as more injured were found."
    assert total(text, "killed") == 3


# --- a death the attack avenges is an earlier incident, not one of its dead
@pytest.mark.parametrize("text, dead", [
    ("Raiders killed six herders at a well to avenge the killing of one of their chiefs.", 6),
    ("A mob lynched four traders in revenge for the murder of a local teacher.", 4),
    ("The militia shot dead seven villagers in retribution for rebels killing a guard.", 7),
])
def test_avenged_death_is_not_counted(text, dead):
    assert total(text, "killed") == dead


# --- "N of the dead were <group> killed in ..." is a subset of the dead however long the clause after it
def test_of_the_dead_with_a_long_participle_clause():
    text = ("Twenty people died in the district last week. Twelve of the dead were rebels killed in one long "
            "clash with the army near the river crossing.")
    assert total(text, "killed") == 20


# --- "the killers of N people": N killed
@pytest.mark.parametrize("text, dead", [
    ("Police are hunting the killers of three herders whose bodies were found by a dry well.", 3),
    ("Villagers named the suspected murderers of two traders at a meeting on Friday.", 2),
])
def test_killers_of(text, dead):
    assert total(text, "killed") == dead


# --- a non-person word that modifies a person noun ("village chiefs") does not make the group things
@pytest.mark.parametrize("text, dead", [
    ("Bandits killed two village chiefs on the road to the market.", 2),
    ("Troops also killed at least one village radio photographer during the vote.", 1),
])
def test_modifier_before_a_person_noun(text, dead):
    assert total(text, "killed") == dead


def test_things_are_still_not_people():
    assert total("The raiders destroyed four village houses and killed a goat herder.", "killed") == 1


# --- "protests / clashes / riots followed <an earlier event> that killed N": the N belong to the earlier event
def test_protests_that_followed_an_earlier_killing():
    text = ("Raiders shot dead a tribal elder at his farm on Monday, as riots followed a police raid that killed "
            "three students last week.")
    assert total(text, "killed") == 1


# --- "... came N weeks after <an earlier killing>", whatever the subject before "came"
@pytest.mark.parametrize("text, dead", [
    ("Rebels executed six farmers near the dam. The killings near the old mill on the river road came three weeks "
     "after the same rebels killed 14 traders.", 6),
    # a day apart: no cue (coders often add the two)
    ("Shelling killed two people on Monday. This came a day after a raid killed another three.", 5),
])
def test_came_weeks_after(text, dead):
    assert total(text, "killed") == dead


# --- a protest against an earlier killing: its dead are not the incident's
@pytest.mark.parametrize("text, dead", [
    ("Police fire killed four students on Friday as they protested against soldiers killing two farmers.", 4),
    # a protest against a law: the deaths after the cue are the incident's
    ("During protests against a new tax, 12 marchers died in clashes with riot police.", 12),
])
def test_protest_against_a_killing(text, dead):
    assert total(text, "killed") == dead


# --- a title before a name, without a determiner: "killed activist Jo Roe"
@pytest.mark.parametrize("text, dead", [
    ("Masked men shot dead activist Lena Varo outside her office on Tuesday.", 1),
    ("The murder of Ghanaian lawyer and politician Kofi Ampah shocked the region.", 1),
    ("Gunmen killed journalist Omar Hale and his driver near the bridge.", 2),
])
def test_title_before_a_name(text, dead):
    assert total(text, "killed") == dead


# --- "several / subsequent days of unrest": days of one incident, not a period's statistics
def test_subsequent_days_of_unrest_are_one_incident():
    text = ("Four traders were initially killed when mobs looted the market. Several days of unrest then saw the "
            "death total climb to 11.")
    assert total(text, "killed") == 11


def test_months_of_fighting_are_still_a_period():
    text = "Two guards were killed at the gate on Sunday. Six months of fighting have killed 300 people in the region."
    assert total(text, "killed") == 2


# --- round-ups: a sentence opening with a relative day ("One week prior,") is a day of its own
def test_round_up_with_a_relative_day():
    text = ("Three miners were shot dead at the pit on the 14th. A week earlier, raiders killed two guards at the "
            "gate of the same mine.")
    assert total(text, "killed") == 5


def test_relative_day_alone_is_not_a_round_up():
    text = "Five pilgrims were killed in the blast. A day later, the five were buried in their village."
    assert total(text, "killed") == 5


# --- "resulting in the death of the <person>" / "... of another <person>": deaths the attack caused
def test_result_in_the_death_of():
    text = ("A mortar struck the clinic, resulting in the death of the nurse on duty. A second round hit the gate, "
            "leading to the death of another guard and wounding two visitors.")
    assert total(text, "killed") == 2


def test_charged_in_the_death_of_another_is_not_one_more():
    text = "A guard was shot dead at the depot. A man was charged in the death of another guard last year."
    assert total(text, "killed") == 1


# --- casualties set beside a figure of the hurt are the dead
def test_casualties_beside_the_injured():
    text = "The twin blasts at the bus depot caused at least nine casualties and 31 injured, officials said."
    assert total(text, "killed") == 9
    assert total(text, "injured") == 31


def test_casualties_alone_are_not_deaths():
    assert total("The twin blasts at the bus depot caused at least nine casualties, officials said.", "killed") == 0


# --- a qualifier set off by commas: "the death of, at least, seven people"
def test_qualifier_between_commas():
    text = "Riots spread to four towns, causing the deaths of, at least, nine people by Sunday."
    assert total(text, "killed") == 9


# --- families named before the people they hold: the figures after the dash take the verb
def test_families_then_their_members():
    text = "A shell struck the orchard, killing two households: three boys and five adults."
    assert total(text, "killed") == 8


def test_at_a_clock_time_is_still_not_people():
    assert total("At nine the gunmen returned and two people were killed.", "killed") == 2


# --- a victim and his companion, then "they" were killed: two
def test_pair_then_they_were_killed():
    text = "A district judge and his bodyguard were leaving the court when they were ambushed and killed by raiders."
    assert total(text, "killed") == 2


def test_pair_then_they_were_shot_only():
    text = "A district judge and his bodyguard were leaving the court when they were shot at by raiders."
    assert total(text, "killed") == 0


# --- a companion after a single victim: "shot dead a bus driver and his passenger"
@pytest.mark.parametrize("text, dead", [
    ("Militiamen shot dead a bus driver and his passenger at the checkpoint.", 2),
    ("Militiamen shot dead a driver and his passenger at the checkpoint.", 2),
])
def test_companion_after_a_victim(text, dead):
    assert total(text, "killed") == dead


# --- a sentence that opens "Less than 48 hours after <earlier deaths>, <the incident>": the earlier dead apart
def test_hours_after_an_earlier_killing():
    text = ("Barely two days after three herders were killed near the river crossing, raiders stormed the market, "
            "killing at least 11 traders.")
    assert total(text, "killed") == 11
