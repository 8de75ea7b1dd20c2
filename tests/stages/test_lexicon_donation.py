"""stages.lexicon, kind `donation`: an appeal for donations set into or under the article (`Jetzt
spenden`, `Faire un don`, `Jede kleine Spende hilft …`) goes, in German, French, Spanish, Italian and
Polish as in English."""

from __future__ import annotations

import pytest

from cleaner.stages import lexicon
from helpers import doc_of, dropped
from text_pages import PROSE


@pytest.mark.parametrize("line", [
    "Jetzt spenden!", "Spenden", "Unterstützen Sie uns jetzt!",
    "Jede kleine Spende hilft den Familien in den Flutgebieten.",
    "Mit Ihrer Spende helfen Sie Kindern in Not.",
    "Every donation helps us keep the shelter open.",
    "Faire un don", "Chaque don compte pour les familles sinistrées.",
    "Haz una donación", "Cada donación cuenta para las familias.",
    "Dona ora", "Wesprzyj nas",
])
def test_a_donation_appeal_goes(ctx, line):
    doc = doc_of(PROSE, line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {line: "lexicon.donation"}
