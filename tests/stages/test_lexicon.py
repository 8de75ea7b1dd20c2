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


# --- the notes a newsroom adds under its articles (HTML path) ------------------------------------

STORY = "Der Stadtrat hat am Dienstag beschlossen, die Brücke über den Kanal bis zum Sommer zu erneuern."


@pytest.mark.parametrize("line,kind", [
    ("Follow her on Twitter @jdoe_news or on Facebook.", "follow"),
    ("Follow the Harbour Gazette's Opinion section on Facebook, Twitter (@HGopinion) and Instagram.", "follow"),
    ("Email Jane Doe at jdoe@gazette.example or follow her @janedoe.", "follow"),
    ("Have a tip? Tom Reyes may be reached at treyes@gazette.example.", "follow"),
    ("Folgen Sie der Autorin auf Twitter.", "follow"),
    ("Suivez-nous sur Instagram et Facebook.", "follow"),
    ("Síguenos en Telegram, Instagram y Facebook.", "follow"),
    ("Maria Lopez contributed reporting from Seville.", "contributors"),
    ("Associated Press writers Ann Berg and Luis Ortiz contributed to this report.", "contributors"),
    ("Mitarbeit: Anna Weber", "contributors"),
    ("Avec la collaboration de Claire Martin.", "contributors"),
    ("Con información de EFE y Europa Press.", "contributors"),
    ("Get the day’s top stories delivered to your inbox every morning.", "newsletter"),
    ("Subscribe to the Gazette’s newsletters.", "newsletter"),
    ("Die wichtigsten Nachrichten jeden Morgen direkt in Ihr Postfach.", "newsletter"),
    ("Recevez l'essentiel de l'actualité dans votre boîte mail.", "newsletter"),
    ("Suscríbete a nuestro boletín y recibe las noticias en tu correo.", "newsletter"),
    ("Note: we are temporarily moderating all comments to deal with spam.", "comments"),
    ("Kommentare werden vor der Veröffentlichung moderiert.", "comments"),
    ("Les commentaires sont modérés avant publication.", "comments"),
    ("Comentários ofensivos ou sem relação com o tema não serão aprovados pelo moderador.", "comments"),
    ("This copy is for your personal, non-commercial use only. To order presentation-ready copies, visit our "
     "reprints desk.", "legal"),
])
def test_newsroom_notes_under_an_article_go_on_the_html_path(ctx, line, kind):
    doc = doc_of(STORY, line, source="html")
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {line: f"lexicon.{kind}"}


@pytest.mark.parametrize("line", [
    "Follow these steps shared on Twitter to report a scam to the police.",  # a how-to, not a follow prompt
    "Fans could follow the race on YouTube for the first time this year, the organisers said.",
    "She said she would contact the council at the end of the month about the closure.",
    "The email reached her inbox hours after the deadline, court papers show.",
    "Con información de la policía, el juez decidió el lunes mantener la orden de alejamiento.",
    "Der Bericht hat zu heftigen Diskussionen im Stadtrat geführt.",
])
def test_prose_that_shares_their_words_stays(ctx, line):
    doc = doc_of(STORY, line, source="html")
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {}


def test_newsroom_notes_are_left_to_the_main_region_on_page_text(ctx):
    line = "Maria Lopez contributed reporting from Seville."
    doc = doc_of(STORY, line)
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {}


@pytest.mark.parametrize("line,kind", [
    ("You might also like:", "related"),
    ("Das könnte dich auch interessieren:", "related"),
    ("Weitere Artikel zum Thema", "related"),
    ("Mehr zum Thema auf stadtblatt.example", "related"),
    ("À lire aussi", "related"),
    ("À lire aussi » Comment bien dormir quand il fait chaud ?", "related"),
    ("También te puede interesar:", "related"),
    ("If you enjoyed reading this article, would you consider supporting our work? Thank you!", "donation"),
    ("Unterstützen Sie unsere Arbeit mit einer Spende.", "donation"),
    ("Soutenez notre journalisme indépendant.", "donation"),
    ("Apoya nuestro periodismo local con una suscripción.", "donation"),
    ("We want to hear what you think about this article. Submit a letter to the editor.", "comments"),
    ("Sie müssen angemeldet sein, um Kommentare zu schreiben!", "comments"),
    ("Lust auf mehr? Lass dir die besten Geschichten jede Woche in deinen Posteingang liefern.", "newsletter"),
])
def test_story_boxes_and_prompts_in_the_article_go_on_the_html_path(ctx, line, kind):
    doc = doc_of(STORY, line, source="html")
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {line: f"lexicon.{kind}"}


@pytest.mark.parametrize("line", [
    "Weitere Artikel über die Brücke sollen im Herbst erscheinen, kündigte die Redaktion an.",
    "You might also like to know that the bridge was first built in 1890.",
    "À lire aussi les mémoires du maire, on comprend mieux sa décision de fermer le pont.",
    "If you enjoyed this story, the museum's exhibition runs until May.",
    "Le puede interesar a los vecinos que la obra termine en junio, dijo el alcalde.",
])
def test_prose_that_opens_like_a_story_box_stays(ctx, line):
    doc = doc_of(STORY, line, source="html")
    lexicon.apply(doc, ctx(doc))
    assert dropped(doc) == {}


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
