"""Article-level context given to a claim: a victim's age stated elsewhere, the event's day when the
figure's sentence names none, and headlines. Invented sentences, one test per case (positive and negative)."""
from __future__ import annotations

from datetime import date

from pipeline.extract.extractor import extract_claims

TUESDAY = date(2016, 5, 10)


def victims(text, **kw):
    """(casualty_type, count_point, is_child, victim_age) of top-level claims, in order."""
    return [(c.casualty_type, c.count_point, c.is_child, c.victim_age)
            for c in extract_claims(text, **kw) if c.parent_key is None]


# ---------------------------------------------------------------- ages
def test_age_stated_earlier_is_given_to_the_definite_victim():
    text = "A 4-year-old boy was playing in the yard of a house on Elm Road. The boy was shot in the arm."
    assert victims(text) == [("injured", 1, True, 4)]


def test_age_in_apposition_is_given_to_a_pronoun():
    text = "Deputies named the child as Robin Doe, 7, of Springfield. She was taken to a hospital and died."
    assert victims(text) == [("killed", 1, True, 7)]


def test_a_new_person_does_not_inherit_an_age():
    text = "A 6-year-old girl was playing nearby. A man was shot in the leg."
    assert victims(text) == [("injured", 1, False, None)]


def test_an_adult_noun_does_not_take_a_child_age():
    text = "A 6-year-old girl was playing nearby. The man was shot in the leg."
    assert victims(text) == [("injured", 1, False, None)]


def test_the_shooter_age_is_not_the_victim_age():
    text = "The girl was shot by her 5-year-old brother in the kitchen. She died later that night."
    assert all(age is None for *_, age in victims(text))


def test_months_old_is_age_zero():
    assert victims("A 9-month-old died on Monday after the shooting.") == [("killed", 1, True, 0)]


def test_a_teen_keeps_the_age_so_it_is_not_counted_as_a_young_child():
    assert victims("A 15-year-old boy was shot in the leg on Sunday.") == [("injured", 1, True, 15)]


# ---------------------------------------------------------------- dates
def test_a_figure_without_a_day_takes_the_day_named_before_it():
    text = "Police were called to the park on Sunday night. A man was shot in the leg."
    (claim,) = extract_claims(text, TUESDAY)
    assert (claim.period_start, claim.date_precision) == (date(2016, 5, 8), "day")


def test_a_figure_before_the_first_dated_one_takes_its_day():
    text = "A man was shot in the leg. Deputies said the shooting happened on Sunday, and a woman was wounded."
    claims = extract_claims(text, TUESDAY)
    assert claims[0].period_start == date(2016, 5, 8)


def test_a_page_stamp_is_not_the_event_day():
    text = "Updated: Monday, May 9, 2016\nA man was shot in the leg near the station."
    (claim,) = extract_claims(text, TUESDAY)
    assert claim.date_precision == "publication"  # the stamp's day is not taken as the event's


def test_no_day_in_the_text_gives_a_publication_window_never_a_day():
    (claim,) = extract_claims("A man was shot in the leg near the station.", TUESDAY)
    assert (claim.period_start, claim.period_end, claim.date_precision) == (date(2016, 5, 9), TUESDAY, "publication")
    (claim,) = extract_claims("A man was shot in the leg near the station.")
    assert claim.period_start is None  # no publication date, no window


# ---------------------------------------------------------------- headlines
def test_headline_with_a_person_noun_and_no_auxiliary():
    assert victims("", title="Juvenile shot in arm near the river") == [("injured", 1, True, None)]  # a minor (teen by word)


def test_headline_critical_counts_one_injured_with_age():
    assert victims("", title="Sheriff: 8-year-old girl critical after shooting") == [("injured", 1, True, 8)]


def test_headline_critical_is_not_an_injury_when_the_text_gives_one():
    text = "Two people were wounded in the shooting on Main Street."
    assert victims(text, title="Man critical after shooting") == [("injured", 2, False, None)]


def test_headline_repeated_at_the_top_of_the_body_is_read():
    title = "Teen shot in leg outside store"
    assert victims(title + "\nPolice are asking for tips.", title=title) == [("injured", 1, True, None)]


def test_body_sentence_that_is_not_a_headline_is_not_read_as_one():
    assert victims("Teen shot in leg outside store, witnesses say nothing.") == []
