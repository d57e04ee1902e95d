"""Script detection helpers: Latin words in a text, the runs of them that may be Kazakh written in Latin, and
how common a Latin word is in the languages kaznorm meets beside Kazakh (English, Turkish, Uzbek).

* :func:`latin_words`: the words of a line made mostly of Latin letters (Cyrillic letters typed inside
  them allowed, ``tіlіmіzdі``), with apostrophes inside or after them (the 2017 draft's ``g'``); never a
  word touching a digit, an ``@``/``#`` or inside a URL or e-mail address.
* :func:`latin_runs`: those words grouped into runs, cut at Cyrillic words and sentence ends: the unit
  the ``latin`` step judges as Kazakh or not.
* :func:`foreign_zipf`: the word's Zipf frequency in English or Turkish (wordfreq, read on first use) or
  in the short Uzbek list below (wordfreq has no Uzbek).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import List, NamedTuple, Tuple

from ..kazakh.latin import APOSTROPHES
from .protected import inside, protected_spans

__all__ = ["LatinWord", "latin_words", "latin_runs", "has_latin", "is_latin_letter", "foreign_zipf",
           "UZBEK_COMMON"]

_AP = re.escape(APOSTROPHES)
# a word: letters (any script) and combining marks, apostrophes between letters, one apostrophe after
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_\u0300-\u036f]|[\u0300-\u036f]|[{_AP}](?=[^\W\d_]))*(?:[{_AP}](?![^\W\d_]))?")
_SENT_END = re.compile(r"[.!?…]+(?=\s|$)")
_LATIN_ANY = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


class LatinWord(NamedTuple):
    start: int
    end: int
    text: str
    glued: bool = False  # touches a digit (5jyl, 8şi): read only when the lexicon knows it, never evidence


@lru_cache(maxsize=4096)
def is_latin_letter(c: str) -> bool:
    if "a" <= c <= "z" or "A" <= c <= "Z":
        return True
    if c.isascii() or not c.isalpha():
        return False
    return unicodedata.name(c, "").startswith("LATIN")


def _is_cyrillic(c: str) -> bool:
    return "\u0400" <= c <= "\u04ff"


def has_latin(text: str) -> bool:
    """Whether ``text`` has any Latin letter (the cheap gate of the ``latin`` step)."""
    return _LATIN_ANY.search(text) is not None


def _kind(word: str) -> str:
    """'latin', 'cyrillic' or 'other' by the letters of ``word`` (a Latin word may hold Cyrillic letters)."""
    lat = cyr = other = 0
    for c in word:
        if not c.isalpha():
            continue
        if is_latin_letter(c):
            lat += 1
        elif _is_cyrillic(c):
            cyr += 1
        else:
            other += 1
    if other:
        return "other"
    if lat and lat >= cyr:
        return "latin"
    return "cyrillic" if cyr else "other"


def latin_words(line: str, offset: int = 0, spans=None) -> List[Tuple[str, LatinWord]]:
    """The words of ``line`` as (kind, word): kind 'latin', 'cyrillic' or 'skip' (a Latin word touching ``_``,
    ``@``, ``#``, or inside a URL or e-mail address: never Kazakh); a Latin word touching a digit is marked
    ``glued``.  Positions are ``offset`` plus the
    position in ``line``; ``spans`` are the text's protected spans (:func:`protected_spans`) in those
    coordinates."""
    out: List[Tuple[str, LatinWord]] = []
    if spans is None:
        spans = protected_spans(line)
        base = 0
    else:
        base = offset
    n = len(line)
    for m in _WORD.finditer(line):
        a, b = m.span()
        w = m.group()
        if w[-1] in APOSTROPHES and a > 0 and line[a - 1] == w[-1]:
            b -= 1  # 'quoted' word: the closing quote is not the 2017 apostrophe
            w = w[:-1]
        kind = _kind(w)
        if kind == "other":
            continue
        if kind == "latin":
            before = line[a - 1] if a else ""
            after = line[b] if b < n else ""
            glued = (before and before in "0123456789") or (after and after in "0123456789")
            if (before and (before in "_@#\\"
                            or (before == "." and a >= 2 and line[a - 2].isalnum() and not w[0].isupper()
                                and len(w) > 1 and (a < 3 or line[a - 3].isalnum()))))\
                    or (after and after in "_@\\") or _dotted_name(line, b) \
                    or inside(spans, a + base, b + base):
                kind = "skip"
            elif glued:
                out.append((kind, LatinWord(a + offset, b + offset, w, True)))
                continue
        out.append((kind, LatinWord(a + offset, b + offset, w)))
    return out


def _dotted_name(line: str, b: int) -> bool:
    """A word followed by ``.x`` (a small letter or digit right after the dot): a domain or file name
    (``Kaspi.kz``); ``super.Jetkızu`` is two sentences typed without a space, ``t.b.`` an abbreviation."""
    if not (b + 1 < len(line) and line[b] == "." and (line[b + 1].isdigit() or line[b + 1].islower())):
        return False
    # т.б., ж.т.б.: abbreviations of single letters, not names
    return not (b + 2 >= len(line) or not line[b + 2].isalnum()) and (b < 2 or line[b - 2].isalnum())


def latin_runs(line: str, offset: int = 0, spans=None) -> Tuple[List[List[LatinWord]], bool]:
    """(runs, mixed): the Latin words of ``line`` grouped into runs, cut at every Cyrillic word, skipped word
    and sentence end; ``mixed`` says whether the line has Cyrillic words (a Latin run there is a quote or a
    name inside Cyrillic text)."""
    words = latin_words(line, offset, spans)
    ends = [m.end() + offset for m in _SENT_END.finditer(line)]
    runs: List[List[LatinWord]] = []
    cur: List[LatinWord] = []
    mixed = False
    k = 0
    for kind, w in words:
        while k < len(ends) and ends[k] <= w.start:
            if cur:
                runs.append(cur)
                cur = []
            k += 1
        if kind == "latin":
            cur.append(w)
            continue
        if kind == "cyrillic":
            mixed = True
        if cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs, mixed


# ---------------------------------------------------------------------------------------------------------
# Other languages written in Latin letters

#: Common Uzbek words (Latin orthography; oʻ gʻ written with an apostrophe), for a Zipf of 5: wordfreq has
#: no Uzbek list.  Written for kaznorm from general knowledge of the language's most frequent words.
UZBEK_COMMON = frozenset("""
va bu bir u men sen biz siz ular ham bilan uchun edi emas bor yo'q nima qanday qachon qayerda nega juda
yaxshi yomon katta kichik yangi eski ko'p oz endi hozir keyin oldin bugun ertaga kecha yil kun vaqt odam
odamlar bola bolalar ona ota uy shahar mamlakat davlat til o'zbek o'zbekiston toshkent kitob kitobni
kitoblar maktab ish suv non yer yo'l qo'l ko'z bosh yurak do'st xalq hayot dunyo tarix gap so'z narsa joy
tomon qism barcha hamma har hech faqat lekin ammo chunki agar yoki hamda kerak mumkin bo'ladi bo'lgan
bo'lib bo'lsa qildi qilish qiladi qilgan dedi deb keldi ketdi bordi oldi berdi ko'rdi bilaman bilmayman
xohlayman yashaydi ishlaydi o'qiydi yozadi gapiradi tushundim rahmat assalomu alaykum xayr iltimos
kechirasiz salom qalay nechta necha qancha pul bozor ovqat choy go'sht meva olma anor uzum qovun tarvuz qish
yoz bahor kuz issiq sovuq chiroyli aqlli tez sekin uzoq yaqin birinchi ikkinchi ikki uch to'rt besh olti
yetti sakkiz to'qqiz o'n yigirma yuz ming million soat daqiqa hafta oy sana yangilik xabar prezident
hukumat vazir qonun iqtisodiyot ta'lim sog'liq tibbiyot shifokor o'qituvchi talaba universitet dars savol
javob muammo yechim natija sabab maqsad rivojlanish loyiha dastur tizim xizmat korxona kompaniya mahsulot
narx sotish sotib olish berish ko'rish eshitish aytish o'tgan kelgan ketgan qilingan berilgan yozilgan
aytilgan qaror tadbir uchrashuv tashrif hamkorlik munosabat masala holat jarayon soha mintaqa viloyat
tuman qishloq ko'cha bino xona eshik deraza stol uyda uyga uydan menga senga unga bizga sizga ularga meni
seni uni bizni sizni ularni mening sening uning bizning sizning ularning orqali haqida tufayli gacha esa
ekan yana hali allaqachon doim ba'zan albatta balki ehtimol aslida umuman ayniqsa shuningdek shu o'sha
bunday shunday qaysi kim nimaga qayer qayerga qayerdan hozirgi kelajak o'tmish tinchlik urush g'alaba
kuch erkin mustaqil mustaqillik bayram tabrik oila xotin o'g'il qiz aka uka opa singil bobo buvi amaki
xola qo'shni mehmon ustoz shogird yigit ayol erkak inson jamiyat bo'lsin bo'lmaydi qiling keling boring
ayting yozing o'qing oling bering ko'ring kutib turibdi yotibdi ketyapti kelyapti qilyapti o'qiyapti
ishlayapti gapiryapti aytdi so'radi javob berdi boshladi tugadi qoldi chiqdi kirdi tushdi o'tdi topdi
yo'qotdi sevadi yoqadi kerakmi bormi yo'qmi nimani kimni qaerda to'g'ri noto'g'ri oson qiyin muhim asosiy
umumiy xalqaro milliy ichki tashqi yuqori past chap o'ng old orqa ichida tashqarida ustida ostida yonida
oldida keyingi oxirgi ko'plab bir necha boshqa o'z o'zi o'zini o'zining hamma narsa hech narsa hech kim
""".split())


@lru_cache(maxsize=1)
def _zipf_funcs():
    try:
        import wordfreq
    except ImportError:  # pragma: no cover (a dependency of kaznorm)
        return None
    return wordfreq.zipf_frequency, wordfreq.tokenize


@lru_cache(maxsize=50_000)
def foreign_zipf(word: str, langs: Tuple[str, ...] = ("en", "tr", "uz")) -> float:
    """The Zipf frequency of ``word`` (lower case) in the languages ``langs``, whichever is highest: English and
    Turkish from wordfreq's lists (read on first use), Uzbek 5.0 for a word of :data:`UZBEK_COMMON`; 0 when
    none knows it."""
    w = word.replace("’", "'").replace("ʻ", "'").replace("ʼ", "'").replace("`", "'")
    best = 5.0 if "uz" in langs and w in UZBEK_COMMON else 0.0
    funcs = _zipf_funcs()
    if funcs is not None:
        zipf, tokenize = funcs
        for lang in langs:
            if lang == "uz":
                continue
            try:
                # a word wordfreq cuts in pieces (the 2017 draft's s'es'em) is not one of its words
                if "'" in w and tokenize(w, lang) != [w]:
                    continue
                best = max(best, zipf(w, lang))
            except Exception:  # pragma: no cover
                pass
    return best
