"""Word lists of a generic rule file (`[words]`, rules.words): how `{name}` expands, the problems a
rule author is told of, and what the shipped lists cover, language by language."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.cli import main
from cleaner.rules.files import RuleError, builtin_rules_dir, problems, read_toml
from cleaner.rules.generic import load_generic
from cleaner.rules.patterns import compile_pattern
from cleaner.rules.schema import GenericFile
from cleaner.rules.words import REFERENCE, WordsError, expand, references, resolve

LISTS = {"mo": "jan|feb", "de": "januar|februar"}


# --- expansion ------------------------------------------------------------------------------

@pytest.mark.parametrize(("source", "expanded"), [
    ("({mo}|later)", "(jan|feb|later)"),  # alone in an alternation: the items join it
    ("(?:{mo})", "(?:jan|feb)"),
    ("(?>x|{mo})", "(?>x|jan|feb)"),
    ("{mo}[a-z]*", "(?:jan|feb)[a-z]*"),  # beside other text: a group, so the alternation stays whole
    ("x {mo}", "x (?:jan|feb)"),
    ("{mo}", "(?:jan|feb)"),  # a whole pattern: a group too (its alternatives stay one pattern)
    ("{mo}{2}", "(?:jan|feb){2}"),
    ("(?i:{mo})", "(?i:(?:jan|feb))"),
    (r"\({mo}\)", r"\((?:jan|feb)\)"),  # an escaped bracket opens no group
    (r"\\({mo})", r"\\(jan|feb)"),  # an escaped backslash, then a group
])
def test_a_reference_becomes_the_lists_alternation(source, expanded):
    assert expand(source, LISTS) == expanded
    compile_pattern(expanded)


@pytest.mark.parametrize("source", [
    r"\d{1,4}", r"x{2}", r"x{,3}", r"\p{Lu}{2,}", r"\N{BULLET}", r"\x{263a}", "[{mo}]", r"\{mo\}", r"\{mo}",
    "(?:ab){e<=1}", "{x}",  # a fuzzy constraint, and a one-letter name: never a list's
])
def test_braces_that_are_no_reference_stay(source):
    assert references(source) == []
    assert expand(source, LISTS) == source


def test_an_unknown_name_is_an_error_naming_it():
    with pytest.raises(WordsError, match=r"unknown word list \{months\}"):
        expand("{months} 19", LISTS)


def test_lists_may_name_lists_and_keep_their_order():
    lists, found = resolve({"en": ["may", "june"], "de": ["mai", "juni"], "all": ["{en}", "{de}", "x{en}"]})
    assert found == []
    assert lists["all"] == "may|june|mai|juni|x(?:may|june)"


def test_a_list_that_names_itself_is_a_problem_of_its_key():
    lists, found = resolve({"aa": ["x", "{bb}"], "bb": ["{aa}"], "cc": ["{cc}"], "ok": ["y"], "dd": ["{nope}"]})
    assert lists["ok"] == "y" and lists["aa"] is None and lists["cc"] is None and lists["dd"] is None
    assert sorted(found) == [
        ("words.bb.0", "the word list {aa} names itself: aa -> bb -> aa"),
        ("words.cc.0", "the word list {cc} names itself: cc -> cc"),
        ("words.dd.0", "unknown word list {nope}: the file's [words] table has no such list"),
    ]


# --- rule files -----------------------------------------------------------------------------

def write(folder: Path, body: str) -> Path:
    path = folder / "generic.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_generic_file_expands_its_lists_when_it_is_loaded(tmp_path):
    path = write(tmp_path, "[words]\nstamps = ['Stand', 'Aktualisiert']\n"
                           "[datelines]\nlines = ['({stamps}):? \\d{1,2}\\.\\d{1,2}\\.\\d{4}']\n")
    rules = load_generic([path])
    assert rules.dateline_lines
    hits = [(p.source, bool(compile_pattern(p.source).fullmatch("Stand: 19.11.2019")))
            for p in (r.pattern for rules_ in rules.dateline_lines.by_key.values() for r in rules_)]
    assert hits and all(source.startswith("(Stand|Aktualisiert)") and matched for source, matched in hits)


def test_an_unknown_list_is_a_rule_error_naming_the_file_and_the_key(tmp_path):
    path = write(tmp_path, "[words]\nmonths = ['may']\n[datelines]\nlines = ['x', '{monts} \\d+']\n")
    with pytest.raises(RuleError) as err:
        load_generic([path])
    assert (err.value.path, err.value.key) == (str(path), "datelines.lines.1")
    assert "unknown word list {monts}" in err.value.problem


def test_rules_check_reports_every_word_list_problem(capsys, tmp_path):
    write(tmp_path, "[words]\naa = ['{bb}']\nbb = ['{aa}']\nBad-Name = ['x']\nok = ['y']\n"
                    "[trailers]\nmarkers = ['{ok}', '{nothing}']\n[[lexicon]]\nkind = 'x'\nlines = ['{aa}']\n")
    code = main(["rules", "check", str(tmp_path)])
    out = capsys.readouterr().out.splitlines()
    g = tmp_path / "generic.toml"
    assert code == 4
    assert sorted(out) == sorted([
        f"{g}: words.bb.0: the word list {{aa}} names itself: aa -> bb -> aa",
        f"{g}: words.Bad-Name.[key]: String should match pattern '^[a-z][a-z0-9_]+$'",
        f"{g}: lexicon.0.lines.0: the word list {{aa}} has a problem (see words.aa)",
        f"{g}: trailers.markers.1: unknown word list {{nothing}}: the file's [words] table has no such list",
    ])


def test_site_files_have_no_word_lists(tmp_path):
    """Braces in a site file's pattern are what the regex module makes of them, as before."""
    from cleaner.rules.site import load_site

    path = tmp_path / "x.toml"
    path.write_text("[site]\nname = 'X'\n[text]\ndrop_lines = ['a{bc}']\n", encoding="utf-8")
    assert load_site(path).drop_lines[0].source == "a{bc}"


# --- the shipped lists ----------------------------------------------------------------------

SHIPPED = builtin_rules_dir() / "generic.toml"


@pytest.fixture(scope="module")
def shipped() -> GenericFile:
    spec, found = problems(GenericFile, read_toml(SHIPPED), SHIPPED)
    assert found == [] and spec is not None
    return spec


@pytest.fixture(scope="module")
def stamp(shipped):
    """The dateline patterns, as the lexicon stage tries them: each a whole line."""
    patterns = [compile_pattern(s) for s in shipped.datelines.lines]
    return lambda line: any(p.fullmatch(line) for p in patterns)


def test_every_reference_of_the_shipped_file_is_expanded(shipped):
    patterns = [s for group in shipped.lexicon for s in group.lines + group.contains]
    patterns += shipped.datelines.lines + shipped.trailers.markers + shipped.captions.credits + shipped.html.dates
    assert [s for s in patterns if REFERENCE.search(s)] == []
    # The long time-stamp patterns are written with the lists, not out.
    assert all(len(line) < 200 for line in read_toml(SHIPPED)["datelines"]["lines"])


def words(spec: GenericFile, name: str) -> list[str]:
    return spec.words[name]


@pytest.mark.parametrize("language", ["en", "de", "fr", "pl"])
def test_each_language_has_its_twelve_months(shipped, language):
    assert len(set(words(shipped, f"months_{language}"))) == 12


@pytest.mark.parametrize("language", ["en", "de", "fr", "pl", "zh"])
def test_each_language_has_its_date_prefixes_and_bylines_too(shipped, language):
    assert words(shipped, f"date_prefixes_{language}")
    if language != "zh":
        assert words(shipped, f"byline_prefixes_{language}") and words(shipped, f"ago_{language}")


MONTHS = {  # as a date says them, each in a time stamp of its language
    "en": ("{} 19, 2019", "January February March April May June July August September October November December"),
    "de": ("19. {} 2019", "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "fr": ("19 {} 2019", "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "pl": ("19 {} 2019", ("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
                          "listopada grudnia")),
}


@pytest.mark.parametrize("language", sorted(MONTHS))
def test_every_month_of_every_language_makes_a_time_stamp(stamp, language):
    form, names = MONTHS[language]
    assert [name for name in names.split() if not stamp(form.format(name))] == []


WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
}


@pytest.mark.parametrize("language", sorted(WEEKDAYS))
def test_every_weekday_of_every_language_makes_a_time_stamp(shipped, stamp, language):
    assert set(words(shipped, f"weekdays_{language}")) == set(WEEKDAYS[language].casefold().split())
    assert [day for day in WEEKDAYS[language].split() if not stamp(f"{day}, 19.11.2019")] == []


@pytest.mark.parametrize("line", [
    "Published on November 19, 2019 at 6:34 am",  # en
    "Updated 1:39 am EST, Wednesday, November 20, 2019",
    "2 days ago at 07:52 am",
    "Veröffentlicht am 19. März 2021 um 10:15 Uhr",  # de
    "Stand: 19.11.2019",
    "vor 2 Stunden",
    "Publié le 19/11/2019 à 10h15",  # fr
    "Mis à jour le 3 février 2020",
    "il y a 3 jours",
    "Opublikowano 19 listopada 2019",  # pl
    "2 dni temu",
    "发布时间 2019-11-19 10:15",  # zh
])
def test_time_stamps_in_each_language_are_datelines(stamp, line):
    assert stamp(line)


@pytest.mark.parametrize("line", [
    "Associated Press November 19, 2019, 9:02 AM",  # an agency and its time stamp
    "dpa 19.11.2019, 10:15 Uhr",
    "Agence France-Presse 19 novembre 2019 à 10h15",
    "PAP 19 listopada 2019",
    "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",  # published and updated
    "Veröffentlicht: 19.11.2019 | Aktualisiert: 20.11.2019",
    "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET",
    "Written: 2019-11-07 15:03:30 / Updated: 2019-11-07 15:30:46",
    "Harbour Town, City Desk | Updated : 19 November 2019, 09:01 AM",  # after a place or a desk
    "Lyon, rédaction | Publié le 19/11/2019 à 10h15",
])
def test_agency_and_double_time_stamps_are_datelines(stamp, line):
    assert stamp(line)


@pytest.mark.parametrize("line", [
    "Reuters reported on November 19, 2019 that the talks had failed.",
    "The AP count, updated at 9:02 AM, showed him ahead by 300 votes.",
    "Published in 2019, the report | a summary of 40 pages, was read by many.",
])
def test_prose_naming_an_agency_or_an_update_is_no_dateline(stamp, line):
    assert not stamp(line)


@pytest.mark.parametrize("line", [
    "By Jane Doe",  # en
    "Written by Jane Doe and John Roe, November 19, 2019",
    "Posted on March 3, 2021 by Jane Doe",
    "Von Max Mustermann und Erika Musterfrau",  # de
    "Par Jean Dupont | 19/11/2019",  # fr
    "Przez Jan Kowalski",  # pl
    "Escrito por María López y Juan Pérez",  # es
])
def test_bylines_in_each_language_are_datelines(stamp, line):
    assert stamp(line)


@pytest.mark.parametrize("line", [
    "Mainz, 19.11.2019",  # `Mai` starts no time stamp: it starts other words
    "May the plan go ahead in 2020, the minister asked.",
    "On Monday the harbour reopened after 19 days.",
    "By the time the ferry arrived, 300 people were waiting.",
    "Am Montag öffnete der Hafen nach 19 Tagen wieder.",
])
def test_prose_with_dates_in_it_is_no_dateline(stamp, line):
    assert not stamp(line)
