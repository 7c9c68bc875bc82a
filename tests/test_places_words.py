"""Words that look like place names and are not: ordinary English words ("One", "Side", "Date"),
people's surnames with a middle initial, a state's abbreviation after a city, roads and
streets named after a country. Invented sentences; each negative case has a positive twin
showing the place is still found where the text does name it."""
from __future__ import annotations

import datetime

import pytest

from pipeline.extract.extractor import extract_claims
from pipeline.extract.places import find_places

DAY = datetime.date(2016, 9, 9)


def names(text):
    return [p.name for p in find_places(text)]


@pytest.mark.parametrize("text", [
    "One man was killed and two others were wounded on Friday.",
    "× One dead, two hurt after a shooting on Friday",
    "A man was shot on the city's South Side on Friday, police said.",
    "Four people were shot in the Central Business District on Friday.",
    "Date night ends with a man shot in the leg",
    "Much of the block was closed after a man was shot on Friday.",
])
def test_an_ordinary_word_alone_is_no_place(text):
    assert names(text) == []


def test_an_ordinary_word_naming_a_large_place_of_another_country_needs_a_cue():
    # "Drug" is an alternate name of Durg, India: not in a story about Ohio
    assert names("Drug deal ends with a teen shot dead, Ohio police say") == ["Ohio"]


@pytest.mark.parametrize("text, place", [
    ("Two men were shot in Surprise on Friday.", "Surprise"),          # a cue before it
    ("Buffalo police said two men were shot on Friday.", "Buffalo"),   # a large city of the text's country
    ("A man was shot in Junction, Texas, on Friday.", "Junction"),     # a state after it
])
def test_a_place_named_by_an_ordinary_word_is_found_with_a_cue(text, place):
    assert names(text)[:1] == [place]


def test_an_ordinary_word_in_capitals_needs_a_cue_whatever_its_size():
    # all-capital transcripts: "NAME" is an alternate name of a large city, and says nothing in capitals
    assert names("FAMILY MEMBERS HAVE SET UP A FUND IN THE GIRL'S NAME. DETROIT POLICE SAID TWO MEN WERE HELD.") \
        == ["Detroit"]


def test_a_surname_after_a_middle_initial_is_no_place():
    text = ("Officers found Daniel R. Moore, 31, with a gunshot wound on Friday. "
            "Moore was pronounced dead at the scene.")
    assert names(text) == []
    assert [c.location for c in extract_claims(text, DAY)] == [None]
    # without the person, the town is found
    assert names("A man was shot in Moore on Friday.") == ["Moore"]


@pytest.mark.parametrize("first", ["LaToya", "DeShawn", "McKenzie"])
def test_a_surname_after_a_first_name_with_a_second_capital_is_no_place(first):
    text = (f"Police identified the woman as {first} Greer, 35. "
            "Police said her husband shot Greer several times on Sunday before killing himself.")
    assert names(text) == []
    # without the person, the town is found
    assert names("A woman was shot in Greer, S.C., on Sunday.")[:1] == ["Greer"]


@pytest.mark.parametrize("text, place", [
    ("KANSAS CITY, Kan. - A man was shot on Friday.", "Kansas City"),
    ("MADISON, Ala. - A man was shot on Friday.", "Madison"),
])
def test_a_state_abbreviation_after_a_city_is_the_state(text, place):
    assert names(text) == [place]
    assert [c.location for c in extract_claims(text, DAY)] == [place]


@pytest.mark.parametrize("text", [
    "Three people were found shot to death on U.S. 41 near the town on Friday.",
    "The car crashed on US Highway 19 after the driver was shot.",
    "A teen was killed in a shooting on Spain Street on Friday.",
])
def test_a_road_named_after_a_country_is_no_place(text):
    assert names(text) == []


@pytest.mark.parametrize("text, place", [
    ("U.S. troops were attacked on Friday.", "United States"),
    ("In 2014 Iraq lost the city to the militants.", "Iraq"),
    ("Two men were shot in Spain on Friday.", "Spain"),
])
def test_a_country_not_followed_by_a_road_word_is_the_country(text, place):
    assert names(text) == [place]


def test_the_second_street_of_an_intersection_is_no_place():
    text = "The shooting happened near the intersection of Poydras and Bolivar in New Orleans."
    assert names(text) == ["New Orleans"]


@pytest.mark.parametrize("text, expected", [
    ("Four people were shot near 21st and Cleveland in Kansas City.", ["Kansas City"]),
    ("Police identify victim killed in quadruple shooting near 100th & Richmond", []),
    ("Two men were shot at Richmond and 35th in Kansas City.", ["Kansas City"]),
    ("He drove from Cleveland and Dayton to Kansas City.", ["Cleveland", "Dayton", "Kansas City"]),
])
def test_a_name_crossing_a_numbered_street_is_a_street(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, place", [
    ("PUNTA GORDA, Fla. (WBBH) - Police released details on Wednesday. A Florida woman was killed in an "
     "accidental shooting on Tuesday.", "Punta Gorda"),
    ("CROSSVILLE (WATE) - A vigil was held on Tuesday. The Tennessee Bureau of Investigation said two people "
     "were killed on Monday.", "Crossville"),
])
def test_a_state_named_in_passing_gives_way_to_the_datelines_town_in_it(text, place):
    assert [(c.location, c.location_basis) for c in extract_claims(text, DAY)] == [(place, "dateline")]


@pytest.mark.parametrize("text, place", [
    # the state as the scene
    ("SPRINGFIELD (KXYZ) - Police released details on Monday. Two men were killed in southern Missouri on "
     "Sunday.", "Missouri"),
    # the dateline's town lies in another state than the one named in passing
    ("KANSAS CITY, Kan. (AP) - Police released details on Monday. A Missouri man was killed on Sunday.", "Missouri"),
])
def test_a_state_as_the_scene_or_beside_another_states_dateline_stays(text, place):
    assert [c.location for c in extract_claims(text, DAY)] == [place]


@pytest.mark.parametrize("title, place", [
    ("Suspect arrested in fatal Grove City shooting", "Grove City"),
    ("Police investigate deadly shooting in Mount Holly park", "Mount Holly"),
])
def test_a_deadly_event_told_only_by_the_headline_is_placed_where_the_headline_says(title, place):
    claims = extract_claims("Subscribe now for full access to this story.", DAY, title)
    assert [(c.casualty_type, c.location, c.location_basis) for c in claims] == [("killed", place, "sentence")]


def test_a_headlines_places_are_read_with_the_articles_countries():
    # the body is US local news (a sheriff, "the 400 block of"): "Hamilton" in the headline is Hamilton, Ohio,
    # not the larger Hamilton in Canada
    title = "Man shot dead outside Hamilton bar"
    body = "Deputies from the Butler County Sheriff's Office were called to the 400 block of Main Street on Friday."
    claims = [c for c in extract_claims(body, DAY, title) if c.evidence_field == "title"]
    assert [(c.location, c.country) for c in claims] == [("Hamilton", "United States")]


def test_us_local_news_naming_another_country_in_passing_stays_about_the_us():
    # "Det. Chad Rogers" and "Beth Israel Deaconess Medical Center" name no country the story is about
    text = ("KOKOMO, Ind. (WXYZ) - A 17-year-old was shot and killed in Kokomo on Sunday. The teen was taken to "
            "Beth Israel Deaconess Medical Center. Anyone with information is asked to call Det. Chad Rogers.")
    assert {(c.location, c.country) for c in extract_claims(text, DAY)} == {("Kokomo", "United States")}


def test_a_headline_word_before_a_county_is_not_part_of_its_name():
    assert names("Deadly Perry County shooting happened during eviction, police say") == ["Perry"]


@pytest.mark.parametrize("text, place", [
    ("Winona police: a man died on Monday evening", "Winona"),
    ("Beloit teen charged in shooting death of his friend", "Beloit"),
    ("Ottumwa police said a man was charged on Friday.", "Ottumwa"),
])
def test_a_small_town_opening_a_sentence_before_its_people_or_police_is_a_place(text, place):
    assert names(text) == [place]


@pytest.mark.parametrize("text", [
    "Austin Smith said a man was shot on Friday.",   # a first name that is also a city
    "One man was killed on Friday.",                 # an ordinary word before "man"
])
def test_a_name_or_word_before_a_person_is_still_no_place(text):
    assert names(text) == []


@pytest.mark.parametrize("text, place", [
    ("A man was shot in Mt. Juliet on Friday.", "Mount Juliet"),
    ("A man was shot in Ft. Myers on Friday.", "Fort Myers"),
])
def test_abbreviated_mount_and_fort_are_the_places(text, place):
    assert names(text) == [place]


def test_the_states_of_a_text_are_read_in_a_fresh_process():
    # _text_states called before anything else built the gazetteer used to loop forever
    import subprocess
    import sys
    code = ("from pipeline.extract.places import _text_states; "
            "print(sorted(_text_states('A man was shot in Toone, Tennessee, and in Dayton, OH, on Friday.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "['OH', 'TN']", out.stderr


@pytest.mark.parametrize("street", ["Colorado Avenue", "Michigan Ave.", "Tennessee Street"])
def test_a_state_name_before_a_street_type_is_a_street_not_the_texts_state(street):
    # a small town of another state is no longer set aside as out of the text's state
    text = f"An Immokalee teenager was shot near South Seventh Street and {street} on Tuesday, deputies said."
    assert "Immokalee" in names(text)
    assert "Immokalee" not in names(text.replace(street, "Colorado"))


def test_a_headline_that_names_no_state_is_read_in_its_articles_state():
    body = "BIRMINGHAM, Ala. (WBRC) - A man was shot and killed outside a business in Woodlawn on Saturday afternoon."
    claims = extract_claims(body, DAY, title="Man shot and killed outside Woodlawn business")
    titled = [c for c in claims if c.evidence_field == "title"]
    assert titled and all(c.latitude is None or c.latitude < 35 for c in titled)  # not Woodlawn, Md. (39.3 N)
