"""stages.metadata_far: a personal site's copyright line that names the site before its holder
(`© 2019 harbour24 by Jo Roe`, `© 2021 lejournal3 par Jean Dupont`) names the holder: the longest
reading of the line up to the name counts, and its `by` is said in the page's language. A firm's or
a body's name runs on past a person's two words (`© 2022 Hafen Software GmbH`, `Société Portuaire de
Bretagne`), and a long legal notice is a firm's: neither names an author. Pages written for the test."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from metadata_pages import HEADS, PROSE


@pytest.mark.parametrize(("language", "footer", "author"), [
    ("en", "© 2019 harbour24 by Jane Holloway", "Jane Holloway"),
    ("de", "© 2019 hafen24 von Henrike Voss", "Henrike Voss"),
    ("fr", "© 2021 leport3 par Jean Dupont", "Jean Dupont"),
    ("es", "© 2021 elpuerto7 por Lucía Herrera", "Lucía Herrera"),
    ("nl", "© 2020 dehaven4 door Sanne Vries", "Sanne Vries"),
])
def test_the_copyright_holder_after_the_sites_name_is_the_author(language, footer, author):
    head = HEADS[language]
    page = f"{head} – The Gazette\nHome\nNews\n{head}\n{PROSE[language]}Facebook\nTwitter\nImpressum\n{footer}\n"
    assert Cleaner().clean(page).author == (author,)


@pytest.mark.parametrize(("language", "footer"), [
    ("en", "© 2022 Kestrel Lakes Festival 2022"),
    ("en", "© 2020 Kestrel Lindqvist. All rights reserved. Use of this site constitutes acceptance of our User "
           "Agreement and Privacy Policy and Cookie Statement and Your California Privacy Rights. The material "
           "on this site may not be reproduced, distributed, transmitted, cached or otherwise used."),
    ("de", "© 2018 Deutsche Gesellschaft für Hafenkunde e.V."),
    ("de", "© 2022 Hafen Software GmbH"),
    ("fr", "© 2021 Société Portuaire de Bretagne"),
    ("es", "© 2021 Marina Blanca & Hijos"),
    ("it", "© 2021 Ente Porto d'Abruzzo e Molise"),
])
def test_a_firms_copyright_names_no_author(language, footer):
    head = HEADS[language]
    page = (f"{head} – The Gazette\nHome\nNews\n{head}\n{PROSE[language]}Facebook\nTwitter\n"
            f"Contact\nAdvertise\nSitemap\nRSS\n{footer}\n")
    assert Cleaner().clean(page).author is None
