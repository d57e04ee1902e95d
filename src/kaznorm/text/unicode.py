"""Unicode character classes (not Kazakh facts): odd spaces, invisible and bidi controls, soft and
line-break hyphens, line-like controls, stress marks.

Every row says what the character is, why it is treated so, and where such text is seen.  Nothing here
does any work (but :func:`char_class`, which writes a set as a regex class); the ``encoding``,
``invisible``, ``lookalike`` and ``linebreak_hyphen`` steps build their regexes and ``str.translate``
maps from these tables once.  The letters of the Kazakh alphabet are in :mod:`kaznorm.kazakh.alphabet`.
"""
from __future__ import annotations


def char_class(chars) -> str:
    """The body of a regex character class matching exactly ``chars`` (each one escaped; three or more
    consecutive code points as a range, which compiles faster than the letters one by one)."""
    cps = sorted({ord(c) for c in chars})
    out, i = [], 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        if j - i >= 2:
            out.append(_escaped(cps[i]) + "-" + _escaped(cps[j]))
        else:
            out.extend(_escaped(c) for c in cps[i:j + 1])
        i = j + 1
    return "".join(out)


def _escaped(cp: int) -> str:
    return "\\x%02x" % cp if cp < 0x100 else "\\u%04x" % cp if cp < 0x10000 else "\\U%08x" % cp


#: Every code point of the Cyrillic and Cyrillic Supplement blocks (U+0400-U+052F), as a regex class body:
#: a letter of any Cyrillic alphabet (Serbian ђ, Bashkir ҡ ...), not only of Kazakh's
#: (``kaznorm.kazakh.alphabet.LETTER_CLASS``).
CYRILLIC_BLOCK_CLASS = "\u0400-\u052f"

#: Space characters turned into U+0020 (kept only between digits, see below).
EXOTIC_SPACES = frozenset(
    "\u00a0"  # NO-BREAK SPACE; word processors and HTML &nbsp; (KazNLP maps it to a space)
    "\u1680"  # OGHAM SPACE MARK; seen in fuzzing corpora only, still a space
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006"  # EN QUAD..SIX-PER-EM SPACE; typeset PDFs
    "\u2007"  # FIGURE SPACE; digit grouping in typeset tables
    "\u2008\u2009\u200a"  # PUNCTUATION, THIN, HAIR SPACE; typeset PDFs, French-style spacing
    "\u202f"  # NARROW NO-BREAK SPACE; digit grouping and before % in word processors
    "\u205f"  # MEDIUM MATHEMATICAL SPACE; MathML exports
    "\u3000"  # IDEOGRAPHIC SPACE; CJK input methods
)

#: Spaces that may group digits (``1 000``): kept when both neighbours are digits.
DIGIT_GROUP_SPACES = frozenset("\u00a0\u202f\u2007\u2009")

#: Always removed: they have no visible effect in Kazakh/Russian/Latin text.
ALWAYS_DELETE = frozenset(
    "\ufeff"  # BYTE ORDER MARK / ZWNBSP; at file starts and pasted inside words
    "\u2060"  # WORD JOINER; HTML exports
    "\u2061\u2062\u2063\u2064"  # invisible math operators; MathML/Word equation exports
    "\u180e"  # MONGOLIAN VOWEL SEPARATOR; used as an invisible space in spam and copy-protection
    "\ufffe"  # non-character (byte-swapped BOM); broken decodings
)

#: Bidi controls: removed unless the text has right-to-left letters (Arabic,
#: Hebrew...), where they are meaningful.  KazNLP removes U+200E/F, U+202A/C.
BIDI_CONTROLS = frozenset(
    "\u200e\u200f"  # LRM, RLM; copied from web pages, Wikipedia templates
    "\u202a\u202b\u202c\u202d\u202e"  # LRE, RLE, PDF, LRO, RLO embeddings/overrides
    "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI isolates
    "\u061c"  # ARABIC LETTER MARK
)

#: Zero-width space: removed, except between two letters of scripts that use it
#: to mark word boundaries (Thai, Khmer, Lao, Myanmar, Tibetan, CJK).
ZWSP = "\u200b"

#: Zero-width (non-)joiners: needed in Arabic/Persian, Indic scripts and emoji
#: sequences; removed when neither neighbour belongs to such a script.
JOINERS = frozenset("\u200c\u200d")

#: Soft hyphen (U+00AD) and NOT SIGN (U+00AC, a PDF line-end hyphen remnant):
#: removed inside a word; next to a space or line end they are left for the
#: ``linebreak_hyphen`` step, which decides whether to join the parts.
SOFT_HYPHEN = "\u00ad"
NOT_SIGN = "\u00ac"

#: Line-like controls (VT, FF, file/group/record/unit separators, NEL, LS, PS):
#: become a space between words (Word's manual line break is VT; pdftotext
#: writes FF at page starts), vanish elsewhere.  "\n" is never touched; "\r" is
#: left alone so that "\r\n" line ends survive.
LINE_CONTROLS = frozenset("\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029")

#: U+2011 NON-BREAKING HYPHEN -> "-" (KazNLP maps it; word processors insert it).
NB_HYPHEN = "\u2011"

#: A word broken at a line end, as ``linebreak_hyphen`` reads one: one of these hyphens after a
#: letter, then spaces of LINEBREAK_SPACES with at most one "\n" among them (at least one after a
#: plain hyphen), then a letter.  That step may rejoin the parts, so the steps before it judge them
#: as the word they may become, and the word steps after it leave the parts it kept apart alone.
LINEBREAK_HYPHENS = "-\u00ad\u00ac\u2010\u2011"
LINEBREAK_SPACES = frozenset(" \t\u00a0\u2009\u202f\u2007\u2002\u2003\u3000\r\f\v")

#: Stress marks (U+0301/U+0300) that dictionaries and textbooks put on Cyrillic vowels
#: (``kaznorm.kazakh.alphabet.CYRILLIC_VOWELS``); removed inside Cyrillic words (KazNLP deletes U+0301).
STRESS_MARKS = frozenset("\u0301\u0300")
