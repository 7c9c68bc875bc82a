"""Dates, ninth round: a figure's sentence that names only the day of a later step (a statement at a news
conference, a search still going on, a broadcast byline) does not date the figure; it takes the article's attack
day, or the publication window. Invented sentences."""
from datetime import date

import pytest

from pipeline.extract.extractor import extract_claims
from pipeline.extract.timewindow import find_time_windows

PUB = date(2019, 5, 16)  # a Thursday


def cue_of(text, expression, pub=PUB):
    """The cue of the window whose expression is ``expression``."""
    return next(w for w in find_time_windows(text, pub) if w.expression == expression).cue


def days(claims):
    return sorted({(c.period_start, c.date_precision) for c in claims if not c.is_summary})


# -- a statement's occasion right after the day
@pytest.mark.parametrize("sentence", [
    "The sheriff gave an update on the killing of two hikers Wednesday at a news conference.",
    "The mayor spoke about the gunfire on Maple Lane Wednesday during a press briefing.",
    "The district attorney described the deaths of the two brothers Wednesday in a written statement.",
])
def test_a_day_followed_by_a_news_conference_or_statement_is_the_statements(sentence):
    assert cue_of(sentence, "Wednesday") == "report"


def test_a_figure_dated_only_by_its_news_conference_takes_the_attack_day_not_a_place_after_the_day():
    text = ("Deputies were called to a lakeside cabin on Monday night. "
            "The sheriff spoke about the deaths of three campers Wednesday at a news conference.")
    assert days(extract_claims(text, PUB)) == [(date(2019, 5, 13), "day")]
    # a place or a scene after the day leaves it the event's
    assert cue_of("Two men were shot Wednesday at a gas station on Route 9.", "Wednesday") == ""
    assert cue_of("A woman was wounded Wednesday in a parking lot.", "Wednesday") == ""


# -- a later step still going on
@pytest.mark.parametrize("sentence, expression", [
    ("The hunt for the two masked robbers continued Wednesday in the slaying of a cashier.", "Wednesday"),
    ("Interviews with neighbors were continuing Wednesday.", "Wednesday"),
    ("State troopers continued on Wednesday to comb the woods for the driver.", "on Wednesday"),
])
def test_a_search_or_inquiry_that_continued_on_a_day_is_a_later_step(sentence, expression):
    assert cue_of(sentence, expression) == "procedure"


def test_a_figure_dated_only_by_a_search_that_continued_takes_the_publication_window_an_attack_that_did_its_day():
    text = "The hunt for the two masked robbers continued Wednesday in the slaying of a cashier at a corner store."
    assert days(extract_claims(text, PUB)) == [(date(2019, 5, 15), "publication")]
    # what continued is the attack: its day
    assert cue_of("Clashes broke out in two border villages on Tuesday and continued on Wednesday, killing nine.",
                  "on Wednesday") == ""
    assert cue_of("The shelling of the port continued Wednesday, leaving four civilians dead.", "Wednesday") == ""


# -- a broadcast byline
@pytest.mark.parametrize("sentence, expression", [
    ("Maria Lopez reports for the KQRT 7 News at Noon on Wednesday, May 15, 2019.", "on Wednesday, May 15, 2019"),
    ("Tom Reyes reports for Channel 5 Action News at 5 and 6 p.m. on May 15, 2019.", "on May 15, 2019"),
])
def test_a_broadcast_byline_day_is_a_stamp(sentence, expression):
    assert cue_of(sentence, expression) == "stamp"
    # "reports for" after the day makes no byline
    assert cue_of("Two men were shot Wednesday, police reports for the week show.", "Wednesday") == ""


# -- a count revised on a day, a statement by phone, a charge named far into the clause a day opens
def test_a_revised_count_and_a_statement_by_phone_give_the_day_of_the_step():
    assert cue_of("The number of wounded was revised Wednesday from nine to seven.", "Wednesday") == "procedure"
    assert cue_of("Her cousin told the Gazette by phone Wednesday that the boy was hit in the leg.",
                  "Wednesday") == "report"
    assert cue_of("Her cousin told a neighbor Wednesday that the boy was hit in the leg.", "Wednesday") == ""


def test_a_day_opening_a_clause_is_read_past_initials_and_names_for_its_cue():
    sentence = ("On Wednesday, prosecutors of the U.S. attorney's office for Eastbrook charged Joe Doe with murder "
                "in the deaths of three people.")
    assert cue_of(sentence, "On Wednesday") == "procedure"
    assert cue_of("On Wednesday, two men with the U.S. flag on their jackets were shot near the old pier.",
                  "On Wednesday") == ""


def test_an_article_whose_statements_fall_on_a_later_day_takes_the_attack_day():
    text = ("Authorities on Thursday filed charges against the man accused of the rampage at the bus depot. "
            "Four riders were killed and five others hurt amid the panic. "
            "On Thursday, prosecutors of the U.S. attorney's office for Eastbrook charged the man with murder. "
            "The man had arrived in Eastbrook early Tuesday on a train. "
            "His sister told the Gazette by phone Thursday that the man had been unwell. "
            "The number of wounded was revised Thursday from six to five. "
            "The mayor said he visited the wounded in the hospital Tuesday evening.")
    got = extract_claims(text, PUB)
    first = min((c for c in got if not c.is_summary and c.date_precision == "day"), key=lambda c: c.claim_key)
    assert first.period_start == date(2019, 5, 14)


# -- custody and court steps
@pytest.mark.parametrize("sentence", [
    "The 16-year-old turned himself in to county detectives Wednesday, the sheriff said.",
    "The stepfather was still locked up on Wednesday.",
    "The suspected shooter's probable-cause exam took place Wednesday before a district judge.",
])
def test_a_surrender_custody_or_court_exam_is_a_later_step(sentence):
    assert cue_of(sentence, "Wednesday" if "on Wednesday" not in sentence else "on Wednesday") == "procedure"


def test_a_shooter_or_gunman_named_before_a_day_does_not_make_it_the_attacks():
    # the person is no attack word: the verb nearer the day dates it
    assert cue_of("A bail hearing for the alleged gunman took place Wednesday downtown.", "Wednesday") == "procedure"
    text = ("The suspected shooter's probable-cause exam took place Wednesday before a district judge. "
            "Two men were killed in the March 30 shooting outside a pool hall.")
    got = extract_claims(text, PUB)
    assert {c.period_start for c in got if not c.is_summary} == {date(2019, 3, 30)}


# -- a state still holding on a day
def test_a_state_still_holding_on_a_day_is_the_aftermath():
    assert cue_of("The two wounded men were still alive Wednesday evening, a spokesman said.",
                  "Wednesday evening") == "after"
    assert cue_of("Wednesday, her sister was still shaken by the news.", "Wednesday") == "after"
    # a concession is no state
    assert cue_of("Still, on Wednesday two men were shot near the river.", "on Wednesday") == ""
    text = ("Two men were shot on Harbor Street late Monday night. "
            "Both wounded men were still alive Wednesday evening, a spokesman said.")
    assert days(extract_claims(text, PUB)) == [(date(2019, 5, 13), "day")]
