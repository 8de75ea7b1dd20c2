"""Date lines of a forum thread's replies (stages.metadata): a thread's page shows each post's stamp
beside its number in the thread, and a page past the thread's first shows only replies:

    03.03.2011, 14:17          <- a reply's date line
    #661                       <- its number in the thread
    Quote from Jo ...

A date line right beside a post's number past the first (`#2` and on) is a reply's: not the page's
date. The opening post's (`#1`) is the thread's and stays readable."""

from __future__ import annotations

import regex

from ..document import Document

# A post's number in its thread, alone on its line (`#661`), and the lines to each side of a date
# line where it stands (the number under the stamp, or over it).
POST_NUMBER = regex.compile(r"#(\d{1,6})")
NUMBER_NEAR = 1


def is_reply_stamp(doc: Document, i: int) -> bool:
    """Line i stands right beside a post's number past the first: it is a reply's date line."""
    for j in (*range(i - NUMBER_NEAR, i), *range(i + 1, i + NUMBER_NEAR + 1)):
        if 0 <= j < len(doc.blocks):
            m = POST_NUMBER.fullmatch(doc.blocks[j].text.strip())
            if m and int(m.group(1)) > 1:
                return True
    return False
