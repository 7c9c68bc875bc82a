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
