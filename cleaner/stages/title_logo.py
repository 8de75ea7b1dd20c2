"""The site's logo at the page's top (stages.title): the `<title>` line's last part standing alone
as a line among the page's first lines names the site, never the headline. Reading only."""

from __future__ import annotations

from ..page import Features
from ..page.headline import MAX_SITE_WORDS, split
from ..text import key, words
from .title_lines import TOP_LINES as LOGO_LINES  # the page's top, where the logo stands above its menu


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


def top_taglines(f: Features, head: int, title_text: str, runs: dict[str, tuple[int, int, str]]) -> set[str]:
    """The keys of the `<title>`'s runs that are the site's tagline (`Headline - Site - Tagline`):
    the `<title>`'s last part, standing among the page's top lines right under another of its parts
    that is not its first (the site's logo over its tagline), while another of its runs stands further
    down (the headline). A kicker over its headline is the `<title>`'s first part: never taken."""
    parts, _ = split(title_text)
    if len(parts) < 3:
        return set()
    last, inner = key(parts[-1]), {key(p) for p in parts[1:-1]}
    keys = f.keys
    for i in range(head + 2, min(len(keys), head + 1 + LOGO_LINES)):
        under_logo = keys[i] == last and last in runs and keys[i - 1] in inner
        if under_logo and any(keys[j] in runs and keys[j] not in (last, keys[i - 1]) for j in range(i + 1, len(keys))):
            return {last}
    return set()
