"""Prose on a Chinese, Japanese or Korean page that holds few function characters: a news
lead written in telegraph style (`5月20日上午，新桥正式通车。全长约4公里，双向六车道。`) names
the day, the place and the figures and hardly one `的`, `了` or `の`. What tells it from a menu
item or a teaser's headline is its punctuation: such a line strings clauses together, and a
headline or a link holds one clause at most. Analysis only: page.region scores it as prose."""

from __future__ import annotations

# The marks that end a clause or a sentence in CJK text (full-width, and the ideographic comma).
CLAUSE_MARKS = frozenset("，。；、！？")
# A line with at least this many of them strings clauses together: prose whatever its function
# characters. A teaser headline holds one or two (`市营巴士，4月起一律2元`); 3 is the fewest a
# sentence of two clauses and a second sentence need (`甲，乙。丙。`).
MIN_CLAUSE_MARKS = 3


def clauses(text: str) -> bool:
    """The line strings clauses together, as a CJK paragraph does."""
    return sum(ch in CLAUSE_MARKS for ch in text) >= MIN_CLAUSE_MARKS
