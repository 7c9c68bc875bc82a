"""Casualty counts across an article: invented sentences for the count rules of extractor 0.6.19
(docs/conventions.md, "Who is counted", "Headlines", "Article totals")."""
from __future__ import annotations

import pytest

from pipeline.extract.extractor import extract_claims


def figures(text, title=None):
    return [(c.casualty_type, c.count_point) for c in extract_claims(text, title=title) if c.parent_key is None]


@pytest.mark.parametrize("text, expected", [
    # a self-inflicted shot told as fatal is a death; without "fatally" it stays a shot person
    ("The farmer fatally shot himself in the barn on Tuesday.", [("killed", 1)]),
    ("The cadet accidentally shot himself during drill practice.", [("injured", 1)]),
    # an ordinal death is a running toll, not one more death
    ("A third patron has died after the tavern shooting.", [("killed", 3)]),
    # "shot N people to death" is a death toll
    ("The intruder shot three people to death inside the store.", [("killed", 3)]),
    # a pronoun victim in the same sentence is the same person
    ("A cashier was critically wounded Friday when she was shot near the till.", [("injured", 1)]),
    # "neither A nor B" negates a long subject
    ("Neither the bus driver nor the older passenger was injured.", []),
    # plural victims without a casualty verb
    ("Medics found two men suffering from gunshot wounds behind the gym.", [("injured", 2)]),
    ("Two gunshot victims walked into the clinic around midnight.", [("injured", 2)]),
    # a list of names with ages in apposition, and two indefinite victims sharing "died"
    ("Rob Klein and Ted Varga, both 30, were killed outside the diner.", [("killed", 1), ("killed", 1)]),
    ("A 50-year-old man and a 19-year-old woman died at the lake house.", [("killed", 2)]),
    # bullets and gunfire; a list of names before a plural verb
    ("A jogger was struck by a stray bullet near the river.", [("injured", 1)]),
    ("Ana Ruiz, Lee Park and Sam Ode were grazed by gunfire outside the rink.", [("injured", 3)]),
    # a single victim after "and" with a bare adjective
    ("The ambush left three guards dead and a driver wounded.", [("killed", 3), ("injured", 1)]),
    # people with wounds or at the hospital, no casualty verb
    ("The cyclist was treated at County General Hospital and released.", [("injured", 1)]),
    ("A cook arrived at a clinic with a gunshot wound in his calf.", [("injured", 1)]),
    ("Police found a teen who was found with multiple gunshot wounds.", [("injured", 1)]),
    # "one of whom died" is a death, apart from the injured
    ("The robber shot three clerks, one of whom died at the scene.", [("injured", 2), ("killed", 1)]),
    ("The farmhand was pronounced deceased by medics.", [("killed", 1)]),
    # negation with "nobody else"
    ("Police said nobody else in the van was hurt.", []),
    # a figure followed by "charged" is suspects, not victims
    ("2 charged in robbery that killed clerk", []),
])
def test_counts(text, expected):
    assert figures(text) == expected


def test_badly_hurt_are_a_subset_of_those_shot():
    cs = extract_claims("Six people were shot, three critically injured, outside the arena on Sunday.")
    assert [(c.casualty_type, c.count_point, c.parent_key is None) for c in cs] == [
        ("injured", 6, True), ("injured", 3, False)]


def test_deadly_shooting_with_one_person_shot_is_a_death():
    text = "Detectives are looking into a deadly shooting on Elm Road. A teenager was shot in the chest, police said."
    assert figures(text) == [("killed", 1)]


def test_deadly_shooting_with_two_people_shot_is_left_as_it_reads():
    text = ("Detectives are looking into a deadly shooting on Elm Road. A teenager was shot in the chest. "
            "Two men were shot in the legs.")
    assert ("killed", 1) not in figures(text)


def test_others_shot_are_not_reduced_by_the_dead():
    assert figures("Police said one man died and medics found three other shooting victims nearby.") == [
        ("killed", 1), ("injured", 3)]


def test_the_other_two_are_not_additional():
    cs = extract_claims("Three campers were wounded. The other two campers were treated at the scene for gunshot wounds.")
    assert not any(c.rule.endswith("/another") for c in cs)


def test_another_after_a_group_is_one_of_the_group():
    text = ("Four people were shot near the fair on Saturday. A 20-year-old was shot in the leg. "
            "Another man was shot in the arm.")
    assert not any(c.rule.endswith("/another") for c in extract_claims(text))


def test_another_after_single_victims_is_added():
    text = "A 20-year-old was shot in the leg at the fair. Another man was shot in the arm."
    assert [c.rule.endswith("/another") for c in extract_claims(text)] == [False, True]


def test_another_death_after_a_group_is_added():
    text = "Four miners were killed in the blast on Monday. Another miner was killed on Tuesday."
    assert [c.rule.endswith("/another") for c in extract_claims(text)] == [False, True]


def test_fatal_title_gives_one_death_when_nothing_else_does():
    cs = extract_claims("Detectives want tips from the public.",
                        title="Suspect sought in fatal Elm Park shooting")
    assert [(c.casualty_type, c.count_point, c.rule) for c in cs] == [("killed", 1, "title/fatal_event")]


def test_fatal_title_adds_nothing_when_a_death_is_reported():
    cs = extract_claims("Two brothers were killed outside the bakery.", title="Suspect sought in fatal Elm Park shooting")
    assert [(c.casualty_type, c.count_point) for c in cs] == [("killed", 2)]


def test_headline_present_tense_forms():
    assert figures("Nothing new.", title="Pair walk into clinic with gunshot wounds") == [("injured", 1)]
    assert figures("Nothing new.", title="Man accidentally shoots 9-year-old niece, police say") == [("injured", 1)]


def test_title_is_one_more_sentence():
    cs = extract_claims("Police said one person was hurt at the mall.", title="4 hurt in mall shooting")
    assert [(c.casualty_type, c.count_point, c.evidence_field) for c in cs] == [
        ("injured", 1, "text"), ("injured", 4, "title")]


CASES = {
    # title and body figures: the largest sentence total wins
    "title_max": ("Police said one person was hurt at the mall.", "4 hurt in mall shooting", 0, 4),
    # a round-up title is used only for a type the body lacks
    "roundup_title": ("A clerk was killed on Main Street.", "3 killed, 5 hurt in weekend shootings", 1, 5),
    # a shot figure with its dead in the same title: injured = shot - killed
    "title_shot_minus_killed": ("The investigation goes on.", "Five shot, one fatally, at block party", 1, 4),
    "ordinal_toll": ("Two diners were killed at the cafe on Friday. A third diner has died, police said.", None, 3, 0),
}


def _warehouse_with_titles(articles: dict[str, tuple[str, str | None]]):
    """conftest.build_in_memory_warehouse, with a title per article."""
    from datetime import datetime

    import duckdb

    from pipeline.extract.assets import extract_articles
    from pipeline.ingest.assets import content_hash
    from pipeline.reconcile.assets import reconcile
    from pipeline.sql import insert_rows, load_sql

    connection = duckdb.connect()
    connection.execute(load_sql("schema"))
    insert_rows(connection, "articles", [
        {"article_id": article_id, "title": title, "text": text, "source_path": "memory",
         "content_hash": content_hash(text), "ingested_at": datetime(2020, 1, 1)}
        for article_id, (text, title) in articles.items()
    ])
    extract_articles(connection, show_progress=False)
    reconcile(connection)
    return connection


@pytest.fixture(scope="module")
def tolls():
    connection = _warehouse_with_titles({case: (text, title) for case, (text, title, *_) in CASES.items()})
    yield connection.execute("select * from article_tolls").df().set_index("article_id")
    connection.close()


@pytest.mark.parametrize("case", list(CASES))
def test_article_tolls(tolls, case):
    _, _, killed, injured = CASES[case]
    row = tolls.loc[case]
    assert (row.killed, row.injured) == (killed, injured)
