"""Forms of the 0.28.0 round (docs/conventions.md), one pure-function test each: background days, parties' figures,
attackers inside a figure, burials, places told by a direction or a journey, datelines, and time expressions that
date another event."""
from datetime import date

import pytest

from conftest import article_total
from pipeline.extract.context import _LazyPlaces
from pipeline.extract.extractor import extract_claims
from pipeline.extract.sentences import split_sentences
from pipeline.extract.sources import speaker_kind

PUBLISHED = date(2015, 8, 12)  # a Wednesday


def _claims(text, published=PUBLISHED):
    return extract_claims(text, published)


def _places(text):
    return [p.name for p in _LazyPlaces(text).within(0, len(text))]


# --- article totals -------------------------------------------------------------------------------------------------

def test_a_sentence_opening_on_an_earlier_day_is_background():
    text = ("A suicide bomber attacked a police academy on Tuesday, killing nine cadets, officials said. The attack was "
            "the fourth in the city in less than a week. On Friday, a truck bomb near an army base killed 28 people.")
    assert article_total(text, "killed", published=PUBLISHED) == 9


def test_a_round_ups_own_day_and_a_statements_day_are_not_background():
    roundup = ("Two people died in separate shootings over the weekend, deputies said. Early Sunday, a woman was "
               "fatally shot at an apartment complex. On Saturday night, a 19-year-old man was killed outside a store.")
    assert article_total(roundup, "killed", published=date(2018, 6, 12)) == 2
    statement = ("Four people were shot in the Creekwood community on Tuesday. On Monday, officials identified the four "
                 "people who were shot.")
    assert all(not c.is_summary for c in _claims(statement, date(2016, 9, 3)))


def test_the_perpetrators_claim_with_a_single_fighter_is_set_aside():
    text = ("A suicide bomber killed at least 27 people at a mosque, a spokesman said. Islamic State claimed "
            "responsibility, saying its fighter had killed 60 apostates.")
    assert article_total(text, "killed") == 27


@pytest.mark.parametrize("party, kept", [
    ("The pro-rebel TamilNet website put the death toll at 112.", 52),
    ("Villagers who brought some of the bodies to the town said 80 people had died.", 52),
])
def test_another_partys_larger_figure_after_the_authorities_is_set_aside(party, kept):
    text = "Shelling killed 52 civilians on Tuesday, a government doctor said. " + party
    assert article_total(text, "killed") == kept


def test_a_partys_figure_before_the_authorities_stays():
    text = "Residents said 14 people were killed on Tuesday. Police later said 9 bodies had been recovered."
    assert article_total(text, "killed") == 14


def test_speaker_kind_reads_a_sources_own_words():
    assert speaker_kind("the provincial governor's spokesman") == "official"
    assert speaker_kind("a government doctor working in the area") == "medical"
    assert speaker_kind("a rebel spokesman in the city") == "party"
    assert speaker_kind(None) is None


def test_one_persons_act_on_another_of_the_same_noun_is_one_victim():
    text = "Police are searching for the man who shot and killed another man during an argument. The victim died."
    assert article_total(text, "killed") == 1


def test_most_read_and_video_links_are_no_figures():
    text = ("A man was shot and killed at a gas station on Tuesday, police said.\nMost read on NJ.com\n2 killed in Route "
            "287 crash\nJersey Shore beach closed after shark sighting\n\nVIDEO: 3 hurt in crash on I-465 (1:12)")
    assert (article_total(text, "killed"), article_total(text, "injured")) == (1, 0)


def test_a_distance_after_an_active_verb_is_no_person():
    text = "A 17-year-old boy was shot and wounded a block from Fremont High School on Tuesday."
    assert article_total(text, "injured") == 1


def test_people_buried_are_the_dead_but_not_a_lifes_losses():
    assert article_total("Villagers said they buried 39 people on Tuesday.", "killed") == 39
    assert article_total('"I have buried three sons now," she said.', "killed") == 0


# --- attackers ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("A car bomber rammed a church, killing at least 15 people including the bomber.", 1),
    ("Gunmen stormed a hotel, killing nine people, including two of the gunmen.", 2),
])
def test_attackers_inside_a_figure_are_its_attackers_subset(sentence, n):
    cs = _claims(sentence)
    inside = [c for c in cs if c.victim_group == "attackers"]
    assert [(c.count_point, c.rule, c.parent_key is not None) for c in inside] == [(n, "attackers_among", True)]
    assert article_total(sentence, "killed") == max(c.count_point for c in cs)


def test_militants_killed_apart_after_a_groups_attack_on_police_are_its_attackers():
    text = ("Taliban insurgents attacked several checkpoints overnight, killing seven members of the local police. He "
            "said 15 Taliban fighters were killed when reinforcements arrived.")
    assert article_total(text, "killed") == 22


def test_a_terrorists_pronoun_death_is_the_attackers():
    text = "A Palestinian terrorist stabbed three Israelis at a bus stop before he was shot dead by an officer."
    assert [c.victim_group for c in _claims(text) if c.casualty_type == "killed"] == ["attackers"]


# --- lists ----------------------------------------------------------------------------------------------------------

def test_a_long_list_item_with_an_acronym_keeps_the_next_item():
    text = ("Car bombs killed nine people, including a senior officer of the eastern-based Libyan National Army (LNA) "
            "and a 10-year-old boy, medics said.")
    assert any(c.is_child and c.victim_age == 10 for c in _claims(text))


def test_a_speakers_clause_ends_an_among_list():
    text = ("The death toll has risen to 28. Among the dead were a woman and her two young children who were passing "
            "in a minibus, he said.")
    assert sorted((c.count_point, c.is_child) for c in _claims(text) if c.parent_key is not None) == [(1, False),
                                                                                                   (2, True)]


# --- places ---------------------------------------------------------------------------------------------------------

def test_a_direction_landmark_gives_way_to_the_town():
    text = ("A suicide bomber drove a truck into a crowded street in the mostly Turkmen town of Tuz Khurmatu, north of "
            "Baghdad, on Monday, killing 11 people, police said.")
    assert [c.location for c in _claims(text)] == ["Tuz Khurmatu"]


def test_a_journeys_end_is_no_scene():
    text = "A bomb killed 24 Shi'ite pilgrims walking to Kerbala in the city of Hilla."
    assert [c.location for c in _claims(text)] in (["Hilla"], ["Al Hillah"])


def test_a_part_of_a_place_abroad_is_a_foreign_namesake():
    text = "JOS, Nigeria (AFP) - Twin bombs killed 21 people at a motor park in the Terminus area of Jos."
    assert [c.location for c in _claims(text)] == ["Jos"]


def test_a_dateline_with_a_states_abbreviation_stays_in_its_sentence():
    text = "MT. JULIET, Tenn. (WKRN) – A boy was shot on Tuesday. Police said more."
    assert [text[a:b][:10] for a, b in split_sentences(text)] == ["MT. JULIET", "Police sai"]
    assert _places(text.split(" Police")[0]) == ["Mount Juliet"]


@pytest.mark.parametrize("dateline, town", [("NEAR DALLAS, Ore. –", "Dallas"), ("EAST JACKSON, Tenn. —", "Jackson")])
def test_a_datelines_near_or_direction_names_the_town(dateline, town):
    assert _LazyPlaces(dateline + " Four people were hurt.").dateline().name == town


# --- dates ----------------------------------------------------------------------------------------------------------

def test_a_possessive_time_of_another_event_does_not_date_the_figure():
    text = ("Security forces shot dead five protesters during marches against last year's military coup on Monday, "
            "medics said.")
    assert {c.period_start for c in _claims(text, date(2022, 2, 15))} == {date(2022, 2, 14)}


def test_a_year_before_an_event_noun_dates_a_background_incident():
    text = ("Gunmen killed at least 62 people at a mall on Saturday. The attack is the deadliest since al Qaeda's 1998 "
            "bombing of the U.S. embassy, which killed more than 200 people.")
    assert article_total(text, "killed", published=date(2013, 9, 23)) == 62


def test_none_of_a_possessive_group_is_no_one_hurt():
    assert article_total("A boy, 14, was stabbed to death on Friday. None of his friends was hurt.", "injured") == 0


def test_a_span_of_years_is_a_statistic():
    text = ("A councillor was shot dead in Durban on Sunday. More than 90 politicians were killed in KwaZulu-Natal "
            "between 2016 and 2020, according to researchers.")
    assert article_total(text, "killed", published=date(2021, 5, 3)) == 1


def test_elsewhere_in_the_city_opens_another_incident():
    text = ("A suicide bomber killed two soldiers in Mosul on Tuesday, officials said. Elsewhere in the city, a car bomb "
            "wounded four soldiers on Wednesday.")
    assert article_total(text, "injured", published=date(2007, 5, 2)) == 0


def test_the_killer_named_as_the_agent_who_later_took_his_own_life_is_one_more_death():
    text = "A woman was chopped to death by her common-law husband who later took his own life, police said."
    assert [(c.victim_group, c.rule) for c in _claims(text) if c.casualty_type == "killed"] == [
        ("women", "singular_passive"), ("attackers", "self_after")]


def test_bandits_killed_apart_after_their_attack_are_its_attackers():
    text = ("Bandits have killed 12 people in an attack on a village, police said. He added that two of the bandits were "
            "killed when local vigilantes mobilised and engaged them.")
    assert article_total(text, "killed") == 14


def test_militants_killed_in_the_sentence_of_their_groups_attack_are_its_attackers():
    text = ("Taliban militants attacked two security posts, sparking clashes in which 30 militants and three soldiers "
            "were killed, officials said.")
    assert sorted((c.victim_group, c.count_point) for c in _claims(text)) == [("attackers", 30), ("soldiers", 3)]
    victims = "Taliban fighters attacked a checkpoint manned by militiamen, killing nine militiamen and two civilians."
    assert all(c.victim_group != "attackers" for c in _claims(victims))
