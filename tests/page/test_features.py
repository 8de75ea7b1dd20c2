"""page.features: per-line token and stopword counts, sentence ends and keys, computed once a page."""

from __future__ import annotations

from cleaner.text import ends_sentence, key
from helpers import doc_of


def test_stopword_counts_and_sentence_ends(ctx):
    doc = doc_of("The cat sat on the mat.\nWeather\nWhy it matters")
    doc.language = "en"  # too short to tell; as the HTML path's metadata would declare it
    f = ctx(doc).features
    assert f.tokens == [6, 1, 3]
    assert f.stops[0] >= 3 and f.stops[1] == 0
    assert f.terminal == [True, False, False]
    assert ends_sentence("“We will stay,” she said.”") and ends_sentence("Ist das so?") and ends_sentence("这是真的。")
    assert not ends_sentence("Was wir mitgenommen haben:") and not ends_sentence("Read more »")


def test_page_keys_equal_each_lines_key(ctx):
    # The page-wide pass (ASCII punctuation deleted from the bytes, then the rest) gives each
    # line's `key`: typographic punctuation, underscores, combining marks, CJK, a lone surrogate.
    lines = ["“Don’t—stop!” she_said (at 5:30 p.m.)", "Ünïcode — naïve café…", "नमस्ते, दुनिया!",
             "分享到：微博", "a\ud800b", "__init__ · ¿Qué? «Oui» ½ ²"]
    f = ctx(doc_of("\n".join(lines))).features
    assert f.keys == [key(t) for t in lines]
    assert f.keys[0] == "dontstopshesaidat530pm" and f.keys[4] == "ab"
