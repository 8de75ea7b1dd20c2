"""What every stage may read: the compiled rules that apply to this page."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..ruleset import GenericRules, SiteRules


@dataclass(slots=True, frozen=True)
class Context:
    generic: GenericRules
    site: SiteRules | None = None
    # Per-page results that several stages share (the features of the page's lines).
    cache: dict = field(default_factory=dict)
