"""Who is counted among the injured, fourth round (docs/conventions.md, "Who is counted"): invented sentences.

``total`` reads an article's totals the way ``sql/toll_totals.sql`` does (tests/conftest.py,
``article_total``).
"""
from __future__ import annotations

import pytest

from conftest import article_total as total


# --- a number that names a phone line or a photo is not a figure
@pytest.mark.parametrize("text, hurt", [
    ("Her nephew called 911 reporting that he too had been shot by the intruder.", 1),
    ("A neighbor dialed 911 saying two men were wounded outside the bakery.", 2),
    ("Photo: Ann Lee Image 1 of / 30 Caption Close Image 1 of 30 A clerk and a driver were shot at the depot.", 2),
])
def test_a_phone_number_or_a_gallery_number_is_not_a_figure(text, hurt):
    assert total(text) == hurt


def test_a_figure_after_the_gallery_label_is_still_read_elsewhere():
    assert total("Image 2 of 9. Police said 6 people were wounded at the fair.") == 6
