"""Headline deaths the headline grammar used to miss (docs/conventions.md, "Article totals"): invented titles
over a body of site boilerplate that gives no figure."""
from __future__ import annotations

import pytest

from pipeline.extract.extractor import extract_claims

BOILERPLATE = "Subscribe to our morning newsletter for the day's top stories."


def title_tolls(title, text=BOILERPLATE):
    """(type, count, rule) of every top-level claim read from the title."""
    return [(c.casualty_type, c.count_point, c.rule) for c in extract_claims(text, None, title)
            if c.parent_key is None and c.evidence_field == "title"]


@pytest.mark.parametrize("title", [
    "Maple Grove Park Girl Dies After Accidental Shooting",           # three words before the subject
    "Victim in Elm Street shooting dies at hospital",                  # "<victim> in ... shooting dies"
    "Sheriff: missing teen was robbed, shot to death near trail",     # another verb before the death
    "Coroner says man was stabbed and killed outside bar",
    "In freak mishap, ranger fatally hit by ricochet during training",  # "fatally hit / struck"
])
def test_headline_subject_deaths(title):
    got = title_tolls(title)
    assert [(k, n) for k, n, _ in got] == [("killed", 1)], got


@pytest.mark.parametrize("title", [
    "Misfired rifle kills farmer's nephew at family cabin",
    "Prosecutors accuse uncle of fatally shooting toddler in Oak Hill",
    "Slain cashier identified, police seek two suspects",
    "Man charged with killing neighbor over parking dispute",
])
def test_headline_object_deaths(title):
    got = title_tolls(title)
    assert [(k, n) for k, n, _ in got] == [("killed", 1)], got


def test_headline_object_takes_the_possessed_noun():
    (c,) = [c for c in extract_claims(BOILERPLATE, None, "Stray bullet kills 4-year-old neighbor's daughter")
            if c.evidence_field == "title"]
    assert c.casualty_type == "killed" and c.count_point == 1


@pytest.mark.parametrize("title", [
    "Gunfire kills in downtown district, police say",     # no victim noun after the verb
    "Victim in Elm Street shooting recovering at hospital",  # no death verb
    "Man shot, wounded in fight outside bar",              # injured, not killed
])
def test_headline_non_deaths(title):
    assert not [t for t in title_tolls(title) if t[0] == "killed"]


def test_headline_object_not_added_to_a_title_with_a_death_figure():
    # the active victim is one of the four dead the same title counts
    got = title_tolls("Gunman kills cousin in rampage that left 4 dead, police say")
    assert [(k, n) for k, n, _ in got if k == "killed"] == [("killed", 4)], got


def test_injured_headline_still_shot():
    got = title_tolls("Maple Grove teen shot in leg near school")
    assert [(k, n) for k, n, _ in got] == [("injured", 1)], got


def test_annual_event_is_not_a_summary():
    got = [(c.casualty_type, c.count_point, c.is_summary) for c in
           extract_claims("Four people were shot, one fatally, at the town's annual pumpkin fair on Sunday.")
           if c.parent_key is None]
    assert ("killed", 1, False) in got and ("injured", 3, False) in got, got


def test_annual_toll_is_a_summary():
    got = [(c.casualty_type, c.count_point, c.is_summary) for c in
           extract_claims("The county's annual tally showed 97 people killed by gunfire.") if c.parent_key is None]
    assert got and all(s for _, _, s in got), got


def test_full_stop_without_space_ends_a_sentence():
    from pipeline.extract.extractor import split_sentences
    text = "A teen was shot on Oak Lane, police said.According to his aunt, he died Sunday.Sgt.Brown declined to comment."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "A teen was shot on Oak Lane, police said.", "According to his aunt, he died Sunday.",
        "Sgt.Brown declined to comment."]


def test_death_in_a_sentence_glued_to_the_next():
    text = ("A 16-year-old boy was shot on Oak Lane on Saturday night. He was taken to a hospital in critical "
            "condition.According to his aunt, he died Sunday.Detectives have no suspect and did not release a motive.")
    got = [(c.casualty_type, c.count_point) for c in extract_claims(text) if c.parent_key is None and not c.is_summary]
    assert ("killed", 1) in got, got


@pytest.mark.parametrize("sentence", [
    "So far in 2016, 210 people have been murdered in the county.",
    "Nine people were shot across the county in about six hours.",
    "Fourteen people were wounded in the city over the past 36 hours.",
])
def test_period_round_ups_are_summaries(sentence):
    got = [c.is_summary for c in extract_claims(sentence) if c.parent_key is None]
    assert got and all(got), got


def test_death_hours_later_is_not_a_summary():
    got = [(c.casualty_type, c.is_summary) for c in extract_claims("The man died at the hospital two hours later.")]
    assert got == [("killed", False)], got


@pytest.mark.parametrize("text", [
    "Three women are in the hospital after a shooting outside a nightclub.",
    "Two teenagers remain in hospital, police said.",
])
def test_people_in_the_hospital_are_hurt(text):
    got = [(c.casualty_type, c.count_point, c.rule) for c in extract_claims(text) if c.parent_key is None]
    assert len(got) == 1 and got[0][0] == "injured" and got[0][1] in (2, 3) and got[0][2] == "hospitalized", got


def test_people_at_a_hospital_place_are_not_hurt():
    assert not extract_claims("Two nurses were in the hospital cafeteria when the call came.")


def test_shot_comma_killed_is_a_death_in_body_and_headline():
    from pipeline.extract.extractor import extract_claims

    body = [(c.casualty_type, c.count_point) for c in extract_claims("A cyclist was shot, killed on Maple Lane on Friday.")]
    assert body == [("killed", 1)]
    title = extract_claims("Body text without figures.", None, "9-year-old girl shot, killed in Smallville")
    assert [(c.casualty_type, c.victim_age) for c in title] == [("killed", 9)]
    # a comma before another subject is not the same victim's death
    mixed = sorted((c.casualty_type, c.count_point) for c in extract_claims("Two men were shot, one was killed."))
    assert mixed == [("injured", 1), ("killed", 1)]
