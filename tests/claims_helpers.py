"""Helpers shared by the extraction tests (imported by test modules, not collected)."""
from __future__ import annotations


def counted(claims, ctype):
    """Point values of top-level claims of one type that count towards the article's total."""
    return sorted(c.count_point for c in claims
                  if c.casualty_type == ctype and c.counts)
