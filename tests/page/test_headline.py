"""page.headline: the site's names, the <title>'s runs of parts, and how declarations agree, in
English, German, French and Japanese. Pages and names are made up for these tests."""

from __future__ import annotations

import pytest

from cleaner.document import H1_SOURCE, ITEMPROP, LD_HEADLINE, LD_NAME, OG_TITLE, TITLE_ELEMENT, Declarations
from cleaner.page.headline import declared, runs, site_names, trim


@pytest.mark.parametrize("title,names,url,want", [
    # a declared name, at the end or at the start
    ("Why my tomatoes split – The Quiet Plot", ["The Quiet Plot"], None, "Why my tomatoes split"),
    ("Le Jardin Discret | Pourquoi mes tomates éclatent", ["Le Jardin Discret"], None, "Pourquoi mes tomates éclatent"),
    # the domain names the site: `der Schreibstil - example.net`, `Kanzlei Example`, `Beispiel.ch`
    ("Über den Schreibstil - beispielhaft.net", [], "https://www.beispielhaft.net/x", "Über den Schreibstil"),
    ("Steuerrecht für Firmen | Kanzlei Beispielhaft", [], "https://beispielhaft.de/a", "Steuerrecht für Firmen"),
    ("Lawinenkunde für alle - Gipfelblatt.ch", [], "https://www.gipfelblatt.ch/n/1", "Lawinenkunde für alle"),
    # an accent the domain leaves out
    ("Cómo se hace el pan - La Panadería", [], "https://lapanaderia.example/pan", "Cómo se hace el pan"),
    # a letter with no accent to take off, which the domain writes in Latin letters
    ("Das Potenzial von Wasserstoff | Grønland Strom", [], "https://gronland-strom.example/h", "Das Potenzial von Wasserstoff"),
    ("Le vin et la chaleur | Cœur de Vallée", [], "https://coeurdevallee.example/v", "Le vin et la chaleur"),
    # a name of several parts at the end
    ("Der große Test - Anna Berg - Lady Garten", ["Anna Berg - Lady Garten"], None, "Der große Test"),
    ("子どもの体罰を禁止する法律 | 春風新聞", ["春風新聞"], None, "子どもの体罰を禁止する法律"),
])
def test_trim_cuts_only_the_sites_name(title, names, url, want):
    assert trim(title, site_names(names, url)) == want


@pytest.mark.parametrize("title", [
    "Formel-1-Fahrercheck - Alpenwagen: Was die beiden können",  # a hyphen inside a word, a colon of the headline
    "Brexit: what happens next",
    "Wal-Mart opens its 100th store in the U.S.-Canada border town",
    "Take C.A.R.E. - beispielwerk at the trade fair 2018",  # holds the domain's name, but is no name
])
def test_trim_leaves_a_headline_whole(title):
    site = site_names([], "https://www.beispielwerk.example/")
    assert trim(title, site) == title


def test_runs_of_a_title_leave_out_every_run_with_the_site():
    site = site_names(["Harbour Gazette"])
    texts = [text for _, text in runs("Ferry vote - Politics | Harbour Gazette", site)]
    assert texts == ["Ferry vote", "Ferry vote - Politics", "Politics"]


def test_a_title_that_is_only_the_sites_name_is_its_own_run():
    site = site_names(["Harbour Gazette"])
    assert runs("Harbour Gazette", site) == [(0, "Harbour Gazette")]


def _best(*titles: tuple[str, str], names: tuple[str, ...] = (), url: str | None = None) -> str:
    declarations = Declarations(titles, names)
    return declared(declarations, site_names(names, url))[0].text


def test_the_h1_that_the_title_holds_beats_a_shortened_og_title():
    h1 = "Old bakery will become a town museum, the council says"
    assert _best((H1_SOURCE, h1), (OG_TITLE, "Old bakery to become museum"),
                 (TITLE_ELEMENT, f"{h1} | Harbour Gazette"), names=("Harbour Gazette",)) == h1


def test_og_title_and_title_agree_against_a_lone_h1_in_german():
    headline = "Professionelles Design für kleine Firmen"
    assert _best((H1_SOURCE, "Design"), (OG_TITLE, f"{headline} | WERBEWERK"),
                 (TITLE_ELEMENT, f"{headline} | WERBEWERK"), names=("WERBEWERK",)) == headline


def test_json_ld_name_is_no_vote_against_its_headline_in_french():
    headline = "Le marché de Noël ouvre ses portes samedi"
    other = "Marché de Noël : ouverture samedi"
    assert _best((H1_SOURCE, headline), (LD_HEADLINE, headline), (LD_NAME, other), (OG_TITLE, other),
                 (TITLE_ELEMENT, other)) == headline  # two voices each: the headline element wins the tie
    assert _best((H1_SOURCE, headline), (LD_HEADLINE, headline), (LD_NAME, other), (OG_TITLE, other),
                 (TITLE_ELEMENT, f"{other} - Le Petit Journal"), names=("Le Petit Journal",)) == headline


def test_a_logo_h1_loses_to_the_marked_headline():
    headline = "Neuer Motor für den kleinen Sportwagen"
    assert _best((H1_SOURCE, "V8"), (ITEMPROP, headline), (OG_TITLE, headline),
                 (TITLE_ELEMENT, f"{headline} – V8 Magazin"), names=("V8 Magazin",)) == headline


def test_the_text_most_declarations_write_is_the_one_given():
    # The <h1> puts a space before the colon; og:title and <title> do not.
    assert _best((H1_SOURCE, "Frauen im Verein : gestern und heute"),
                 (OG_TITLE, "Frauen im Verein: gestern und heute"),
                 (TITLE_ELEMENT, "Frauen im Verein: gestern und heute")) == "Frauen im Verein: gestern und heute"


def test_japanese_title_and_h1_agree():
    headline = "子どもへの体罰を禁止する法律ができる"
    assert _best((H1_SOURCE, headline), (TITLE_ELEMENT, f"春風ニュース | {headline}"),
                 names=("春風ニュース",)) == headline
