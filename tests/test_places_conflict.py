"""Places in conflict reporting: transliterated Arabic names, villages and towns named with a
lower-case kind word, a state that shares a country's name, a district held in a city's
possessive. Invented sentences."""
from __future__ import annotations

import datetime

import pytest

from pipeline.extract.extractor import extract_claims
from pipeline.extract.places import find_places

DAY = datetime.date(2017, 3, 5)


def names(text):
    return [p.name for p in find_places(text)]


def located(text):
    return [(c.location, c.country) for c in extract_claims(text, DAY) if c.parent_key is None]


@pytest.mark.parametrize("spelling", ["Tal Afar", "Tel Afar", "Tall Afar"])
def test_spellings_of_an_iraqi_town_are_one_place(spelling):
    assert located(f"A suicide bomber killed 12 people in {spelling} on Tuesday, police said.") == [("Tal Afar", "Iraq")]


@pytest.mark.parametrize("text", [
    "Fighters shelled positions in Tel Tamr on Monday.",   # GeoNames: Tall Tamr
    "Fighters shelled Deir Hafir on Monday.",              # GeoNames: Dayr Hafir
])
def test_the_first_word_of_an_arabic_name_may_be_spelled_either_way(text):
    assert len(names(text)) == 1


def test_a_state_that_shares_a_countrys_name_is_the_state():
    assert located("Gunmen killed 15 people in Nigeria's Niger state on Sunday, police said.") == [("Niger State", "Nigeria")]
    assert located("Gunmen killed 15 people in Niger on Sunday, police said.") == [("Niger", "Niger")]


def test_a_district_in_a_citys_possessive_is_the_place_and_takes_the_citys_coordinates():
    claims = extract_claims("A blast killed 5 people in Mogadishu's Hodan district on Friday.", DAY)
    assert [(c.location, c.country) for c in claims] == [("Hodan", "Somalia")]
    city = find_places("Mogadishu")[0]
    assert (claims[0].latitude, claims[0].longitude) == (city.latitude, city.longitude)


@pytest.mark.parametrize("text, place", [
    ("Unidentified gunmen killed 3 civilians in Kuru village (Jema'a, Kaduna) on Friday.", "Kuru"),
    ("A landmine killed five people near Afgoye town in Lower Shabelle region on Friday.", "Afgoye"),
    ("Gunmen killed 7 people in Okpo village of Benue state on Friday.", "Okpo"),
])
def test_a_village_or_town_named_with_a_lower_case_kind_word_is_the_place(text, place):
    assert [loc for loc, _ in located(text)] == [place]


@pytest.mark.parametrize("text, not_a_place", [
    ("Armed men killed 20 people in an attack on a Fulani village in central Mali on Friday.", "Fulani"),
    ("Gunmen attacked an ethnic Dogon village in central Mali on Friday, killing 30 people.", "Dogon"),
    ("A bomb killed six civilians in Mir Ali town in North Waziristan on Friday.", "Ali"),
])
def test_a_word_describing_a_village_is_not_its_name(text, not_a_place):
    assert not_a_place not in [loc for loc, _ in located(text)]


@pytest.mark.parametrize("text, place", [
    ("A Shawnee teenager was shot to death in Oklahoma City on Friday.", "Oklahoma City"),
    ("A Virginia Beach man was among the five people killed at the airport in Fort Lauderdale on Friday.", "Fort Lauderdale"),
])
def test_a_persons_home_gives_way_to_the_place_where_it_happened(text, place):
    assert [loc for loc, _ in located(text)] == [place]


@pytest.mark.parametrize("text, place", [
    ("A Houston man was killed in Mexico on Friday.", "Houston"),       # a country is less specific than a town
    ("A Sulphur man was shot dead at his home on Friday.", "Sulphur"),  # the only place
])
def test_a_persons_home_stays_the_place_when_nothing_as_specific_is_named(text, place):
    assert [loc for loc, _ in located(text)] == [place]


@pytest.mark.parametrize("text, place", [
    ("KABUL (Reuters) - A suicide bomber killed 12 people at a wedding in eastern Nangarhar province on Saturday.",
     "Nangarhar"),
    ("SANAA (Reuters) - An air strike hit a bus in northern Yemen's Saada province, killing 29 children.", "Saada"),
])
def test_a_wire_dateline_gives_way_to_the_scene_its_sentence_names(text, place):
    assert [loc for loc, _ in located(text)] == [place]


@pytest.mark.parametrize("text, place", [
    # the only other place is the country: the dateline's city says more
    ("KABUL (Reuters) - A suicide bomber killed 12 people in Afghanistan on Saturday.", "Kabul"),
    # a home, and the dateline's own state, are no scene
    ("BAY VILLAGE, Ohio - Police say a northern Ohio man accidentally shot himself on Saturday.", "Bay Village"),
])
def test_the_dateline_stays_when_its_sentence_names_no_other_scene(text, place):
    assert [loc for loc, _ in located(text)] == [place]


@pytest.mark.parametrize("text, place", [
    # a wire dateline gives way to a scene in another country, even a country
    ("BEIRUT (Reuters) - Air strikes killed 12 civilians in Syria on Friday.", "Syria"),
    ("NAIROBI (Reuters) - Militants killed five people in Somalia on Friday.", "Somalia"),
    # the dateline's own country, or a town that shares its name with a country, stays the dateline's
    ("AMMAN, Jordan (AP) - A soldier was killed in Jordan on Friday.", "Amman"),
    ("LEBANON, Ohio (AP) - A teenager was accidentally shot in Lebanon on Saturday.", "Lebanon"),
])
def test_a_wire_dateline_gives_way_to_another_countrys_scene(text, place):
    claims = extract_claims(text, datetime.date(2019, 4, 2))
    assert [c.location for c in claims] == [place]
    if place == "Lebanon":
        assert claims[0].country == "United States"
