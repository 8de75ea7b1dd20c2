"""cleaner.settings: one typed object for what a user may tune, checked, passed to the Cleaner."""

from __future__ import annotations

import pickle
from dataclasses import replace

import pytest

from cleaner import Cleaner, RegionSettings, Settings, SettingsError, TailSettings, VerdictSettings
from cleaner import settings as defaults

# An index page: ten teasers, each a headline, a sentence and a date, and no article.
INDEX_PAGE = "\n".join(["Local news – The Valley Courier", "Home", "Local", "Sports"] + [
    line for n in range(10) for line in (
        f"Council item number {n} for the valley",
        f"A short summary of item number {n}, which a reader opens to read in full on a page of its own.",
        f"March {n + 1}, 2024")])


def test_the_defaults_are_the_named_constants():
    s = Settings()
    assert s.region.line_cost == defaults.LINE_COST and s.region.good_tokens == defaults.GOOD_TOKENS
    assert s.tail.share == defaults.TAIL_SHARE and s.verdict.teasers == defaults.TEASERS


@pytest.mark.parametrize("make,name", [
    (lambda: TailSettings(share=1.5), "TailSettings.share"),
    (lambda: RegionSettings(line_cost=-1), "RegionSettings.line_cost"),
    (lambda: VerdictSettings(teasers=0), "VerdictSettings.teasers"),
    (lambda: RegionSettings(min_density="high"), "RegionSettings.min_density"),
    (lambda: Settings(region=TailSettings()), "Settings.region"),
])
def test_a_setting_out_of_its_range_is_an_error_naming_it(make, name):
    with pytest.raises(SettingsError, match=name):
        make()


def test_the_cleaner_refuses_what_is_no_settings_object():
    with pytest.raises(SettingsError, match=r"cleaner\.Settings"):
        Cleaner(settings={"tail": {"share": 0.3}})  # type: ignore[arg-type]


def test_the_verdict_follows_its_settings(generic_cleaner):
    assert generic_cleaner.clean(INDEX_PAGE).status == "not-article"
    # Asking for more lone teasers than the page has: the same page is no index page any more.
    strict = Cleaner(site_rules=False, settings=replace(Settings(), verdict=VerdictSettings(teasers=11)))
    assert strict.clean(INDEX_PAGE).status == "ok"


def test_a_pickled_cleaner_keeps_its_settings():
    chosen = replace(Settings(), tail=TailSettings(gap=5))
    again = pickle.loads(pickle.dumps(Cleaner(site_rules=False, settings=chosen)))
    assert again.settings == chosen
