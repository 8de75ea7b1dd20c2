"""Which lines stand right under the headline, where stages.metadata takes a name alone for a byline:
the few lines under the headline's line or under a line that tells the headline again (a page may
show it twice: in its header and over the article), the lines of share and follow widgets between
them not counted (`Headline` / `Share` / `Tweet` / `Email` / `Jane Doe`: the byline is still the
line under the headline)."""

from __future__ import annotations

from ..document import Document
from ..rules.generic import MetadataReading

# The lexicon's kinds of the lines of share and follow widgets; [metadata] widgets matches the ones
# it leaves (`258 Shares`, `+ Follow`, `0 0 0`).
WIDGET_KINDS = ("lexicon.share", "lexicon.follow")
MAX_WIDGETS = 12  # widget lines passed over under one headline (a share bar, a button a line)


def heads(doc: Document, head: int | None) -> list[int]:
    """The headline's line and the lines before it that tell it again, word for word."""
    if head is None:
        return []
    text = doc.blocks[head].text.strip()
    return [i for i in range(head + 1) if doc.blocks[i].text.strip() == text]


def widget_line(text: str, dropped: str | None, reading: MetadataReading) -> bool:
    return dropped in WIDGET_KINDS or any(p.fullmatch(text.strip()) for p in reading.widgets)


def before_widget(name: str, reading: MetadataReading) -> str:
    """A byline's name before a widget's word run into it (`Jo Roe Twitter Account von Jo Roe`: the
    link to the author's profile after the name)."""
    words = name.split()
    at = next((k for k, w in enumerate(words) if k and any(p.fullmatch(w) for p in reading.widgets)), len(words))
    return " ".join(words[:at])


def under_head(doc: Document, heads: list[int], i: int, lines: int, reading: MetadataReading) -> bool:
    """Line i is one of the `lines` lines under one of the headline's lines, widget lines not counted."""
    if i in heads:  # the headline told again is no byline
        return False
    for head in heads:
        if not head < i:
            continue
        between = range(head + 1, i)
        if len(between) >= lines + MAX_WIDGETS:
            continue
        widgets = sum(widget_line(doc.blocks[j].text, doc.blocks[j].dropped, reading) for j in between)
        if widgets <= MAX_WIDGETS and len(between) - widgets < lines:
            return True
    return False


def under_copies(heads: list[int], window: range, lines: int) -> list[int]:
    """The lines read near the article: the window's, and before them the `lines` lines under each
    line that tells the headline again above the window (a page that shows its headline, byline and
    date line in its header, and the headline again over the article: the byline stands only there);
    never under the page's first line (its <title>, over the site's top bar)."""
    above = [i for top in heads if 0 < top < window.start for i in range(top + 1, min(top + 1 + lines, window.start))]
    return [*sorted(set(above)), *window]
