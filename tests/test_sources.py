import pytest

from pipeline.extract.sources import Attribution, find_attributions, normalize_source

SOHR = "Syrian Observatory for Human Rights"


def norms(text):
    return [a.normalized for a in find_attributions(text)]


def test_observatory_reported_with_context():
    text = ("The Observatory reported that 40 days of fighting in Aleppo has killed nearly "
            "700 civilians, including 160 children.")
    atts = find_attributions(text)
    assert len(atts) == 1
    a = atts[0]
    assert a.raw == "The Observatory"
    assert text[a.start:a.end] == a.raw
    ctx = "The Britain-based Syrian Observatory for Human Rights said 20 died. " + text
    assert normalize_source(a.raw, ctx) == SOHR
    assert normalize_source(a.raw) == SOHR  # default


def test_told_reuters_subject_is_source():
    text = ("At least five people were killed and 12 injured in ISIS attack in the Syrian border "
            "town of Jarablus on Thursday, Turkish security and hospital sources told Reuters.")
    atts = find_attributions(text)
    assert [a.normalized for a in atts] == ["Turkish security and hospital sources"]
    assert "Reuters" not in atts[0].raw


@pytest.mark.parametrize(
    "text,expected",
    [
        ("At least 13 people were killed on Sunday, authorities said.", ["authorities"]),
        ("Nine fighters died in the raid, according to the Syrian Observatory for Human Rights.", [SOHR]),
        ("Twelve civilians were killed in the raid, the Britain-based monitor said.", [SOHR]),
        ("SOHR said 12 were killed.", [SOHR]),
        ("The war monitor said 12 were killed.", [SOHR]),
        ("Police said the man was 27.", ["police"]),
        ("A police spokesman said three died.", ["police"]),
        ("Police officials said three died.", ["police"]),
        ('"He was shot twice," said police spokesman Sgt. John Smith.', ["police"]),
        ("Two people died and police said the shooter fled.", ["police"]),
        ("Houston police said two men were shot Sunday night.", ["police"]),
        ("The victim died at the scene, police said.", ["police"]),
        ("Islamic State's Amaq news agency said the group carried out the attack.", ["Amaq"]),
        ("The White Helmets said 30 bodies were recovered.", ["Syrian Civil Defence"]),
        ("Medics said 4 children were among the dead.", ["medical sources"]),
        ("Hospital sources said 4 died.", ["hospital sources"]),
        ("SANA reported that 3 were killed.", ["SANA"]),
        ("Reuters reported 3 dead.", ["Reuters"]),
        ("The United Nations said 100 civilians died.", ["United Nations"]),
        ("State TV quoted a police official as saying 12 were killed.", ["state media"]),
        ("Ten people were killed, the Syrian health ministry said.", ["Syrian health ministry"]),
    ],
)
def test_frames_and_aliases(text, expected):
    assert norms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He said he saw nothing.",
        "They said the bomb went off at noon.",
        "Five people were killed in the blast.",
        "It was reported that 5 died.",
    ],
)
def test_no_attribution(text):
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("the Observatory", SOHR),
        ("Turkish security and hospital sources.", "Turkish security and hospital sources"),
        ("police officials", "police"),
        ("a police spokesman", "police"),
        ("the Associated Press", "Associated Press"),
        ("AFP", "Agence France-Presse"),
        ("Syrian Civil Defence", "Syrian Civil Defence"),
        ("UNAMA", "UN Assistance Mission in Afghanistan"),
        ("the UN children's agency", "UNICEF"),
        ("a spokesman for the interior ministry", "interior ministry"),
        ("who", "who"),  # pronoun, not the WHO
        ("WHO", "World Health Organization"),
    ],
)
def test_normalize_source(raw, expected):
    assert normalize_source(raw) == expected


def test_attribution_type():
    a = find_attributions("Police said two died.")[0]
    assert isinstance(a, Attribution)
    assert (a.start, a.end) == (0, 6)


@pytest.mark.parametrize("text, source", [
    # an acronym in brackets, or an apposition, between the source and its verb
    ("At least 12 civilians were killed, the UN Assistance Mission in Afghanistan (UNAMA) said.",
     "UN Assistance Mission in Afghanistan"),
    ("A hospital official, speaking on condition of anonymity, said 11 people were killed.", "hospital sources"),
    ("Amaq, the group's news agency, said 30 soldiers were killed.", "Amaq"),
    ("The firm, which guards the embassy, said four guards were killed.", "firm"),
    # a monitor's count
    ("Iraq Body Count recorded 42 civilian deaths in the city.", "Iraq Body Count"),
])
def test_sources_across_brackets_and_appositions(text, source):
    from pipeline.extract.extractor import extract_claims
    assert {c.attributed_source for c in extract_claims(text)} == {source}


@pytest.mark.parametrize("text", [
    # a number with a comma, or a clause with its own verb, is no apposition
    "A fund page for the victim, which had raised more than $3,000 by Thursday, said she died a hero.",
    "It appears the man, 59, shot his son and then shot himself, said a neighbour.",
])
def test_no_apposition_is_read_where_there_is_none(text):
    from pipeline.extract.extractor import extract_claims
    assert not {c.attributed_source for c in extract_claims(text)} & {"$3", "59"}


@pytest.mark.parametrize("raw, canonical", [
    ("Médecins Sans Frontières", "Medecins Sans Frontieres"),  # accents folded before the alias table
    ("the Armed Conflict Location and Event Data Project", "ACLED"),
])
def test_aliases_with_accents_and_long_names(raw, canonical):
    from pipeline.extract.sources import normalize_source
    assert normalize_source(raw) == canonical


@pytest.mark.parametrize("sentence, source", [
    ("One boy was airlifted to a hospital and was last reported to be in critical condition.", None),
    ("One person is dead after a reported hunting accident occurred Sunday morning.", None),
    ("The sheriff's homicide unit is investigating reports of a 4-year-old shot dead, officials said.", "officials"),
    ("A woman who does not want to be identified said her son was shot in the leg.", None),
    ("A man was shot dead on Sunday, police reported.", "police"),
])
def test_no_word_that_cannot_speak_is_a_source(sentence, source):
    from pipeline.extract.sources import find_attributions

    assert [a.normalized for a in find_attributions(sentence)][:1] == ([source] if source else [])


@pytest.mark.parametrize("sentence, sources", [
    ("Police said nine people were killed, but villagers put the number of dead at 12.", ["police", "villagers"]),
    ("Police said nine people were killed, but villagers put the death toll at 12.", ["police", "villagers"]),
])
def test_a_party_that_puts_the_number_of_dead_at_a_figure_is_its_source(sentence, sources):
    assert [a.normalized.lower() for a in find_attributions(sentence)] == sources
