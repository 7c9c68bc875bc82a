"""The killer's own death told in a sentence of its own (rules ``self_own`` and the suffix '/another' set by
``_self_death_apart``): he is not one of the people he killed, so his death is added to theirs once, and
only when the article tells a murder-suicide and no sentence already counts him. Invented sentences."""
from __future__ import annotations

import pytest

from conftest import article_total, build_in_memory_warehouse
from pipeline.extract.extractor import extract_claims

KILLED = {
    # his death in a sentence after his victims': one more
    "turned_gun": ("Police said Tom Reed killed two neighbors on Saturday. He then turned the gun on himself.", 3),
    "own_life": ("A woman was killed on Friday in a murder-suicide at a farmhouse. Deputies said her husband took his own life.", 2),
    "then_shot": ("A rancher killed his nephew at a feed store. He then shot himself, deputies said.", 2),
    "killed_himself": ("The farmer shot and killed his brother and a cousin in a barn. Afterward, the farmer killed himself.", 3),
    "self_inflicted": ("A clerk was killed at a hardware store in a murder-suicide. Officers found the gunman dead of a "
                       "self-inflicted gunshot wound.", 2),
    "suspect_found_dead": ("A man suspected of killing three coworkers was found dead at his cabin of a self-inflicted "
                           "gunshot wound. Police said he shot and killed three coworkers at a lumber yard on Monday.", 4),
    # a restatement of a death already told with the victims' is not added again
    "restated": ("A man killed his wife and himself on Tuesday. Officers said he killed himself after shooting her.", 2),
    # a figure of the murder-suicide that may hold him already
    "figure_holds_him": ("Two people were found dead in a murder-suicide on Monday. The man had shot his wife before he "
                         "turned the gun on himself.", 2),
    "including_gunman": ("Three people died, including the gunman, at the depot. The gunman then killed himself.", 3),
    # he survived: not dead
    "critical": ("The man killed his neighbor. He then shot himself and is in critical condition.", 1),
    # a death by his own hand that is the only one: not someone new
    "accident": ("A hunter, 40, who shot himself by accident at a deer stand died Monday. He was declared dead at a clinic.", 1),
    # a minor's death by their own hand is no killer's
    "minor_own_death": ("A 9-year-old boy was killed by a stray bullet. Days later, the 14-year-old girl who had fired the gun "
                    "killed herself, after the boy's death.", 1),
    # his own death told twice, and nobody else's
    "told_again": ("A roofer killed himself on Sunday after a standoff with deputies. A deputy said the roofer then shot "
                   "himself, after the standoff.", 1),
    "suicide_alone": ("A man was found dead at a motel on Sunday. Police said he then shot himself in a bathroom.", 1),
    # his death and his victims' in one sentence: "died ... after killing" tells two people, not one twice
    "died_after_killing": ("The suspect died of a self-inflicted gunshot wound after shooting and killing his wife.", 2),
    "died_after_killing_two": ("He died of a self-inflicted gunshot wound after allegedly shooting and killing "
                               "41-year-old Ann Roe and 39-year-old Lee Roe.", 3),
    # the victim who died after being shot is one
    "died_after_shot": ("A man died Sunday after being shot by his brother.", 1),
}


@pytest.mark.parametrize("case", list(KILLED))
def test_killed_total(case):
    text, killed = KILLED[case]
    assert article_total(text, "killed") == killed


def test_wound_to_a_limb_is_not_a_death():
    assert not [c for c in extract_claims("Police said the boy then shot himself in the leg.") if c.casualty_type == "killed"]


def test_the_man_he_shot_stays_hurt():
    """His own death is not one of the people he shot: 'shot his neighbor' stays one injured."""
    text = "The man shot his neighbor on Friday. He then turned the gun on himself."
    assert (article_total(text, "killed"), article_total(text, "injured")) == (1, 1)


def test_warehouse_adds_him():
    connection = build_in_memory_warehouse({"a": KILLED["turned_gun"][0], "b": KILLED["restated"][0]})
    try:
        got = dict(connection.execute("select article_id, killed from article_tolls").fetchall())
    finally:
        connection.close()
    assert got == {"a": 3, "b": 2}
