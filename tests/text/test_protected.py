"""Protected places (kaznorm.text.protected): URLs, e-mail addresses and domains, and the gaps the lookalike
step reads."""
import time

import pytest

from kaznorm.text.protected import inside, lookalike_latin_near, protected_spans

# text -> the protected parts, in order
PROTECTED = [
    # URLs: any scheme, to the next white space (punctuation at the end stays inside) or < > " « »
    ("Сайт https://example.kz/a, хат", ["https://example.kz/a,"]),
    ("ftp://files.kz/x.zip және tg://resolve?domain=kz", ["ftp://files.kz/x.zip", "tg://resolve?domain=kz"]),
    ("«https://kaznorm.kz/жол» деді", ["https://kaznorm.kz/жол"]),
    ('<a href="http://x.kz">', ["http://x.kz"]),
    ("сілтеме:http://x.kz/a?b=1&c=2", ["http://x.kz/a?b=1&c=2"]),
    # www. (any case), also without a top-level domain we know
    ("www.kaznorm.kz сайтында", ["www.kaznorm.kz"]),
    ("WWW.Example.Org.", ["WWW.Example.Org."]),
    ("(www.gov.pl)", ["www.gov.pl)"]),
    # e-mail addresses: the final dot is the sentence's
    ("Хат: info@example.kz.", ["info@example.kz"]),
    ("first.last+tag@mail.ru, екінші@пошта.қаз", ["first.last+tag@mail.ru", "екінші@пошта.қаз"]),
    # bare domains by their top-level domain (Latin any case, Cyrillic lower case), with a path after "/"
    ("Бұл kaznorm.kz сайты", ["kaznorm.kz"]),
    ("KAZNORM.KZ және egov.kz/services/x бар", ["KAZNORM.KZ", "egov.kz/services/x"]),
    ("президент.рф және сайт.қаз", ["президент.рф", "сайт.қаз"]),
    ("сайт.kz-ке кір", ["сайт.kz"]),  # a suffix after a hyphen is not part of it
    ("news.bbc.co.uk", ["news.bbc.co.uk"]),
]

# nothing protected
NOT_PROTECTED = [
    "Ол келді.Бала ойнады.",  # a glued sentence end is no domain
    "Ресей (РФ) және .РФ",  # РФ in capitals is an abbreviation
    "Ол келді.Қаз ұшты.",  # a capitalised Қаз begins a word
    "т.б. сөздер, 3.14 және v1.2.3",
    "a@b, @nurlan және x@y",  # no dot after @: no e-mail address (a handle is left to the word steps' context tests)
    "сайт.kzz және kaznorm.kz2",  # not a top-level domain
    "Awww.wow",  # www. inside a word
    "",
]


@pytest.mark.parametrize("text,parts", PROTECTED, ids=[t for t, _ in PROTECTED])
def test_protected(text, parts):
    spans = protected_spans(text)
    assert [text[s:e] for s, e in spans] == parts
    assert spans == sorted(spans) and all(e <= s2 for (_, e), (s2, _) in zip(spans, spans[1:]))


@pytest.mark.parametrize("text", NOT_PROTECTED)
def test_not_protected(text):
    assert protected_spans(text) == []


def test_overlapping_finds_are_merged():
    text = "http://a.kz/b.kz/c.kz@d.kz x"
    assert protected_spans(text) == [(0, text.index(" "))]


def test_inside():
    text = "Сайт https://example.kz/a, хат info@example.kz."
    spans = protected_spans(text)
    url = text.index("https")
    assert inside(spans, url, url + 1) and inside(spans, url - 3, url + 1)  # a word overlapping its start
    assert not inside(spans, 0, 4) and not inside(spans, len(text) - 1, len(text))
    assert not inside(spans, url - 1, url) and not inside([], 0, 10)
    assert inside(spans, 0, len(text))


@pytest.mark.parametrize("bad", [".", "a.", "www.", "a@", "x.kz/", "://", "a", "a.b@", "@.kz"])
def test_linear_time(bad):
    t0 = time.perf_counter()
    protected_spans(bad * 50_000)
    assert time.perf_counter() - t0 < 2.0


def test_lookalike_latin_near_looks_at_the_nearest_words():
    assert lookalike_latin_near("xa,а", 3, 3)  # "xa" may still become Cyrillic
    assert not lookalike_latin_near("x,7ғқд!ө", 7, 7)  # only the nearest word counts
    assert not lookalike_latin_near("сөз,сөз", 4, 4)
