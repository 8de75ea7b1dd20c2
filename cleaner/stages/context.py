"""What every stage may read: the compiled rules that apply to this page."""

from __future__ import annotations

from dataclasses import dataclass

from ..ruleset import GenericRules, SiteRules


@dataclass(slots=True, frozen=True)
class Context:
    generic: GenericRules
    site: SiteRules | None = None
