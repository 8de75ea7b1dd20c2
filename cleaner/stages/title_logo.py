"""The site's logo at the page's top (stages.title): the `<title>` line's last part standing alone
as a line among the page's first lines names the site, never the headline. Reading only."""

from __future__ import annotations

from ..page import Features
from ..page.headline import MAX_SITE_WORDS, split
from ..text import key, words

# The page's top, where the site's logo stands above its menu: as title_lines.TOP_LINES (with_top_names).
LOGO_LINES = 20


def top_logo(f: Features, head: int, title_text: str) -> str | None:
    """The `<title>`'s last part (`Headline | Site`) when it stands alone as a line at the page's
    top and its first part does not: the site's name above its menu, however many lines stand
    over it (a cookie banner and its buttons, the day's date, a weather line, account links).
    When both ends stand there, which one is the headline is not known here: None."""
    parts, _ = split(title_text)
    if len(parts) < 2 or words(parts[-1]) > MAX_SITE_WORDS:
        return None
    top = set(f.keys[head + 1:head + 1 + LOGO_LINES])
    last, first = key(parts[-1]), key(parts[0])
    return parts[-1] if last and last in top and first not in top else None
