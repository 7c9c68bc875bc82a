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
    "coordinated_with_dead": ("Deputies found one dead hiker and one hiker who sustained gunshot wounds.", 1, 1),
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
    # a single person 'wounded' named by a pronoun, 'the victim' or (told as a past: 'had been hurt') a name, in a
    # sentence that tells no death and nothing of their living, may be the one who died
    "pronoun_wounded": ("A teenage boy was fatally shot on Elm Street. The 17-year-old victim was in a garage when "
                        "he was wounded.", 0, 1),
    "name_had_been": ("A farmhand died Sunday at a clinic. Al Poe, 19, had been gravely hurt in the attack at a "
                      "barn.", 0, 1),
    "name_saw": ("Ben Gray was pronounced dead at a clinic. When his friend saw Gray had been injured, he called for "
                 "help.", 0, 1),
    # ... but not someone new, a relative, a named person said to live, or a named person now ('was wounded')
    "relative_wounded": ("A man was killed on Friday. His girlfriend was wounded in the arm.", 1, 1),
    "possessive_wounded": ("A man was killed on Friday. The victim's brother was wounded.", 1, 1),
    "name_present": ("A man was killed on Friday. Jo Roe was wounded in the arm.", 1, 1),
    "alive": ("A clerk was killed at a store. The victim's cousin was wounded and is in stable condition.", 1, 1),
    "pronoun_alive": ("A clerk was killed at a store. Police said she was wounded and is expected to survive.", 1, 1),
    # a child under 12 is not taken for the dead when no child died
    "child_not_the_dead": ("A man died at the scene. Kai Roe, 6, had been wounded in the shooting.", 1, 1),
    # people named as not hurt, and what might have happened
    "none_of_the_others": ("A guard was wounded at the warehouse. None of the other six workers inside were injured.", 1, 0),
    "neither_of_the": ("Two clerks were shot at the store. Neither of the two customers was hurt.", 2, 0),
    "could_hurt_himself": ("A man killed his neighbor on Friday. His sister said she feared he could hurt himself.", 0, 1),
    "could_possibly_kill": ("Deputies said the farmer could possibly kill a trespasser.", 0, 0),
    # 'passed away' is a death: the one shot is not also hurt
    "passed_away": ("A boy was shot in the head on Monday. The boy passed away on Sunday in critical care.", 0, 1),
    "has_passed_away": ("A woman who was shot at a bus stop on Friday has passed away, police said.", 0, 1),
    # 'shot' after a determiner is the noun: no victims follow it
    "single_shot_caliber": ("A hunter was hit in the leg at a ranch. The rifle was a single shot 243, deputies said.", 1, 0),
    "shot_verb": ("Police said a man shot 3 people at a bar on Elm Street.", 3, 0),
    # a block of links under a label ("MORE FROM ...", "PREVIOUS STORIES") gives no figure
    "more_from_links": ("A man was killed on Elm Street on Sunday.\nMORE FROM KXYZ.COM\n+ 1 dead, 1 wounded in Oak Hill "
                        "shooting\n+ Red-light runners on the rise\nPolice said the suspect fled.", 0, 1),
    "previous_stories": ("A woman was killed at a bus stop.\nPREVIOUS STORIES\n+ 3 hurt in drive-by on Pine Street\n"
                         "The woman was 40, police said.", 0, 1),
    # how badly some of the people shot were hurt, told beside them, is a subset of them
    "another_critical_of_shot": ("Police say one man is dead and another one remains in critical condition after five "
                                 "people were shot at a cookout.", 4, 1),
    "two_serious_of_shot": ("Five people were shot at a party and two are in serious condition.", 5, 0),
    # after a group of people hurt, a smaller group 'more' hurt is part of it; the same number or more adds
    "two_more_of_five": ("Five fans were hurt in a drive-by on Elm Street. One of them, a cook, 30, was shot in "
                         "the chest. Two more men were also wounded.", 5, 0),
    "three_more_after_three": ("Three men were wounded on Friday. Three more were wounded at a bar on Saturday.", 6, 0),
    # two adults named in apposition are two of the dead, taken from the people shot
    "two_named_dead": ("Deputies said four men had been shot at a cabin. Two of those men, 31-year-old Jo Roe and Al "
                       "Poe, 44, died at a clinic.", 2, 2),
    # a verb of speech ends a noun phrase: the witnesses who told of a victim are not victims
    "witnesses_told": ("A teen was wounded at a park. Several witnesses told deputies about another person shot near "
                       "the school, a 19-year-old who was found later.", 1, 0),
    # a figure with its own verb and object is the subject of its own clause, not one more victim
    "own_clause": ("Just before a shooting that killed one man and wounded three others outside a rink in early "
                   "June, one youth urged another to fire.", 3, 1),
    "coordinated_object": ("The attack killed 5 and wounded 7 others at a market.", 7, 5),
    # "this one hurt": the case hurt its teller, nobody was hurt
    "this_one_hurt": ("The sergeant said the call shook him. \"This one hurt, a lot,\" he said.", 0, 0),
    "one_hurt": ("Two men were shot on Elm Street and one hurt his hand.", 2, 0),
}


@pytest.mark.parametrize("case", list(CASES))
def test_totals(case):
    text, injured, killed = CASES[case]
    assert (article_total(text, "injured"), article_total(text, "killed")) == (injured, killed)
