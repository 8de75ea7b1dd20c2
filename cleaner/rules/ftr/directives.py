"""What becomes of each Full-Text RSS directive: the key of our site schema it maps to, metadata
kept but never applied (fetching the page), or skipped, with the reason.

The directive list is Full-Text RSS's (help.fivefilters.org, site patterns), as the corpus uses it.
"""

from __future__ import annotations

# Directives whose value is an XPath, and the `[html]` key each becomes.
XPATH_KEYS = {
    "title": "title_xpath",
    "body": "body_xpath",
    "author": "author_xpath",
    "date": "date_xpath",
    "strip": "drop_xpath",
    "dissolve": "dissolve",
}
# XPaths that must select nodes (not a text or a number) to mean anything.
NODE_KEYS = frozenset({"body_xpath", "drop_xpath", "dissolve", "wrap_in"})
# Directives whose value is a text token (Full-Text RSS removes the quotes from it).
TOKEN_KEYS = {"strip_id_or_class": "drop_id_or_class", "strip_image_src": "drop_image_src"}
# yes/no switches.
BOOL_KEYS = {"prune": "prune", "skip_json_ld": "skip_json_ld", "autodetect_on_failure": "autodetect_on_failure"}
YES, NO = frozenset({"yes", "true"}), frozenset({"no", "false"})
REPLACE = frozenset({"find_string", "replace_string"})
WRAP_IN = "wrap_in"

# About fetching the page (headers, logins, further pages, the config's own test pages) or
# preparing it for another parser: kept in the file's `[imported] fetch`, never applied.
FETCH = frozenset({
    "http_header", "login_uri", "login_username_field", "login_password_field", "login_extra_fields",
    "requires_login", "not_logged_in_xpath", "next_page_link", "single_page_link", "single_page_link_in_feed",
    "autodetect_next_page", "if_page_contains", "test_url", "test_contains", "tidy", "parser",
})

# Known directives that change nothing in the text the cleaner returns, and why.
NO_EFFECT = {
    "strip_attr": "removes an attribute: the text stays the same",
    "post_strip_attr": "removes an attribute: the text stays the same",
    "src_lazy_load_attr": "about images, which the cleaner does not return",
    "insert_detected_image": "about images, which the cleaner does not return",
    "strip_comments": "HTML comments are never text here",
    "convert_double_br_tags": "a line break already ends a block here",
    "native_ad_clue": "tells a sponsored page apart, says nothing of its text",
}
# Names in the corpus that Full-Text RSS does not implement (Instapaper's, from the configs it
# took over): it ignores them, and so does the converter.
NOT_FTR = frozenset({"move_into", "footnotes", "skip_id_or_class"})
NOT_FTR_REASON = "not a Full-Text RSS directive (an Instapaper leftover it ignores too)"
UNKNOWN_REASON = "unknown directive"
