"""Raw-file readers: every file under the raw root becomes articles or quarantined records.

Public API
----------
``list_raw_files(root)``
    Every file under ``root`` (recursive), sorted by its path relative to ``root``
    (compared part by part, so the order is deterministic and does not depend on the file
    system). Files and folders whose name starts with ``.`` are skipped (``.git``,
    ``.DS_Store``, editor swap files); nothing else is skipped: a ``README.md`` or a
    ``.pdf`` is listed and then quarantined as an unsupported type, so nobody wonders
    where it went. Sockets, FIFOs and devices are not listed (reading a FIFO would hang);
    a broken symlink is listed so that it shows up as an unreadable file.

``read_raw_file(path, root)``
    ``list[RawArticle | QuarantinedRecord]``. Never raises on bad content: one bad record
    gives one ``QuarantinedRecord`` and the good records of the same file are still
    returned. ``source_path`` is the path relative to ``root`` with ``/`` separators (the
    absolute POSIX path when ``path`` is not under ``root``).

Formats
-------
``.txt``
    Optional front matter: the first line is ``---``, then YAML ``key: value`` lines,
    then a line ``---`` (``...`` is accepted too). Keys (case-insensitive): ``id``,
    ``title``, ``published_at``/``date``/``published``/``publish_date``,
    ``publisher``/``source``/``outlet``, ``url``, ``language``/``lang``; other keys are
    ignored. The YAML is read with ``yaml.BaseLoader``: every value stays a string, so
    ``id: 007`` stays ``"007"`` and ``date: 2016-09-08`` is not pre-converted by YAML.
    The text is everything after the front matter with leading blank lines removed.
    A first line ``---`` whose block is not closed, or is not a mapping (e.g. a
    horizontal rule above prose), is *not* front matter: the whole file is the text and
    the article carries a warning, so no text is lost.
    Title: the front matter title, else the first non-empty body line that contains a
    letter or digit (a rule such as ``=====`` is no title), stripped, and only if it has
    at most 200 characters (a first paragraph is not a title; then the title is None).
    The title line stays in ``text``.
``.json``
    One article object (``record_number`` None) or a list of them (``record_number`` =
    1-based index). Fields (case-insensitive keys): ``id``, ``title``,
    ``text``/``body``/``content``, ``published_at``/``date``/``published``/``publish_date``,
    ``publisher``/``source``/``outlet``, ``url``, ``language``/``lang``; for aliases the
    first non-empty one in that order wins. A list element that is not an object, an
    object without a text field, a text that is not a string or is blank -> quarantined.
    A ``.json`` file that is really JSON Lines (``Extra data`` on line 2 and every line
    parses on its own) is read as JSON Lines, with a warning on each article.
``.jsonl``
    One object per line, ``record_number`` = physical line number (1-based); blank lines
    are skipped; a malformed line is quarantined with its line number.
``.html`` / ``.htm``
    Main text and metadata (title, date, sitename -> publisher, canonical url) with
    ``trafilatura.bare_extraction``. Date extraction uses ``original_date=True`` and
    ``extensive_search=False`` (the publication date from metadata/markup, not a guess
    from any date in the page). Language: trafilatura's, else ``<html lang>`` or the
    ``content-language`` meta. No ``external_id``. Nothing extractable -> quarantined.
anything else
    One ``QuarantinedRecord`` "unsupported file type '.xyz'" (the file is not read).

Decoding
--------
1. A BOM decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE).
2. Else strict UTF-8.
3. Else (HTML only) the ``charset`` the page declares.
4. Else a legacy code page. charset-normalizer alone is unreliable on short Western
   texts (it reads cp1252 "naïve" as cp1250 "naďve" and a latin-1 "é" as cp1006
   Farsi), so cp1252 is preferred when it decodes cleanly, unless charset-normalizer's
   answer is a non-Latin script it recognises as a language (e.g. cp1251 Russian) or
   shows fewer mojibake signs (symbols glued to letters, as cp1250 Polish read as
   cp1252 gives ``zginê³o``). latin-1 is covered by cp1252 (they differ only in
   0x80-0x9F, which are control characters in latin-1). Articles from a file decoded
   this way carry the warning ``file is not UTF-8; decoded as <encoding>``.
A decoding is accepted only if at most 5% of its characters (or at most 2 characters,
for tiny files) are control characters (other than tab/newline/CR/FF/VT), unassigned
code points or U+FFFD. NUL counts as a
control character, so UTF-16 without a BOM (valid UTF-8 full of NULs) falls through to
the detector, and random bytes match no encoding: "binary content, not text".
Empty or whitespace-only file (after decoding) -> "empty file". Unreadable file ->
"unreadable file: <OS error>".

Text normalisation: ``\\r\\n`` -> ``\\n`` and NUL characters removed; nothing else is
changed (a lone ``\\r`` stays). A leading U+FEFF left after decoding (double BOM) is
dropped as an encoding artefact. For ``.txt`` the leading blank lines of the body are
dropped; JSON text is returned as given. Downstream offsets are offsets into the
returned ``text``. Metadata strings (title, publisher, url, language, id) are stripped;
blank -> None. Numeric ids are stringified (``12`` -> ``"12"``).

published_at and warnings
-------------------------
Parsing: ``datetime.fromisoformat`` first (ISO dates and datetimes, ``Z`` included),
then ``dateparser`` with strict parsing (day, month and year required), absolute dates
only (never "yesterday", which would depend on the run date), for forms such as
"September 8, 2016", "8 septembre 2016", "Thu, 08 Sep 2016 10:00:00 +0200".
JSON numbers are read as Unix epoch seconds (1e8..1e10) or milliseconds (1e11..1e13),
UTC. Date-only inputs give 00:00; timezone-aware inputs are converted to UTC and made
naive; naive inputs are kept as written. Numeric day/month forms: dot-separated
(``12.05.2016``) are read day first (European convention); with ``/`` or ``-`` month
first, and when both readings are possible the article carries a warning.

An unparseable date does not quarantine the article (text is the only required field)
and is not silently dropped either: the article is kept with ``published_at=None`` and
``warnings`` holds e.g. ``"unparseable published_at '31/31/2016'"``. The same goes for
metadata values of the wrong type (a list as title...). ``warnings`` is a tuple of
human-readable strings, empty when all went well.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

__all__ = [
    "RawArticle",
    "QuarantinedRecord",
    "SUPPORTED_SUFFIXES",
    "list_raw_files",
    "read_raw_file",
    "parse_published_at",
]


@dataclass(frozen=True)
class RawArticle:
    source_path: str
    record_number: int | None
    external_id: str | None
    title: str | None
    text: str
    published_at: datetime | None
    publisher: str | None
    url: str | None
    language: str | None
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class QuarantinedRecord:
    source_path: str
    record_number: int | None
    reason: str
    excerpt: str | None


SUPPORTED_SUFFIXES = {".txt", ".json", ".jsonl", ".html", ".htm"}

EXCERPT_CHARS = 200
MAX_FALLBACK_TITLE_CHARS = 200
MAX_BAD_CHAR_SHARE = 0.05
MAX_BAD_CHARS_ANY_LENGTH = 2  # a stray NUL or two in a short file is still text

# Output field -> accepted input keys, in order of preference (compared case-insensitively).
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "external_id": ("id",),
    "title": ("title",),
    "text": ("text", "body", "content"),
    "published_at": ("published_at", "date", "published", "publish_date"),
    "publisher": ("publisher", "source", "outlet"),
    "url": ("url",),
    "language": ("language", "lang"),
}


class _NotText(Exception):
    """The bytes are not text in any plausible encoding."""


# --------------------------------------------------------------------------- listing


def list_raw_files(root: Path) -> list[Path]:
    """All files under ``root`` except hidden ones, sorted by relative path."""
    root = Path(root)
    found: list[tuple[tuple[str, ...], Path]] = []
    for directory, dirnames, filenames in os.walk(root):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        for name in filenames:
            if name.startswith("."):
                continue
            path = Path(directory) / name
            if not (path.is_file() or path.is_symlink()):
                continue  # FIFO, socket, device
            found.append((path.relative_to(root).parts, path))
    found.sort(key=lambda item: item[0])
    return [path for _, path in found]


# --------------------------------------------------------------------------- reading


def read_raw_file(path: Path, root: Path) -> list[RawArticle | QuarantinedRecord]:
    """Read one raw file into articles and quarantined records; never raises on content."""
    path = Path(path)
    source_path = _relative_source_path(path, Path(root))
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "(no extension)"
        return [_quarantine(source_path, None, f"unsupported file type '{shown}'", None)]
    try:
        data = path.read_bytes()
    except OSError as error:
        return [_quarantine(source_path, None, f"unreadable file: {error}", None)]
    if not data.strip():
        return [_quarantine(source_path, None, "empty file", None)]
    try:
        raw_text, encoding_warning = _decode(data, html=suffix in {".html", ".htm"})
    except _NotText:
        return [_quarantine(source_path, None, "binary content, not text", None)]
    content = _normalize(_drop_leading_bom(raw_text))
    if not content.strip():
        return [_quarantine(source_path, None, "empty file", None)]
    file_warnings = (encoding_warning,) if encoding_warning else ()

    try:
        if suffix == ".txt":
            records = _read_txt(content, source_path)
        elif suffix == ".json":
            records = _read_json(content, source_path)
        elif suffix == ".jsonl":
            records = _read_jsonl(content, source_path)
        else:
            records = _read_html(content, source_path)
    except Exception as error:  # a reader bug must not stop the run; keep the evidence
        return [_quarantine(source_path, None, f"reader failed: {type(error).__name__}: {error}", content)]

    if file_warnings:
        records = [
            _with_warnings(record, file_warnings) if isinstance(record, RawArticle) else record
            for record in records
        ]
    return records


def _relative_source_path(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        pass
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError):
        return path.absolute().as_posix()


def _quarantine(source_path: str, record_number: int | None, reason: str, excerpt: str | None) -> QuarantinedRecord:
    if excerpt is not None:
        excerpt = excerpt[:EXCERPT_CHARS]
    return QuarantinedRecord(source_path=source_path, record_number=record_number, reason=reason, excerpt=excerpt)


def _with_warnings(article: RawArticle, extra: tuple[str, ...]) -> RawArticle:
    return RawArticle(**{**article.__dict__, "warnings": extra + article.warnings})


def _normalize(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\x00", "")


def _drop_leading_bom(text: str) -> str:
    # A second BOM (e.g. a UTF-8 BOM inside a UTF-16 file) or one that survived a legacy
    # decoding is an encoding artefact, not text.
    while text.startswith("\ufeff"):
        text = text[1:]
    return text


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _decode(data: bytes, html: bool = False) -> tuple[str, str | None]:
    """Return (text, warning or None); raise _NotText for binary content."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise _NotText from None
            if not _looks_like_text(text):
                raise _NotText
            return text, None

    text = _try_decode(data, "utf-8")
    if text is not None and _looks_like_text(text):
        return text, None

    if html:
        match = _DECLARED_CHARSET.search(data[:4096])
        if match:
            declared = match.group(1).decode("ascii", "replace")
            text = _try_decode(data, declared)
            if text is not None and _looks_like_text(text):
                return text, (None if _same_codec(declared, "utf-8") else f"file is not UTF-8; decoded as {declared} (declared by the page)")

    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    import charset_normalizer

    cp1252 = _try_decode(data, "cp1252")
    if cp1252 is not None and not _looks_like_text(cp1252):
        cp1252 = None
    best = charset_normalizer.from_bytes(data).best()
    detected = str(best) if best is not None else None
    if detected is not None and not _looks_like_text(detected):
        detected = None

    if cp1252 is not None:
        if detected is None or detected == cp1252:
            return cp1252, "file is not UTF-8; decoded as cp1252"
        if _non_latin_share(detected) > 0.5 and best.coherence > 0 and _mojibake_score(detected) <= _mojibake_score(cp1252):
            return detected, f"file is not UTF-8; decoded as {best.encoding}"
        if _mojibake_score(detected) < _mojibake_score(cp1252):
            return detected, f"file is not UTF-8; decoded as {best.encoding}"
        return cp1252, "file is not UTF-8; decoded as cp1252"
    if detected is not None:
        return detected, f"file is not UTF-8; decoded as {best.encoding}"
    raise _NotText


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _same_codec(a: str, b: str) -> bool:
    import codecs

    try:
        return codecs.lookup(a).name == codecs.lookup(b).name
    except LookupError:
        return False


def _is_bad_char(char: str) -> bool:
    if char in _ALLOWED_CONTROLS:
        return False
    if char == "\ufffd":
        return True
    return unicodedata.category(char) in {"Cc", "Cn", "Cs"}


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for char in text if _is_bad_char(char))
    return bad <= MAX_BAD_CHARS_ANY_LENGTH or bad / len(text) <= MAX_BAD_CHAR_SHARE


def _non_latin_share(text: str) -> float:
    letters = [char for char in text if ord(char) > 127 and char.isalpha()]
    if not letters:
        return 0.0
    non_latin = sum(1 for char in letters if not unicodedata.name(char, "").startswith("LATIN"))
    return non_latin / len(letters)


def _mojibake_score(text: str) -> int:
    """Count non-ASCII symbols/numbers/controls glued to a letter (``zginê³o``, ``£odzi``)."""
    score = 0
    for index, char in enumerate(text):
        if ord(char) < 128 or unicodedata.category(char)[0] not in {"S", "N", "C"}:
            continue
        before = text[index - 1] if index > 0 else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if before.isalpha() or after.isalpha():
            score += 1
    return score


# --------------------------------------------------------------------------- fields


def _lower_keys(obj: dict) -> dict[str, Any]:
    lowered: dict[str, Any] = {}
    for key, value in obj.items():
        lowered.setdefault(str(key).strip().lower(), value)
    return lowered


def _pick(lowered: dict[str, Any], name: str) -> tuple[str | None, Any]:
    """First alias present with a non-empty value: (key, value); else (key or None, None)."""
    first_present = None
    for key in FIELD_KEYS[name]:
        if key in lowered:
            value = lowered[key]
            if first_present is None:
                first_present = key
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            return key, value
    return first_present, None


def _string_field(lowered: dict[str, Any], name: str, warnings: list[str]) -> str | None:
    key, value = _pick(lowered, name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        warnings.append(f"ignored {key}: expected text, got {_describe(value)}")
        return None
    text = _normalize(value if isinstance(value, str) else _number_to_str(value)).strip()
    return text or None


def _number_to_str(value: int | float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _published_field(lowered: dict[str, Any], warnings: list[str]) -> datetime | None:
    key, value = _pick(lowered, "published_at")
    if value is None:
        return None
    parsed, warning = parse_published_at(value)
    if warning:
        warnings.append(warning if key in (None, "published_at") else f"{warning} (field {key!r})")
    return parsed


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


# --------------------------------------------------------------------------- dates

_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})(?!\d)")
_DATEPARSER_SETTINGS = {
    "STRICT_PARSING": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
    "PARSERS": ["custom-formats", "absolute-time"],
}


def parse_published_at(value: Any) -> tuple[datetime | None, str | None]:
    """Parse a publication date: (naive UTC datetime or None, warning or None)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, datetime):
        return _naive_utc(value), None
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day), None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = None
        if 1e8 <= value < 1e10:
            seconds = float(value)
        elif 1e11 <= value < 1e13:
            seconds = value / 1000.0
        if seconds is not None:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).replace(tzinfo=None), None
        return None, f"unparseable published_at {value!r}"
    if not isinstance(value, str):
        return None, f"unparseable published_at: expected a date, got {_describe(value)}"

    text = value.strip()
    try:
        return _naive_utc(datetime.fromisoformat(text)), None
    except ValueError:
        pass

    settings = dict(_DATEPARSER_SETTINGS)
    warning = None
    numeric = _NUMERIC_DATE.match(text)
    if numeric:
        first, separator, second = int(numeric.group(1)), numeric.group(2), int(numeric.group(3))
        if separator == ".":
            settings["DATE_ORDER"] = "DMY"
        elif first <= 12 and second <= 12 and first != second:
            settings["DATE_ORDER"] = "MDY"
            warning = f"ambiguous published_at {value!r}: read month first"
    try:
        import dateparser

        parsed = dateparser.parse(text, settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        parsed = None
    if parsed is None:
        return None, f"unparseable published_at {value!r}"
    parsed = _naive_utc(parsed)
    if warning:
        warning = f"{warning} as {parsed.date().isoformat()}"
    return parsed, warning


def _naive_utc(moment: datetime) -> datetime:
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        return moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.replace(tzinfo=None)


# --------------------------------------------------------------------------- .txt

_FRONT_MATTER_CLOSE = {"---", "..."}
_HAS_WORD_CHAR = re.compile(r"\w")


def _read_txt(content: str, source_path: str) -> list[RawArticle | QuarantinedRecord]:
    warnings: list[str] = []
    meta: dict[str, Any] = {}
    body = content
    lines = content.split("\n")
    if lines[0].strip() == "---":
        closing = next((i for i in range(1, len(lines)) if lines[i].strip() in _FRONT_MATTER_CLOSE), None)
        if closing is None:
            warnings.append("first line is '---' but the front matter is never closed; whole file read as text")
        else:
            block = "\n".join(lines[1:closing])
            parsed, problem = _parse_front_matter(block)
            if problem:
                warnings.append(f"first line is '---' but {problem}; whole file read as text")
            else:
                meta = parsed
                body = "\n".join(lines[closing + 1:])

    body = _strip_leading_blank_lines(body)
    if not body.strip():
        return [_quarantine(source_path, None, "no text after the front matter", content)]

    lowered = _lower_keys(meta)
    title = _string_field(lowered, "title", warnings)
    if title is None:
        title = _fallback_title(body)
    return [
        RawArticle(
            source_path=source_path,
            record_number=None,
            external_id=_string_field(lowered, "external_id", warnings),
            title=title,
            text=body,
            published_at=_published_field(lowered, warnings),
            publisher=_string_field(lowered, "publisher", warnings),
            url=_string_field(lowered, "url", warnings),
            language=_string_field(lowered, "language", warnings),
            warnings=tuple(warnings),
        )
    ]


def _parse_front_matter(block: str) -> tuple[dict[str, Any], str | None]:
    import yaml

    if not block.strip():
        return {}, None
    try:
        parsed = yaml.load(block, Loader=yaml.BaseLoader)
    except yaml.YAMLError as error:
        problem = str(error).replace("\n", " ")
        return {}, f"the block is not valid YAML ({problem})"
    if parsed is None:
        return {}, None
    if not isinstance(parsed, dict):
        return {}, "the block is not 'key: value' front matter"
    return parsed, None


def _strip_leading_blank_lines(text: str) -> str:
    lines = text.split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    return "\n".join(lines[start:])


def _fallback_title(body: str) -> str | None:
    for line in body.split("\n"):
        candidate = line.strip()
        if candidate and _HAS_WORD_CHAR.search(candidate):
            return candidate if len(candidate) <= MAX_FALLBACK_TITLE_CHARS else None
    return None


# --------------------------------------------------------------------------- .json / .jsonl


def _json_error(error: json.JSONDecodeError, line: int | None = None) -> str:
    where = line if line is not None else error.lineno
    return f"invalid JSON on line {where}: {error.msg} (column {error.colno})"


def _read_json(content: str, source_path: str) -> list[RawArticle | QuarantinedRecord]:
    try:
        value = json.loads(content)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and _is_json_lines(content):
            note = "file named .json holds JSON Lines; read line by line"
            return [
                _with_warnings(record, (note,)) if isinstance(record, RawArticle) else record
                for record in _read_jsonl(content, source_path)
            ]
        return [_quarantine(source_path, None, _json_error(error), content)]
    if isinstance(value, list):
        if not value:
            return [_quarantine(source_path, None, "JSON list is empty: no articles", content)]
        return [_article_from_value(item, source_path, number, None) for number, item in enumerate(value, start=1)]
    return [_article_from_value(value, source_path, None, content)]


def _is_json_lines(content: str) -> bool:
    lines = [line for line in content.split("\n") if line.strip()]
    if len(lines) < 2:
        return False
    for line in lines:
        try:
            json.loads(line)
        except json.JSONDecodeError:
            return False
    return True


def _read_jsonl(content: str, source_path: str) -> list[RawArticle | QuarantinedRecord]:
    records: list[RawArticle | QuarantinedRecord] = []
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            records.append(_quarantine(source_path, number, _json_error(error, number), line))
            continue
        records.append(_article_from_value(value, source_path, number, line))
    if not records:
        records.append(_quarantine(source_path, None, "empty file", None))
    return records


def _article_from_value(value: Any, source_path: str, record_number: int | None, raw: str | None) -> RawArticle | QuarantinedRecord:
    excerpt = raw if raw is not None else _dump(value)
    if not isinstance(value, dict):
        return _quarantine(source_path, record_number, f"JSON value is {_describe(value)}, not an article object", excerpt)
    lowered = _lower_keys(value)
    key, text = _pick(lowered, "text")
    if key is None:
        keys = ", ".join(str(k) for k in list(value)[:12]) or "none"
        return _quarantine(source_path, record_number, f"no text field (text, body or content); keys: {keys}", excerpt)
    if text is None:
        return _quarantine(source_path, record_number, f"empty {key} field", excerpt)
    if not isinstance(text, str):
        return _quarantine(source_path, record_number, f"{key} field is {_describe(text)}, not a string", excerpt)
    text = _normalize(text)
    if not text.strip():
        return _quarantine(source_path, record_number, f"empty {key} field", excerpt)
    warnings: list[str] = []
    return RawArticle(
        source_path=source_path,
        record_number=record_number,
        external_id=_string_field(lowered, "external_id", warnings),
        title=_string_field(lowered, "title", warnings),
        text=text,
        published_at=_published_field(lowered, warnings),
        publisher=_string_field(lowered, "publisher", warnings),
        url=_string_field(lowered, "url", warnings),
        language=_string_field(lowered, "language", warnings),
        warnings=tuple(warnings),
    )


def _dump(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)


# --------------------------------------------------------------------------- .html

_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", re.IGNORECASE)
_META_LANG = re.compile(
    r"""<meta\b[^>]*?http-equiv\s*=\s*["']?content-language["']?[^>]*?content\s*=\s*["']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""",
    re.IGNORECASE,
)


def _read_html(content: str, source_path: str) -> list[RawArticle | QuarantinedRecord]:
    import trafilatura

    document = trafilatura.bare_extraction(
        content,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = _normalize(document.text) if document is not None and document.text else ""
    if not text.strip():
        return [_quarantine(source_path, None, "no main text found in HTML", content)]
    warnings: list[str] = []
    published_at, warning = parse_published_at(document.date)
    if warning:
        warnings.append(warning)
    language = _clean(document.language)
    if language is None:
        match = _HTML_LANG.search(content) or _META_LANG.search(content)
        language = match.group(1) if match else None
    return [
        RawArticle(
            source_path=source_path,
            record_number=None,
            external_id=None,
            title=_clean(document.title),
            text=text,
            published_at=published_at,
            publisher=_clean(document.sitename),
            url=_clean(document.url),
            language=language,
            warnings=tuple(warnings),
        )
    ]


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = _normalize(str(value)).strip()
    return text or None
