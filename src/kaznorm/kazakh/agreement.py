"""Whether a particle, or a piece that looks like a suffix, agrees with the word before it: its vowel
with the word's harmony, its first consonant with the word's final sound.

Both read :mod:`.phonology` (:func:`~.phonology.harmony` in its "cannot tell" view, the final-sound
classes and the consonant families of suffix initials).  Used by the ``particle`` step (is ``X да`` /
``X ма`` the right form) and the ``segment`` step (clitic pieces of a run, stem boundaries).
"""
from __future__ import annotations

from typing import Optional

from .alphabet import VOWEL_LETTERS
from .closed_classes import PARTICLES, WITH
from .phonology import BACK_V, F_D, F_M1, F_M2, FRONT_V, final_class, harmony

__all__ = ["particle_agrees", "particle_form", "suffix_like"]

# the first consonants of suffixes after a vowel, a voiced consonant, a voiceless one (:func:`suffix_like`)
_AFTER_VOWEL = frozenset("лнсғгмйшдрпу")
_AFTER_VOICED = frozenset("дғгнлшмрт")
_AFTER_VOICELESS = frozenset("тқкпшс")


def particle_agrees(stem: str, particle: str) -> bool:
    """Is ``particle`` (да/де/та/те, ма/ме/ба/бе/па/пе, мен/бен/пен, ғой/қой) the right form after ``stem``?

    The vowel follows the stem's harmony (None, undecided, is no agreement); the consonant its final sound:
    да/та by the locative's family (та after a voiceless sound), ма/ба/па by the negation's (ба after
    м н ң ж з), мен/бен/пен by the instrumental's, ғой/қой as a G-initial suffix.  ше/ша (also a clitic) and
    stems ending in ь or ъ never agree.
    """
    stem_l = stem.lower()
    p = particle.lower()
    if not stem_l or stem_l[-1] in "ьъ":
        return False
    fc = final_class(stem_l)
    if p in WITH:  # no vowel harmony (always е)
        return p[0] == F_M1[fc]
    if p in ("ғой", "қой"):
        return (p == "қой") == (fc == "T")
    if p not in PARTICLES:
        return False
    h = harmony(stem_l, None)
    if h is None or (p[1] == "а") != (h == "b"):
        return False
    if p[0] in "дт":
        return p[0] == F_D[fc]
    return p[0] == F_M2[fc]


def particle_form(stem: str, particle: str) -> Optional[str]:
    """The form of ``particle`` (one of da/de/ta/te or ma/me/ba/be/pa/pe, Cyrillic) that follows ``stem``: its
    vowel by the stem's harmony, its consonant by the stem's final sound (д/т as the locative's, м/б/п as the
    negation's: ба after м н ң ж з, па after a voiceless sound); None where the harmony cannot be told, the
    stem ends in ь/ъ or ``particle`` is neither (:func:`particle_agrees` accepts exactly this form)."""
    s, p = stem.lower(), particle.lower()
    if not s or s[-1] in "ьъ" or p not in PARTICLES:
        return None
    h = harmony(s, None)
    if h is None:
        return None
    family = F_D if p[0] in "дт" else F_M2
    return family[final_class(s)] + ("а" if h == "b" else "е")


def _first_vowel_harmony(w: str) -> Optional[str]:
    for ch in w:
        if ch in BACK_V:
            return "b"
        if ch in FRONT_V:
            return "f"
    return None


def suffix_like(left: str, right: str) -> bool:
    """Does ``right`` start the way a suffix of ``left`` would (harmony and first consonant)?

    Words the lexicon misses are often split by a search at a stem boundary
    (интеллигент|терінің); glued words rarely look like that by chance.
    """
    l, r = left.lower(), right.lower()
    h = harmony(l, None)
    if h is None or _first_vowel_harmony(r) != h:
        return False
    # (a word ending in any vowel letter, и у ю included, is taken to want a consonant-initial suffix:
    # тау|ы is missed, but қату|уақыт is not taken for a suffix)
    vowel_end, c = l[-1] in VOWEL_LETTERS, r[0]
    if c in "ыіаеу":
        return not vowel_end
    if len(r) < 2 or r[1] not in "аеыі":  # the vowels of suffixes (no suffix starts ғұ-, мө-)
        return False
    if vowel_end:
        return c in _AFTER_VOWEL
    if final_class(l) == "T":
        return c in _AFTER_VOICELESS
    return c in _AFTER_VOICED
