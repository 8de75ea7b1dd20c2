"""cleaner.text: invisible characters removed; title cleanup: site names stripped at either end, never a
split inside a word."""

from __future__ import annotations

import pytest

from cleaner.text import ends_sentence, sentence_ends, strip_invisible, strip_site_name


@pytest.mark.parametrize(("title", "names", "expected"), [
    # a known site name, at the end or the start, with each separator
    ("Council approves new budget | The Daily Planet", ["The Daily Planet"], "Council approves new budget"),
    ("The Daily Planet » Council approves new budget", ["The Daily Planet"], "Council approves new budget"),
    ("Council approves new budget – Daily Planet", ["Daily Planet"], "Council approves new budget"),
    ("Council approves new budget — Daily Planet", ["Daily Planet"], "Council approves new budget"),
    ("Council approves new budget • Daily Planet", ["Daily Planet"], "Council approves new budget"),
    ("Council approves new budget · Daily Planet", ["Daily Planet"], "Council approves new budget"),
    ("Daily Planet : Council approves new budget", ["Daily Planet"], "Council approves new budget"),
    ("Daily Planet « Council approves new budget", ["Daily Planet"], "Council approves new budget"),
    # the name as a domain, compared by letters and digits alone
    ("Council approves new budget - dailyplanet.com", ["www.dailyplanet.com"], "Council approves new budget"),
    ("Council approves new budget | Daily Planet", ["dailyplanet.com"], "Council approves new budget"),
    # an unknown name: a short last part goes when the headline is clearly longer
    ("Council approves new budget after long debate | Metro", [], "Council approves new budget after long debate"),
    ("Metro | Council approves new budget after long debate", [], "Council approves new budget after long debate"),
    # a lower-case `l` alone standing for `|` before the name, at either end
    ("Frost warning for the north on Tuesday l Radio Nord", ["Radio Nord"], "Frost warning for the north on Tuesday"),
    ("Radio Nord l Neuer Bahnhof öffnet im Frühjahr", ["Radio Nord"], "Neuer Bahnhof öffnet im Frühjahr"),
])
def test_site_name_is_stripped(title, names, expected):
    assert strip_site_name(title, names) == expected


@pytest.mark.parametrize("title", [
    "Wal-Mart opens stores in the U.S.-Mexico border region",  # hyphens inside words
    "Brexit: what happens to the border next",  # a colon without a space before it
    "Budget 2024 – explained",  # the headline is not clearly longer than the part after it
    "Self-driving cars - a primer",
    "Ship l was the first of its class",  # an `l` before a lower-case word is a word
])
def test_no_split_inside_words_or_of_a_short_headline(title):
    assert strip_site_name(title, ["Daily Planet"]) == title


def test_known_name_strips_only_the_name():
    # With the name known, the section label beside the headline stays: it may be the headline's.
    assert strip_site_name("Analysis | Why rates rise | Daily Planet", ["Daily Planet"]) == "Analysis | Why rates rise"


def test_slash_is_no_separator_and_whitespace_is_collapsed():
    assert strip_site_name("Either  / or: the choice\n we face today", []) == "Either / or: the choice we face today"


def test_a_title_that_is_only_the_name_stays():
    assert strip_site_name("Daily Planet", ["Daily Planet"]) == "Daily Planet"


@pytest.mark.parametrize(("text", "expected"), [
    # soft hyphens where a German compound may break, as CMSs hyphenate for narrow screens
    ("Die Mit\u00adtel\u00adal\u00adter\u00adaus\u00adstel\u00adlung im Lan\u00addes\u00admu\u00adse\u00adum",
     "Die Mittelalterausstellung im Landesmuseum"),
    ("Le gou\u00adver\u00adne\u00adment a an\u00adnon\u00adcé", "Le gouvernement a annoncé"),  # French
    ("Rzecz\u00adpo\u00adspo\u00adli\u00adta", "Rzeczpospolita"),  # Polish
    # a zero-width space that lets a long word or address break, a word joiner, a BOM inside the text
    ("https://example.org/\u200blong/\u200bpath", "https://example.org/long/path"),
    ("Donau\u2060dampf\u2060schiff", "Donaudampfschiff"),
    ("Erster Satz.\ufeff Zweiter Satz.", "Erster Satz. Zweiter Satz."),
    # Thai marks word breaks with zero-width spaces: the words run together as they are shown
    ("\u0e20\u0e32\u0e29\u0e32\u200b\u0e44\u0e17\u0e22", "\u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22"),
    # joiners between Latin letters join nothing
    ("Auf\u200clage and co\u200doperate", "Auflage and cooperate"),
])
def test_invisible_characters_are_removed(text: str, expected: str) -> None:
    assert strip_invisible(text) == expected


@pytest.mark.parametrize("text", [
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # Persian `I want`: the non-joiner is its spelling
    "\u0915\u094d\u200d\u0937",  # Devanagari: the joiner picks the half form of a conjunct
    "\U0001f469\u200d\U0001f4bb und \U0001f44d\U0001f3fd",  # emoji: a ZWJ sequence, a skin tone
    "Ein ganz normaler Satz ohne unsichtbare Zeichen.",
])
def test_joiners_that_shape_letters_or_emoji_stay(text: str) -> None:
    assert strip_invisible(text) == text


@pytest.mark.parametrize(("line", "ends"), [
    ("Wir haben den ganzen Nachmittag im Garten gesessen.", True),
    # a blog's sentence that a smiley ends instead of a full stop
    ("Ich wünsche euch allen einen schönen Sonntag <3", True),
    ("Und bitte entschuldigt den kleinen Fehler (falls ihr ihn überhaupt gefunden habt 😉 )", True),
    ("On s'est bien amusés ce week-end :)", True),
    # a quote closes the sentence, in the quote marks of each language
    ("Dann sagte sie nur: „Wir sehen uns morgen.“", True),
    ("Das Motto des Wettbewerbs lautet: »Haltet unsere Seen sauber!«", True),
    ("Il a répondu : « C'est fini. »", True),
    ("She only said ‘Not today.’", True),
    ("Nobody knows everything ;-P )", True),
    # no smiley, no sentence end: a heading, a menu, a count
    ("Unsere Vorschläge für leistbares Wohnen", False),
    ("Kommentare (3)", False),
    ("Version 3", False),
])
def test_a_sentence_ends_with_a_full_stop_or_a_smiley(line, ends):
    assert ends_sentence(line) is ends


@pytest.mark.parametrize(("text", "ends"), [
    ("We left early. The road was empty! Was it a holiday? Nobody knew", 3),
    ("Er rief: „Halt.“ Dann ging er.", 2),
    ("Il pleuvait… Nous sommes restés à la maison.", 2),
    ("我们很早就出发了。路上没有车！", 2),
    # no sentence ends inside: abbreviations and decimals end none
    ("Select Month November 2019 (6) October 2019 (7)", 0),
    ("Version 3.2 of the app", 0),
])
def test_sentence_ends_are_counted_inside_a_line(text, ends):
    assert sentence_ends(text) == ends
