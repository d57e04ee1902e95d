"""Character tables used by the lexicon-free steps (encoding, invisible, lookalike).

Every row says what the character is, why it is mapped, and where such text
is seen.  Sources are summarised in the project's fact sheet (KazNLP's
normaliser, Unicode confusables, the tesseract-ocr-kaz word list, Kazakh web
pages and PDF extractions).  Nothing here does any work; the steps import these
tables and build their regexes and ``str.translate`` maps from them once.
"""
from __future__ import annotations

# --------------------------------------------------------------------------- look-alikes

#: Latin letters whose glyph is identical (or nearly so) to a Cyrillic letter.
#: Applied only inside a word that contains Cyrillic letters and becomes wholly
#: Cyrillic after the mapping (see ``steps/characters.py`` for the guards).
LATIN_TO_CYRILLIC = {
    "a": "а",  # U+0061 -> U+0430; mixed keyboards, KazNLP's example «есірткі» typed with Latin letters
    "c": "с",  # U+0063 -> U+0441; the commonest substitute in web text; ISSAI corpus cleaning maps it too
    "e": "е",  # U+0065 -> U+0435; mixed keyboards, OCR
    "o": "о",  # U+006F -> U+043E; mixed keyboards, OCR
    "p": "р",  # U+0070 -> U+0440; same key position family, identical glyph
    "x": "х",  # U+0078 -> U+0445; identical glyph
    "y": "у",  # U+0079 -> U+0443; ambiguous with ү (U+04AF); у is the usual source on a Russian layout
    "h": "һ",  # U+0068 -> U+04BB; Latin h is the look-alike of Kazakh һ, not of н (tesseract list, variant typing)
    "i": "і",  # U+0069 -> U+0456; the commonest substitute for Kazakh і (hunspell-kk names like «Бейiмбет»)
    "A": "А",  # U+0041 -> U+0410; hunspell-kk has «Aманжол» with Latin A
    "B": "В",  # U+0042 -> U+0412; capital only: lower-case b is not a look-alike of в
    "C": "С",  # U+0043 -> U+0421; identical glyph («Cәлем»)
    "E": "Е",  # U+0045 -> U+0415; identical glyph
    "H": "Н",  # U+0048 -> U+041D; capital H looks like Н (lower-case h is һ, above)
    "I": "І",  # U+0049 -> U+0406; hunspell-kk has «Iсмет» with Latin I
    "K": "К",  # U+004B -> U+041A; capital only (lower-case k differs from к)
    "M": "М",  # U+004D -> U+041C; capital only
    "O": "О",  # U+004F -> U+041E; identical glyph
    "P": "Р",  # U+0050 -> U+0420; identical glyph
    "T": "Т",  # U+0054 -> U+0422; capital only (lower-case t differs from т)
    "X": "Х",  # U+0058 -> U+0425; identical glyph
    "Y": "У",  # U+0059 -> U+0423; ambiguous with Ү; chosen to agree with y -> у
}

#: Non-Latin, non-Kazakh code points that stand for a Kazakh letter.  These are
#: strong evidence by themselves: no Kazakh, Russian or English word contains them.
VARIANT_LETTERS = {
    "ə": "ә",  # U+0259 Latin schwa; 3,213 words in the tesseract-ocr-kaz web list (бəсеңдеуі)
    "Ə": "Ә",  # U+018F Latin capital schwa; 1,503 words in the same list (ƏКЕСІМЕН)
    "ǝ": "ә",  # U+01DD Latin turned e; same glyph as ə (Unicode confusables)
    "Ǝ": "Ә",  # U+018E Latin reversed E; the capital some fonts draw for ǝ
    "ɵ": "ө",  # U+0275 Latin barred o; identical glyph to ө (confusables)
    "Ɵ": "Ө",  # U+019F Latin capital barred O; identical glyph to Ө
    "ӛ": "ө",  # U+04DB schwa with diaeresis; pseudo-font artefact, 1,323 words in the tesseract list (Кӛкшетау)
    "Ӛ": "Ө",  # U+04DA capital of the above
    "ӊ": "ң",  # U+04CA en with tail (Khanty); KazNLP maps it, fonts without ң
    "Ӊ": "Ң",  # U+04C9 capital of the above
    "¥": "Ұ",  # U+00A5 yen sign; «Б¥¥» for БҰҰ on a kyn.kz page
}

#: Variants that are letters of another living orthography (Greek theta, old
#: Cyrillic fita).  Mapped only inside a word that is otherwise Cyrillic *and*
#: in a text that shows Kazakh letters, so Greek formulas and pre-1918 Russian stay.
WEAK_VARIANT_LETTERS = {
    "θ": "ө",  # U+03B8 Greek theta; same skeleton as ө in the Unicode confusables
    "Θ": "Ө",  # U+0398 Greek capital theta
    "ϴ": "Ө",  # U+03F4 Greek capital theta symbol
    "ѳ": "ө",  # U+0473 Cyrillic fita; a Kyrgyz tokenizer notes it "renders the same" as ө
    "Ѳ": "Ө",  # U+0472 capital fita
}

#: Variant letters that may turn a word with no Cyrillic at all into a Kazakh
#: word (e.g. ə, ɵ are never Latin-alphabet Kazakh in these forms' company).
STANDALONE_VARIANTS = frozenset("əƏǝƎɵƟ")

#: The Kazakh-specific letters (used as evidence that a text is Kazakh).
KAZAKH_LETTERS = frozenset("ӘәҒғҚқҢңӨөҰұҮүҺһ")

# --------------------------------------------------------------------------- legacy encodings

#: Old "KZ" fonts and KZ-1048 text read as cp1251: Kazakh glyphs were drawn in
#: the slots of Ukrainian/Belarusian/Serbian/Macedonian letters.  Seen in an
#: emirsaba.org textbook copy («уаќыт», «ўлттыќ», «їйрену», «жаќсы кґру») and in
#: bank-statement import code for БЦК exports (Ј->Ә, Ќ->Қ).
KZ1048_AS_CP1251 = {
    "Ј": "Ә", "ј": "ә",  # U+0408/U+0458 (Serbian je) <- KZ-1048 A3/BC
    "Є": "Ғ", "є": "ғ",  # U+0404/U+0454 (Ukrainian ye) <- KZ-1048 AA/BA
    "Ќ": "Қ", "ќ": "қ",  # U+040C/U+045C (Macedonian kje) <- KZ-1048 8D/9D
    "Ѕ": "Ң", "ѕ": "ң",  # U+0405/U+0455 (Macedonian dze) <- KZ-1048 BD/BE
    "Ґ": "Ө", "ґ": "ө",  # U+0490/U+0491 (Ukrainian ghe with upturn) <- KZ-1048 A5/B4
    "Ў": "Ұ", "ў": "ұ",  # U+040E/U+045E (Belarusian short u) <- KZ-1048 A1/A2
    "Ї": "Ү", "ї": "ү",  # U+0407/U+0457 (Ukrainian yi) <- KZ-1048 AF/BF
    "Ћ": "Һ", "ћ": "һ",  # U+040B/U+045B (Serbian tshe) <- KZ-1048 8E/9E
}

#: PTCP154 (Paratype Asian Cyrillic, the aspell-kk charset) read as cp1251.
#: Differs from KZ-1048 on ә/ғ (0xAA/0xBA is ғ in KZ-1048 but ә in PTCP154) and
#: puts ң ө ұ ү in slots that cp1251 shows as Њ/њ and symbols.
PTCP154_AS_CP1251 = {
    "Є": "Ә", "є": "ә",  # 0xAA/0xBA
    "Ѓ": "Ғ", "ѓ": "ғ",  # 0x81/0x83
    "Ќ": "Қ", "ќ": "қ",  # 0x8D/0x9D (same as KZ-1048)
    "Њ": "Ң", "њ": "ң",  # 0x8C/0x9C
    "¤": "Ө", "µ": "ө",  # 0xA4/0xB5
    "¦": "Ұ", "±": "ұ",  # 0xA6/0xB1
    "‡": "Ү", "‰": "ү",  # 0x87/0x89
    "Ћ": "Һ", "ћ": "һ",  # 0x8E/0x9E (same as KZ-1048)
}

#: Characters only PTCP154 text shows (KZ-1048 text never has them).
PTCP154_SIGNALS = frozenset("ЃѓЊњ¤µ¦±‡‰")
#: Characters only KZ-1048 / KZ-font text shows (PTCP154 text never has them).
KZ1048_SIGNALS = frozenset("ЈјЅѕҐґЎўЇї")

#: Lower-case alphabets of the languages that legitimately use the KZ-font
#: letters.  A word whose letters all fit one of these is left alone unless the
#: text as a whole is proven KZ-font text (see ``steps/encoding.py``).
FOREIGN_ALPHABETS = {
    "uk": frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"),  # Ukrainian: є ї ґ
    "be": frozenset("абвгґдеёжзійклмнопрстуўфхцчшыьэюя"),  # Belarusian: ў
    "uz": frozenset("абвгдеёжзийклмнопрстуфхцчшъьэюяўқғҳ"),  # Uzbek Cyrillic: ў
    "sr": frozenset("абвгдђежзијклљмнњопрстћуфхцчџш"),  # Serbian: ј ћ
    "mk": frozenset("абвгдѓежзѕијклљмнњопрстќуфхцчџш"),  # Macedonian: ј ѕ ќ
    "ru": frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),  # Russian (for PTCP-only symbols)
}

#: Very frequent Kazakh words spelled only with letters that Russian/Ukrainian/Serbian
#: also have (so they survive a KZ-font encoding intact) and that are not words of
#: Ukrainian, Belarusian, Serbian or Macedonian: one of them in a line is evidence
#: that the line is Kazakh, so its KZ-font letters are mapped even when each word
#: alone would fit a foreign alphabet ("Медет 2008 жылы туєан").  Chosen from
#: the commonest function words of Kazakh news text; "да/де/та/бар" are left out
#: because Serbian/Russian use them too.
KAZAKH_MARKER_WORDS = frozenset(
    "мен бен пен емес керек деп еді жылы осы сол бір екі кейін дейін туралы бойынша "
    "болып болды болады тиіс сияқты жатыр ол оны оның біз сіз олар мына тек әлі "
    "кезде кезінде ретінде арасында бірақ немесе барлық тағы деген енді бірге бірі".split()
)

#: Kazakh case/plural endings with the same property (Kazakh-only shapes built from
#: shared letters: ы+н/м, і+н/м, the plural after a vowel-harmony consonant):
#: locative/ablative/instrumental after a possessive, and plural stems.
KAZAKH_MARKER_ENDINGS = frozenset("ында інде ынан інен ымен імен лары лері дары дері тары тері".split())

#: Letters that mark a word as surely not Kazakh: Serbian/Macedonian and
#: Uzbek/Tajik-only letters.  A KZ-font letter next to them is left alone.
FOREIGN_ONLY = frozenset("ЂђЉљЏџҲҳҶҷӢӣӮӯ")

# --------------------------------------------------------------------------- invisible / odd characters

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

#: Cyrillic vowels that may carry a stress mark (U+0301/U+0300) in dictionaries
#: and textbooks; the mark is removed inside Cyrillic words (KazNLP deletes U+0301).
CYRILLIC_VOWELS = frozenset("аәеёиоөуұүыіэюяАӘЕЁИОӨУҰҮЫІЭЮЯ")
STRESS_MARKS = frozenset("\u0301\u0300")

#: Similar letters and neighbouring keys: the one-letter slips a hand-typist or OCR makes, and the only
#: substitutions the default ``typo`` step corrects.  The lexicon (a base + ending one such slip from a
#: counted form is not known) and ``dictionaries/build.py`` use the same pairs.
SIMILAR_PAIRS = (
    "аә", "ао", "ая", "ое", "оө", "уұ", "уү", "ұү", "ыі", "иі", "еи", "еэ", "ия", "ий",
    "нң", "кқ", "гғ", "хһ", "тд", "сз", "лр", "лд", "шщ", "бп", "вф", "жз", "мн", "ъь", "её",
)
#: ``SIMILAR_PAIRS`` as ordered pairs, both ways round.
SIMILAR = frozenset(p for a, b in SIMILAR_PAIRS for p in ((a, b), (b, a)))
#: ``SIMILAR`` by letter: the letters each letter may be a slip for.
SIMILAR_ALT = {a: tuple(sorted(b for x, b in SIMILAR if x == a)) for a in sorted({x for x, _ in SIMILAR})}
