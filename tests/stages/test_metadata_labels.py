"""stages.metadata: a line of capitalised words under the headline that ends in a colon is a label of
the line after it (`Ferry Crossing:` / `2 - 4`), not a byline's name."""

import pytest

from cleaner import Cleaner
from metadata_pages import news_page


@pytest.mark.parametrize(("language", "lines"), [
    ("en", "Ferry Crossing:\n2 - 4\nRelease: 14.11.2023"),
    ("de", "Hafen Rundfahrt:\n2 - 4\nNordkai Fähre:\n-\nTermin: 14.11.2023"),
    ("fr", "Traversée Ferry:\n2 - 4\nVisite Guidée:\n-\nDate limite : 14/11/2023"),
    ("es", "Travesía Ferry:\n2 - 4\nVisita Guiada:\n-\nPlazo: 14/11/2023"),
])
def test_a_label_with_a_colon_is_no_author(language, lines):
    assert Cleaner().clean(news_page(language, lines)).author is None
