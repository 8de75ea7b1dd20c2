"""A twelve-hour time in a date line, made a 24-hour one before dateparser reads the line: it reads
`12:00 AM` as noon when the marker is written with dots or spaces (`12:00 A. M.`, `12:15 a.m.`),
`1:00 P. M.` as one in the morning, and drops the time of `12.00 a.m.` (a dot between hour and minute).
Twelve a.m. is midnight (00:00), twelve p.m. noon (12:00); an hour over twelve is no twelve-hour time
and is left as it is."""

from __future__ import annotations

import regex

# The hour, its separator (`:`, `.`, `h`), the minutes (and seconds), then the marker in the forms
# en, es and pt pages write it: `am`, `AM`, `a.m.`, `a. m.`, `A.M.`, `A. M.` (and `pm` alike).
TWELVE_HOUR = regex.compile(r"(?<![\d:.])(\d{1,2})[:.hH](\d\d)(?::(\d\d))?[ \t\u00a0]*"
                            r"([aApP])\.?[ \t\u00a0]?[mM](?:\.|(?![\p{L}\d]))", regex.V1)
NOON = 12


def to_24_hour(text: str) -> str:
    """The text with each twelve-hour time written as a 24-hour one (`12:30 a.m.` -> `00:30`)."""
    if "m" not in text and "M" not in text:
        return text
    return TWELVE_HOUR.sub(_converted, text)


def _converted(m: regex.Match[str]) -> str:
    hour, minute = int(m[1]), int(m[2])
    if not 1 <= hour <= NOON or minute > 59:
        return m.group()
    hour %= NOON
    if m[4] in "pP":
        hour += NOON
    seconds = f":{m[3]}" if m[3] else ""
    return f"{hour:02}:{minute:02}{seconds}"
