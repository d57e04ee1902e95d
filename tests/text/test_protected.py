"""Protected places (kaznorm.text.protected): URLs and e-mails, and the gaps the lookalike step reads."""
from kaznorm.text.protected import inside, lookalike_latin_near, protected_spans


def test_protected_spans_are_urls_and_e_mail_addresses():
    text = "Сайт https://example.kz/a, хат info@example.kz."
    spans = protected_spans(text)
    # (a URL runs to the next space, its trailing punctuation included; an e-mail address stops at it)
    assert [text[s:e] for s, e in zip(*spans)] == ["https://example.kz/a,", "info@example.kz"]
    assert inside(text.index("example"), spans) and not inside(0, spans) and not inside(len(text) - 1, spans)
    assert protected_spans("Бұл kaznorm.kz сайты") == ([], [])  # a bare domain is not protected here


def test_lookalike_latin_near_looks_at_the_nearest_words():
    assert lookalike_latin_near("xa,а", 3, 3)  # "xa" may still become Cyrillic
    assert not lookalike_latin_near("x,7ғқд!ө", 7, 7)  # only the nearest word counts
    assert not lookalike_latin_near("сөз,сөз", 4, 4)
