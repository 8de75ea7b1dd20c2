"""Reading bytes: BOM, declared charset, undeclared legacy encodings, HTML sniffing, normalisation."""

from __future__ import annotations

import codecs

import pytest

from cleaner import clean
from cleaner.read import decode, decode_page, looks_like_html, normalise, read_page

GERMAN = "Die Bürger stimmten über die neue Straße ab, sagte der Bürgermeister am Sonntag."


def page(body: str, head: str = "", title: str = "Straßenbau") -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body><p>{body}</p></body></html>"


def test_declared_meta_charset_wins_over_guessing():
    data = page(GERMAN, '<meta charset="iso-8859-15">').encode("iso-8859-15")
    assert GERMAN in decode(data)


def test_http_equiv_content_type_declaration():
    head = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    text = "Депутаты приняли новый бюджет города на следующий год."
    assert text in decode(page(text, head, title="Бюджет").encode("windows-1251"))


def test_latin1_label_is_read_as_windows_1252():
    # Pages that say ISO-8859-1 use windows-1252's curly quotes (0x93, 0x94): browsers read them so.
    data = page("\u201cQuoted\u201d words", '<meta charset="ISO-8859-1">', title="Quotes").encode("cp1252")
    assert "\u201cQuoted\u201d words" in decode(data)


def test_xml_declaration_names_the_encoding():
    data = ('<?xml version="1.0" encoding="iso-8859-2"?>' + page("Zażółć gęślą jaźń, powiedział wczoraj.", title="Ściana")).encode("iso-8859-2")
    assert "Zażółć gęślą jaźń" in decode(data)


@pytest.mark.parametrize(("bom", "encoding"), [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
])
def test_a_bom_decides(bom, encoding):
    text = decode(bom + page(GERMAN, '<meta charset="windows-1252">').encode(encoding))
    assert GERMAN in text and not text.startswith("\ufeff")


def test_undeclared_legacy_encoding_is_detected():
    body = " ".join([GERMAN] * 6)
    assert GERMAN in decode(page(body).encode("cp1252"))


def test_a_false_declaration_is_passed_over():
    # Says windows-1251 but is UTF-8 (a CMS template copied between sites).
    data = page(GERMAN, '<meta charset="windows-1251">').encode("utf-8")
    assert GERMAN in decode(data)


def test_unknown_charset_name_falls_back_to_utf8():
    assert GERMAN in decode(page(GERMAN, '<meta charset="x-made-up">').encode("utf-8"))


def test_html_is_sniffed_and_text_is_not():
    assert looks_like_html("<!doctype html><p>x</p>")
    assert looks_like_html('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><html>')
    assert looks_like_html("  <!-- saved page -->\n<html><body>x</body></html>")
    assert looks_like_html("<div><p>a</p><p>b</p><span>c</span><br><a href=x>d</a></div>")  # a fragment
    assert not looks_like_html("Council approves budget\n\nThe council said <b> tags are rare in text.")


def test_normalise_newlines_controls_and_nfc():
    assert normalise("Cafe\u0301\r\nline\rtwo\x00\x0b\x1f end") == "Café\nline\ntwo end"


def test_invisible_characters_go_on_both_paths_however_written():
    # page text: the characters themselves; HTML: characters or references (`&shy;`, `&#8203;`)
    text, _ = read_page("Die Mit\u00adtel\u00adal\u00adter\u00adaus\u00adstel\u00adlung \u200böff\u2060net.")
    assert text == "Die Mittelalterausstellung öffnet."
    html, is_html = read_page(page("Die Mit&shy;tel&#173;al&#xAD;ter&shy;aus&#x200B;stel&ZeroWidthSpace;lung "
                                   "&amp;shy; bleibt."))
    assert is_html and "Die Mittelalterausstellung &amp;shy; bleibt." in html
    # the Persian non-joiner, written as a reference, is part of the word and stays
    persian, _ = read_page(page("\u0645\u06cc&zwnj;\u062e\u0648\u0627\u0647\u0645"))
    assert "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645" in persian


def test_soft_hyphens_leave_no_trace_in_the_cleaned_body():
    hyphenated = "Die Bür\u00adger stimm\u00adten über die neue Stra\u00adße ab, sagte der Bür\u00adger\u00admeis\u00adter."
    body = "".join(f"<p>{hyphenated.replace(chr(0xad), '&shy;')} Absatz {i}.</p>" for i in range(6))
    html = f"<html><head><title>Straßenbau</title></head><body><article><h1>Straßenbau</h1>{body}</article></body></html>"
    for article in (clean(html), clean("Straßenbau\n\n" + "\n\n".join(f"{hyphenated} Absatz {i}." for i in range(6)))):
        assert "Bürgermeister" in article.body and "\u00ad" not in article.body


def test_read_page_says_which_path():
    assert read_page(page(GERMAN).encode("utf-8"))[1] is True
    assert read_page(GERMAN)[1] is False


def test_bytes_in_a_legacy_encoding_clean_end_to_end():
    body = "".join(f"<p>{GERMAN} Absatz {i}.</p>" for i in range(6))
    html = f'<html><head><meta charset="windows-1252"><title>Straßenbau beschlossen</title></head><body><article><h1>Straßenbau beschlossen</h1>{body}</article></body></html>'
    article = clean(html.encode("cp1252"))
    assert article.source == "html"
    assert "Bürgermeister" in article.body and "Ã" not in article.body


# Issue 17, item 1: what a saved page opens with before its markup, and fragments of inline markup.
# Saved pages open with kilobytes of CSS: the markup starts past the first 4 KB.
CSS = "".join(f".cb-nav-bar-wrap .item-{n} {{ display: flex; margin: {n}px }}\n" for n in range(200))
STYLED = (f'<style>\n{CSS}</style>\n<div class="cb-nav-bar-wrap">Home</div>\n'
          "<h1>Harbour reopens</h1><p>The harbour reopened on Monday after a week of storms, "
          "the port authority said in a statement to the press.</p>")
FRAGMENT = ('<p>The plant makes power for <b>thousands</b> of homes, and the town buys its '
            '<a href="/x">power</a>.</p>')


@pytest.mark.parametrize("head", ["", "<!-- saved 2024 -->\n", "<script>var x = '<p>';</script>\n", "\n\n  "])
def test_markup_after_a_style_script_or_comment_is_html(head):
    assert looks_like_html(head + STYLED)


def test_a_fragment_of_inline_tags_is_html_and_a_mention_of_a_tag_is_not():
    assert looks_like_html(FRAGMENT)
    assert looks_like_html("Intro line\n\nA sentence with <em>stress</em> and a <a href='/y'>link</a> in it.")
    assert not looks_like_html("How to write HTML\n\nA paragraph starts with <p> and a list item with <li>.")


def test_a_styled_page_is_cleaned_as_html():
    article = clean(STYLED)
    assert article.source == "html" and article.title == "Harbour reopens"
    assert article.body.startswith("The harbour reopened on Monday")


def test_the_kind_a_caller_gives_is_trusted():
    assert read_page(FRAGMENT, "text") == (FRAGMENT, False)
    assert read_page("Plain words, no tags at all.", "html")[1] is True
    assert clean(FRAGMENT, kind="text").source == "text"
    assert clean(STYLED, kind="html").source == "html"
    with pytest.raises(ValueError, match="kind must be 'html', 'text' or None, not 'xml'"):
        clean(FRAGMENT, kind="xml")


# One stray byte must not garble the page: bytes that are UTF-8 but for a few bytes are UTF-8.
STRAY = ("Caf\u00e9 au lait et cr\u00e8me: le caf\u00e9 de la gare a rouvert lundi.".encode()
         .replace("cr\u00e8me".encode(), b"cr\xe8me"))  # one Latin-1 byte pasted among UTF-8


@pytest.mark.parametrize("head", ["", '<meta charset="utf-8">'])
def test_one_stray_latin1_byte_in_utf8_is_replaced_not_guessed(head):
    decoded = decode_page(page("x", head).encode().replace(b"<p>x", b"<p>" + STRAY))
    assert "Caf\u00e9 au lait et cr\ufffdme" in decoded.text
    assert (decoded.encoding, decoded.replaced, decoded.guessed) == ("utf-8", 1, False)


def test_declared_utf8_is_utf8_however_many_bytes_are_stray():
    data = page("x", '<meta charset="utf-8">').encode().replace(b"<p>x", b"<p>" + "Stra\u00dfe".encode("cp1252") * 5)
    decoded = decode_page(data)
    assert decoded.encoding == "utf-8" and decoded.replaced == 5 and "Stra\ufffde" in decoded.text


def test_raw_surrogate_bytes_in_utf8_are_replaced():
    decoded = decode_page("Caf\u00e9 ouvert. ".encode() + b"\xed\xa0\x80" + b" Fin.")
    assert decoded.text == "Caf\u00e9 ouvert. \ufffd\ufffd\ufffd Fin."
    assert decoded.encoding == "utf-8" and decoded.replaced == 3 and not decoded.sure


@pytest.mark.parametrize(("text", "encoding"), [
    (GERMAN, "cp1252"),
    ("Депутаты приняли новый бюджет города на следующий год.", "windows-1251"),
])
def test_a_legacy_page_is_still_detected_and_says_it_was_guessed(text, encoding):
    decoded = decode_page(" ".join([text] * 6).encode(encoding))
    assert text in decoded.text and decoded.guessed and not decoded.sure


def test_utf8_a_bom_and_a_declaration_are_sure():
    assert decode_page(GERMAN.encode()).sure
    assert decode_page(codecs.BOM_UTF8 + GERMAN.encode()).sure
    assert decode_page(page(GERMAN, '<meta charset="iso-8859-15">').encode("iso-8859-15")).sure


@pytest.mark.parametrize("head", ["", '<meta charset="gbk">'])
def test_cjk_legacy_bytes_that_are_now_and_then_well_formed_utf8_are_not_taken_for_it(head):
    text = "市政府昨天宣布，新的地铁线路将于明年春天开通，沿线居民对此表示欢迎。港口在一周的风暴之后于周一重新开放。" * 8
    data = page(text, head, title="新闻").encode("gbk")
    decoded = decode_page(data)
    assert decoded.encoding != "utf-8" and text in decoded.text
