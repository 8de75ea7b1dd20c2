"""stages.metadata_logins: a forum post's header names its poster after a byline word, before the
post's time stamp (`Post by jo_roe » Tue Mar 05, 2024 7:12 pm`): a login in small letters is the
thread's author, when the page writes it nowhere but after a byline word (each of the poster's posts);
a word the page also writes in its text is none."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

THREADS = {
    "en": ("Seedlings keep falling over after a week", "Board index ‹ Garden ‹ Vegetables", "Post by", "»",
           "Tue Mar 05, 2024 7:12 pm", "Wed Mar 06, 2024 8:01 am",
           "My tomato seedlings come up fine, but after about a week the stems go thin at the soil and they fall over. Is it the light?",
           "That sounds like damping off, a fungus in wet compost. Water from below, give them air, and use fresh compost next time."),
    "de": ("Sämlinge kippen nach einer Woche um", "Foren-Übersicht ‹ Garten ‹ Gemüse", "Beitrag von", "»",
           "Di 5. Mär 2024, 19:12", "Mi 6. Mär 2024, 08:01",
           "Meine Tomatensämlinge keimen gut, aber nach etwa einer Woche werden die Stiele an der Erde dünn und sie kippen um. Liegt es am Licht?",
           "Das klingt nach Umfallkrankheit, einem Pilz in nasser Erde. Gieße von unten, lüfte gut und nimm das nächste Mal frische Erde."),
    "fr": ("Les semis tombent au bout d'une semaine", "Index du forum ‹ Jardin ‹ Potager", "Message par", "»",
           "mar. 5 mars 2024 19:12", "mer. 6 mars 2024 08:01",
           "Mes semis de tomates lèvent bien, mais au bout d'une semaine la tige s'amincit au ras du sol et ils tombent. Est-ce la lumière ?",
           "On dirait la fonte des semis, un champignon du terreau humide. Arrose par en dessous, aère bien et prends du terreau neuf."),
    "es": ("Los plantones se caen a la semana", "Índice general ‹ Huerto ‹ Hortalizas", "Mensaje por", "»",
           "mar 05 mar 2024 19:12", "mié 06 mar 2024 08:01",
           "Mis plantones de tomate nacen bien, pero a la semana el tallo se adelgaza junto a la tierra y se caen. ¿Será la luz?",
           "Parece la podredumbre de los plantones, un hongo de la tierra mojada. Riega por abajo, ventila y usa tierra nueva."),
}


def _thread(language: str, poster: str, replier: str) -> str:
    title, crumbs, by, mark, first, second, post, reply = THREADS[language]
    return "\n".join([f"{title} - Garden Forum", "Garden Forum", crumbs, title, f"{by} {poster} {mark} {first}", post,
                      f"Re: {title}", f"{by} {replier} {mark} {second}", reply, f"{by} {poster} {mark} {second}",
                      post.split(",")[0] + ".", "Powered by phpBB® Forum Software"])


@pytest.mark.parametrize("language", sorted(THREADS))
def test_a_posters_login_in_small_letters_is_the_threads_author(language):
    page = _thread(language, "seedling_sam", "oldroots")
    assert Cleaner(site_rules=False).clean(page, kind="text").author == ("seedling_sam",)
