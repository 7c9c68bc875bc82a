"""The claim record: one casualty figure read from an article, with its bounds, victims, time window,
place, source, evidence span and the rule that produced it (see :mod:`pipeline.extract.extractor`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class Claim:
    claim_key: int
    casualty_type: str
    victim_group: str
    is_child: bool
    victim_age: int | None
    reported_value: int | None
    qualifier: str
    count_low: int | None
    count_high: int | None
    count_point: int | None
    parent_key: int | None
    is_summary: bool
    period_start: date | None
    period_end: date | None
    date_precision: str | None
    location: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    event_type: str | None
    attributed_source: str | None
    evidence_text: str
    sentence_start: int
    sentence_end: int
    char_start: int
    char_end: int
    rule: str
    # which article field the offsets refer to: "text", or "title" for figures read from a
    # headline when the body gives none
    evidence_field: str = "text"
    # where the location comes from: "sentence" (the figure's sentence, or the figure it
    # follows), "dateline", "before" (the last place named earlier in the body) or "after"
    # (the first place named later, a reader's guess that grouping does not use); None
    # when there is no location
    location_basis: str | None = None
    # what kind of place the location is, as the gazetteer gives it: "country", "admin" (a state, a
    # province, a county), "city", "town", "village", "neighbourhood" or "other"; None without a place
    location_kind: str | None = None

    def take_place_of(self, other: "Claim") -> None:
        """Place this claim where ``other`` is, saying so the same way (its basis and kind)."""
        self.location, self.country, self.latitude, self.longitude = (
            other.location, other.country, other.latitude, other.longitude)
        self.location_basis, self.location_kind = other.location_basis, other.location_kind

    @property
    def counts(self) -> bool:
        """A figure of its own that the article total may count: not a subset of another claim's
        figure ("including two children"), not a summary of many incidents, and not another party's
        figure set aside for the one the sentence keeps ('/disputed')."""
        return self.parent_key is None and not self.is_summary and not self.rule.endswith("/disputed")
