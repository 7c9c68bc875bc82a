"""Lowercased text for fast literal scans.

Python's regex engine tries a case-insensitive pattern at every position of a string. Where every
match of a pattern starts at one of a few ASCII words, a case-sensitive scan of the lowercased text
for those words gives the candidate starts much faster (see ``sentences._finditer``). That needs a
lowercase copy whose offsets are those of the text and in which each such word appears wherever
``re.IGNORECASE`` would match it in the text: true for ASCII text, and for text whose other
characters are all *inert* (curly quotes, dashes, bullets and other punctuation or symbols).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _inert(ch: str) -> bool:
    """``ch`` is no letter, digit or space and is its own lowercase: lowercasing keeps it (and so every
    offset), and under re.IGNORECASE it matches no ASCII letter ("ſ" matches "s", "K" (Kelvin) "k")."""
    return not ch.isalnum() and not ch.isspace() and ch.lower() == ch


def strip_accents(s: str) -> str:
    """'Médecins Sans Frontières' -> 'Medecins Sans Frontieres', 'Jalālābād' -> 'Jalalabad' (NFKD without the
    combining marks); the gazetteer and the source alias table are keyed without accents."""
    if s.isascii():
        return s
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def same(rx: re.Pattern, sha: str) -> bool:
    """``rx`` is still the pattern a shortcut was derived from (its source's fingerprint ``sha`` and the usual
    flags): a shortcut checks this once, so that an edit of the pattern turns it off instead of breaking it."""
    return hashlib.sha1(rx.pattern.encode()).hexdigest()[:16] == sha and rx.flags in (re.U, re.I | re.U)


_LAST: tuple = ("", "")  # the string scan_lower read last, and what it gave


def scan_lower(s: str) -> str | None:
    """``s.lower()`` when it is fit for the fast scans (see the module docstring), else None. The scans of one
    sentence come one after another: the last string's answer is kept (the same object: an identity test)."""
    global _LAST
    last = _LAST
    if s is last[0]:
        return last[1]
    low = s.lower() if s.isascii() or all(_inert(ch) for ch in set(_NON_ASCII.findall(s))) else None
    _LAST = (s, low)
    return low


def finditer_at(rx: re.Pattern, starts: re.Pattern | None, s: str, low: str | None) -> list[re.Match]:
    """``list(rx.finditer(s))``, tried only where ``starts`` finds in ``low`` one of the words every match of ``rx``
    starts with (``low``: ``s`` itself for a case-sensitive ``rx``, ``scan_lower(s)`` for one with re.IGNORECASE;
    None, or no ``starts``: the plain scan). Each word must be of letters alone and every match must start a word
    (a lookbehind, \b): then a word found inside another one, which the scan steps over, is never a start. A match
    tried at a position sees the whole string (lookbehinds), the first success after the last match is the next."""
    if low is None or starts is None:
        return list(rx.finditer(s))
    return matches_at(rx, s, (g.start() for g in starts.finditer(low)))


def matches_at(rx: re.Pattern, s: str, positions) -> list[re.Match]:
    """The matches of ``rx`` in ``s`` tried at ``positions`` (increasing), each after the end of the last one found:
    ``finditer``'s matches when the positions hold every place a match can start."""
    out = []
    pos = 0
    match = rx.match
    for q in positions:
        if q < pos:
            continue
        m = match(s, q)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def any_in(words):
    """A function telling whether one of ``words`` is a substring of its argument: ``any(w in s for w in words)``
    written out as one ``or`` chain (compiled once), without a generator's overhead at every call."""
    words = tuple(words)
    # a word holding another one adds nothing to the test ("tonight" beside "night")
    words = tuple(w for i, w in enumerate(words) if not any(v in w and (v != w or j < i) for j, v in enumerate(words) if j != i))
    if not words or not all(isinstance(w, str) for w in words):
        raise ValueError("any_in needs strings")
    return eval("lambda s: " + " or ".join(f"{w!r} in s" for w in words))  # noqa: S307 (repr of literal strings)


def any_literal(words) -> re.Pattern:
    """A pattern whose ``search`` is true iff one of ``words`` is a substring (case-sensitive: give it the
    lowercased text), as ``any(w in s for w in words)`` but in one scan: a trie-shaped alternation (one test
    per character where the flat one tries every word), cut where a shorter word ends."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def alt(node: dict) -> str:
        if "" in node:
            return ""  # a word ends here: the longer ones add nothing to the test
        alts = [re.escape(ch) + alt(node[ch]) for ch in sorted(node)]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(alt(trie))


def _structure(pattern: str):
    """(index, character, depth) of each "(", ")" and "|" of a regex source outside escapes and character
    classes; depth counts the groups open there (a ")" is counted in the group it closes)."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 2 if pattern[i + 1:i + 2] == "]" else 3 if pattern[i + 1:i + 3] == "^]" else 1  # a leading "]" is literal
            continue
        elif c == "(":
            depth += 1
            yield i, c, depth
        elif c == ")":
            yield i, c, depth
            depth -= 1
        elif c == "|":
            yield i, c, depth
        i += 1


def top_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex source (``"|".join`` of them gives it back): the ``|`` outside
    every group and character class."""
    out, start = [], 0
    for i, c, depth in _structure(pattern):
        if c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def group_body(pattern: str) -> str | None:
    """The inside of ``pattern`` when it is one non-capturing group "(?:...)" and nothing more, else None."""
    if not pattern.startswith("(?:"):
        return None
    for i, c, depth in _structure(pattern):
        if c == ")" and depth == 1:
            return pattern[3:-1] if i == len(pattern) - 1 else None
    return None
