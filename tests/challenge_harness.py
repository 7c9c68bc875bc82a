"""What the challenge sets (tests/test_challenge_*.py) share: their known failures as strict xfail marks,
the values read back from the warehouse, and the claim a case checks."""
from __future__ import annotations

import re
from datetime import date

import pandas
import pytest

MINOR_FIELDS = ("children_killed", "children_injured", "teens_killed", "teens_injured")


NO_MINORS = dict(children_killed=0, children_injured=0, teens_killed=0, teens_injured=0)


def minors(children=(0, 0), teens=(0, 0)) -> dict:
    """The case's four minors' fields from (killed, injured) pairs of children 0-11 and teens 12-17."""
    return dict(children_killed=children[0], children_injured=children[1], teens_killed=teens[0],
                teens_injured=teens[1])


def sentences_in(text: str, abbreviations: re.Pattern | None = None) -> int:
    """How many sentences ``text`` holds, counted by their end marks; the dots of ``abbreviations`` ("Sgt.", "a.m.")
    end none (a set's shape test)."""
    return len(re.findall(r"[.!?][\"”]?(?:\s|$)", abbreviations.sub("ABBR", text) if abbreviations else text))


def check_long_set(cases: dict[str, dict], fewest: int, sentences: range, years: range = range(2016, 2021)) -> None:
    """A long-article set keeps its shape: at least ``fewest`` cases, each of a number of sentences in
    ``sentences`` (counted by their end marks), published in ``years``."""
    assert len(cases) >= fewest
    for case, spec in cases.items():
        count = sentences_in(spec["text"])
        assert count in sentences, (case, count)
        assert spec["published"].year in years, case


def extract(text: str, published: date | None = None, title: str | None = None):
    """The claims the extractor reads in one invented text (the sets' tests of the limits of their fixes)."""
    from pipeline.extract.extractor import extract_claims

    return extract_claims(text, published, title=title)


def xfail_params(known: dict[tuple[str, str], str], field: str, names, name_first: bool = False) -> list:
    """``names`` as pytest parameters, those that ``known`` lists for ``field`` (keyed (field, name), or
    (name, field) with ``name_first``) marked strict xfail with the class of their failure as the reason."""
    def key(name):
        return (name, field) if name_first else (field, name)
    return [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=known[key(name)]))
            if key(name) in known else name for name in names]


def none(value):
    return None if pandas.isna(value) else value  # NA / NaN / NaT / None -> None


def day(value):
    value = none(value)
    return None if value is None else (value.date() if hasattr(value, "date") else value)


def holds(value, words) -> bool:
    """The text ``value`` holds the word (or one of the words) given, lower-case."""
    value = (none(value) or "").lower()
    return any(word in value for word in ((words,) if isinstance(words, str) else words))


def claim_by_point(claims: pandas.DataFrame, case: str, spec: dict):
    """The case's claim of the type and point ``spec`` gives (a party's figure set aside comes last)."""
    rows = claims[(claims.article_id == case) & (claims.casualty_type == spec["kind"])
                  & (claims.count_point == spec["point"])]
    assert len(rows), f"no {spec['kind']} claim of {spec['point']} in {case}"
    kept = rows[~rows.rule.str.endswith("/disputed")]
    return (kept if len(kept) else rows).iloc[0]


def toll_value(tolls: pandas.DataFrame, name: str, field: str):
    """An article's killed or injured total, or its (killed, injured) pair of children or of teens."""
    row = tolls.loc[name]
    if field in ("killed", "injured"):
        return int(row[field])
    if field == "children":
        return int(row.children_killed), int(row.children_injured)
    return int(row.teens_killed), int(row.teens_injured)


class ChallengeSet:
    """The checks the article sets share (tests/test_challenge_{conflict,long,long2,world}.py): each case holds its
    ``killed`` and ``injured`` totals, optionally its minors (MINOR_FIELDS) and ``attackers_killed``, a ``first``
    dict (the day ``start`` and ``place`` of its first counted claim) and a ``claim`` dict (one claim picked by its
    type and point, with ``low`` / ``high``, ``start`` / ``end``, ``source``, ``place``, ``age`` to check)."""

    def __init__(self, cases: dict[str, dict], known: dict[tuple[str, str], str]):
        self.cases, self.known = cases, known

    def params(self, field: str, names) -> list:
        return xfail_params(self.known, field, names)

    def with_claim(self, key: str) -> list[str]:
        return [case for case, spec in self.cases.items() if key in spec.get("claim", {})]

    def with_first(self, key: str) -> list[str]:
        return [case for case, spec in self.cases.items() if key in spec.get("first", {})]

    def with_minors(self) -> list[str]:
        return [case for case, spec in self.cases.items() if set(MINOR_FIELDS) & set(spec)]

    def with_attackers(self) -> list[str]:
        return [case for case, spec in self.cases.items() if "attackers_killed" in spec]

    def check_years(self, years: range) -> None:
        """Every case of the set is published in ``years`` (the set's shape test)."""
        assert all(spec["published"].year in years for spec in self.cases.values())

    def check_figures_fit(self) -> None:
        """Every case's attackers and minors fit inside its figures (the set's shape test)."""
        for case, spec in self.cases.items():
            assert spec.get("attackers_killed", 0) <= spec["killed"], case
            assert spec.get("attackers_injured", 0) <= spec["injured"], case
            assert spec["children_injured"] + spec["teens_injured"] <= spec["injured"], case
            assert spec["children_killed"] + spec["teens_killed"] <= spec["killed"], case

    def check_typical_pages(self, abbreviations: re.Pattern, sentences: range, max_days_after: int) -> None:
        """A representative set's pages (the set's shape test): most tell one victim, each 50-250 words in a number of
        sentences in ``sentences`` (``abbreviations`` end no sentence), a figure each, and an incident at most
        ``max_days_after`` days before the page."""
        assert sum(spec["killed"] + spec["injured"] == 1 for spec in self.cases.values()) >= len(self.cases) // 2
        for case, spec in self.cases.items():
            assert 50 <= len(re.findall(r"\S+", spec["text"])) <= 250, case
            assert sentences_in(spec["text"], abbreviations) in sentences, case
            assert spec["killed"] + spec["injured"] > 0, case
            assert 0 <= (spec["published"] - spec["first"]["start"]).days <= max_days_after, case

    def check_wire_articles(self, abbreviations: re.Pattern, max_days_after: int) -> None:
        """A set of full wire articles (the set's shape test): 120-450 words in 8-20 sentences each (``abbreviations``
        end no sentence), a figure each, and an incident at most ``max_days_after`` days before the article."""
        for case, spec in self.cases.items():
            assert 120 <= len(re.findall(r"\S+", spec["text"])) <= 450, case
            assert 8 <= sentences_in(spec["text"], abbreviations) <= 20, (case, sentences_in(spec["text"], abbreviations))
            assert spec["killed"] + spec["injured"] > 0, case
            assert 0 <= (spec["published"] - spec["first"]["start"]).days <= max_days_after, case

    def minor_victim_cases(self) -> int:
        """How many cases have a child or a teen among their victims (a set's shape test counts them)."""
        return sum(any(spec.get(field) for field in MINOR_FIELDS) for spec in self.cases.values())

    def check_untitled_texts(self, years: range, abbreviations: re.Pattern, full_date: re.Pattern,
                             min_with_minors: int) -> None:
        """A WAD-style set's texts (the set's shape test): about fifty untitled, undated texts of 30-150 words in one
        to five sentences (``abbreviations`` end no sentence), of a year in ``years``; a first claim exactly when a
        figure is coded, its day only where the text names a full date (``full_date``: no publication date to
        resolve a weekday against); attackers and minors inside the figures; at least ``min_with_minors`` cases
        with minors."""
        assert 48 <= len(self.cases) <= 56
        assert self.minor_victim_cases() >= min_with_minors
        for case, spec in self.cases.items():
            assert "title" not in spec and spec["published"] is None, case
            assert spec["year"] in years, case
            assert 30 <= len(re.findall(r"\S+", spec["text"])) <= 150, case
            assert 1 <= sentences_in(spec["text"], abbreviations) <= 5, case
            assert ("first" in spec) == (spec["killed"] + spec["injured"] > 0), case
            assert ("start" in spec.get("first", {})) == bool(full_date.search(spec["text"])), case
            if "start" in spec.get("first", {}):
                assert spec["first"]["start"].year == spec["year"], case
            assert spec.get("attackers_killed", 0) <= spec["killed"], case
            if set(MINOR_FIELDS) <= set(spec):
                assert spec["children_killed"] + spec["teens_killed"] <= spec["killed"], case
                assert spec["children_injured"] + spec["teens_injured"] <= spec["injured"], case

    def fixture(self):
        """The module fixture ``read`` the tests take: bind it in the set's module (``read = SET.fixture()``)."""
        @pytest.fixture(scope="module")
        def read():
            yield from self.read()
        return read

    def read(self):
        """(article_tolls indexed by article, claims) of the set's warehouse, built once per module (``fixture``)."""
        from conftest import build_in_memory_warehouse

        connection = build_in_memory_warehouse(self.cases)
        tolls = connection.execute("select * from article_tolls").df().set_index("article_id")
        claims = connection.execute("select * from claims order by article_id, claim_key").df()
        yield tolls, claims
        connection.close()

    def check_total(self, read, case: str, field: str) -> None:
        assert int(read[0].loc[case, field]) == self.cases[case][field]

    def check_minors(self, read, case: str) -> None:
        row = read[0].loc[case]
        expected = {field: self.cases[case][field] for field in MINOR_FIELDS if field in self.cases[case]}
        assert {field: int(row[field]) for field in expected} == expected

    @staticmethod
    def first_counted(claims: pandas.DataFrame, case: str):
        """The article's first claim in text order that counts (passes the row rules, not a summary)."""
        rows = claims[(claims.article_id == case) & claims.passes_row_rules.astype(bool)
                      & ~claims.is_summary.astype(bool)]
        assert len(rows), f"no claim in {case}"
        return rows.sort_values("claim_key").iloc[0]

    def check_first_day(self, read, case: str) -> None:
        claim = self.first_counted(read[1], case)
        assert day(claim.period_start) == self.cases[case]["first"]["start"], (claim.evidence_text, claim.period_start)

    def check_first_place(self, read, case: str) -> None:
        claim = self.first_counted(read[1], case)
        assert holds(claim.location, self.cases[case]["first"]["place"]), claim.location

    def picked(self, read, case: str):
        return claim_by_point(read[1], case, self.cases[case]["claim"])

    def check_claim_bounds(self, read, case: str) -> None:
        spec, claim = self.cases[case]["claim"], self.picked(read, case)
        assert (none(claim.count_low), none(claim.count_high)) == (spec["low"], spec["high"])

    def check_claim_window(self, read, case: str) -> None:
        spec, claim = self.cases[case]["claim"], self.picked(read, case)
        assert (day(claim.period_start), day(claim.period_end)) == (spec["start"], spec["end"])
        if "summary" in spec:
            assert bool(claim.is_summary) == spec["summary"]

    def check_claim_source(self, read, case: str) -> None:
        claim = self.picked(read, case)
        assert holds(claim.attributed_source, self.cases[case]["claim"]["source"]), claim.attributed_source

    def check_claim_place(self, read, case: str) -> None:
        claim = self.picked(read, case)
        assert holds(claim.location, self.cases[case]["claim"]["place"]), claim.location

    def check_claim_age(self, read, case: str) -> None:
        assert none(self.picked(read, case).victim_age) == self.cases[case]["claim"]["age"]

    # the tests every set runs, built once: a module binds them to its own names (pytest collects them there)
    def figure_tests(self):
        """test_killed, test_injured, test_children_and_teens, test_attackers: the article's totals."""
        @pytest.mark.parametrize("case", self.params("killed", list(self.cases)))
        def test_killed(read, case):
            self.check_total(read, case, "killed")

        @pytest.mark.parametrize("case", self.params("injured", list(self.cases)))
        def test_injured(read, case):
            self.check_total(read, case, "injured")

        @pytest.mark.parametrize("case", self.params("minors", self.with_minors()))
        def test_children_and_teens(read, case):
            self.check_minors(read, case)

        @pytest.mark.parametrize("case", self.params("attackers", self.with_attackers()))
        def test_attackers(read, case):
            self.check_total(read, case, "attackers_killed")

        return test_killed, test_injured, test_children_and_teens, test_attackers

    def attackers_injured_test(self):
        """test_attackers_injured: the attackers hurt, for the cases that give ``attackers_injured``."""
        @pytest.mark.parametrize("case", self.params(
            "attackers_injured", [case for case, spec in self.cases.items() if "attackers_injured" in spec]))
        def test_attackers_injured(read, case):
            self.check_total(read, case, "attackers_injured")

        return test_attackers_injured

    def first_claim_tests(self):
        """The day and the place of the article's first counted claim (the main incident's)."""
        @pytest.mark.parametrize("case", self.params("dates", self.with_first("start")))
        def test_first_claim_day(read, case):
            self.check_first_day(read, case)

        @pytest.mark.parametrize("case", self.params("place", self.with_first("place")))
        def test_first_claim_place(read, case):
            self.check_first_place(read, case)

        return test_first_claim_day, test_first_claim_place

    _CLAIM_CHECKS = {"low": ("bounds", "check_claim_bounds"), "start": ("dates", "check_claim_window"),
                     "source": ("source", "check_claim_source"), "place": ("place", "check_claim_place"),
                     "age": ("age", "check_claim_age")}

    def claim_tests(self, *keys: str):
        """One test per key of the picked claim to check ("low": bounds, "start": window, "source", "place", "age")."""
        tests = []
        for key in keys:
            field, check = self._CLAIM_CHECKS[key]

            @pytest.mark.parametrize("case", self.params(field, self.with_claim(key)))
            def test_claim(read, case, check=check):
                getattr(self, check)(read, case)
            tests.append(test_claim)
        return tuple(tests)


def toll_tests(cases: dict[str, dict], known: dict[tuple[str, str], str], name_first: bool = True):
    """test_killed, test_injured, test_children, test_teens of the sets whose module fixture ``warehouse`` yields
    (article_tolls indexed by article, claims): tests/test_challenge_{local,children,followup}.py (``known`` keyed
    (name, field), or (field, name) without ``name_first``)."""
    def params(field):
        return xfail_params(known, field, cases, name_first=name_first)

    @pytest.mark.parametrize("name", params("killed"))
    def test_killed(warehouse, name):
        assert toll_value(warehouse[0], name, "killed") == cases[name]["killed"]

    @pytest.mark.parametrize("name", params("injured"))
    def test_injured(warehouse, name):
        assert toll_value(warehouse[0], name, "injured") == cases[name]["injured"]

    @pytest.mark.parametrize("name", params("children"))
    def test_children(warehouse, name):
        assert toll_value(warehouse[0], name, "children") == cases[name]["children"]

    @pytest.mark.parametrize("name", params("teens"))
    def test_teens(warehouse, name):
        assert toll_value(warehouse[0], name, "teens") == cases[name]["teens"]

    return test_killed, test_injured, test_children, test_teens


def toll_case(title, pub, text, killed, injured, children=(0, 0), teens=(0, 0), claim=None) -> dict:
    """One article of the sets checked by toll_tests: its title, publication day (ISO), text, totals, (killed,
    injured) pairs of children and teens, and a ``claim`` dict for the set's own claim checks."""
    return {"title": title, "pub": date.fromisoformat(pub), "text": text, "killed": killed,
            "injured": injured, "children": children, "teens": teens, "claim": claim or {}}


def read_toll_cases(cases: dict[str, dict], claim_columns: str, text_only: bool):
    """For a module fixture ``warehouse``: (article_tolls indexed by article, the counted claims with these columns;
    the body's only with ``text_only``) of the warehouse built from toll_case articles."""
    from conftest import build_in_memory_warehouse

    connection = build_in_memory_warehouse(
        {name: {"text": c["text"], "title": c["title"], "published": c["pub"]} for name, c in cases.items()})
    tolls = connection.execute("select * from article_tolls").df().set_index("article_id")
    body_only = " and evidence_field = 'text'" if text_only else ""
    claims = connection.execute(
        f"select {claim_columns} from claims where passes_row_rules and not is_summary{body_only} "
        "order by article_id, claim_key").df()
    yield tolls, claims
    connection.close()


def claim_field_tests(cases: dict[str, dict], known: dict[tuple[str, str], str], claims_of):
    """test_victim_age, test_incident_day, test_place of the toll_case sets whose cases name a ``claim`` kind:
    the age, the day (ISO) and the place (a name or a tuple of names) one of that kind's claims must hold;
    ``claims_of(warehouse, name)`` gives those claims."""
    def with_key(key):
        return xfail_params(known, key, [name for name, c in cases.items() if key in c["claim"]], name_first=True)

    @pytest.mark.parametrize("name", with_key("age"))
    def test_victim_age(warehouse, name):
        assert cases[name]["claim"]["age"] in set(claims_of(warehouse, name).victim_age.dropna().astype(int))

    @pytest.mark.parametrize("name", with_key("day"))
    def test_incident_day(warehouse, name):
        days = {str(d)[:10] for d in claims_of(warehouse, name).period_start.dropna()}
        assert cases[name]["claim"]["day"] in days

    @pytest.mark.parametrize("name", with_key("place"))
    def test_place(warehouse, name):
        expected = cases[name]["claim"]["place"]
        expected = {expected} if isinstance(expected, str) else set(expected)
        assert expected & set(claims_of(warehouse, name).location.dropna())

    return test_victim_age, test_incident_day, test_place


INCIDENT_FIGURES = ("killed", "injured", "children_killed", "children_injured", "teens_killed", "teens_injured")


def article(title: str, pub: str, text: str) -> dict:
    """One report of a reconciliation set: its title, publication day (ISO) and text."""
    return {"title": title, "published": date.fromisoformat(pub), "text": text}


def incident(day_: str, killed: int, injured: int, articles: dict, children=(0, 0), teens=(0, 0)) -> dict:
    """A reconciliation set's gold incident: its day (ISO), figures, (killed, injured) children and teens, reports."""
    return {"date": date.fromisoformat(day_), "killed": killed, "injured": injured,
            "children_killed": children[0], "children_injured": children[1],
            "teens_killed": teens[0], "teens_injured": teens[1], "articles": articles}


class IncidentSet:
    """The checks the reconciliation sets share (tests/test_challenge_incidents*.py): gold ``incidents`` (name ->
    date, figures and the articles that report it), ``roundups`` built into the warehouse but left out of the checks,
    the ``known`` failures (keyed (field, name)), the independent ``sources`` and ``grades`` of some incidents, and
    the set's B-cubed F1 floor."""

    def __init__(self, incidents: dict, roundups: dict, known: dict[tuple[str, str], str], sources: dict[str, int],
                 grades: dict[str, str], f1_floor: float):
        self.incidents, self.roundups, self.known = incidents, roundups, known
        self.sources, self.grades, self.f1_floor = sources, grades, f1_floor
        self.gold_of_article = {article_id: name for name, gold in incidents.items() for article_id in gold["articles"]}

    def params(self, field: str, names) -> list:
        return xfail_params(self.known, field, names)

    def check_shape(self, incidents: range, articles: range) -> None:
        """The set keeps its size, and its known failures name its fields and incidents."""
        assert len(self.incidents) in incidents
        assert len(self.gold_of_article) + len(self.roundups) in articles
        assert {f for f, _ in self.known} <= {"together", "apart", "date", *INCIDENT_FIGURES, "sources", "grade"}
        assert {n for _, n in self.known} <= set(self.incidents)

    def check_years(self, years: range) -> None:
        """Every incident and report is of ``years``, no report before its incident, and every incident's minors fit
        inside its figures (the set's shape test)."""
        for name, gold in self.incidents.items():
            assert gold["date"].year in years, name
            assert all(text["published"].year in years and text["published"] >= gold["date"]
                       for text in gold["articles"].values()), name
            assert gold["children_killed"] + gold["teens_killed"] <= gold["killed"], name
            assert gold["children_injured"] + gold["teens_injured"] <= gold["injured"], name

    def fixture(self):
        """The module fixture ``warehouse`` the tests take: bind it in the set's module (``warehouse = SET.fixture()``)."""
        @pytest.fixture(scope="module")
        def warehouse():
            yield from self.read()
        return warehouse

    def read(self):
        """For a module fixture: (article -> incident, the incidents table indexed by incident) of the set's warehouse."""
        from conftest import build_in_memory_warehouse

        articles = {article_id: text for gold in self.incidents.values() for article_id, text in gold["articles"].items()}
        connection = build_in_memory_warehouse({**articles, **self.roundups})
        assigned = dict(connection.execute("select article_id, incident_id from article_incidents").fetchall())
        incidents = connection.execute("select * from incidents").df().set_index("incident_id")
        yield assigned, incidents
        connection.close()

    def b_cubed(self, assigned) -> tuple[float, float, float]:
        """B-cubed precision, recall and F1 of the grouping over the gold articles (an article without an incident
        is alone)."""
        gold = self.gold_of_article
        predicted = {article_id: assigned.get(article_id) or f"alone:{article_id}" for article_id in gold}
        precision = recall = 0.0
        for article_id, name in gold.items():
            same_predicted = {a for a, p in predicted.items() if p == predicted[article_id]}
            same_gold = {a for a, g in gold.items() if g == name}
            overlap = len(same_predicted & same_gold)
            precision += overlap / len(same_predicted)
            recall += overlap / len(same_gold)
        precision, recall = precision / len(gold), recall / len(gold)
        return precision, recall, 2 * precision * recall / (precision + recall)

    def matched_incident(self, warehouse, name: str):
        """The incident most of the gold incident's articles were put in (ties: the first article's)."""
        assigned, incidents = warehouse
        found = [assigned.get(article_id) for article_id in self.incidents[name]["articles"]]
        found = [incident_id for incident_id in found if incident_id is not None]
        assert found, f"no article of {name} has an incident"
        incident_id = max(found, key=lambda i: (found.count(i), -found.index(i)))
        return incidents.loc[incident_id]

    # the tests every set runs, built once: a module binds them to its own names (pytest collects them there)
    def grouping_tests(self):
        """Each incident's articles together, apart from every other incident's, and the set's B-cubed F1."""
        @pytest.mark.parametrize("name", self.params("together", self.incidents))
        def test_articles_of_an_incident_are_together(warehouse, name):
            found = {article_id: warehouse[0].get(article_id) for article_id in self.incidents[name]["articles"]}
            assert None not in found.values(), found
            assert len(set(found.values())) == 1, found

        @pytest.mark.parametrize("name", self.params("apart", self.incidents))
        def test_articles_of_other_incidents_are_apart(warehouse, name):
            assigned = warehouse[0]
            own = {assigned.get(article_id) for article_id in self.incidents[name]["articles"]} - {None}
            shared = {article_id: gold for article_id, gold in self.gold_of_article.items()
                      if gold != name and assigned.get(article_id) in own}
            assert not shared

        def test_bcubed_f1(warehouse):
            precision, recall, f1 = self.b_cubed(warehouse[0])
            print(f"B-cubed precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")
            assert f1 >= self.f1_floor

        return test_articles_of_an_incident_are_together, test_articles_of_other_incidents_are_apart, test_bcubed_f1

    def figure_tests(self):
        """The matched incident's best figures and its first day."""
        params = [pytest.param(name, field, id=f"{name}-{field}",
                               marks=[pytest.mark.xfail(strict=True, reason=self.known[(field, name)])]
                               if (field, name) in self.known else [])
                  for field in INCIDENT_FIGURES for name in self.incidents]

        @pytest.mark.parametrize(("name", "field"), params)
        def test_incident_figure(warehouse, name, field):
            assert none(self.matched_incident(warehouse, name)[f"{field}_best"]) == self.incidents[name][field]

        @pytest.mark.parametrize("name", self.params("date", self.incidents))
        def test_incident_date(warehouse, name):
            assert day(self.matched_incident(warehouse, name).date_start) == self.incidents[name]["date"]

        return test_incident_figure, test_incident_date

    def source_tests(self):
        """Wire copies counted once (n_independent_sources) and the grade."""
        @pytest.mark.parametrize("name", self.params("sources", self.sources))
        def test_independent_sources(warehouse, name):
            assert int(self.matched_incident(warehouse, name).n_independent_sources) == self.sources[name]

        @pytest.mark.parametrize("name", self.params("grade", self.grades))
        def test_grade(warehouse, name):
            assert self.matched_incident(warehouse, name).grade == self.grades[name]

        return test_independent_sources, test_grade
