"""stages.metadata: a section's name run into the byline after the author's name (`Jo Roe Sport`,
where `Sport` is a menu entry of the page) is no part of the name; a name the page has no line for
keeps all its words."""

import pytest

from cleaner import Cleaner
from metadata_pages import news_page


@pytest.mark.parametrize(("language", "lines", "author"), [
    ("en", "12 October 2023 Tomas Brennan Sport", ("Tomas Brennan",)),
    ("de", "Veröffentlicht am 12.10.2023 von Anna Müller Sport", ("Anna Müller",)),
    ("fr", "Publié le 12/10/2023 par Jean Dupont News", ("Jean Dupont",)),
    ("it", "Di Lucia Bellini News | 12/10/2023", ("Lucia Bellini",)),
    ("en", "By Anna Louise Weber\n12 October 2023", ("Anna Louise Weber",)),
])
def test_a_section_after_the_name_is_no_part_of_it(language, lines, author):
    assert Cleaner().clean(news_page(language, lines)).author == author
