"""Look-alike letters: Latin letters and variant code points that stand for a Cyrillic/Kazakh letter.

Every row says what the character is, why it is mapped, and where such text is seen.  Sources are
summarised in the project's fact sheet (KazNLP's normaliser, Unicode confusables, the tesseract-ocr-kaz
word list, Kazakh web pages and PDF extractions).  The ``lookalike`` and ``encoding`` steps build their
maps from these tables.
"""
from __future__ import annotations

#: Latin letters whose glyph is identical (or nearly so) to a Cyrillic letter.
#: Applied only inside a word that contains Cyrillic letters and becomes wholly
#: Cyrillic after the mapping (see the ``lookalike`` step for the guards).
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

#: The Latin letters that look like Cyrillic ones (the keys of :data:`LATIN_TO_CYRILLIC`): a Latin word made
#: only of these may be a Cyrillic word typed with look-alikes, not evidence of a Latin word.
LOOKALIKE_LATIN = frozenset(LATIN_TO_CYRILLIC)

#: The mirror: Cyrillic letters whose glyph is a Latin letter's, typed inside a Latin word (Кaspi, ВОSCН, Сrown:
#: a brand typed on a Cyrillic layout's first letter).  Applied only inside a word that has a Latin letter no
#: Cyrillic letter looks like (s, r, m ...), so that it cannot be a Cyrillic word (see the ``lookalike`` step).
CYRILLIC_TO_LATIN = {cyr: lat for lat, cyr in LATIN_TO_CYRILLIC.items()}

#: Latin letters that look like a Cyrillic letter only in handwriting or italic type (italic г, п, т, и, д are
#: drawn r, n, m, u, g): typed so in a word that is otherwise Cyrillic (бipre, нeriзгi, пicipуге).  Never
#: mapped on their own: the ``lookalike_words`` step takes such a reading only when the lexicon counts it.
ITALIC_LATIN_TO_CYRILLIC = {"r": "г", "n": "п", "m": "т", "u": "и", "g": "д", "k": "к"}

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
    "Ӏ": "І",  # U+04C0 palochka (Caucasian languages, no Kazakh or Russian word): a stick drawn for І (Ӏшінде)
    "ӏ": "і",  # U+04CF small palochka; the same
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


def _greek(ch: str) -> bool:
    return "\u0370" <= ch <= "\u03ff"


#: The variant letters that stand for a Kazakh letter in any word: the letters of VARIANT_LETTERS (not the
#: yen sign) and, of the weak ones, the Cyrillic fita (not Greek theta: Greek words and formulas keep it).
#: The lexicon's lookup key folds their lower-case ones (:func:`kaznorm.lexicon.folding.fold`); the
#: dictionary build normalises word lists and corpus text with them.
WORD_VARIANTS = {k: v for k, v in {**VARIANT_LETTERS, **WEAK_VARIANT_LETTERS}.items() if k.isalpha() and not _greek(k)}
