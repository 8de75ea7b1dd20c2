"""`fix` rewrites page files in place, `check` only reports: formats, idempotence, atomic writes, exit codes."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import re
import shutil
import stat
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.cli import main
from helpers import ROOT, SAMPLE_FILES, run_cli

MENU_ONLY = "Home\nNews\nSports\nWeather\nContact us\n"


def copy_samples(folder):
    folder.mkdir(parents=True, exist_ok=True)
    for path in SAMPLE_FILES:
        shutil.copy2(path, folder / path.name)
    return [folder / p.name for p in SAMPLE_FILES]


def run(*args, capsys):
    """The CLI in this process (fast); returns (exit code, stdout, stderr)."""
    code = main(list(map(str, args)))
    out, err = capsys.readouterr()
    return code, out, err


def test_fix_writes_title_blank_line_body_and_a_second_fix_is_a_no_op(tmp_path, capsys, cleaner):
    files = copy_samples(tmp_path)
    code, out, err = run("fix", tmp_path, capsys=capsys)
    assert code == 1 and out == ""
    assert [line for line in err.splitlines() if line.startswith("Fixing")] == [f"Fixing {f}" for f in files]
    assert err.splitlines()[-1].startswith("2 files fixed; 2 pages in ")
    for path, original in zip(files, SAMPLE_FILES, strict=True):
        article = cleaner.clean(original.read_bytes())
        assert path.read_text(encoding="utf-8") == article.to_text()  # the sample has no final newline: nor has this
    fixed = [f.read_bytes() for f in files]

    code, out, err = run("fix", tmp_path, capsys=capsys)
    assert code == 0 and "Fixing" not in err
    assert err.startswith("2 files left unchanged; 2 pages")
    assert [f.read_bytes() for f in files] == fixed


def test_check_reports_and_writes_nothing(tmp_path, capsys):
    files = copy_samples(tmp_path)
    code, out, err = run("check", *files, capsys=capsys)
    assert code == 1 and out == ""
    assert err.splitlines()[:2] == [f"Would fix {f}" for f in files]
    assert err.splitlines()[2].startswith("2 files would be fixed; ")
    assert [f.read_bytes() for f in files] == [p.read_bytes() for p in SAMPLE_FILES]
    run("fix", *files, capsys=capsys)
    assert run("check", *files, capsys=capsys)[0] == 0


def test_line_endings_mode_and_bom_are_kept_and_no_temporary_file_is_left(tmp_path, capsys):
    text = SAMPLE_FILES[1].read_text(encoding="utf-8") + "\n"
    page = tmp_path / "page.txt"
    page.write_bytes(codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode())
    page.chmod(0o640)
    assert run("fix", page, capsys=capsys)[0] == 1
    data = page.read_bytes()
    assert data.startswith(codecs.BOM_UTF8) and data.endswith(b"\r\n")
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert stat.S_IMODE(page.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["page.txt"]
    assert run("fix", page, capsys=capsys)[0] == 0 and page.read_bytes() == data


def test_the_first_line_ending_sets_the_file_s_style():
    from cleaner.cli.fixing import newline_of

    assert [newline_of(t) for t in ("a\nb\r\nc", "a\r\nb\nc", "a\rb\nc", "one line")] == ["\n", "\r\n", "\r", "\n"]


def test_a_symlink_keeps_pointing_at_the_rewritten_file(tmp_path, capsys):
    [target, _] = copy_samples(tmp_path / "real")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert run("fix", link, capsys=capsys)[0] == 1
    assert link.is_symlink() and "fbpx" not in target.read_text(encoding="utf-8")


def test_a_page_with_no_article_is_reported_and_left_as_it_was(tmp_path, capsys):
    page = tmp_path / "menu.txt"
    page.write_text(MENU_ONLY)
    code, _out, err = run("fix", page, capsys=capsys)
    assert code == 0 and page.read_text() == MENU_ONLY
    assert err.splitlines()[0] == f"article-cleaner: {page}: no article found (status not-article); left as it was"


def test_html_in_a_text_file_is_an_error_and_left_alone(tmp_path, capsys):
    page = tmp_path / "page.txt"
    html = "<!doctype html><html><body><h1>Title of it</h1><p>Some text of the story here.</p></body></html>"
    page.write_text(html)
    code, _out, err = run("fix", page, capsys=capsys)
    assert code == 123 and page.read_text() == html
    assert err.splitlines()[0].startswith(f"article-cleaner: {page}: holds HTML; fix rewrites page text only")


def test_a_file_that_cannot_be_written_is_untouched_and_named(tmp_path, capsys, monkeypatch):
    [page, _] = copy_samples(tmp_path)

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    code, _out, err = run("fix", page, capsys=capsys)
    assert code == 123
    assert err.splitlines()[0] == f"article-cleaner: {page}: Permission denied; left as it was"
    assert page.read_bytes() == SAMPLE_FILES[0].read_bytes()
    assert sorted(os.listdir(tmp_path)) == sorted(p.name for p in SAMPLE_FILES)  # the temporary file is gone


def test_folders_are_walked_hidden_ones_skipped_named_files_always_taken(tmp_path, capsys):
    for folder in ("a/b", ".git", "a/.cache"):
        copy_samples(tmp_path / folder)
    (tmp_path / "a" / ".hidden.txt").write_text(SAMPLE_FILES[0].read_text())
    (tmp_path / "a" / "notes.md").write_text(SAMPLE_FILES[0].read_text())
    _code, _out, err = run("check", tmp_path, capsys=capsys)
    assert [line.split("/")[-2:] for line in err.splitlines() if line.startswith("Would fix")] == \
        [["b", p.name] for p in SAMPLE_FILES]
    code, _out, err = run("check", tmp_path / "a" / "notes.md", tmp_path / "a" / ".." / "a" / "notes.md", capsys=capsys)
    assert code == 1 and err.startswith("Would fix") and err.count("Would fix") == 1  # named twice, taken once


def test_a_missing_path_is_a_usage_error(tmp_path, capsys):
    code, _out, err = run("fix", tmp_path / "gone", capsys=capsys)
    assert code == 2 and err == f"article-cleaner: {tmp_path / 'gone'}: No such file or directory\n"


def test_diff_prints_a_unified_diff_and_writes_nothing(tmp_path, capsys):
    [page, _] = copy_samples(tmp_path)
    code, out, err = run("fix", "--diff", page, capsys=capsys)
    assert code == 1 and page.read_bytes() == SAMPLE_FILES[0].read_bytes()
    lines = out.splitlines()
    assert lines[:2] == [f"--- {page}", f"+++ {page}"] and lines[2].startswith("@@ ")
    assert "-fbpx" in lines
    assert err.startswith(f"Would fix {page}")


# JSON Lines files

def jsonl_records():
    return [{"id": i, "text": p.read_text(encoding="utf-8"), "lang": "en"} for i, p in enumerate(SAMPLE_FILES)]


def test_jsonl_records_are_cleaned_as_the_jsonl_filter_does(tmp_path, capsys):
    path = tmp_path / "pages.jsonl"
    lines = [json.dumps(r) for r in jsonl_records()]
    done = json.dumps({"id": 9, "title": "Kept as it is", "body": "Already clean.", "status": "ok"})
    path.write_text("\r\n".join([lines[0], done, "", lines[1]]) + "\r\n", encoding="utf-8")
    expected = run_cli("--jsonl", stdin="\n".join(lines)).stdout.splitlines()
    assert run("fix", path, capsys=capsys)[0] == 1
    assert path.read_bytes().decode().split("\r\n") == [expected[0], done, "", expected[1], ""]
    before = path.read_bytes()
    assert run("fix", path, capsys=capsys)[0] == 0 and path.read_bytes() == before


def test_jsonl_gz_is_rewritten_compressed_and_settles(tmp_path, capsys):
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in jsonl_records()).encode()))
    assert run("fix", path, capsys=capsys)[0] == 1
    out = [json.loads(line) for line in gzip.decompress(path.read_bytes()).splitlines()]
    assert [r["id"] for r in out] == [0, 1] and all("text" not in r and r["title"] for r in out)
    before = path.read_bytes()
    assert run("check", path, capsys=capsys)[0] == 0 and path.read_bytes() == before


def test_a_bad_record_leaves_the_whole_file_as_it_was(tmp_path, capsys):
    path = tmp_path / "pages.jsonl"
    content = json.dumps(jsonl_records()[0]) + "\n{broken\n" + json.dumps({"id": 3, "note": "no page"}) + "\n"
    path.write_text(content)
    code, _out, err = run("fix", path, capsys=capsys)
    assert code == 123 and path.read_text() == content
    assert err.splitlines()[:3] == [
        f"article-cleaner: {path}:2: not valid JSON: Expecting property name enclosed in double quotes at column 2",
        f"article-cleaner: {path}:3: the record has no 'text' or 'html' field",
        f"article-cleaner: {path}: a record could not be cleaned; the file was left as it was",
    ]
    assert os.listdir(tmp_path) == ["pages.jsonl"]


def test_a_record_with_no_article_keeps_its_text(tmp_path, capsys):
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": 1, "text": MENU_ONLY}) + "\n" + json.dumps(jsonl_records()[1]) + "\n")
    code, _out, err = run("fix", path, capsys=capsys)
    assert code == 1
    menu, page = [json.loads(line) for line in path.read_text().splitlines()]
    assert menu == {"id": 1, "text": MENU_ONLY} and page["title"]
    assert f"{path}:1: no article found (status not-article); record left as it was" in err


def test_jsonl_diff_has_one_hunk_per_changed_record(tmp_path, capsys):
    path = tmp_path / "pages.jsonl"
    done = json.dumps({"id": 9, "title": "T", "body": "B"})
    path.write_text(done + "\n" + json.dumps(jsonl_records()[0]) + "\n")
    code, out, _err = run("check", "--diff", path, capsys=capsys)
    lines = out.splitlines()
    assert code == 1 and lines[:3] == [f"--- {path}", f"+++ {path}", "@@ -2 +2 @@"]
    assert json.loads(lines[3][1:])["id"] == 0 and "title" in json.loads(lines[4][1:])
    assert len(lines) == 5


# Idempotence: `fix` writes the fixed point of cleaning, so a second fix never changes a byte.

class FlipFlop:
    """A cleaner that never settles: each pass turns the page into the other of two versions."""

    def clean(self, text, url=None, kind=None):
        from cleaner import Article

        body = "Second version of the story." if "First" in text else "First version of the story."
        return Article(title="A title here", body=body)


class OneLineAPass:
    """A cleaner that drops one marker line a pass: it settles, but only after several passes."""

    def clean(self, text, url=None, kind=None):
        from cleaner import Article

        lines = [line for line in text.split("\n") if line]
        for i, line in enumerate(lines):
            if line.startswith("Share"):
                del lines[i]
                break
        return Article(title=lines[0], body="\n\n".join(lines[1:]))


def test_a_page_that_does_not_settle_is_reported_not_written():
    from cleaner.cli.fixing import FAILED, fix_page

    fixed = fix_page(FlipFlop(), b"A title here\n\nFirst version of the story.\n")
    assert fixed.outcome == FAILED and fixed.data is None
    assert "does not settle" in fixed.message


def test_a_page_that_settles_late_is_written_at_its_fixed_point():
    from cleaner.cli.fixing import CHANGED, UNCHANGED, fix_page

    fixed = fix_page(OneLineAPass(), b"Title\nShare this\nShare that\nThe story.\n")
    assert fixed.outcome == CHANGED and fixed.data == b"Title\n\nThe story.\n"
    assert fix_page(OneLineAPass(), fixed.data).outcome == UNCHANGED


REALISTIC_PAGES = {
    # Written for these tests in the shape scrapers save pages: menus, prompts, captions, comment forms.
    "de-news.txt": """Startseite
Politik
Wirtschaft
Sport

Stadtrat beschließt neuen Radweg entlang der Uferstraße

Teilen
Twittern

Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Bau eines neuen Radwegs entlang der Uferstraße beschlossen. Die Arbeiten sollen im Frühjahr beginnen.

Die Kosten von rund 2,4 Millionen Euro trägt zu einem großen Teil das Land. Anwohner hatten sich seit Jahren für eine sichere Verbindung eingesetzt.

„Wir haben lange darauf gewartet“, sagte eine Sprecherin der Bürgerinitiative.

Foto: dpa

Newsletter abonnieren
Mehr zum Thema
""",
    "en-blog.txt": """Skip to content
Menu

How we rebuilt our community garden after the flood

Posted on March 3 by the garden team

When the river rose last autumn, most of our beds were under water for a week. This is how volunteers rebuilt them over the winter.

First we tested the soil. The results were better than we feared, but two beds had to be replaced entirely.

Then we raised the new beds by thirty centimetres, using timber donated by a local builder.

Share this:
Facebook
Twitter

Like this:
Like Loading...

Leave a Reply
Your email address will not be published. Required fields are marked *
Comment
Name *
Email *
""",
    "fr-captions.txt": """Accueil › Culture

Le festival de jazz attire un public record

Le festival a accueilli plus de 40 000 spectateurs ce week-end, un record depuis sa création il y a vingt ans.

Le public devant la grande scène samedi soir. (Photo: AFP)

Les organisateurs prévoient déjà une édition plus longue l'an prochain, avec une scène supplémentaire au bord du lac.

Le public devant la grande scène samedi soir. (Photo: AFP)

Lire aussi
Partager sur Facebook
""",
}


@pytest.mark.parametrize("name", sorted(REALISTIC_PAGES))
def test_fix_is_idempotent_on_realistic_pages(name, tmp_path, capsys):
    page = tmp_path / name
    page.write_text(REALISTIC_PAGES[name], encoding="utf-8")
    run("fix", page, capsys=capsys)
    once = page.read_bytes()
    assert once != REALISTIC_PAGES[name].encode()  # the cruft went
    code, _out, err = run("fix", page, capsys=capsys)
    assert code == 0 and page.read_bytes() == once, err
    assert Cleaner().clean(once).to_text() + "\n" == once.decode()  # what fix wrote is its own result


def test_fix_is_idempotent_on_the_bench_pages_text():
    """Real pages (../shared/bench or BENCH_DIR, when present): a fixed page never changes again."""
    from cleaner.cli.fixing import CHANGED, FAILED, UNCHANGED, fix_page

    path = Path(os.environ.get("BENCH_DIR", ROOT.parent / "shared" / "bench")) / "teval.jsonl"
    if not path.exists():
        pytest.skip("the bench pages are not beside this checkout")
    cleaner = Cleaner()
    with open(path, encoding="utf-8") as fh:
        pages = [json.loads(line)["text"] for _, line in zip(range(40), fh, strict=False)]
    outcomes = []
    for text in pages:
        first = fix_page(cleaner, text.encode())
        outcomes.append(first.outcome)
        if first.outcome == CHANGED:
            assert fix_page(cleaner, first.data).outcome == UNCHANGED
    assert outcomes.count(FAILED) <= 2 and outcomes.count(CHANGED) >= 30, outcomes


def test_the_summary_reports_the_share_removed_from_the_page_text(tmp_path, capsys):
    files = copy_samples(tmp_path)
    before = sum(len(f.read_text(encoding="utf-8")) for f in files)
    code, _, err = run("check", tmp_path, capsys=capsys)
    share = float(re.search(r"([\d.]+)% of the text removed", err.splitlines()[-1]).group(1)) / 100
    run("fix", tmp_path, capsys=capsys)
    after = sum(len(f.read_text(encoding="utf-8")) for f in files)
    assert code == 1 and share == pytest.approx(1 - after / before, abs=0.05)  # once 0.0%


# A decoding that is a guess, or that replaced bytes, is never written back unless asked.
STORY_FR = ("Le caf\u00e9 de la gare rouvre\n\nLe caf\u00e9 de la gare a rouvert lundi apr\u00e8s six mois de "
            "travaux, a annonc\u00e9 la mairie dans un communiqu\u00e9 publi\u00e9 le matin m\u00eame.\n")


def test_fix_leaves_a_page_with_a_stray_byte_as_it_was_and_says_why(tmp_path, capsys):
    page = tmp_path / "page.txt"
    data = STORY_FR.encode().replace("apr\u00e8s".encode(), b"apr\xe8s")  # one Latin-1 byte among UTF-8
    page.write_bytes(data)
    code, _out, err = run("fix", page, capsys=capsys)
    assert code == 123 and page.read_bytes() == data
    assert f"{page}: 1 byte not utf-8 (replaced with U+FFFD when read); left as it was" in err


def test_fix_leaves_a_guessed_encoding_unless_asked(tmp_path, capsys):
    page = tmp_path / "page.txt"
    data = (STORY_FR + "Menu\n").encode("cp1252")
    page.write_bytes(data)
    code, _out, err = run("fix", page, capsys=capsys)
    assert code == 123 and page.read_bytes() == data and "was guessed); left as it was" in err
    code, _out, err = run("fix", "--rewrite-guessed", page, capsys=capsys)
    assert code == 1 and page.read_bytes() != data
    assert "apr\u00e8s six mois" in page.read_text(encoding="utf-8")


def test_the_filter_reports_replaced_bytes_and_cleans_the_rest(tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(STORY_FR.encode().replace("apr\u00e8s".encode(), b"apr\xe8s"))
    result = run_cli(str(page))
    assert result.returncode == 0
    assert "Le caf\u00e9 de la gare a rouvert lundi apr\ufffds six mois" in json.loads(result.stdout)["body"]
    assert result.stderr == f"article-cleaner: WARNING: {page}: 1 byte not utf-8, replaced with U+FFFD\n"


# Another process writing the same file: fix rewrites a file only if it is still what was read.
def test_records_appended_during_fix_are_never_lost(tmp_path, capsys, monkeypatch):
    from cleaner.cli import corpus

    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": STORY_FR}) + "\n" for i in range(3)), encoding="utf-8")
    appended = json.dumps({"id": 99, "text": STORY_FR}) + "\n"
    real = corpus.fix_record

    def fix_and_append(cleaner, raw, **options):
        if b'"id": 1,' in raw:  # another writer appends while fix is at record 2
            with path.open("a", encoding="utf-8") as fh:
                fh.write(appended)
        return real(cleaner, raw, **options)

    before = path.read_text(encoding="utf-8")
    monkeypatch.setattr(corpus, "fix_record", fix_and_append)
    code, _out, err = run("fix", path, capsys=capsys)
    assert code == 123 and path.read_text(encoding="utf-8") == before + appended
    assert f"{path}: it changed while it was being fixed (another process wrote to it); left as it was" in err
    assert list(tmp_path.iterdir()) == [path]


def test_a_page_rewritten_during_fix_keeps_the_other_writer_s_version(tmp_path, capsys, monkeypatch):
    from cleaner.cli import corpus

    page = tmp_path / "page.txt"
    page.write_text(STORY_FR + "Menu\n", encoding="utf-8")
    theirs = (STORY_FR + "Menu\n").replace("lundi", "mardi")  # same size; its time set back below
    st = page.stat()
    real = corpus.fix_page

    def fix_while_rewritten(cleaner, data, **kw):
        with page.open("r+", encoding="utf-8") as fh:  # in place: the same inode, size and mtime
            fh.write(theirs)
        os.utime(page, ns=(st.st_atime_ns, st.st_mtime_ns))
        return real(cleaner, data, **kw)

    monkeypatch.setattr(corpus, "fix_page", fix_while_rewritten)
    code, _out, err = run("fix", page, capsys=capsys)
    assert code == 123 and page.read_text(encoding="utf-8") == theirs  # only the digest tells
    assert "it changed while it was being fixed" in err


def test_a_file_another_process_has_locked_is_left_as_it_was(tmp_path, capsys):
    import fcntl

    page = tmp_path / "page.txt"
    page.write_text(STORY_FR + "Menu\n", encoding="utf-8")
    with page.open("rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        code, _out, err = run("fix", page, capsys=capsys)
    assert code == 123 and page.read_text(encoding="utf-8") == STORY_FR + "Menu\n"
    assert f"{page}: another process holds a lock on it; left as it was" in err


# Temporary files a killed run left are removed by the next fix; a live run's are not.
def test_fix_removes_stale_temporary_files_of_its_own_naming_only(tmp_path, capsys):
    import fcntl

    page = tmp_path / "page.txt"
    page.write_text(STORY_FR + "Menu\n", encoding="utf-8")
    stale, live = tmp_path / ".page.txt.ab12cd_3.tmp", tmp_path / ".page.txt.zz99yy00.tmp"
    other, unrelated = tmp_path / ".gone.txt.ab12cd34.tmp", tmp_path / ".page.txt.notours.tmp"
    for temp in (stale, live, other, unrelated):
        temp.write_text("half a page", encoding="utf-8")
        os.utime(temp, (1_000_000_000, 1_000_000_000))
    with live.open("rb") as held:  # a run still writing it holds its lock
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        code, _out, err = run("fix", page, capsys=capsys)
    assert code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in (page, live, other, unrelated))
    assert f"{stale}: a temporary file an interrupted run left; removed" in err
    run("check", page, capsys=capsys)  # check writes nothing, and removes nothing
    assert live.exists()


# One bad path must not stop the run: what is no regular file is skipped and reported.
def test_a_symlink_loop_and_a_fifo_in_a_folder_are_skipped_and_the_rest_fixed(tmp_path, capsys):
    page = tmp_path / "b.txt"
    page.write_text(STORY_FR + "Menu\n", encoding="utf-8")
    (tmp_path / "a.txt").symlink_to(tmp_path / "a.txt")
    os.mkfifo(tmp_path / "c.txt")  # read, it would block for ever
    code, _out, err = run("fix", tmp_path, capsys=capsys)
    assert code == 123 and page.read_text(encoding="utf-8") == STORY_FR.removesuffix("\n") + "\n"
    assert f"article-cleaner: {tmp_path / 'a.txt'}: a symlink loop; skipped" in err
    assert f"article-cleaner: {tmp_path / 'c.txt'}: not a regular file; skipped" in err
    assert "1 file fixed" in err and "2 skipped" in err


def test_a_device_named_is_skipped_and_the_files_after_it_are_fixed(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(STORY_FR + "Menu\n", encoding="utf-8")
    code, _out, err = run("fix", "/dev/zero", page, capsys=capsys)
    assert code == 123 and "article-cleaner: /dev/zero: not a regular file; skipped" in err
    assert "Menu" not in page.read_text(encoding="utf-8")


def test_max_bytes_refuses_a_large_page_and_a_gzip_bomb_of_one_line(tmp_path, capsys):
    page, bomb = tmp_path / "page.txt", tmp_path / "bomb.jsonl.gz"
    page.write_text(STORY_FR + "Menu\n", encoding="utf-8")
    with gzip.open(bomb, "wb") as fh:  # a few kB on disk, one line of 8 MB once read
        fh.write(b'{"text": "' + b"a" * 8_000_000 + b'"}\n')
    data = bomb.read_bytes()
    code, _out, err = run("fix", "--max-bytes", "100000", page, bomb, capsys=capsys)
    assert code == 123 and bomb.read_bytes() == data and "Menu" not in page.read_text(encoding="utf-8")
    assert f"{bomb}: line 1 is longer than 100,000 bytes (--max-bytes); left as it was" in err
    code, _out, err = run("fix", "--max-bytes", "100", page, capsys=capsys)
    assert code == 123 and f"{page}: larger than 100 bytes (--max-bytes); left as it was" in err


def test_a_page_that_settles_after_the_limit_says_how_to_allow_more_rounds():
    from cleaner.cli.fixing import CHANGED, FAILED, fix_page

    page = b"Title\n" + b"Share this\n" * 5 + b"The story.\n"  # settles on the 6th round
    fixed = fix_page(OneLineAPass(), page)
    assert fixed.outcome == FAILED
    assert fixed.message.endswith("(it still changes after 4 rounds); left as it was (--max-rounds 8 allows more)")
    fixed = fix_page(OneLineAPass(), page, rounds=8)
    assert fixed.outcome == CHANGED and fixed.data == b"Title\n\nThe story.\n"


def test_max_rounds_reaches_fix(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(STORY_FR + "Menu\n", encoding="utf-8")
    assert run("fix", "--max-rounds", "0", page, capsys=capsys)[0] == 2
    assert run("fix", "--max-rounds", "3", page, capsys=capsys)[0] == 1


def test_a_hard_link_is_split_as_the_readme_says(tmp_path, capsys):
    page, other = tmp_path / "page.txt", tmp_path / "other-name.txt"
    page.write_text(STORY_FR + "Menu\n", encoding="utf-8")
    os.link(page, other)
    assert run("fix", page, capsys=capsys)[0] == 1
    assert "Menu" not in page.read_text(encoding="utf-8")
    assert other.read_text(encoding="utf-8") == STORY_FR + "Menu\n" and page.stat().st_nlink == 1
