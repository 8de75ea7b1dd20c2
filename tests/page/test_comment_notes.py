"""page.foot_notes.close_comments: a note on how comments are moderated stands over the comment
form, and what follows it (the comments, a sidebar of teasers) is no article, however much prose
it holds, when the article's prose stands above it."""

from __future__ import annotations

import pytest

from helpers import apply_region, body_lines, doc_of

PAGES = {
    "en": (["The village hall will get a new roof before the winter, the parish council decided on Monday evening.",
            "The work starts in October and the hall stays open for the playgroup and the choir."],
           "Please note: we are moderating all comments before they appear on the site."),
    "de": (["Das Dorfgemeinschaftshaus bekommt noch vor dem Winter ein neues Dach, beschloss der Ortsrat am Montag.",
            "Die Arbeiten beginnen im Oktober, und das Haus bleibt für die Krabbelgruppe und den Chor geöffnet."],
           "Hinweis: Kommentare werden vor der Veröffentlichung geprüft."),
    "fr": (["La salle des fêtes aura un nouveau toit avant l'hiver, a décidé lundi soir le conseil municipal.",
            "Les travaux commencent en octobre et la salle reste ouverte pour la garderie et la chorale."],
           "Attention : les commentaires sont modérés avant leur publication."),
    "pt": (["O salão da aldeia vai ter um telhado novo antes do inverno, decidiu a junta na segunda-feira à noite.",
            "As obras começam em outubro e o salão continua aberto para a creche e para o coro."],
           "Atenção: Comentários com ofensas aos leitores não serão publicados pelo moderador."),
}
# A sidebar of teasers under the comment form, with more prose than the article: each teaser's
# blurb is a sentence of its own (in the page's language, as its stopwords count).
SIDEBARS = {
    "en": ["» The column",
           "Read every week what our columnist thinks about the county, its roads, its schools and its many "
           "village fêtes, and write to tell us whether you agree with him or not at all.",
           "» The podcast",
           "Listen to the new episode of our podcast, where the whole newsroom talks about the stories of the "
           "week, the ones we wrote and the ones we wish we had, with a guest from the county each time."],
    "de": ["» Die Kolumne",
           "Lesen Sie jede Woche, was unser Kolumnist über den Landkreis, seine Straßen, seine Schulen und die "
           "vielen Dorffeste denkt, und schreiben Sie uns, ob Sie ihm zustimmen oder nicht.",
           "» Der Podcast",
           "Hören Sie die neue Folge unseres Podcasts, in der die ganze Redaktion über die Geschichten der "
           "Woche spricht, über die wir geschrieben haben und über die wir gern geschrieben hätten."],
    "fr": ["» La chronique",
           "Lisez chaque semaine ce que notre chroniqueur pense du département, de ses routes, de ses écoles et "
           "de toutes ses fêtes de village, et écrivez-nous pour nous dire si vous êtes d'accord avec lui.",
           "» Le podcast",
           "Écoutez le nouvel épisode de notre podcast, où toute la rédaction parle des histoires de la semaine, "
           "de celles que nous avons écrites et de celles que nous aurions aimé écrire."],
    "pt": ["» A coluna",
           "Leia todas as semanas o que o nosso colunista pensa sobre o distrito, as suas estradas, as suas "
           "escolas e as muitas festas das aldeias, e escreva-nos para dizer se concorda com ele ou não.",
           "» O podcast",
           "Ouça o novo episódio do nosso podcast, em que toda a redação fala sobre as histórias da semana, as "
           "que escrevemos e as que gostaríamos de ter escrito, com um convidado do distrito."],
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_region_ends_above_a_note_on_comment_moderation(ctx, lang):
    article, note = PAGES[lang]
    doc = doc_of("\n".join(["Menu", "News", *article, "Share", note, *SIDEBARS[lang], "Imprint"]))
    apply_region(doc, ctx)
    assert body_lines(doc) == article


def test_without_prose_above_it_the_note_bounds_nothing(ctx):
    _, note = PAGES["en"]
    doc = doc_of("\n".join(["Menu", "News", note, *SIDEBARS["en"], "Imprint"]))
    apply_region(doc, ctx)
    assert SIDEBARS["en"][1] in body_lines(doc)
