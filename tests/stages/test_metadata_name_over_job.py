"""stages.metadata_jobs: a name line over a job line right above the article's first paragraph is
its byline (`Sarah Roe` / `Environment correspondent`), though a video's shell between it and the
headline (`Watch: ...` / `Video duration 1:42`) sets it far under the headline."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from metadata_pages import news_page

SHELLS = {
    "en": ("Published\n14 November 2023\nShare\nSave\nWatch: Boats leave the old harbour at dawn\nVideo duration 1:42",
           "Sarah Roe\nEnvironment correspondent", ("Sarah Roe",)),
    "de": ("Veröffentlicht\n14. November 2023\nTeilen\nMerken\nVideo: Boote verlassen im Morgengrauen den Hafen\nVideolänge 1:42",
           "Anna Müller\nKorrespondentin", ("Anna Müller",)),
    "fr": ("Publié\n14 novembre 2023\nPartager\nSauvegarder\nVidéo : les bateaux quittent le port à l'aube\nDurée 1:42",
           "Jean Dupont\nCorrespondant", ("Jean Dupont",)),
    "es": ("Publicado\n14 de noviembre de 2023\nCompartir\nGuardar\nVídeo: los barcos salen del puerto al amanecer\nDuración 1:42",
           "María López\nCorresponsal", ("María López",)),
}


@pytest.mark.parametrize("language", sorted(SHELLS))
def test_a_name_over_its_job_above_the_article_is_its_byline(language):
    shell, byline, author = SHELLS[language]
    assert Cleaner(site_rules=False).clean(news_page(language, f"{shell}\n{byline}"), kind="text").author == author
