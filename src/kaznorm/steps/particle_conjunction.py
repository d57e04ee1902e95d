"""The conjunction мен/бен/пен glued to the word before it ("Xмен Y" -> "X мен Y"), judged in context.

Run by the ``particle`` step (``conjunction_edits``); ``with_split`` and ``with_coordinated`` are the
rules, ``segment`` has its own check for a split run ending in "Xмен".

"Xмен Y": the instrumental X-мен, or "X мен Y" (X and Y) that lost its space.  Three contexts settle it
(counts in the clean corpora, conjunction to instrumental): a name before a capitalised word that is no
dative (Англия мен Франция, Әсел мен Назым; 167 to 0), a noun before "Y арасында" (ана мен бала
арасындағы, "between X and Y"; 39 to 1), and a noun before the same noun form plus a case
(``with_coordinated``; 163 to 5).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Optional

from ..core.edits import Edit
from ..kazakh.morphotactics import PX_NON3
from ..kazakh.alphabet import UPPER_LETTERS
from ..kazakh.closed_classes import LOCATIVE_PRONOUNS, PLACE_NOUNS, PRONOUN_FORMS, SEPARATE_CLITICS, WITH_WORDS
from ..kazakh.suffixes import DATIVE, SUFFIX_PIECES
from ..lexicon.queries import foreign, safe
from ..text.tokens import casing_of, is_cyrillic_token

# the cases a coordinated member ends in (Y in "X мен Y-ға"; not the instrumental), and the morphemes that make
# a form no member (verbal nouns, participles, collective and ordinal numerals, gerunds)
_CASE_TAGS = frozenset({"ACC", "ACC_N", "GEN", "GEN_N", "DAT", "DAT_N", "DAT_A", "ABL", "ABL_N", "LOC", "LOC_N"})
_NOT_MEMBER_TAGS = frozenset({"VN", "PTCP_PAST", "PTCP_IMPF", "PTCP_FUT", "COLL", "ORD", "GER"})
_PERSON_TAGS = frozenset(PX_NON3)  # the possessives of the 1st and 2nd person

# the end of "Xмен" and the spaces after it (opening with the literal "ен", which is scanned fast)
_EN_AFTER = re.compile(r"ен(?<=[^\W\d_][мбп]ен)[ \t\u00a0]+")
_WORD_AT = re.compile(r"[^\W\d_]*")


@lru_cache(maxsize=None)
def between_next() -> "re.Pattern[str]":
    """The next word, then арасы... (compiled when a text with арасы first needs it)."""
    return re.compile(r"[«\"“„]?[^\W\d_]+[»\"”]?[ \t\u00a0]+арасы")


def with_split(word: str, lex, name: bool, after: str = "") -> bool:
    """Is the known ``word`` (X + мен/бен/пен) the noun X and the conjunction, given its context:
    ``name`` a capitalised word follows; ``after``, the next word, is inflected like X plus a case
    (``with_coordinated``); else "арасы..." follows the next word?"""
    stem, low = word[:-3], word.lower()
    c = casing_of(word)
    if len(stem) < 2 or low in WITH_WORDS or c not in ("l", "t") or not is_cyrillic_token(word):
        return False
    sl = stem.lower()
    if sl in LOCATIVE_PRONOUNS or sl in PRONOUN_FORMS or sl in SUFFIX_PIECES or foreign(lex, word):
        return False
    if not safe(lex.known, stem):
        return False
    if name:
        return c == "t" and safe(lex.capitalised, stem)
    if after:
        return len(stem) >= 3 and with_coordinated(lex, stem, after)
    return True


def with_coordinated(lex, x: str, y: str) -> bool:
    """Is "``x``-мен ``y``" rather "``x`` мен ``y``"?  Yes when ``x`` is a noun in the plural or the
    3rd-person possessive and ``y`` the same noun form plus a case ending (тарихы мен этнографиясын,
    құқықтары мен міндеттерінің): the members of a coordination share their inflection and the case
    comes on the last.  ``y`` must not read as a verbal noun or participle (тағдырымен бөлісуі) or as a
    place noun that makes a postposition (көлігімен қасына).  163 to 5 in the clean corpora."""
    try:
        an = lex.analyser()
        if an is None:
            return False
        heads = {names for _s, pos, _x, names in an.parses(x.lower())
                 if pos == "n" and ("PL" in names or "PX3" in names) and _PERSON_TAGS.isdisjoint(names)}
        if not heads:
            return False
        ys = an.parses(y.lower())
        if any(not _NOT_MEMBER_TAGS.isdisjoint(names) or st in PLACE_NOUNS for st, _p, _x, names in ys):
            return False
        return any(pos == "n" and len(names) == len(h) + 1 and names[:-1] == h and names[-1] in _CASE_TAGS
                   for _s, pos, _x, names in ys for h in heads)
    except Exception:
        return False


def conjunction_edits(text: str, lex, cache: Optional[dict] = None, cfg=None) -> List[Edit]:
    """Spaces to insert before the conjunction мен/бен/пен glued to the word before it.  ``cache``: the
    decisions remembered by the pipeline (context key -> bool; speed only); ``cfg``: the particle step's
    settings (the confidences).  Only "X мен Y арасында" is sure: elsewhere -мен is as often the instrumental
    case (Жарлығымен "by decree", басшысымен "with its head") as the conjunction."""
    edits: List[Edit] = []
    if cache is None:
        cache = {}
    n = len(text)
    for m in _EN_AFTER.finditer(text):
        i, nxt = m.start(), m.end()  # "ен" of "Xмен" starts at i; the next word starts at nxt
        if nxt >= n:
            continue
        end = i + 2
        start = text.rfind(" ", 0, i) + 1
        if not text[start:i].isalpha():
            start = i - 1
            while start > 0 and text[start - 1].isalpha():
                start -= 1
        if end - start < 5 or (start > 0 and text[start - 1] in "-‐"):
            continue
        tok = text[start:end]
        after = _WORD_AT.match(text, nxt).group()
        keys = []
        if tok[0].isupper() and text[nxt] in UPPER_LETTERS and not after.endswith(DATIVE):
            # a name before a capitalised word, unless that is a goal in the dative: "Абаймен Семейге
            # жер аударылды" (with Abai to Semey) is as likely as "Абай мен Шәкәрімге" (10 to 2 in the corpora)
            keys.append("\1" + tok)
        if "арасы" in text and between_next().match(text, nxt) and after.lower() not in SEPARATE_CLITICS:
            keys.append("\2" + tok)  # ... or any noun before "Y арасында" (Y no particle: шеңберімен де арасында)
        if len(after) >= 4 and after.islower():
            keys.append("\3" + tok + " " + after)  # ... or before a noun inflected like it
        if not keys:
            continue
        ok = between = False
        for key in keys:
            v = cache.get(key)
            if v is None:
                try:
                    v = with_split(tok, lex, key[0] == "\1", after if key[0] == "\3" else "")
                except Exception:  # a bug in one decision must not break cleaning
                    v = False
                cache[key] = v
            ok = ok or v
            between = between or (v and key[0] == "\2")
        if ok:
            conf = (cfg.confidence if between else cfg.with_confidence) if cfg is not None else 1.0
            why = "before 'Y арасында'" if between else "maybe the instrumental case"
            edits.append(Edit(end - 3, end - 3, " ", f"conjunction мен/бен/пен written separately; {why}", conf))
    return edits
