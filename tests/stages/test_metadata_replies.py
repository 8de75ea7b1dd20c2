"""stages.metadata_replies: on a forum thread's later page, each post's date line stands beside its
number in the thread (`#14`): a reply's date, not the page's; the opening post's (`#1`) is the
thread's date. Pages written for the test."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

THREADS = {
    "en": ("Which battery lasts longest in the cold?", "Seabird", "Mine lost half its charge overnight at minus ten, "
           "so I keep it in an inner pocket now and it holds up much better on long walks.",
           "Nov 3, 2021, 14:17", "Nov 3, 2021, 15:02"),
    "de": ("Welcher Akku hält in der Kälte am längsten?", "Hafenkatze", "Meiner hat über Nacht bei minus zehn Grad "
           "die Hälfte verloren, seitdem trage ich ihn in der Innentasche und er hält viel länger durch.",
           "03.11.2021, 14:17", "03.11.2021, 15:02"),
    "fr": ("Quelle batterie tient le mieux au froid ?", "Mouette", "La mienne a perdu la moitié de sa charge en une "
           "nuit à moins dix, alors je la garde dans une poche intérieure et elle tient bien mieux.",
           "03/11/2021 à 14h17", "03/11/2021 à 15h02"),
    "es": ("¿Qué batería aguanta más con el frío?", "Gaviota", "La mía perdió la mitad de la carga en una noche a "
           "diez bajo cero, así que ahora la llevo en un bolsillo interior y aguanta mucho más.",
           "03/11/2021 14:17", "03/11/2021 15:02"),
    "pl": ("Który akumulator najdłużej wytrzymuje na mrozie?", "Mewa", "Mój stracił połowę ładunku w jedną noc przy "
           "minus dziesięciu stopniach, więc noszę go teraz w wewnętrznej kieszeni i działa o wiele dłużej.",
           "03.11.2021, 14:17", "03.11.2021, 15:02"),
}


def _thread(language: str, first: int) -> str:
    """A thread's page whose posts are numbered from `first` on: a name, a date line, the number, the post."""
    title, name, post, stamp, later = THREADS[language]
    posts = "".join(f"{name}\n{when}\n#{n}\n{post}\n" for n, when in ((first, stamp), (first + 1, later)))
    return f"{title} – Harbour Forum\nForum\nThreads\n{title}\n{posts}Reply\n"


@pytest.mark.parametrize("language", sorted(THREADS))
def test_a_threads_later_page_has_no_date(language):
    assert Cleaner().clean(_thread(language, 14)).date is None


@pytest.mark.parametrize("language", sorted(THREADS))
def test_the_opening_posts_date_is_the_threads(language):
    assert Cleaner().clean(_thread(language, 1)).date.startswith("2021-11-03T14:17")
