"""What the stages read of one page: its rules and its analysis, computed on first use and kept
for the page's other stages. Analysis never drops a block; it reads the marks made so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Document
from ..rules.generic import GenericRules
from ..rules.site import SiteRules
from ..settings import Settings
from . import features as _features
from . import region as _region
from .features import Features
from .ingredients import ingredients_start
from .region import Region


@dataclass(slots=True)
class Page:
    """One page's rules and analysis. `features` are the lines as the first stage that asks
    sees them (after the site rules); `region` is found from the marks of the stages before it."""

    doc: Document
    generic: GenericRules
    site: SiteRules | None = None
    settings: Settings = field(default_factory=Settings)
    _features: Features | None = field(default=None, repr=False)
    _own_scores: list[float] | None = field(default=None, repr=False)
    _region: Region | None = field(default=None, repr=False)

    @property
    def features(self) -> Features:
        if self._features is None:
            self._features = _features.compute(self.doc, self.generic.stoplists)
        return self._features

    @property
    def own_scores(self) -> list[float]:
        """Each line's region score from its own features (page.region.own_scores)."""
        if self._own_scores is None:
            self._own_scores = _region.own_scores(self.features, self.settings.region)
        return self._own_scores

    @property
    def region(self) -> Region:
        """The main region of page text (page.region.find), with its trailer cuts."""
        if self._region is None:
            self._region = _region.find(self.features, self.own_scores, self.generic, self.settings)
        return self._region

    @property
    def body_start(self) -> int:
        """Where the body starts: the region's first line, or the heading of a recipe's ingredient
        list right above it (page.ingredients), which the body keeps though the region starts at the method."""
        return ingredients_start(self.features, self.generic.ingredients, self.region.first)


__all__ = ["Features", "Page", "Region"]
