"""The scoring functions of `casualties evaluate` (pure functions; no evaluation data needed)."""
from __future__ import annotations

import pandas as pd
import pytest

from pipeline.evaluate import b_cubed, place_matches


def test_b_cubed_perfect_and_all_alone():
    gold = pd.Series({"a": 1, "b": 1, "c": 2})
    assert b_cubed(gold, gold) == (1.0, 1.0, 1.0)
    precision, recall, _ = b_cubed(pd.Series({"a": "x", "b": "y", "c": "z"}), gold)
    assert precision == 1.0 and recall == pytest.approx((0.5 + 0.5 + 1) / 3)


def test_a_place_with_the_city_name_matches():
    assert place_matches("Denver", None, None, "Denver", "Colorado")
    assert place_matches("Englewood", None, None, "Chicago (Englewood)", "Illinois")


def test_a_suburb_within_the_radius_matches_and_a_far_city_does_not():
    lakewood = (39.7047, -105.0814)  # a suburb a few km west of Denver
    assert place_matches("Lakewood", *lakewood, "Denver", "Colorado")
    assert not place_matches("Pueblo", 38.2544, -104.6091, "Denver", "Colorado")


def test_no_place_never_matches():
    assert not place_matches(None, None, None, "Denver", "Colorado")
    assert not place_matches(float("nan"), float("nan"), float("nan"), "Denver", "Colorado")
