"""A place's reading in its text: neighbourhoods of the large US city a story names ("in Englewood" in a story
from Chicago is Chicago's Englewood, not a town of that name in another state). Invented sentences."""
from __future__ import annotations

from pipeline.extract.extractor import extract_claims
from pipeline.extract.places import dateline_place, find_places


def first_place(text, title=None):
    c = next(c for c in extract_claims(text, None, title) if c.location)
    return c.location, c.latitude, c.longitude


def near(lat, lon, lat0, lon0):
    return lat is not None and abs(lat - lat0) < 0.3 and abs(lon - lon0) < 0.4


def test_a_neighbourhood_of_the_city_the_story_names():
    loc, lat, lon = first_place("Chicago police said a cook was shot and killed late Tuesday in Englewood near a bus stop.")
    assert loc == "Englewood" and near(lat, lon, 41.85, -87.65)


def test_the_same_name_without_that_city_is_the_town():
    loc, lat, lon = first_place("A cook was shot and killed late Tuesday in Englewood, Colorado, near a bus stop.")
    assert loc == "Englewood" and not near(lat, lon, 41.85, -87.65)


def test_a_state_after_the_name_overrides_the_city_named_elsewhere():
    text = "A cook from Chicago was shot and killed late Tuesday in Englewood, Colo., near a bus stop, deputies said."
    loc, lat, lon = first_place(text)
    assert loc == "Englewood" and not near(lat, lon, 41.85, -87.65)


def test_a_neighbourhood_of_two_words():
    places = find_places("Two brothers were wounded on a stoop in Washington Heights, NYPD officials said Sunday.")
    hood = next(p for p in places if p.name == "Washington Heights")
    assert hood.kind == "neighbourhood" and near(hood.latitude, hood.longitude, 40.71, -74.0)


def test_a_neighbourhood_as_dateline():
    p = dateline_place("ROXBURY — Two teens were wounded on a porch late Friday, Boston police said.")
    assert p is not None and p.name == "Roxbury" and near(p.latitude, p.longitude, 42.36, -71.06)


def test_a_one_word_neighbourhood_needs_a_cue():
    # "Roxbury" alone after a capitalized word is no place read from the list
    places = find_places("Boston detectives questioned Tom Roxbury about the shooting on Friday.")
    assert all(p.name != "Roxbury" for p in places)


def test_the_town_of_a_hospital_a_victim_was_flown_to_is_no_scene():
    text = "A hunter was shot in the leg on Saturday morning and flown to a Duluth hospital in fair condition."
    claims = extract_claims(text)
    assert claims and all(c.location != "Duluth" for c in claims)


def test_a_hospital_named_after_the_object_of_took():
    text = "Paramedics took the boy to Lakeland Regional, where he died of a gunshot wound to the chest on Friday night."
    assert all(c.location != "Lakeland" for c in extract_claims(text))


def test_a_town_after_to_is_a_scene_without_a_treatment_verb():
    text = "A man who drove to Duluth on Friday was shot dead outside a bar there, police said."
    assert [c.location for c in extract_claims(text) if c.location][:1] == ["Duluth"]


def test_a_date_header_is_no_dateline():
    text = "City Police Department\n\nDATE: March 3, 2016 10:02 AM\n\nTwo men were wounded in a shooting on Elm Street."
    p = dateline_place(text)
    assert p is None or p.name.lower() != "date"


def test_metro_police_is_an_agency_not_a_place():
    names = [p.name for p in find_places("Metro detectives said a 5-year-old boy was shot in the arm on Friday.")]
    assert "Metro" not in names


def test_a_small_town_named_by_its_police_is_a_place():
    text = "Kennett Square police said a 12-year-old boy was wounded by a stray bullet on Saturday night."
    assert [c.location for c in extract_claims(text)][:1] == ["Kennett Square"]


def test_a_small_town_alone_is_still_no_place():
    assert all(p.name != "Kennett Square" for p in find_places("Kennett Square said the boy was wounded."))


def test_a_home_after_from_gives_way_to_the_scene():
    text = "A woman from Smithtown was shot and killed outside a diner in Albany on Friday night, police said."
    assert [c.location for c in extract_claims(text) if c.location][:1] == ["Albany"]


def test_a_home_after_name_and_age_gives_way_to_the_scene():
    text = "Police said Dana Quill, 34, of Smithtown was shot and killed outside a diner in Albany on Friday night."
    assert [c.location for c in extract_claims(text) if c.location][:1] == ["Albany"]


def test_a_county_named_by_its_sheriff_is_no_scene():
    text = ("Deputies were called to a farm in Loudonville on Sunday. The Ashland County Sheriff's Office said a "
            "9-year-old boy was killed when a rifle went off in a barn.")
    c = next(c for c in extract_claims(text) if c.casualty_type == "killed")
    assert c.location == "Loudonville" and c.location_basis == "before"


def test_a_county_named_as_the_scene_stays():
    text = "A 9-year-old boy was killed when a rifle went off in a barn in Ashland County on Sunday, deputies said."
    assert [c.location for c in extract_claims(text) if c.location][:1] == ["Ashland County"]


def test_a_county_gives_way_to_a_town_of_a_state_that_has_that_county():
    # Floyd County (KY and five other states) and a scene in Prestonsburg, Kentucky: the town is the more specific place
    text = ("A 20-year-old man was shot and killed Tuesday in Floyd County. The shooting happened at a home on Main "
            "Street in Prestonsburg, officers said.")
    loc, lat, lon = first_place(text)
    assert loc == "Prestonsburg" and near(lat, lon, 37.67, -82.77)
    # a town named only as a home is no scene: the county stays
    text = "A Prestonsburg man was shot and killed Tuesday in Floyd County, deputies said."
    assert first_place(text)[0] == "Floyd County"


def test_a_county_keeps_itself_without_a_town_of_its_states():
    text = "Two men were shot and wounded Sunday in Cook County near a gas station, deputies said."
    assert first_place(text)[0] == "Cook County"


def test_saint_inside_a_name_is_also_st():
    from pipeline.extract.places import lookup_place
    assert lookup_place("Bay St. Louis").name == "Bay Saint Louis"
    assert lookup_place("Port St. Lucie").name == "Port Saint Lucie"
    assert first_place("A boy shot himself during a family gathering in Bay St. Louis, authorities said.")[0] \
        == "Bay Saint Louis"


def test_page_debris_before_a_place_is_no_first_name():
    # "Photo Toledo" is no person: Toledo stays a place in the rest of the text
    from pipeline.extract.places import find_places
    text = ("Buy This Photo Toledo police on the scene.\n\n"
            "Police are responding to a report of a 3-year-old shot in the stomach in South Toledo.")
    assert "Toledo" in [p.name for p in find_places(text)]
