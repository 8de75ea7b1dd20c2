"""cleaner.dates.to_24_hour (and through it from_text and the date lines): twelve a.m. is midnight and twelve p.m. noon, in
the forms en, es and pt pages write the marker (`12:30 am`, `12.00 a.m.`, `12:00 A. M.`, `12h00 AM`)."""

import pytest

from cleaner.dates import from_text, to_24_hour


@pytest.mark.parametrize(("line", "language", "date"), [
    ("March 9, 2021 12:30 am", "en", "2021-03-09T00:30:00"),
    ("March 9, 2021 12.00 a.m.", "en", "2021-03-09T00:00:00"),
    ("March 9, 2021, 12:00 A.M.", "en", "2021-03-09T00:00:00"),
    ("March 9, 2021 12:00 p.m.", "en", "2021-03-09T12:00:00"),
    ("09 de marzo 2021, 12:00 A. M.", "es", "2021-03-09T00:00:00"),
    ("09 de marzo 2021, 12:00 P. M.", "es", "2021-03-09T12:00:00"),
    ("09 de marzo 2021, 1:00 P. M.", "es", "2021-03-09T13:00:00"),
    ("9 de março de 2021, 12:15 a.m.", "pt", "2021-03-09T00:15:00"),
    ("9 de março de 2021 às 12h00 AM", "pt", "2021-03-09T00:00:00"),
])
def test_twelve_oclock_with_its_marker(line, language, date):
    assert from_text(line, language) == date


@pytest.mark.parametrize(("text", "made"), [
    ("9:41 PM EST", "21:41 EST"),
    ("12:05 a. m.", "00:05"),
    ("13:00 pm", "13:00 pm"),  # no twelve-hour time
    ("12:00 amount", "12:00 amount"),  # a word, no marker
    ("3:42.1 m", "3:42.1 m"),  # a race time and a unit
])
def test_only_a_twelve_hour_time_is_made_24_hour(text, made):
    assert to_24_hour(text) == made


@pytest.mark.parametrize(("language", "line", "date"), [
    ("es", "Ana Ruiz 04 de mayo 2022, 12:00 A. M.", "2022-05-04T00:00:00"),
    ("es", "Actualizado el 04/05/2022 02:14 p. m.", "2022-05-04T14:14:00"),
    ("pt", "4 de maio de 2022, 12:30 a.m.", "2022-05-04T00:30:00"),
    ("en", "Updated May 4, 2022 12:05 a.m.", "2022-05-04T00:05:00"),
])
def test_a_date_lines_twelve_hour_time(line, language, date):
    from cleaner import Cleaner
    from tests.metadata_pages import news_page

    assert Cleaner().clean(news_page(language, line)).date == date


def test_germans_am_before_a_date_is_no_marker():
    assert to_24_hour("Aktualisiert um 12.30 am 19.11.2019") == "Aktualisiert um 12.30 am 19.11.2019"
    assert to_24_hour("Posted 12:30 am 3 May 2021") == "Posted 12:30 am 3 May 2021"  # (left as it was read)
