"""Figures of other incidents told in the same article: a comparison cue far from the earlier incident's figure,
round-up words far from the figure they sum up, and links to other stories written with a dash, without a colon,
or with the running time after the headline (invented sentences)."""
from __future__ import annotations

from datetime import date

from pipeline.extract.extractor import extract_claims

from claims_helpers import counted

PUB = date(2016, 5, 10)  # a Tuesday


def test_a_comparison_cue_marks_a_figure_far_after_it():
    text = ("A woman was shot and killed Sunday night outside a laundromat on Birch Avenue in Fairview. "
            "The killing came barely three weeks after a masked intruder at a riverside warehouse party "
            "two counties away opened fire and killed 11 guests.")
    claims = extract_claims(text, PUB)
    assert counted(claims, "killed") == [1]
    eleven = [c for c in claims if c.count_point == 11]
    assert eleven and all(c.is_summary for c in eleven)


def test_a_figure_before_the_comparison_cue_is_the_articles():
    text = ("Two brothers were killed Saturday on Oak Lane in what deputies called a shooting that came "
            "a month after a feud between the families began.")
    assert counted(extract_claims(text, PUB), "killed") == [2]


def test_round_up_words_mark_a_figure_far_before_them():
    text = ("Three people are dead and two more are being treated at area hospitals this morning following "
            "several separate shootings late Friday in Millbrook. "
            "A 19-year-old man was killed on Pine Street, police said.")
    claims = extract_claims(text, PUB)
    three = [c for c in claims if c.count_point == 3 and c.casualty_type == "killed"]
    assert three and all(c.is_summary for c in three)
    assert counted(claims, "killed") == [1]


def test_one_shooting_with_separate_victims_far_from_the_figure_is_not_a_round_up():
    text = ("Four people were wounded late Saturday outside a bowling alley on the east side of Riverton "
            "when two separate groups of young men began arguing in the parking lot.")
    claims = extract_claims(text, PUB)
    assert not any(c.is_summary for c in claims)


def test_a_related_article_line_with_a_dash_gives_no_figure():
    text = ("A man was wounded Friday night on Cedar Court in Eastgate, police said.\n\n"
            "RELATED ARTICLE - 3 killed in five Eastgate shootings over the holiday weekend\n\n"
            "Police have not named a suspect.")
    claims = extract_claims(text, PUB)
    assert counted(claims, "killed") == []
    assert counted(claims, "injured") == [1]


def test_related_stories_run_into_a_headline_give_no_figure():
    text = ("A teenager was killed Saturday at a pool party in Lakeside. "
            "Related stories 4 killed, 30 injured in shooting at a county fair upstate. "
            "Detectives asked for tips.")
    assert counted(extract_claims(text, PUB), "killed") == [1]


def test_related_stories_in_running_prose_are_read():
    claims = extract_claims("Related stories said two men were killed Sunday on Pine Street.", PUB)
    assert counted(claims, "killed") == [2]


def test_a_video_entry_with_its_running_time_after_the_headline_gives_no_figure():
    text = ("Two women were hurt in a shooting Monday on Maple Street in Riverton, police said.\n\n"
            "Crash on Route 9 claims 3 lives | 1:12\n\n"
            "No arrests have been made.")
    claims = extract_claims(text, PUB)
    assert counted(claims, "killed") == []
    assert counted(claims, "injured") == [2]
