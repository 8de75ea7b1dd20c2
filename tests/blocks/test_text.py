"""blocks.text: page text to blocks, one a non-empty line, white space of every kind collapsed."""

from __future__ import annotations

from cleaner.blocks.text import text_blocks


def test_text_blocks_collapse_white_space_of_every_kind():
    text = "A  line\twith\u00a0odd\u2009spaces \n\n  Indented\u3000line\r\nClean line\n"
    assert [(b.text, b.line) for b in text_blocks(text)] == [
        ("A line with odd spaces", 1), ("Indented line", 3), ("Clean line", 4)]
    assert [(b.text, b.line) for b in text_blocks("Clean line\n\nAnother one")] == [("Clean line", 1), ("Another one", 3)]
    # The page-wide test that lets clean pages skip the per-line split knows every white space.
    from cleaner.blocks.text import _OTHER_SPACE
    assert all(_OTHER_SPACE.match(ch) for ch in map(chr, range(0x3001)) if ch.isspace() and ch not in " \n")
