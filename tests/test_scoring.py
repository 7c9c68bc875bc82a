"""The scoring functions of `casualties evaluate` (pure functions; no evaluation data needed)."""
from __future__ import annotations

import pandas as pd
import pytest

from pipeline.evaluate import b_cubed, place_matches, score_gva_incidents


def test_b_cubed_perfect_and_all_alone():
    gold = pd.Series({"a": 1, "b": 1, "c": 2})
    assert b_cubed(gold, gold) == (1.0, 1.0, 1.0)
    precision, recall, _ = b_cubed(pd.Series({"a": "x", "b": "y", "c": "z"}), gold)
    assert precision == 1.0 and recall == pytest.approx((0.5 + 0.5 + 1) / 3)


def test_a_place_with_the_city_name_matches():
    assert place_matches("Denver", None, None, "Denver", "Colorado")
    assert place_matches("Englewood", None, None, "Chicago (Englewood)", "Illinois")


def test_the_archives_county_is_our_county():
    assert place_matches("Miller County", None, None, "Miller (county)", "Arkansas")
    assert place_matches("Tangipahoa Parish", None, None, "Tangipahoa (county)", "Louisiana")
    assert not place_matches("Jackson County", None, None, "Miller (county)", "Arkansas")


def test_a_suburb_within_the_radius_matches_and_a_far_city_does_not():
    lakewood = (39.7047, -105.0814)  # a suburb a few km west of Denver
    assert place_matches("Lakewood", *lakewood, "Denver", "Colorado")
    assert not place_matches("Pueblo", 38.2544, -104.6091, "Denver", "Colorado")


def test_no_place_never_matches():
    assert not place_matches(None, None, None, "Denver", "Colorado")
    assert not place_matches(float("nan"), float("nan"), float("nan"), "Denver", "Colorado")


def test_an_incident_no_article_reports_is_counted_and_missed():
    gold = pd.DataFrame({
        "incident_id": ["i1", "i2"], "killed": [1, 0], "injured": [0, 2], "children_killed": [0, 0],
        "children_injured": [0, 0], "teens_killed": [0, 0], "teens_injured": [0, 0],
        "date": ["2017-04-08", "2017-04-09"],
    })
    article_incident = pd.DataFrame({"article_id": ["a1"], "incident_id": ["i1"]})
    assignment = pd.DataFrame({"article_id": ["a1"], "predicted_incident": ["p1"]})
    incidents = pd.DataFrame({
        "incident_id": ["p1"], "killed_best": [1], "injured_best": [0], "children_killed_best": [0],
        "children_injured_best": [0], "teens_killed_best": [0], "teens_injured_best": [0],
        "date_start": ["2017-04-08"],
    })
    metrics, misses = score_gva_incidents(assignment, incidents, article_incident, gold)
    assert metrics["incidents_without_articles"] == 1
    assert metrics["incident_killed_exact"] == 0.5
    assert set(misses.id) == {"i2"}
