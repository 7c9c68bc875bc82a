"""A town named by its agency ("Birmingham police said") and a dateline that locates its town: the limits of the
0.20.0 place fixes (invented sentences)."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.extractor import extract_claims
from pipeline.extract.places import dateline_place, find_places


def _first_place(text: str) -> str | None:
    claims = extract_claims(text, date(2022, 9, 18))
    return claims[0].location if claims else None


@pytest.mark.parametrize("text, place", [
    # the scene the sentence names, not the town whose police speak
    ("A man was shot and killed outside a business in Woodlawn on Saturday, Birmingham police said.", "Woodlawn"),
    ("A man was killed in a shooting in Englewood late Saturday, according to the Chicago Police Department.",
     "Englewood"),
    # the agency's town stays when nothing else is named, or only its county, or a person's home
    ("Two men were shot Sunday, Houston police said.", "Houston"),
    ("Two men were shot Sunday in Harris County, Houston police said.", "Houston"),
    ("Jo Roe, 32, of Dunbar, was shot dead early Saturday, according to the Charleston Police Department.",
     "Charleston"),
    ("Park Ridge police said a Chicago man shot a 21-year-old friend in the neck.", "Park Ridge"),
    # an unknown name that goes on is no scene ("in Line of Duty", "at Bull Creek Apartments")
    ("One San Diego police officer was killed in Line of Duty, San Diego police said.", "San Diego"),
])
def test_a_town_named_by_its_agency_gives_way_to_the_scene(text, place):
    assert _first_place(text) == place


def test_an_unknown_scene_takes_the_coordinates_of_the_agency_town():
    claim = extract_claims("A man was shot and killed in Woodlawn on Saturday, Birmingham police said.",
                           date(2022, 9, 18))[0]
    birmingham = next(p for p in find_places("Birmingham police said.") if p.name == "Birmingham")
    assert claim.location == "Woodlawn" and claim.country == birmingham.country
    assert claim.latitude == birmingham.latitude


def test_a_located_dateline_says_which_town_of_its_name_the_text_means():
    text = "BIRMINGHAM, Ala. (WBRC) - A man was shot Saturday, Birmingham police said."
    places = find_places(text)
    assert [p.country for p in places if p.name == "Birmingham"] == ["United States", "United States"]
    # a dateline that does not locate its town says nothing of the text's other mentions
    unlocated = find_places("BIRMINGHAM - A man was shot Saturday in Birmingham, West Midlands Police said.")
    assert any(p.name == "Birmingham" and p.country == "United Kingdom" for p in unlocated[1:])


@pytest.mark.parametrize("text, country", [
    ("ARNOLD (KDKA) — Police are investigating a shooting.", "United States"),  # a US station's call sign
    ("ARNOLD — Police are investigating a shooting.", None),  # no call sign: the gazetteer's own choice
])
def test_a_call_sign_in_the_dateline_makes_its_town_american(text, country):
    place = dateline_place(text)
    assert place is not None and place.name == "Arnold"
    if country is not None:
        assert place.country == country
