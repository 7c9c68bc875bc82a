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
    # 'another' / 'additional' beside a death sets the hurt apart from the dead: the same figure told again
    "another_beside_death": ("Troopers said gunfire at a farm killed one man and wounded another. Another man who was "
                             "wounded was flown to a clinic.", 1, 1),
    "another_after_death": ("Shots were fired at a farm and left one man dead. Another man who was wounded was flown "
                            "to a clinic. Troopers said the gunfire killed one man and wounded another.", 1, 1),
    "additional_same_figure": ("Two men were killed and four wounded at a fair. An additional four people were hurt, "
                               "two of them badly.", 4, 2),
    # ... but with no death beside them, or another number, 'another' adds
    "another_no_death_near": ("A woman was killed at a bar. A man was wounded in the parking lot. Another man was "
                              "wounded outside.", 2, 1),
    "another_alone": ("A man was shot in the arm on Elm Street. Another man was shot in the leg.", 2, 0),
    "additional_other_figure": ("Two men were killed and four wounded at a fair. An additional two people were hurt "
                                "at a gas station nearby.", 6, 2),
}


@pytest.mark.parametrize("case", list(CASES))
def test_totals(case):
    text, injured, killed = CASES[case]
    assert (article_total(text, "injured"), article_total(text, "killed")) == (injured, killed)
