"""Article totals (sql/toll_totals.sql, view article_tolls) on claims built by the extractor,
through the pipeline's own extraction and reconciliation steps in an in-memory DuckDB."""
from __future__ import annotations

import pytest

from conftest import build_in_memory_warehouse

CASES = {
    "sum_groups": ("Three soldiers and two civilians were killed in the ambush.", 5, 0, 0, 0),
    "priest": ("An imam and three customs officers were killed.", 4, 0, 0, 0),
    "restated": ("At least 11 villagers were killed and 16 wounded in Kandor. The 11 villagers were killed when a gunman opened fire.", 11, 16, 0, 0),
    "subset": ("A drone strike killed 14 farmers, including three children, and wounded 22.", 14, 22, 3, 0),
    "summary": ("The Observatory said 40 days of fighting has killed nearly 700 civilians.", 0, 0, 0, 0),
    # the bomber's own death is stated, so he counts (and is in attackers_killed, see docs/conventions.md)
    "attacker": ("A suicide bomber killed 13 people. The bomber was also killed.", 14, 0, 0, 0),
    "another": ("The bomb killed seven people and wounded 20. Another 12 were wounded in a second blast.", 7, 32, 0, 0),
    "running_toll": ("Five people were killed on Monday. The death toll later rose to 9.", 9, 0, 0, 0),
    "nothing": ("The talks between the two sides resumed on Monday.", 0, 0, 0, 0),
    "child_age": ("A 10-year-old boy was shot and killed on Sunday.", 1, 0, 1, 0),
}


@pytest.fixture(scope="module")
def tolls():
    connection = build_in_memory_warehouse({case: text for case, (text, *_) in CASES.items()})
    yield connection.execute("select * from article_tolls").df().set_index("article_id")
    connection.close()


@pytest.mark.parametrize("case", list(CASES))
def test_article_tolls(tolls, case):
    _, killed, injured, ck, ci = CASES[case]
    row = tolls.loc[case]
    assert (row.killed, row.injured, row.children_killed, row.children_injured) == (killed, injured, ck, ci)


def test_one_row_per_article(tolls):
    assert len(tolls) == len(CASES)


def test_attacker_totalled_apart(tolls):
    assert tolls.loc["attacker"].attackers_killed == 1
    assert tolls.loc["subset"].attackers_killed == 0


def test_minors_named_by_a_word_give_way_to_the_sentence_that_gives_their_ages():
    # the title's "two boys" are children by their word; the body gives them ages in two age
    # groups, which say how many are children (0-11) and how many teens (12-17)
    article = {"title": "Old shell kills two boys",
               "text": "Two boys, aged 9 and 14, were killed when an old mortar shell exploded on Monday."}
    connection = build_in_memory_warehouse({"a": article})
    row = connection.execute(
        "select killed, children_killed, teens_killed from article_tolls").fetchone()
    connection.close()
    assert row == (2, 1, 1)
