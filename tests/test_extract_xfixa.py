"""Article-level steps for the challenge sets' xfails (invented sentences): earlier incidents opened as
background, ..."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.extractor import extract_claims


def _read(text, published=date(2021, 5, 12)):
    return [(c.casualty_type, c.count_point, c.is_summary) for c in extract_claims(text, published)]


def _passing(text, published=date(2021, 5, 12)):
    return [(c.casualty_type, c.count_point) for c in extract_claims(text, published) if not c.is_summary]


# ---- 1. an earlier incident told as background by its opening week or month (article_dates) ----

@pytest.mark.parametrize("opening", ["Last week", "Earlier this month", "In April", "Two weeks ago"])
def test_a_sentence_opened_on_an_earlier_week_or_month_is_background(opening):
    text = (f"A gunman shot two cashiers at a petrol station in Dunmore on Monday night, police said.\n\n"
            f"The pair were treated at the county hospital.\n\n"
            f"{opening}, a robber wounded five customers at a diner across the river.")
    assert _passing(text) == [("injured", 2)]


def test_the_articles_own_week_is_not_background():
    # the lede itself opens on its week: nothing earlier is dated
    assert _passing("Last week, a gunman wounded four people at a bowling alley in Marsden, police said.") \
        == [("injured", 4)]
    # a later sentence on the same days as the lede is not set apart
    text = ("Two fishermen were wounded on Monday when a mine exploded near Tarrow.\n\n"
            "Earlier this week, three farmers were wounded by a mine nearby.")
    assert ("injured", 3) in _passing(text, published=date(2021, 5, 10))


# ---- 2. one of the wounded who died later is one more death (article_totals) ----

def _tolls(*texts, published=date(2021, 5, 12)):
    """The article totals (killed, injured) of each text, from the warehouse's article_tolls view."""
    from conftest import build_in_memory_warehouse

    connection = build_in_memory_warehouse({f"a{i}": dict(text=t, published=published) for i, t in enumerate(texts)})
    rows = connection.execute("select article_id, killed, injured from article_tolls order by article_id").fetchall()
    connection.close()
    return [(k, i) for _, k, i in rows]


def test_one_of_the_wounded_who_died_later_is_one_more_death():
    text = ("A mortar shell struck a busy ferry landing in Ostrava Bay on Friday, killing a porter and wounding 14 "
            "people, the coast guard said.\n\n"
            "Five of the wounded were flown to the regional hospital.\n\n"
            "On Saturday, one of them, an elderly fisherman, died of his injuries, a nurse said.")
    assert [k for k, _ in _tolls(text, text.replace("one of them", "one of the wounded"))] == [2, 2]


def test_one_of_them_after_the_dead_is_not_one_more():
    # 'them' are the two shot, one of whom the lede already counts as dead
    text = ("Two men were shot outside a bakery on Friday night, one fatally, police said.\n\n"
            "One of them died of his wounds at the hospital, police said.")
    assert [k for k, _ in _tolls(text)] == [1]



# ---- 4. the lede's single victim takes the age the article gives later (ages) ----

def _dead_ages(text, published=date(2021, 5, 12)):
    return [c.victim_age for c in extract_claims(text, published) if c.casualty_type == "killed" and not c.is_summary]


def test_the_one_dead_of_the_lede_takes_the_age_given_later():
    text = ("A man who was shot during a dispute outside a laundromat in Greyfield on Friday night has died, police "
            "said.\n\n"
            "Officers found 52-year-old Walter Penn lying near the door with a wound to the chest.\n\n"
            "Penn was taken to Mercy General, where he died early Saturday, a spokesman said.")
    assert _dead_ages(text) == [52, 52]


def test_a_name_and_age_after_he_was_named_as():
    text = ("A man died after he was stabbed in a parking garage in Holloway on Sunday, police said.\n\n"
            "Paramedics found him unconscious. A man died at the scene. He was later named by police as Dale Murrow, "
            "41.")
    assert set(_dead_ages(text)) == {41}


def test_two_dead_do_not_share_an_age():
    text = ("Two men were shot dead outside a tavern in Greyfield on Friday, police said.\n\n"
            "A man died at the scene.\n\n"
            "Earl Tate, 33, died at the hospital.")
    assert _dead_ages(text) == [None, None, 33]


# ---- 5. a person hurt told by a cut or a graze (victims) ----

def _hurt(text, published=date(2021, 5, 12)):
    return [(c.casualty_type, c.count_point) for c in extract_claims(text, published) if not c.is_summary]


@pytest.mark.parametrize("sentence", [
    "A cashier who tried to calm them down suffered a cut to his wrist, police said.",
    "A bystander sustained lacerations to her face.",
    "A jogger had his shoulder grazed by a stray bullet.",
])
def test_a_person_hurt_by_a_cut_or_a_graze(sentence):
    assert _hurt(sentence) == [("injured", 1)]


def test_a_cut_that_is_treatment_or_an_object_is_no_one_hurt():
    assert _hurt("The boy received stitches for a cut left by the flying glass.") == []
