"""Injured over-counts: people counted as hurt who are the dead, someone already counted, or no victim of
the article's shooting at all. Invented sentences; each case gives (text, injured, killed)."""
from __future__ import annotations

import pytest

from conftest import article_total

CASES = {
    # 'sustained / suffered gunshot wounds' are people shot: the dead are taken from them
    "sustained_then_died": ("Deputies learned that three hikers had sustained gunshot wounds near the dam. One of the "
                            "hikers died at a clinic.", 2, 1),
    "gun_shot_wounds_dead": ("A farmhand was found dead in a barn on Elm Road. The coroner said the farmhand suffered "
                             "from gun shot wounds.", 0, 1),
    # ... and stay hurt when nobody died, or when they are others than the dead
    "sustained_alone": ("Two clerks sustained gunshot wounds in the robbery, police said.", 2, 0),
    "sustained_others": ("A guard was killed and two other guards sustained gunshot wounds at the depot.", 2, 1),
}


@pytest.mark.parametrize("case", list(CASES))
def test_totals(case):
    text, injured, killed = CASES[case]
    assert (article_total(text, "injured"), article_total(text, "killed")) == (injured, killed)
