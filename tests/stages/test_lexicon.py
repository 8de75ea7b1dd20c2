"""stages.lexicon: furniture phrases of the generic lexicon, in several languages; prose that shares
their words is kept."""

from __future__ import annotations

import pytest

from cleaner.stages import lexicon
from helpers import doc_of, dropped
from text_pages import PROSE


@pytest.mark.parametrize("line,kind", [
    ("fbpx", "tracking"),
    ("How useful was this article?", "rating"),
    ("Average rating 0 / 5. Vote count: 0", "rating"),
    ("Your email address will not be published. Required fields are marked *", "comments"),
    ("Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", "comments"),
    ("Votre adresse e-mail ne sera pas publiée.", "comments"),
    # a hosted blog's comment form, field by field
    ("Enter your comment here...", "comments"),
    ("Gib hier deinen Kommentar ein ...", "comments"),
    ("Saisissez votre commentaire ici...", "comments"),
    ("Escribe aquí tu comentario...", "comments"),
    ("You are commenting using your Google account. ( Log Out / Change )", "comments"),
    ("Du kommentierst mit Deinem Facebook-Konto. ( Abmelden / Ändern)", "comments"),
    ("Connecting to %s", "comments"),
    ("Informiere mich über neue Beiträge per E-Mail.", "comments"),
    ("Avertissez-moi par e-mail des nouveaux articles.", "comments"),
    ("Support our non-profit journalism", "donation"),
    ("Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.", "cookie"),
])
def test_lexicon_removes_furniture(ctx, line, kind):
    doc = doc_of(line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {line: f"lexicon.{kind}"}


@pytest.mark.parametrize("line", [
    "Comments from the minister were not published until Monday, officials said.",
    "“We use cookies in the kitchen every day,” the baker said of her recipes, which date back to 1890.",
    "Share prices fell sharply on Tuesday.",
    "Die Kommentare des Ministers wurden am Montag veröffentlicht.",
])
def test_lexicon_keeps_prose_that_shares_words(ctx, line):
    doc = doc_of(line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {}


@pytest.mark.parametrize("line,kind", [
    ("By Jane Holloway", "dateline"),
    ("November 19, 2019 at 6:21 am", "dateline"),
    ("Veröffentlicht am 12. Oktober 2019", "dateline"),
    ("vor 3 Stunden", "dateline"),
    ("Publié le 19/11/2019 à 10h15", "dateline"),
    ("Von Max Mustermann", "dateline"),
    ("Teilen:", "share"),
    ("Gefällt mir:", "share"),
    ("Facebook Twitter WhatsApp E-Mail", "share"),
    ("Folgen Sie uns auf Instagram", "follow"),
    ("Śledź nas na Facebooku", "follow"),
    ("Impressum", "legal"),
    ("Mentions légales", "legal"),
    ("© 2019 Le Journal de la Ville. Tous droits réservés.", "legal"),
    ("Alle Rechte vorbehalten.", "legal"),
    ("Weiterlesen …", "read-more"),
    ("Lire la suite", "read-more"),
    ("Czytaj dalej", "read-more"),
    ("Anzeige", "read-more"),
    ("Jetzt zum Newsletter anmelden und nichts verpassen", "newsletter"),
    ("Deine E-Mail-Adresse wird nicht veröffentlicht.", "comments"),
    ("Twój adres e-mail nie zostanie opublikowany.", "comments"),
    ("发表评论", "comments"),
])
def test_lexicon_drops_furniture_in_many_languages(ctx, line, kind):
    doc = doc_of(f"{line}\nAm Sonntag sind wir endlich wieder in den Stadtwald gegangen, weil das Wetter schön war.")
    lexicon.apply(doc, ctx(doc))
    assert doc.blocks[0].dropped == f"lexicon.{kind}"
    assert doc.blocks[1].kept


@pytest.mark.parametrize("line", [
    "By the end of the year, the council hopes to have finished the first section of the lanes.",
    "Am 12. Oktober 2019 war das Wetter im Stadtwald besonders schön.",
    "Die Anzeige wurde am Montag bei der Polizei aufgegeben, wie ein Sprecher bestätigte.",
    "2019",
    "Top 10",
    "Les droits de l'homme sont au cœur de ce débat, a rappelé la ministre.",
])
def test_lexicon_keeps_prose_and_headings(ctx, line):
    doc = doc_of(line)
    lexicon.apply(doc, ctx(doc))
    assert doc.blocks[0].kept


def test_copyright_lines_stay_in_html_blocks(ctx):
    doc = doc_of("© 2019 The Associated Press. All rights reserved.", source="html")
    lexicon.apply(doc, ctx(doc))
    assert doc.blocks[0].kept


def test_video_player_and_gallery_furniture_in_the_article_goes_in_several_languages():
    from cleaner import clean

    para = ["The festival drew more visitors than ever this weekend, the organisers said on Sunday evening.",
            "Some forty thousand people came over the three days, a quarter more than the year before.",
            "The council said it would look at moving part of the festival to the old shipyard next year."]
    furniture = ["This is a modal window.", "Beginning of dialog window. Escape will cancel and close the window.",
                 "End of dialog window.", "Dies ist ein modales Fenster.", "Ceci est une fenêtre modale.",
                 "No compatible source was found for this media.", "Ihr Browser unterstützt kein HTML5-Video.",
                 "Votre navigateur ne supporte pas la vidéo.", "Bildergalerie", "Nächstes Bild", "Zobacz galerię",
                 "Diaporama", "Photo 3 of 12", "Loaded: 0%"]
    inner = "".join(f"<p>{t}</p>" for t in [para[0], *furniture, para[1], para[2]])
    article = clean(f"<html><body><article><h1>Harbour festival</h1>{inner}</article></body></html>")
    assert article.body == "\n\n".join(para)
    assert {r.rule for r in article.removed if r.text in furniture} == {"lexicon.player"}


@pytest.mark.parametrize("line", [
    "This website uses cookies to improve your experience while you navigate through the website. Of these, the "
    "cookies that are needed are stored in your browser, as they are essential for the site to work at all. Others help "
    "us see how you use the site and are stored only with your consent.",
    "Diese Website verwendet Cookies, um Ihnen die Nutzung zu erleichtern. Einige davon sind notwendig, damit die "
    "Seite überhaupt funktioniert, andere helfen uns zu verstehen, wie Sie die Seite nutzen; diese speichern wir nur "
    "mit Ihrer Zustimmung, und Sie können sie jederzeit abwählen.",
    "Les cookies nécessaires sont indispensables au bon fonctionnement du site. Cette catégorie ne comprend que les "
    "cookies qui assurent les fonctions de base et la sécurité du site, et ils ne conservent aucune donnée "
    "personnelle sur vous ni sur votre navigation, même quand vous revenez plus tard.",
    "Este sitio web utiliza cookies para mejorar su experiencia mientras navega. De ellas, las que son necesarias "
    "se guardan en su navegador porque son esenciales para que el sitio funcione, y las demás solo se guardan con "
    "su consentimiento, que puede retirar cuando quiera desde la configuración del sitio.",
])
def test_a_cookie_consent_paragraph_goes_however_long(ctx, line):
    # longer than a short line the cookie phrases are found in (the lexicon tries lines of up to 600 characters)
    assert len(line.split()) > 40 and len(line) <= 600
    doc = doc_of(line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {line: "lexicon.cookie"}


def test_an_article_s_paragraph_about_cookies_stays(ctx):
    line = ("Regulators said on Monday that the website uses cookies to track readers across other sites, and they "
            "gave the company two months to ask its users for their consent before it stores anything in their "
            "browsers, or to pay a fine of up to four percent of its yearly turnover.")
    doc = doc_of(line, PROSE)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {}
