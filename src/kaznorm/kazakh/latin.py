"""The Latin alphabets of Kazakh as data: the official 2021 alphabet, the 2018 acute-accent draft, the 2017
apostrophe draft, the letters people type informally, the loan-letter table, and Turkic-aware casing.

Sources (see ../shared/docs/KAZAKH_FACTS.md §6): the 2021 alphabet as presented to the Government on
28 Jan 2021 (Kazinform; en.wikipedia "Kazakh alphabets"); the 2018 decree (19/20 Feb 2018) and the 2017
decree (26 Oct 2017) as tabulated by the Czech Wikibooks page "Kazaština/Přechod na latinku" and
GitHub daniyarmukhanov/kazqaz; informal spellings as seen in KazNLP's README, abai.kz's Latin mirror,
chat conventions and the KazSAnDRA reviews.

Nothing here does any work: :mod:`kaznorm.steps.latin` and :mod:`kaznorm.latin` build their tables from
these.  Writing is letter by letter (:func:`write`); reading back needs the lexicon, since every Latin
alphabet merges letters (и/й, х/һ; informally many more).
"""
from __future__ import annotations

from .phonology import NATIVE_BACK_V, NATIVE_FRONT_V

from typing import Dict, Mapping, Tuple

__all__ = ["ALPHABETS", "OFFICIAL_2021", "DRAFT_2018", "DRAFT_2017", "LOAN_LETTERS", "LOAN_LETTERS_SOURCE",
           "READINGS", "INFORMAL", "INFORMAL_RARE", "MARKERS", "APOSTROPHES", "latin_lower", "latin_upper",
           "write", "FRONT", "BACK"]

# ---------------------------------------------------------------------------------------------------------
# Cyrillic -> Latin, lower case.  Upper case comes from latin_upper() (Turkic i/İ, ı/I).

#: Loan letters: not fixed by the 2021 decree text.  kaznorm writes them as the issue tracker's decision
#: (issue 19) says, which agrees with the public tables quoted in KAZAKH_FACTS §6.1 (en.wikipedia "Kazakh
#: alphabets"; PyPI turkic-translit rules/kk_lat.rules): ё→io, ю→iu, я→ia, ц→ts, ч→ch, щ→şş, э→e,
#: ь and ъ dropped.  Each is read back through the lexicon (ia may be я or иа, ts may be ц or тс...).
LOAN_LETTERS: Dict[str, str] = {
    "ё": "io", "ю": "iu", "я": "ia", "ц": "ts", "ч": "ch", "щ": "şş", "э": "e", "ь": "", "ъ": "",
}
LOAN_LETTERS_SOURCE = ("not fixed by the 2021 decree; kaznorm's choice (issue 19), as in the public tables "
                       "quoted in KAZAKH_FACTS §6.1: en.wikipedia 'Kazakh alphabets', PyPI turkic-translit "
                       "rules/kk_lat.rules")

#: The official alphabet of January 2021: 31 letters (A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V
#: Y Z); И and Й are both İ i, І is I ı, Х and Һ are both H h.
OFFICIAL_2021: Dict[str, str] = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ж": "j", "з": "z",
    "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ", "о": "o", "ө": "ö",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h", "һ": "h",
    "ш": "ş", "ы": "y", "і": "ı", **LOAN_LETTERS,
}

#: The acute-accent draft of February 2018: ә á, ғ ǵ, ң ń, ө ó, ү ú, у ý, и/й ı, ш sh, ч ch.  Its decree fixes
#: no loan letters either: kaznorm writes them as in 2021 with the 2018 letters (я ıa, ю ıý, щ shsh).
DRAFT_2018: Dict[str, str] = {
    **OFFICIAL_2021, "ә": "á", "ғ": "ǵ", "и": "ı", "й": "ı", "ң": "ń", "ө": "ó", "у": "ý", "ұ": "u", "ү": "ú",
    "ш": "sh", "і": "i", "ё": "ıo", "ю": "ıý", "я": "ıa", "щ": "shsh",
}

#: The apostrophe draft of October 2017: ә a', ғ g', и/й i', ң n', ө o', ү u', у y', ш s', ч c' (kazqaz:
#: Я → I'a, Ь → –).
DRAFT_2017: Dict[str, str] = {
    **OFFICIAL_2021, "ә": "a'", "ғ": "g'", "и": "i'", "й": "i'", "ң": "n'", "ө": "o'", "у": "y'", "ұ": "u",
    "ү": "u'", "ш": "s'", "ч": "c'", "і": "i", "ё": "i'o", "ю": "i'y'", "я": "i'a", "щ": "s's'",
}

ALPHABETS: Mapping[str, Dict[str, str]] = {"2021": OFFICIAL_2021, "2018": DRAFT_2018, "2017": DRAFT_2017}

#: Apostrophe-like characters read as the 2017 apostrophe (and Uzbek's oʻ gʻ).
APOSTROPHES = "'’ʼʻ`´"

# ---------------------------------------------------------------------------------------------------------
# Latin -> Cyrillic: what a Latin letter (or letter group) may stand for, best first.  The lexicon chooses.

_E = ("е", "э")  # э only in Russian loans
_H = ("х", "һ")  # һ only in a few Arabic/Persian loans (шаһар, Аллаһ)

READINGS: Mapping[str, Dict[str, Tuple[str, ...]]] = {
    "2021": {
        "a": ("а",), "ä": ("ә",), "b": ("б",), "d": ("д",), "e": _E, "f": ("ф",), "g": ("г",), "ğ": ("ғ",),
        "h": _H, "i": ("и", "й"), "ı": ("і",), "j": ("ж",), "k": ("к",), "l": ("л",), "m": ("м",), "n": ("н",),
        "ñ": ("ң",), "ŋ": ("ң",), "o": ("о",), "ö": ("ө",), "p": ("п",), "q": ("қ",), "r": ("р",), "s": ("с",),
        "ş": ("ш",), "t": ("т",), "u": ("у",), "ū": ("ұ",), "ü": ("ү",), "v": ("в",), "y": ("ы",), "z": ("з",),
        "io": ("ё",), "iu": ("ю",), "ia": ("я",), "ts": ("ц",), "ch": ("ч",), "şş": ("щ",),
    },
    "2018": {
        "a": ("а",), "á": ("ә",), "b": ("б",), "d": ("д",), "e": _E, "f": ("ф",), "g": ("г",), "ǵ": ("ғ",),
        "h": _H, "ı": ("и", "й"), "i": ("і",), "j": ("ж",), "k": ("к",), "l": ("л",), "m": ("м",), "n": ("н",),
        "ń": ("ң",), "o": ("о",), "ó": ("ө",), "p": ("п",), "q": ("қ",), "r": ("р",), "s": ("с",), "t": ("т",),
        "u": ("ұ",), "ú": ("ү",), "ý": ("у",), "v": ("в",), "y": ("ы",), "z": ("з",), "sh": ("ш",), "ch": ("ч",),
        "ıo": ("ё",), "ıý": ("ю",), "ıa": ("я",), "ts": ("ц",), "shsh": ("щ",),
        "I": ("і", "и", "й"),  # a capital I is the capital of both i (і) and ı (и/й) in this draft
    },
    "2017": {
        "a": ("а",), "a'": ("ә",), "b": ("б",), "d": ("д",), "e": _E, "f": ("ф",), "g": ("г",), "g'": ("ғ",),
        "h": _H, "i": ("і",), "i'": ("и", "й"), "j": ("ж",), "k": ("к",), "l": ("л",), "m": ("м",), "n": ("н",),
        "n'": ("ң",), "o": ("о",), "o'": ("ө",), "p": ("п",), "q": ("қ",), "r": ("р",), "s": ("с",), "s'": ("ш",),
        "c'": ("ч",), "t": ("т",), "u": ("ұ",), "u'": ("ү",), "v": ("в",), "y": ("ы",), "y'": ("у",), "z": ("з",),
        "i'o": ("ё",), "i'y'": ("ю",), "i'a": ("я",), "ts": ("ц",), "s's'": ("щ",),
    },
}

_I_ANY = ("і", "и", "й", "ы")
#: Informal Latin (chats, reviews: ``Jaksy komektesedi``, ``rahmet``, ``qazaqsha``): every reading any writer
#: gives a letter, including the three official ones (KAZAKH_FACTS §6.2).
INFORMAL: Dict[str, Tuple[str, ...]] = {
    "a": ("а", "ә"), "ä": ("ә",), "á": ("ә",), "à": ("ә",), "â": ("ә",), "ă": ("ә",), "å": ("ә",), "ã": ("ә",),
    "b": ("б",), "c": ("ц",), "ç": ("ч",), "ch": ("ч",), "d": ("д",),
    "e": _E, "é": _E, "è": _E, "ê": _E, "ë": _E, "f": ("ф",),
    "g": ("г", "ғ"), "ğ": ("ғ",), "ǵ": ("ғ",), "ģ": ("ғ",), "ĝ": ("ғ",), "gh": ("ғ",),
    "h": _H, "kh": ("х",), "x": ("х",),
    "i": _I_ANY, "ı": _I_ANY, "í": _I_ANY, "ì": _I_ANY, "î": _I_ANY, "ï": _I_ANY, "ī": _I_ANY,
    "j": ("ж",), "zh": ("ж",), "k": ("к", "қ"), "q": ("қ",), "l": ("л",), "m": ("м",),
    "n": ("н", "ң"), "ñ": ("ң",), "ń": ("ң",), "ŋ": ("ң",), "ň": ("ң",), "ng": ("ң",),
    "o": ("о", "ө"), "ö": ("ө",), "ó": ("ө",), "ò": ("ө",), "ô": ("ө",), "õ": ("ө",), "ø": ("ө",),
    "p": ("п",), "r": ("р",), "s": ("с",), "sh": ("ш",), "ş": ("ш",), "ś": ("ш",), "š": ("ш",),
    "t": ("т",), "ts": ("ц",),
    "u": ("у", "ұ", "ү"), "ū": ("ұ",), "ü": ("ү", "ұ"), "ú": ("ү", "ұ"), "ù": ("ү", "ұ"), "û": ("ү", "ұ"),
    "ý": ("у",), "ÿ": ("у", "ү"), "v": ("в",), "w": ("у", "ш"), "y": ("ы", "й"), "z": ("з",),
    "ya": ("я",), "ia": ("я",), "ıa": ("я",), "ja": ("я",), "yu": ("ю",), "iu": ("ю",), "ju": ("ю",),
    "yo": ("ё",), "io": ("ё",), "jo": ("ё",), "shch": ("щ",), "sch": ("щ",), "şş": ("щ",),
    "a'": ("ә",), "g'": ("ғ",), "n'": ("ң",), "o'": ("ө",), "u'": ("ү", "ұ"), "s'": ("ш",), "c'": ("ч",),
    "i'": ("и", "й"), "y'": ("у",), "k'": ("қ",),
}

#: Rarer informal readings, tried only when the common ones give no known word (``zaksy`` жақсы, ``tamasa``
#: тамаша, ``jahsi`` жақсы, ``Altynsariyn`` Алтынсарин).
INFORMAL_RARE: Dict[str, Tuple[str, ...]] = {
    "z": ("ж",), "s": ("ш",), "h": ("қ",), "y": ("у",), "j": ("й",), "iy": ("и",), "ye": ("е",), "c": ("с", "ч"),
    "g": ("қ", "к"), "x": ("қ",), "w": ("в",),
}

#: Letters that mark an alphabet when a line has them (the apostrophe draft: a letter + apostrophe).
MARKERS: Mapping[str, frozenset] = {
    "2021": frozenset("äöüūğşñŋİ"),
    "2018": frozenset("áǵńóúý"),
    # letters and groups no official alphabet writes Kazakh with: informal Latin
    "informal": frozenset(["w", "x", "c", "zh", "kh", "gh", "ç"]),
}

#: Vowel classes (Cyrillic) for harmony decisions past the lexicon's prefixes: the phonology's native ones.
BACK = NATIVE_BACK_V
FRONT = NATIVE_FRONT_V

# ---------------------------------------------------------------------------------------------------------
# Casing.  Python's str.upper()/lower() are wrong for the Turkic i: 'i'.upper() is 'I' (the capital of ı) and
# 'İ'.lower() is 'i' + U+0307.

_UPPER = {"i": "İ", "ı": "I"}
_LOWER_2021 = {"İ": "i", "I": "ı"}


def latin_upper(s: str, alphabet: str = "2021") -> str:
    """Upper case; in 2021 with the Turkic i (i → İ, ı → I); the drafts have no dotted capital (i, ı → I)."""
    if alphabet != "2021":
        return "".join("I" if c in "iı" else c.upper() for c in s)
    return "".join(_UPPER.get(c) or c.upper() for c in s)


def latin_lower(s: str, alphabet: str = "2021") -> str:
    """Lower case as ``alphabet`` reads it: in 2021 I → ı and İ → i; elsewhere İ → i and I → i (the 2018
    reading table keeps a capital ``I``, which may be either of its two i's).  One code point per letter."""
    if alphabet == "2021":
        return "".join(_LOWER_2021.get(c) or (c.lower() if len(c.lower()) == 1 else c) for c in s)
    out = []
    for c in s:
        if c == "İ":
            out.append("i")
        elif c == "I" and alphabet == "2018":
            out.append("I")
        else:
            low = c.lower()
            out.append(low if len(low) == 1 else c)
    return "".join(out)


def write(word: str, alphabet: str = "2021") -> str:
    """``word`` (Cyrillic; other characters kept) in ``alphabet``'s Latin letters, with its case: a capital
    letter written with several Latin letters is all capitals inside a word in capitals (ЩЕ → ŞŞE), a
    capital and small letters otherwise (Щека → Şşeka)."""
    table = ALPHABETS[alphabet]
    out = []
    n = len(word)
    for i, c in enumerate(word):
        low = c.lower()
        lat = table.get(low)
        if lat is None:
            out.append(c)
            continue
        if c == low:
            out.append(lat)
            continue
        if len(lat) <= 1:
            out.append(latin_upper(lat, alphabet))
            continue
        # several Latin letters for one capital: all capitals when a neighbouring letter is a capital
        nxt = word[i + 1] if i + 1 < n else ""
        prev = word[i - 1] if i else ""
        caps = (nxt.isalpha() and nxt.isupper()) or (not nxt.isalpha() and prev.isalpha() and prev.isupper())
        out.append(latin_upper(lat, alphabet) if caps else latin_upper(lat[0], alphabet) + lat[1:])
    return "".join(out)
