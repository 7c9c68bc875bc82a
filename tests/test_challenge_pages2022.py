"""Challenge set: US LOCAL NEWS PAGES OF 2022-2025, written before the pipeline was run on it, with the figures a
careful coder gives from the text alone under docs/conventions.md (the Gun Violence Archive's way: a shooter who
died is among the killed and counted apart as an attacker; children 0-11, teens 12-17; the latest toll of the page).

The development data ends in 2017, the web-pages set (tests/test_challenge_webpages.py) copies pages of that time.
Pages of 2022-2025 keep other furniture around the story: embedded posts of police accounts with their own date
lines ("— Houston Police (@houstonpolice) June 5, 2023") that restate or update the toll, "This is a developing
story" notes, "Copyright 2024 Nexstar Media Inc." lines, "Recommended Stories" and "Related Coverage" lists with other
stories' tolls, "Download our app" prompts, editor's notes and corrections, a national count of mass shootings
"according to the Gun Violence Archive", a city's homicide count, body-camera releases, and teen parties.

Every article is checked for its ``killed`` and ``injured`` totals (``article_tolls``); where the text gives them, its
children (0-11), teens (12-17) and attackers; the day (``period_start``) and the place (``location``) of its FIRST
counted claim in text order (the day the shooting happened); and for some one claim chosen by its type and point
(age, bounds). Cases the extractor does not read yet are marked strict ``xfail`` with the class of the failure.

Every sentence is invented; none is taken from the development data.

First run (main 3420134, before any fix), passing / checked: killed 21/23, injured 21/23, minors 6/9, attackers 6/8,
day 23/23, place 21/23 (both corrected after the first run: the convention names the neighbourhood first, Whitehaven
and Linden, each located at its city), age 2/4. After the fixes (docs/conventions.md): killed 23/23, injured 22/23,
minors 9/9, attackers 8/8, day 23/23, place 23/23, age 3/4 (the rest strict xfail with its class, XFAIL). Fixed: a
city's tally over a span is a round-up ("19 of them fatally, across Chicago over the long Fourth of July weekend"), a
correction note's earlier figure ("An earlier version of this story said two teens were killed"), an attacker named
before an apposition with a relative clause ("The gunman, a 25-year-old employee who livestreamed the attack, was
killed"), a man who died "after exchanging gunfire with officers" is the attacker, "A bullet grazed one of the officers",
an age in apposition to a definite noun ("The man, 29, was standing ... He was shot in the chest"), a list of the dead
followed by its speaker ("Among those killed was ..., and a 17-year-old girl, the birthday girl's brother told reporters"),
a subset list's later item measured from the item before it ("killed Thursday in the Hedingham neighborhood, including
an off-duty police officer, 29, and a 16-year-old boy").

Second batch (SECOND, 13 pages written after those fixes, main b023b60): first run killed 13/13, injured 13/13, minors
3/3, attackers 2/4, day 12/12, place 11/12, age 5/6. Fixed since: the attacker named in a figure's "including" ("Two
people are dead, including the suspected shooter": one of the two, an attacker) and a threat the police answered ("shot
and killed a man who charged at officers with a knife": the attacker). Now attackers 4/4 (the rest strict xfail).
"""
from __future__ import annotations

from datetime import date

import pytest

from challenge_harness import ChallengeSet, extract


def _p(*paragraphs: str) -> str:
    """A page's text: paragraphs separated by a blank line."""
    return "\n\n".join(paragraphs)


PAGES: dict[str, dict] = {
    "houston_apartment_tweet_update": dict(
        published=date(2023, 6, 5), title="2 dead, 3 hurt in shooting at southwest Houston apartment complex",
        text=_p("HOUSTON (KPRC) — Two men were killed and three other people were wounded in a shooting at an apartment "
                "complex in southwest Houston early Monday, police said.",
                "Officers were called to the complex in the 6200 block of Hillcroft Avenue around 1:30 a.m. and found "
                "five people with gunshot wounds, according to the Houston Police Department.",
                "Shooting investigation at 6200 Hillcroft. Two adult males deceased at the scene, three others "
                "transported in stable condition. Preliminary info below. #hounews — Houston Police (@houstonpolice) "
                "June 5, 2023",
                "Police said the shooting may have started as an argument in the parking lot. No arrests have been made.",
                "This is a developing story. Check back for updates.",
                "Copyright 2023 by KPRC Click2Houston - All rights reserved."),
        killed=2, injured=3,
        first=dict(start=date(2023, 6, 5), place="houston")),
    "dadeville_sweet_16_party": dict(
        published=date(2023, 4, 17), title="4 killed, 32 injured in shooting at Alabama teen's birthday party",
        text=_p("DADEVILLE, Ala. (AP) — Four people were killed and 32 others were injured when gunfire erupted at a "
                "16th birthday party in a small Alabama town Saturday night, authorities said Monday.",
                "Most of the victims were teenagers, officials said. Among those killed was an 18-year-old high school "
                "senior who had signed to play college football, and a 17-year-old girl, the birthday girl's brother "
                "told reporters.",
                "Fifteen of the injured remained hospitalized Monday, some in critical condition.",
                "There have been more than 160 mass shootings in the United States so far this year, according to the "
                "Gun Violence Archive, which defines a mass shooting as one in which four or more people are shot, not "
                "counting the shooter."),
        killed=4, injured=32, teens_killed=1,
        first=dict(start=date(2023, 4, 15), place="dadeville")),
    "memphis_homicide_count_page": dict(
        published=date(2023, 8, 21), title="Man shot and killed in Whitehaven, MPD says",
        text=_p("MEMPHIS, Tenn. — A man was shot and killed in Whitehaven on Sunday evening, Memphis Police said.",
                "Officers responded to a shooting on Elvis Presley Boulevard near Winchester Road around 6:40 p.m. The "
                "man was pronounced dead at the scene. Police have not released his name.",
                "The killing is the city's 260th homicide of 2023, according to a count kept by The Commercial Appeal. "
                "Memphis recorded 302 homicides in all of 2022.",
                "Anyone with information is asked to call CrimeStoppers at 901-528-CASH.",
                "Download the Action News 5 app for the latest updates."),
        killed=1, injured=0,
        # corrected after the first run: the convention names the neighbourhood first (Whitehaven, located at Memphis)
        first=dict(start=date(2023, 8, 20), place=("whitehaven", "memphis"))),
    "philadelphia_kingsessing_recommended": dict(
        published=date(2023, 7, 4), title="5 killed in Kingsessing shooting; suspect in custody",
        text=_p("PHILADELPHIA (WPVI) — Five people were killed and two boys, ages 2 and 13, were wounded in a shooting "
                "spree in the Kingsessing section of Southwest Philadelphia on Monday night, police said.",
                "A 40-year-old man wearing a ballistic vest was taken into custody after officers cornered him in an "
                "alley, Police Commissioner Danielle Outlaw said.",
                "Recommended Stories",
                "3 shot, 1 killed outside North Philadelphia bar",
                "Teen killed, 2 others wounded in Germantown shooting",
                "Woman, 62, dies days after being struck by stray bullet"),
        killed=5, injured=2, children_injured=1, teens_injured=1,
        first=dict(start=date(2023, 7, 3), place=("kingsessing", "philadelphia"))),
    "chicago_weekend_with_incident_lead": dict(
        published=date(2024, 7, 8), title="Man killed, woman wounded in Englewood shooting",
        text=_p("CHICAGO (WLS) — A man was killed and a woman was wounded in a shooting in the Englewood neighborhood on "
                "the South Side early Sunday, Chicago police said.",
                "The man, 29, was standing on a sidewalk in the 6300 block of South Halsted Street around 2:15 a.m. when "
                "someone in a passing car opened fire, police said. He was shot in the chest and pronounced dead at "
                "University of Chicago Medical Center.",
                "The woman, 31, was shot in the leg and was listed in good condition.",
                "At least 55 people were shot, 19 of them fatally, across Chicago over the long Fourth of July weekend, "
                "according to police data."),
        killed=1, injured=1,
        first=dict(start=date(2024, 7, 7), place=("englewood", "chicago")),
        claim=dict(kind="killed", point=1, age=29)),
    "columbus_bodycam_release": dict(
        published=date(2024, 1, 12), title="Police release body camera video of officer shooting man who fired at them",
        text=_p("COLUMBUS, Ohio — Columbus police on Thursday released body-camera video of the Jan. 5 shooting in which "
                "an officer shot and wounded a man who had fired at officers outside a Linden convenience store.",
                "The man, 24, was struck in the abdomen and remains hospitalized, police said. No officers were hurt.",
                "The video shows the man pulling a handgun from his waistband and firing twice as officers approached.",
                "The officer who fired, a six-year veteran, has been placed on administrative leave, which is standard "
                "practice."),
        killed=0, injured=1, attackers_killed=0,
        # corrected after the first run: the convention names the neighbourhood first (Linden, located at Columbus)
        first=dict(start=date(2024, 1, 5), place=("linden", "columbus"))),
    "atlanta_editors_note_correction": dict(
        published=date(2022, 9, 12), title="Teen killed, another hurt in southwest Atlanta shooting",
        text=_p("Editor's note: An earlier version of this story said two teens were killed. Police later said one of "
                "the teens survived.",
                "ATLANTA — A 16-year-old boy was killed and a 15-year-old boy was critically injured in a shooting in "
                "southwest Atlanta on Saturday night, police said.",
                "Officers found both boys with gunshot wounds outside a home on Campbellton Road shortly before 11 p.m. "
                "The older boy died at Grady Memorial Hospital.",
                "Police have not said what led to the shooting or whether they have identified a suspect."),
        killed=1, injured=1, teens_killed=1, teens_injured=1,
        first=dict(start=date(2022, 9, 10), place="atlanta")),
    "denver_murder_suicide_posts": dict(
        published=date(2024, 3, 18), title="Police: Man killed wife, daughter before turning gun on himself",
        text=_p("DENVER (KDVR) — A man shot and killed his wife and their 19-year-old daughter at their home in the "
                "Montbello neighborhood on Sunday afternoon before turning the gun on himself, Denver police said.",
                "A 12-year-old boy who was in the home at the time ran to a neighbor's house and called 911. He was not "
                "hurt.",
                "DPD officers are on scene of a shooting in the 4800 block of Crown Blvd. Three adults deceased. No "
                "outstanding suspects. — Denver Police Dept. (@DenverPolice) March 17, 2024",
                "If you or someone you know is experiencing domestic violence, call the National Domestic Violence "
                "Hotline at 1-800-799-7233."),
        killed=3, injured=0, children_killed=0, children_injured=0, attackers_killed=1,
        first=dict(start=date(2024, 3, 17), place=("montbello", "denver"))),
    "louisville_bank_livestream": dict(
        published=date(2023, 4, 11), title="Louisville bank shooting: Death toll rises to 6",
        text=_p("LOUISVILLE, Ky. (WLKY) — The death toll from Monday morning's shooting at a downtown Louisville bank "
                "rose to six on Tuesday after a man who had been critically wounded died, police said.",
                "The gunman, a 25-year-old employee who livestreamed the attack, was killed by officers who arrived "
                "within three minutes, police said. He is not included in the toll.",
                "Eight other people were wounded, including a rookie police officer who was shot in the head and "
                "remains in critical condition.",
                "Related Coverage",
                "Vigil held for victims of Old National Bank shooting",
                "Louisville mayor: 'This is an evil act of targeted violence'"),
        killed=7, injured=8, attackers_killed=1,
        first=dict(start=date(2023, 4, 10), place="louisville")),
    "kansas_city_parade_shooting": dict(
        published=date(2024, 2, 15), title="1 killed, 22 shot at Chiefs Super Bowl parade rally",
        text=_p("KANSAS CITY, Mo. (AP) — One person was killed and 22 others were struck by gunfire, half of them under "
                "the age of 16, when shots were fired after the Kansas City Chiefs' Super Bowl victory parade on "
                "Wednesday, officials said.",
                "The woman who was killed, a 43-year-old local radio DJ and mother of two, was identified by the "
                "station.",
                "Two juveniles were detained and charged in juvenile court on Thursday."),
        killed=1, injured=22,
        first=dict(start=date(2024, 2, 14), place="kansas city"),
        claim=dict(kind="killed", point=1, age=43)),
    "st_louis_school_shooter_killed": dict(
        published=date(2022, 10, 25), title="Teen, teacher killed in St. Louis high school shooting; gunman dead",
        text=_p("ST. LOUIS (KSDK) — A 19-year-old former student shot his way into a St. Louis high school on Monday "
                "morning and killed a 15-year-old girl and a 61-year-old teacher before police killed him in an "
                "exchange of gunfire, authorities said.",
                "Seven other students, all 15 or 16, were shot and wounded, police said.",
                "Police Commissioner Michael Sack said a locked door had slowed the gunman down."),
        killed=3, injured=7, teens_killed=1, attackers_killed=1,
        first=dict(start=date(2022, 10, 24), place=("st. louis", "saint louis"))),
    "baltimore_brooklyn_homes_block_party": dict(
        published=date(2023, 7, 3), title="2 killed, 28 wounded in mass shooting at Baltimore block party",
        text=_p("BALTIMORE (WBAL) — Two people were killed and 28 others were wounded when gunfire broke out at a block "
                "party in the Brooklyn Homes neighborhood of South Baltimore early Sunday, police said.",
                "An 18-year-old woman was pronounced dead at the scene and a 20-year-old man died at a hospital. Of the "
                "wounded, about half were juveniles, police said; their ages ranged from 13 to 32.",
                "Three of the wounded remain in critical condition.",
                "Follow WBAL-TV 11 News on Instagram, Facebook and X for the latest."),
        killed=2, injured=28,
        first=dict(start=date(2023, 7, 2), place=("brooklyn", "baltimore"))),
    "phoenix_officer_shot_suspect_dead": dict(
        published=date(2022, 5, 13), title="Phoenix officer hurt, suspect killed in exchange of gunfire",
        text=_p("PHOENIX (KNXV) — A Phoenix police officer was shot and wounded and the suspect who shot him was killed "
                "in an exchange of gunfire in west Phoenix on Thursday night, police said.",
                "The officer, a 7-year veteran, was hit in the shoulder and is expected to recover. The suspect, a "
                "33-year-old man wanted on a warrant, died at the scene.",
                "It is the 11th shooting involving Phoenix officers this year, police said."),
        killed=1, injured=1, attackers_killed=1,
        first=dict(start=date(2022, 5, 12), place="phoenix")),
    "milwaukee_accidental_child": dict(
        published=date(2024, 11, 4), title="4-year-old boy dies after accidentally shooting himself, police say",
        text=_p("MILWAUKEE (WISN) — A 4-year-old boy died Sunday after he found a handgun in a bedroom and accidentally "
                "shot himself at a home on the city's north side, Milwaukee police said.",
                "The boy was taken to Children's Wisconsin, where he was pronounced dead. An adult in the home was taken "
                "into custody, and charges are being referred to the district attorney's office.",
                "It is at least the fifth time this year that a Milwaukee child has been shot with an unsecured gun, "
                "according to the Medical College of Wisconsin."),
        killed=1, injured=0, children_killed=1,
        first=dict(start=date(2024, 11, 3), place="milwaukee"),
        claim=dict(kind="killed", point=1, age=4)),
    "new_york_subway_brooklyn": dict(
        published=date(2022, 4, 13), title="10 shot on Brooklyn subway train; gunman at large",
        text=_p("NEW YORK (AP) — A gunman wearing a gas mask set off a smoke canister on a rush-hour subway train in "
                "Brooklyn on Tuesday and fired at least 33 shots, wounding 10 people, authorities said.",
                "None of the wounds were life-threatening, officials said.",
                "The gunman fled and was still being sought on Wednesday."),
        killed=0, injured=10,
        first=dict(start=date(2022, 4, 12), place=("brooklyn", "new york"))),
    "jacksonville_dollar_general": dict(
        published=date(2023, 8, 27), title="Gunman kills 3 Black people at Jacksonville store in racist attack",
        text=_p("JACKSONVILLE, Fla. (AP) — A white man wearing a tactical vest shot and killed three Black people at a "
                "Dollar General store in Jacksonville on Saturday afternoon before killing himself, the sheriff said.",
                "The victims were a 52-year-old woman, a 19-year-old man who worked at the store and a 29-year-old man, "
                "Sheriff T.K. Waters said on Sunday.",
                "The 21-year-old gunman had written racist manifestos, the sheriff said."),
        killed=4, injured=0, attackers_killed=1,
        first=dict(start=date(2023, 8, 26), place="jacksonville")),
    "tampa_ybor_halloween": dict(
        published=date(2022, 10, 31), title="2 killed, 18 hurt when shots fired in Ybor City crowd",
        text=_p("TAMPA, Fla. (WFLA) — Two people were killed and 16 others were hurt after a fight broke out and "
                "shots were fired into a crowd in Ybor City early Sunday, Tampa police said. Later Sunday, police "
                "said two more people had been treated for gunshot wounds at area hospitals, bringing the number of "
                "injured to 18.",
                "Most of the wounded were in their teens or twenties, police said.",
                "The shooting happened around 1:20 a.m. on East Seventh Avenue, where thousands had gathered for "
                "Halloween weekend events."),
        killed=2, injured=18,
        first=dict(start=date(2022, 10, 30), place=("ybor", "tampa"))),
    "sacramento_downtown_two_years_later": dict(
        published=date(2024, 4, 3), title="Two years after downtown mass shooting, Sacramento families still wait",
        text=_p("SACRAMENTO, Calif. (KCRA) — Two years after gunfire between rival gangs killed six people and wounded "
                "12 in downtown Sacramento, the families of the victims say they are still waiting for a trial date.",
                "Five men have been charged in connection with the April 3, 2022, shooting near the Capitol.",
                "On Wednesday, relatives gathered at a memorial on K Street to read the victims' names."),
        killed=6, injured=12,
        first=dict(start=date(2022, 4, 3), place="sacramento")),
    "san_antonio_teen_party_airbnb": dict(
        published=date(2025, 2, 17), title="Teen killed, 4 hurt in shooting at Airbnb party",
        text=_p("SAN ANTONIO (KSAT) — A 17-year-old boy was killed and four other people, ages 15 to 19, were wounded "
                "in a shooting at a party at a short-term rental home on the city's West Side late Saturday, police "
                "said.",
                "Police said someone fired into the house from the street after a group was turned away at the door.",
                "The rental platform said it had banned the guest who booked the home, which had advertised a "
                "'no parties' rule."),
        killed=1, injured=4, teens_killed=1,
        first=dict(start=date(2025, 2, 15), place="san antonio")),
    "oakland_freeway_shooting_toddler": dict(
        published=date(2022, 11, 9),
        title="Toddler wounded on Oakland freeway shooting, CHP says",
        text=_p("OAKLAND, Calif. (KTVU) — A 3-year-old girl was shot and wounded while riding in a car on Interstate "
                "880 in Oakland on Tuesday evening, the California Highway Patrol said.",
                "The girl was struck in the arm and was taken to a children's hospital, where she was listed in stable "
                "condition. Her mother, who was driving, was not hurt.",
                "It is at least the 40th freeway shooting in the Bay Area this year, CHP said."),
        killed=0, injured=1, children_injured=1,
        first=dict(start=date(2022, 11, 8), place="oakland")),
    "detroit_two_separate_overnight": dict(
        published=date(2024, 5, 27), title="Man killed on Detroit's east side; police investigating",
        text=_p("DETROIT (WXYZ) — A 37-year-old man was shot and killed on the city's east side late Sunday, Detroit "
                "police said.",
                "The man was found in a car on Gratiot Avenue near Seven Mile Road around 11 p.m. with multiple gunshot "
                "wounds and died at the scene.",
                "In a separate shooting overnight, a 22-year-old woman was wounded on the west side. Police do not "
                "believe the shootings are related."),
        killed=1, injured=0,
        first=dict(start=date(2024, 5, 26), place="detroit"),
        claim=dict(kind="killed", point=1, age=37)),
    "indianapolis_officer_grazed": dict(
        published=date(2023, 9, 2), title="IMPD: Man dies after shootout with officers on northeast side",
        text=_p("INDIANAPOLIS (WTHR) — A man died after exchanging gunfire with Indianapolis Metropolitan Police "
                "officers on the northeast side Friday night, police said.",
                "A bullet grazed one of the officers, who was treated at the scene and released.",
                "The man had been sought on a warrant in a shooting last month in which a 26-year-old was wounded, "
                "police said."),
        killed=1, injured=1, attackers_killed=1,
        first=dict(start=date(2023, 9, 1), place="indianapolis")),
    "raleigh_hedingham_update": dict(
        published=date(2022, 10, 14), title="UPDATE: 5 killed in Raleigh shooting; 15-year-old suspect hospitalized",
        text=_p("UPDATE 10:15 a.m.: Police have identified the five people killed Thursday in the Hedingham "
                "neighborhood, including an off-duty police officer, 29, and a 16-year-old boy.",
                "RALEIGH, N.C. (WRAL) — Five people were killed and two others were wounded, including a police "
                "officer, in a shooting along a walking trail in east Raleigh on Thursday evening, officials said.",
                "The suspect, a 15-year-old boy, was found in a shed after a standoff and was in critical condition "
                "with a gunshot wound, police said."),
        killed=5, injured=3, teens_killed=1, attackers_killed=0,
        first=dict(start=date(2022, 10, 13), place=("hedingham", "raleigh"))),
}

# --- the second batch, written after the first batch's fixes, before the pipeline was run on it
SECOND: dict[str, dict] = {
    "domestic_two_dead_including_suspect": dict(
        published=date(2023, 3, 13), title="Police: 2 dead, including suspect, after domestic shooting in Aurora",
        text=_p("AURORA, Colo. (KDVR) — Two people are dead, including the suspected shooter, after a domestic "
                "disturbance at a home in north Aurora on Sunday night, police said.",
                "Officers arrived to find a woman dead inside the home. The man believed to have shot her was found "
                "in the backyard with a self-inflicted gunshot wound and died at the scene, police said.",
                "If you or someone you know needs help, call the Colorado Crisis Line at 844-493-8255."),
        killed=2, injured=0, attackers_killed=1,
        first=dict(start=date(2023, 3, 12), place="aurora")),
    "football_game_two_teens": dict(
        published=date(2023, 9, 16), title="2 teens shot outside high school football game in Mobile",
        text=_p("MOBILE, Ala. (WKRG) — Two teenagers were shot outside a high school football game in Mobile on Friday "
                "night, police said.",
                "A 15-year-old boy was struck in the leg and a 17-year-old boy was grazed on the arm during an argument "
                "in the parking lot of Ladd-Peebles Stadium in the fourth quarter, police said. Both are expected to "
                "recover.",
                "The game was stopped and fans were sent home. The Mobile County Public School System said extra "
                "officers would be at next week's games."),
        killed=0, injured=2, teens_injured=2, children_injured=0,
        first=dict(start=date(2023, 9, 15), place="mobile")),
    "i95_road_rage_identified": dict(
        published=date(2024, 6, 4), title="Family identifies driver killed in I-95 road rage shooting",
        text=_p("JACKSONVILLE, Fla. (WJXT) — The family of a man shot and killed in an apparent road rage shooting on "
                "Interstate 95 early Monday has identified him as Marcus Hill, 34, a father of three.",
                "The Florida Highway Patrol said Hill was driving south near the Emerson Street exit around 5:30 a.m. "
                "when someone in a gray sedan fired into his car. His car crashed into the median.",
                "Troopers are asking anyone with dash camera video to call *FHP."),
        killed=1, injured=0,
        first=dict(start=date(2024, 6, 3), place="jacksonville"),
        claim=dict(kind="killed", point=1, age=34)),
    "officer_killed_suspect_wounded": dict(
        published=date(2022, 6, 1), title="Officer killed, suspect wounded in shootout during traffic stop",
        text=_p("Police Officer Daniel Reyes, a nine-year veteran of the department, was shot and killed during a "
                "traffic stop in west Tulsa on Tuesday night, Police Chief Wendell Franklin said.",
                "Reyes' partner returned fire and wounded the driver, who was taken to a hospital in serious condition "
                "and is in custody, Franklin said.",
                "Flags at city buildings will fly at half-staff through the funeral."),
        killed=1, injured=1, attackers_killed=0,
        first=dict(start=date(2022, 5, 31), place="tulsa")),
    "juneteenth_celebration_ages_range": dict(
        published=date(2023, 6, 18), title="3 killed, 14 injured in shooting at Juneteenth celebration",
        text=_p("WILLOWBROOK, Ill. (AP) — Three people were killed and 14 others were injured early Sunday when gunfire "
                "erupted at a Juneteenth celebration in a strip mall parking lot in suburban Chicago, authorities said.",
                "The victims ranged in age from 16 to 37, the DuPage County Sheriff's Office said. Several of the "
                "injured were in critical condition.",
                "Hundreds of people had gathered in the parking lot for the celebration, which had been promoted on "
                "social media."),
        killed=3, injured=14,
        first=dict(start=date(2023, 6, 18), place=("willowbrook", "chicago"))),
    "kroger_gunman_in_custody": dict(
        published=date(2024, 8, 10), title="1 dead, 2 hurt in shooting at Kroger; gunman in custody",
        text=_p("MEMPHIS, Tenn. (WREG) — A man opened fire inside a Kroger store in Cordova on Friday afternoon, killing "
                "one person and wounding two others before he was taken into custody by officers in the parking lot, "
                "police said.",
                "The person who was killed was a store employee, police said. The two people who were hurt were "
                "customers; one was in critical condition Friday night.",
                "Kroger said in a statement that the store would remain closed on Saturday."),
        killed=1, injured=2, attackers_killed=0,
        first=dict(start=date(2024, 8, 9), place=("cordova", "memphis"))),
    "man_shot_last_week_dies": dict(
        published=date(2022, 2, 14), title="Man shot last week in Birmingham's Ensley neighborhood dies",
        text=_p("BIRMINGHAM, Ala. (WBRC) — A man who was shot last week in the Ensley neighborhood has died, "
                "Birmingham police said Monday.",
                "Dante Moore, 28, was found shot on Avenue F on Feb. 7 and was taken to UAB Hospital, where he died "
                "Sunday, the Jefferson County Coroner's Office said.",
                "His death is the city's 14th homicide of the year."),
        killed=1, injured=0,
        first=dict(start=date(2022, 2, 7), place=("ensley", "birmingham")),
        claim=dict(kind="killed", point=1, age=28)),
    "shotspotter_no_one_hit": dict(
        published=date(2024, 10, 21), title="ShotSpotter detects 12 rounds in Wichita neighborhood; no one hurt",
        text=_p("WICHITA, Kan. (KWCH) — Police are investigating after the city's gunshot detection system picked up "
                "12 rounds fired near 13th and Grove early Sunday.",
                "No one was hit, police said, but bullets struck two homes and a parked car. Officers collected shell "
                "casings at the scene.",
                "It was the third time this month that shots were detected on the block, neighbors said."),
        killed=0, injured=0,
        first=dict()),
    "bullet_through_apartment_wall": dict(
        published=date(2025, 1, 27), title="9-year-old girl wounded by bullet fired through apartment wall",
        text=_p("ROCHESTER, N.Y. (WHEC) — A 9-year-old girl was wounded Sunday evening when a bullet fired in a "
                "neighboring apartment went through the wall and struck her in the shoulder, Rochester police said.",
                "The girl was taken to Golisano Children's Hospital and is expected to recover. A 22-year-old man who "
                "lived in the neighboring apartment was arrested on a charge of reckless endangerment.",
                "Police said the man had been cleaning a handgun."),
        killed=0, injured=1, children_injured=1,
        first=dict(start=date(2025, 1, 26), place="rochester"),
        claim=dict(kind="injured", point=1, age=9)),
    "campus_headline_style_body": dict(
        published=date(2023, 11, 5), title="Man, 19, dead after shooting near campus; 2 others hurt",
        text=_p("TALLAHASSEE, Fla. (WCTV) — A 19-year-old man is dead and two other people were hurt after a shooting "
                "at an off-campus apartment complex near Florida State University early Saturday, police said.",
                "The two who were hurt, a 20-year-old man and a 21-year-old woman, were taken to Tallahassee Memorial "
                "HealthCare with injuries that are not life-threatening.",
                "FSU said none of the three was a student."),
        killed=1, injured=2,
        first=dict(start=date(2023, 11, 4), place="tallahassee"),
        claim=dict(kind="killed", point=1, age=19)),
    "two_shot_one_fatally_survivor_stable": dict(
        published=date(2024, 4, 22), title="1 killed, 1 hurt in east Nashville shooting",
        text=_p("NASHVILLE, Tenn. (WSMV) — Two people were shot, one fatally, in east Nashville on Sunday evening, Metro "
                "police said.",
                "The survivor, a 41-year-old woman, is in stable condition at Vanderbilt University Medical Center. "
                "The man who died has not been identified.",
                "In a post on X, the department said detectives were working to identify a vehicle seen leaving the "
                "area."),
        killed=1, injured=1,
        first=dict(start=date(2024, 4, 21), place="nashville"),
        claim=dict(kind="injured", point=1, age=41)),
    "boy_4_wounds_sister_2": dict(
        published=date(2022, 8, 8), title="4-year-old accidentally shoots 2-year-old sister, police say",
        text=_p("SHREVEPORT, La. (KSLA) — A 4-year-old boy found a loaded handgun in a bedroom and accidentally shot his "
                "2-year-old sister on Sunday afternoon, Shreveport police said.",
                "The girl was struck in the hip and was taken to Ochsner LSU Health, where she was listed in stable "
                "condition. The children's father was arrested on a charge of improper storage of a firearm."),
        killed=0, injured=1, children_injured=1,
        first=dict(start=date(2022, 8, 7), place="shreveport"),
        claim=dict(kind="injured", point=1, age=2)),
    "police_kill_man_with_knife": dict(
        published=date(2024, 12, 2), title="Police shoot, kill man who charged at officers with knife",
        text=_p("SAN JOSE, Calif. (KGO) — San Jose police shot and killed a man who charged at officers with a knife "
                "outside an apartment complex on Sunday afternoon, the department said.",
                "Officers had been called about a man threatening residents. No officers were hurt.",
                "Body-camera video will be released within 45 days under department policy."),
        killed=1, injured=0, attackers_killed=1,
        first=dict(start=date(2024, 12, 1), place="san jose")),
}

CASES: dict[str, dict] = {**PAGES, **SECOND}

XFAIL: dict[tuple[str, str], str] = {
    ("injured", "raleigh_hedingham_update"): "an attacker hurt, told in a sentence of his own ('The suspect, a 15-year-old "
                                             "boy, ... was in critical condition with a gunshot wound'), is not added to "
                                             "the hurt of another sentence (only attackers killed are: _attackers_apart)",
    ("place", "campus_headline_style_body"): "a state's name inside an institution's ('near Florida State University') is "
                                             "taken for the scene over the dateline's city (Tallahassee)",
    ("age", "two_shot_one_fatally_survivor_stable"): "the age of 'the survivor' in apposition ('The survivor, a 41-year-old "
                                                     "woman, is in stable condition') is not given to the hurt that "
                                                     "'Two people were shot, one fatally' leaves (shot_minus_killed)",
}

SET = ChallengeSet(CASES, XFAIL)
read = SET.fixture()


def test_the_set_is_large_and_of_its_years():
    assert len(CASES) >= 36 and len(SECOND) >= 13
    SET.check_years(range(2022, 2026))


test_killed, test_injured, test_children_and_teens, test_attackers = SET.figure_tests()
test_first_claim_day, test_first_claim_place = SET.first_claim_tests()
test_claim_age, = SET.claim_tests("age")


# --- the limits of the fixes this set led to (invented sentences)
def _claims(text: str, published: date = date(2024, 7, 8)):
    return extract(text, published)


@pytest.mark.parametrize("text, summary", [
    ("At least 55 people were shot, 19 of them fatally, across Chicago over the long Fourth of July weekend.", True),
    ("Bullets flew across Main Street on Sunday, and two men were wounded.", False),
])
def test_a_citys_tally_over_a_span_is_a_round_up(text, summary):
    assert {c.is_summary for c in _claims(text)} == {summary}


def test_what_a_correction_note_says_the_page_had_said_is_no_figure():
    text = "Editor's note: An earlier version of this story said two teens were killed. A 16-year-old boy was killed."
    assert [(c.casualty_type, c.count_point) for c in _claims(text)] == [("killed", 1)]


@pytest.mark.parametrize("text, group", [
    ("The gunman, a 25-year-old employee who livestreamed the attack, was killed by officers.", "attackers"),
    ("The victim, a 25-year-old employee who worked there, was killed.", "people"),
    ("A man died after exchanging gunfire with police officers on Friday night.", "attackers"),
    ("A man was killed Friday night after a fight with his neighbor.", "people"),
])
def test_who_died_an_attacker_or_not(text, group):
    assert [c.victim_group for c in _claims(text)] == [group]


def test_one_of_a_group_hit_by_a_bullet_is_hurt():
    claims = _claims("A bullet grazed one of the officers, who was treated at the scene and released.")
    assert [(c.casualty_type, c.count_point) for c in claims] == [("injured", 1)]


@pytest.mark.parametrize("text, ages", [
    ("A man was killed and a woman was wounded early Sunday. The man, 29, was standing on a sidewalk when a car passed. "
     "He was shot in the chest. The woman, 31, was shot in the leg.", [29, 31]),
    # a man named with his age beside an arrest is not the victim
    ("A man was killed on Sunday. Police arrested a man nearby. The man, 22, was charged with murder.", [None]),
])
def test_an_age_in_apposition_to_a_definite_noun(text, ages):
    assert [c.victim_age for c in _claims(text)] == ages


def test_a_definite_adults_age_beside_a_wound():
    claims = _claims("A woman was wounded on Sunday. The 24-year-old woman was sitting on a porch when she was hit.")
    assert [c.victim_age for c in claims] == [24]


def test_an_officers_age_is_not_the_suspects():
    claims = _claims("An officer was shot Thursday, and the suspect in the shooting was killed, police said. Johnson "
                     "said someone walked up to the 44-year-old officer, who was hit in the arm.")
    assert [c.victim_age for c in claims if c.victim_group == "attackers"] == [None]


@pytest.mark.parametrize("text, groups", [
    ("Two people are dead, including the suspected shooter, police said.", ["people", "attackers"]),
    ("Two people were killed, including a bystander.", ["people", "civilians"]),
    ("San Jose police shot and killed a man who charged at officers with a knife.", ["attackers"]),
    ("A man who was charged with assault was shot.", ["people"]),
])
def test_attackers_named_among_the_dead_or_by_their_threat(text, groups):
    assert [c.victim_group for c in _claims(text)] == groups


def test_a_list_of_the_dead_followed_by_its_speaker():
    claims = _claims("Four people were killed Saturday night. Among those killed was a high school senior who had signed "
                     "to play football, and a 17-year-old girl, her brother told reporters.")
    # both listed people are among the dead (the senior was missed until 0.24.0: "football" ended in "all", read as a
    # plural head)
    assert [(c.count_point, c.victim_age) for c in claims if c.rule == "subset"] == [(1, None), (1, 17)]


def test_a_subset_lists_later_item_far_from_its_figure():
    claims = _claims("Police have identified the five people killed Thursday in the Hedingham neighborhood, including an "
                     "off-duty police officer, 29, and a 16-year-old boy.", date(2022, 10, 14))
    assert [(c.count_point, c.victim_age, c.rule) for c in claims] == [(5, None, "nominal_after"), (1, 29, "subset"),
                                                                         (1, 16, "subset")]
