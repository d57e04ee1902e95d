"""Legacy Kazakh encodings: KZ-1048 / KZ-font and PTCP154 text read as cp1251, and the evidence
the ``encoding`` step weighs before mapping them (foreign alphabets that use the same letters, Kazakh
marker words and endings, letters that are surely not Kazakh).

Every row says what the character is and where such text is seen.  Nothing here does any work.
"""
from __future__ import annotations

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

#: KZ-font letters whose slot some fonts gave to another Kazakh letter: ї is ү in KZ-1048 but һ in fonts
#: that had no room for һ elsewhere (мәшїүр for мәшһүр); the ``encoding`` step takes the reading the
#: lexicon knows.
KZ_FONT_ALTERNATIVES = {"Ї": "Һ", "ї": "һ"}

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
