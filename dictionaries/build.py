#!/usr/bin/env python3
"""Regenerate kaznorm's shipped dictionaries (dictionaries/data/*) from their sources.

Usage (from the repository root)::

    apt-get install -y tesseract-ocr tesseract-ocr-kaz hunspell-kk   # Debian/Ubuntu sources
    pip install wordfreq
    python dictionaries/build.py [--corpora ../shared/corpora] [--out dictionaries/data]

Sources (see dictionaries/README.md for licences):

* Debian ``tesseract-ocr-kaz``: the LSTM word DAWG, unpacked with ``combine_tessdata -u`` and
  listed with ``dawg2wordlist`` (both from ``tesseract-ocr``).  A noisy web word list: cleaned here.
* Debian ``hunspell-kk``: ``kk_KZ.dic``/``kk_KZ.aff``.  Stems with affix classes give the stem list for
  the morphology (nominal / verb) and, expanded, a set of *trusted* forms used while cleaning.
* Sentence corpora ``<corpora>/{kaznerd_valid,apertium_segcorpus,kazsandra_dev}/sentences.txt`` for
  word counts (kazsandra is user-written: only forms already trusted are counted there).
  ``apertium_tagged`` is never read: the evaluation measures on it.
* wordfreq ``ru``/``en``: common Russian and English words that are not Kazakh forms.
* Hand-written lists next to this script: compounds.txt, particles.txt, abbreviations.txt.

Only word forms and counts are written, never sentences.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FORMAT_VERSION = 1
HERE = Path(__file__).resolve().parent
REPO = HERE.parent

KAZ_SPECIFIC = set("әғқңөұүһі")
LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
UPPER = LOWER.upper()
CYR_LETTERS = set(LOWER + UPPER)
WORD_RE = re.compile(r"(?<![\w-])[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)*(?![\w-])")
TOKEN_RE = re.compile(r"[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+(?:-[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)*")
VOWELS = set("аәеёиоөұүыіэюяу")
BACK = set("аоұыэ")
FRONT = set("әеөүіё")

# look-alikes and font variants seen in the tesseract list -> canonical Kazakh letters
LOOKALIKE = str.maketrans({
    "ə": "ә", "Ə": "Ә", "ǝ": "ә", "Ǝ": "Ә", "ӛ": "ө", "Ӛ": "Ө", "ɵ": "ө", "Ɵ": "Ө", "ѳ": "ө", "Ѳ": "Ө",
    "ӊ": "ң", "Ӊ": "Ң", "i": "і", "I": "І",
})
LATIN_TO_CYR = str.maketrans({
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "h": "һ", "k": "к", "m": "м",
    "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "X": "Х", "H": "Н", "K": "К", "M": "М", "B": "В", "T": "Т",
})
FOREIGN_CYR = set("ҡҙҫӓӧӱҗңҝӣӯєїґўјљњћџѕѓќҥҷӑӗӳ")  # Bashkir/Tatar/Chuvash/Ukrainian/Serbian... (ң excluded below)
FOREIGN_CYR.discard("ң")

# Russian-keyboard degradation: Kazakh letter -> what a Russian layout types
KEYBOARD_I = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"})
KEYBOARD_Y = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "ы"})


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- sources

def tesseract_words(traineddata: str | None) -> list[str]:
    """The word list of Debian's kaz.traineddata (LSTM word DAWG)."""
    if traineddata is None:
        cands = sorted(Path("/usr/share/tesseract-ocr").glob("*/tessdata/kaz.traineddata"))
        if not cands:
            sys.exit("kaz.traineddata not found: apt-get install tesseract-ocr tesseract-ocr-kaz (or --tessdata)")
        traineddata = str(cands[-1])
    for tool in ("combine_tessdata", "dawg2wordlist"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} not found: apt-get install tesseract-ocr")
    with tempfile.TemporaryDirectory() as tmp:
        prefix = os.path.join(tmp, "kaz.")
        subprocess.run(["combine_tessdata", "-u", traineddata, prefix], check=True, stdout=subprocess.DEVNULL)
        out = os.path.join(tmp, "words.txt")
        subprocess.run(["dawg2wordlist", prefix + "lstm-unicharset", prefix + "lstm-word-dawg", out],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as fh:
            return [w for w in fh.read().split("\n") if w]


def read_hunspell(dic_path: Path, aff_path: Path):
    """(entries [(word, flags)], rules {flag: [(strip, add, regex)]}) from a hunspell pair."""
    text = dic_path.read_text(encoding="utf-8-sig")
    entries = []
    for line in text.splitlines()[1:]:
        line = line.strip()
        if not line:
            continue
        word, _, flags = line.partition("/")
        entries.append((word, flags))
    rules: dict[str, list] = collections.defaultdict(list)
    for line in aff_path.read_text(encoding="utf-8-sig").splitlines():
        parts = line.split()
        if len(parts) >= 5 and parts[0] == "SFX":
            flag, strip, add, cond = parts[1], parts[2], parts[3], parts[4]
            strip = "" if strip == "0" else strip
            add = "" if add == "0" else add.split("/")[0]
            rules[flag].append((strip, add, re.compile("(?:" + ("." if cond == "." else cond) + ")$")))
    return entries, rules


def expand_hunspell(entries, rules) -> set[str]:
    """All forms hunspell generates (one suffix per class, as the .aff defines)."""
    forms = set()
    for word, flags in entries:
        forms.add(word)
        for f in flags:
            for strip, add, cond in rules.get(f, ()):
                if cond.search(word) and (not strip or word.endswith(strip)):
                    forms.add(word[: len(word) - len(strip)] + add)
    return forms


def count_corpus(path: Path) -> collections.Counter:
    c = collections.Counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            for w in TOKEN_RE.findall(line.translate(LOOKALIKE_IN_TEXT)):
                c[w] += 1
    return c


LOOKALIKE_IN_TEXT = str.maketrans({"ə": "ә", "Ə": "Ә", "ӛ": "ө", "Ӛ": "Ө", "ӊ": "ң", "Ӊ": "Ң"})


# ---------------------------------------------------------------- normalisation

def normalise_form(w: str) -> str | None:
    """Canonical spelling of a raw list entry, or None when it is not a Kazakh Cyrillic word."""
    w = w.translate(LOOKALIKE)
    if any(c in FOREIGN_CYR or c.lower() in FOREIGN_CYR for c in w):
        return None
    if any("a" <= c.lower() <= "z" for c in w):
        if not any(c in CYR_LETTERS for c in w):
            return None  # a Latin word: not for the Kazakh list
        w2 = w.translate(LATIN_TO_CYR)
        if any("a" <= c.lower() <= "z" for c in w2):
            return None
        w = w2
    if w.startswith("-") or w.endswith("-") or "--" in w:
        return None
    if not all(c in CYR_LETTERS or c == "-" for c in w):
        return None
    return w


def is_lower_form(w: str) -> bool:
    return w == w.lower()


def harmonic(w: str) -> bool:
    """No back vowel (а о ұ ы) together with a Kazakh front vowel (ә ө ү і)."""
    return not (any(c in "аоұы" for c in w) and any(c in "әөүі" for c in w))


def degrade(w: str) -> tuple[str, str]:
    return w.translate(KEYBOARD_I), w.translate(KEYBOARD_Y)


# ---------------------------------------------------------------- verbs

# unambiguous case, plural and possessive endings: a hunspell "stem" made of a stem and one of these
# is an inflected form listed by mistake
INFLECTION_ENDINGS = set("""
ның нің дың дің тың тің мен бен пен лар лер тар тер
ымыз іміз ыңыз іңіз ында інде ынан інен ына іне сына сіне сында сінде сынан сінен сының сінің ларды лерді дарды
дерді тарды терді лардың лердің дардың дердің тардың тердің ларға лерге дарға дерге тарға терге ларда лерде
дарда дерде тарда терде лары лері дары дері тары тері ларын лерін дарын дерін тарын терін дағы дегі тағы тегі
""".split())

DEVOICE = {"б": "п", "г": "к", "ғ": "қ"}


def verb_stem(inf: str, attested) -> str | None:
    """Verb stem from the dictionary form in -у/-ю (see KAZAKH_MORPHOLOGY.md §2.4)."""
    if inf.endswith("ию"):
        return inf[:-1]  # кию -> ки
    if inf.endswith("ю"):
        return inf[:-1] + "й"  # қою -> қой, сүю -> сүй
    if not inf.endswith("у") or len(inf) < 2:
        return None
    base = inf[:-1]
    if base.endswith("у"):
        return base  # жуу -> жу
    if base[-1] in VOWELS:
        return base  # ойнау -> ойна, сөйлеу -> сөйле
    front = any(c in FRONT for c in base) and not any(c in BACK for c in base[-3:])
    # consonant before -у: either a consonant stem (бару -> бар) or a ы/і stem (оқу -> оқы)
    hv = "і" if front else "ы"
    vstem = base + hv
    ev_vowel = sum(1 for suf in ("ды", "ді", "ған", "ген", "п") if vstem + suf in attested)
    ev_vowel += sum(1 for suf in ("иды", "иді", "итын", "итін", "йды", "йді") if base + suf in attested)
    cons = base
    if base[-1] in DEVOICE:
        cons = base[:-1] + DEVOICE[base[-1]]
    ev_cons = sum(1 for suf in ("ты", "ті", "ды", "ді", "қан", "кен", "ған", "ген", "са", "се", "са", "пай", "пей",
                                "ма", "ме", "ба", "бе", "па", "пе")
                  if cons + suf in attested)
    if ev_vowel > ev_cons:
        return vstem
    return cons


def clean_hunspell_entries(entries, rules, tess_lower, corpus_forms):
    keys = set()
    for w, _ in entries:
        lw = w.lower()
        if any(c in KAZ_SPECIFIC for c in lw):
            keys.update(degrade(lw))
    for w in corpus_forms:
        if any(c in KAZ_SPECIFIC for c in w):
            keys.update(degrade(w))
    kept, junk = [], []
    for w, flags in entries:
        lw = w.lower()
        own = None
        if not any(c in KAZ_SPECIFIC for c in lw) and lw in keys:
            own = {f.lower() for f in expand_hunspell([(w, flags)], rules)}
            if not own & corpus_forms:
                junk.append(lw)
                continue
        if flags[:1] in VERB_FLAGS and len(lw) <= 4 and not lw.endswith("ю"):
            # short verbs: at least two of their finite forms must be attested (noise entries гау, зау)
            own = own or {f.lower() for f in expand_hunspell([(w, flags)], rules)}
            if len((own - {lw}) & (tess_lower | corpus_forms)) < 2:
                junk.append(lw)
                continue
        kept.append((w, flags))
    return kept, junk


LOAN_ENDINGS = tuple("ия ция изм ист ика ент ант тор ус ум ий".split())
# a loan candidate ending like a Kazakh inflection is an inflected form of a missing stem, not a stem
KAZAKH_ENDINGS = tuple("""ы і ын ін ны ні ға ге қа ке да де та те на не ның нің дың дің тың тің дан ден нан нен тан тен
мен бен пен лар лер дар дер тар тер ды ді ты ті сы сі""".split())
RUSSIAN_ENDINGS = tuple("ого его ому ему ыми ими ами ями ых их ую юю ться тся ешь ишь".split())
SHORT_NOUN_MIN_COUNT = 20  # corpus count that makes a dropped short verb entry a noun
VERB_FLAGS = set("MmNnOoPpQqRrSsTtUuVvWwXxYyZz")
VERB_ENDINGS = set("п ып іп ған ген қан кен ды ді ты ті уға уге уды уді удың удің уда уде удан уден".split())


# ---------------------------------------------------------------- main build

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", default=str(REPO.parent / "shared" / "corpora"),
                    help="directory holding kaznerd_valid/, apertium_segcorpus/, kazsandra_dev/ (default ../shared/corpora)")
    ap.add_argument("--out", default=str(HERE / "data"), help="output directory (default dictionaries/data)")
    ap.add_argument("--tessdata", default=None, help="path of kaz.traineddata (default: the Debian one)")
    ap.add_argument("--tess-list", default=None, help="use an already extracted tesseract word list instead")
    ap.add_argument("--hunspell", default="/usr/share/hunspell/kk_KZ", help="hunspell dictionary prefix")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    corpora = Path(args.corpora)

    # --- sources
    if args.tess_list:
        raw = [w for w in Path(args.tess_list).read_text(encoding="utf-8").split("\n") if w]
    else:
        raw = tesseract_words(args.tessdata)
    log(f"tesseract: {len(raw)} raw entries")
    entries, rules = read_hunspell(Path(args.hunspell + ".dic"), Path(args.hunspell + ".aff"))
    entries = [(w.translate(LOOKALIKE), f) for w, f in entries]
    log(f"hunspell: {len(entries)} entries")

    clean_counts = collections.Counter()
    bigrams = set()  # adjacent lower-case word pairs, glued-pair evidence
    pair_counts = collections.Counter()  # adjacent lower-case word pairs, counted: space-or-hyphen evidence
    clean_case = collections.Counter()  # (lower form, capitalised?) counts, non-initial tokens only
    separate = collections.Counter()  # words followed by a separately written да/де/та/те
    for name in ("kaznerd_valid", "apertium_segcorpus"):
        p = corpora / name / "sentences.txt"
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                text = line.translate(LOOKALIKE_IN_TEXT)
                spans = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
                toks = [text[a:b] for a, b in spans]
                low = [t.lower() for t in toks]
                bigrams.update(zip(low, low[1:]))
                # only words with nothing but white space between them are "written apart"
                # (not "мінез - құлық", a tokenised hyphen, nor "алдын, ала")
                pair_counts.update((low[k], low[k + 1]) for k in range(len(low) - 1)
                                   if text[spans[k][1]:spans[k + 1][0]].isspace())
                separate.update(a for a, b in zip(low, low[1:]) if b in SEPARATE_PARTICLES)
                for i, t in enumerate(toks):
                    lw = t.lower()
                    clean_counts[lw] += 1
                    if i > 0 and t[:1].isupper() and not t.isupper():
                        clean_case[(lw, True)] += 1
                    elif t == lw:
                        clean_case[(lw, False)] += 1
    log(f"clean corpora: {sum(clean_counts.values())} tokens, {len(clean_counts)} types")
    sandra = count_corpus(corpora / "kazsandra_dev" / "sentences.txt")
    sandra_lower = collections.Counter()
    for w, n in sandra.items():
        sandra_lower[w.lower()] += n

    # --- normalise the tesseract list
    tess_lower = set()
    tess_title = set()
    tess_lowercase_seen = set()
    for w in raw:
        n = normalise_form(w)
        if n is None:
            continue
        lw = n.lower()
        tess_lower.add(lw)
        if n == lw:
            tess_lowercase_seen.add(lw)
        elif n[0].isupper() and n[1:] == n[1:].lower():
            tess_title.add(lw)
    log(f"tesseract normalised: {len(tess_lower)} lowercase types")

    corpus_forms = {w for w in clean_counts if all(c in CYR_LETTERS or c == "-" for c in w)
                    and not any(c in FOREIGN_CYR for c in w)}
    # hunspell-kk lists some Russian-keyboard spellings as entries (жаксы, калган); drop an entry without
    # Kazakh letters when a Kazakh-letter spelling of it is listed or attested and none of its own forms
    # occurs in the clean corpora
    entries, junk_entries = clean_hunspell_entries(entries, rules, tess_lower, corpus_forms)
    log(f"hunspell entries dropped as keyboard spellings or noise: {len(junk_entries)}")
    if os.environ.get("KAZNORM_BUILD_DEBUG"):
        import random
        log(random.Random(1).sample(sorted(junk_entries), min(100, len(junk_entries))))
    hun_forms = {w.lower() for w in expand_hunspell(entries, rules)}
    trusted = hun_forms | corpus_forms

    # --- drop Russian-keyboard spellings: a form without Kazakh letters whose restoration is attested
    # (in trusted sources, or in the list itself when the restored form keeps vowel harmony)
    kaz_keys = set()
    strong_keys = set()  # restorations that are trusted or written in lower case: evidence even against a name
    for w in tess_lower | trusted:
        if any(c in KAZ_SPECIFIC for c in w) and (w in corpus_forms or harmonic(w)):
            a, b = degrade(w)
            kaz_keys.add(a)
            kaz_keys.add(b)
            if w in trusted or w in tess_lowercase_seen:
                strong_keys.add(a)
                strong_keys.add(b)
    dropped_kb = set()
    for w in tess_lower:
        if w in trusted or any(c in KAZ_SPECIFIC for c in w):
            continue
        is_name = w not in tess_lowercase_seen  # only capitalised in the list (Коншин, Хайям, КСРО)
        if w in (strong_keys if is_name else kaz_keys):
            dropped_kb.add(w)
    log(f"keyboard spellings dropped: {len(dropped_kb)}")
    forms = (tess_lower - dropped_kb)

    # --- drop glued pairs: two frequent words written together.  The second part must be a word,
    # not a suffix-like string (-дай, -нан, -ына are endings of thousands of listed forms).
    productivity = collections.Counter()
    for w in tess_lower:
        for i in range(2, len(w) - 1):
            if w[:i] in tess_lower:
                productivity[w[i:]] += 1
    freq_words = {w for w, n in clean_counts.items() if n >= 3 and len(w) >= 3 and "-" not in w}
    right_words = {w for w in freq_words if productivity[w] < 150}
    dropped_glue = set()
    for w in forms:
        if w in trusted or "-" in w or len(w) < 6:
            continue
        if w in tess_title and w not in tess_lowercase_seen:
            continue  # a name built from words (Нұржан, Ақтөбе)
        for i in range(3, len(w) - 2):
            a, b = w[:i], w[i:]
            if b in ("мен", "бен", "пен"):
                continue
            if (a, b) in bigrams or (a in freq_words and b in right_words):
                dropped_glue.add(w)
                break
    log(f"glued-pair candidates: {len(dropped_glue)} (dropped below unless the morphology reads them)")

    # --- hyphenated forms: keep real compounds, drop line-break fragments
    plain = {w for w in forms | trusted if "-" not in w}
    dropped_hy = set()
    for w in [w for w in forms if "-" in w]:
        parts = w.split("-")
        joined = "".join(parts)
        if w in trusted:
            continue
        if joined in trusted or (joined in plain and not all(len(p) >= 2 and p in plain for p in parts)):
            dropped_hy.add(w)
        elif not all(p in plain for p in parts):
            dropped_hy.add(w)
    log(f"hyphenated fragments dropped: {len(dropped_hy)}")
    forms -= dropped_hy

    # --- Russian words of the web crawl (который, для, это): not Kazakh forms
    from wordfreq import zipf_frequency
    # Kazakh text uses Russian nouns in their base form (момент, Осло), so only Russian function words
    # and forms with Russian-only endings go
    dropped_ru = set()
    for w in forms:
        if w in trusted or any(c in KAZ_SPECIFIC for c in w):
            continue
        z = zipf_frequency(w, "ru")
        if z >= 5.6 or (z >= 3.0 and w.endswith(RUSSIAN_ENDINGS)):
            dropped_ru.add(w)
    log(f"common Russian words dropped: {len(dropped_ru)}")
    forms -= dropped_ru

    forms |= {w for w in corpus_forms}
    # single letters are initials and list labels (Н. Назарбаев, а) ә) б)): known, never counted
    forms |= {c for c in LOWER}
    forms = {w for w in forms if w}

    # --- counts: clean corpora, plus kazsandra for trusted forms
    counts = collections.Counter()
    for w, n in clean_counts.items():
        if w in forms and len(w) > 1:
            counts[w] += n
    for w, n in sandra_lower.items():
        if w in forms and len(w) > 1 and (w in trusted or w in tess_lower):
            counts[w] += n

    # --- keyboard spellings that slipped through as "trusted" (hunspell noise, user text): a form without
    # Kazakh letters, (almost) absent from the clean corpora, whose Kazakh-letter restoration is counted
    # at least ten times as often (кетеды, деды, созбен).  The morphology still decides known() for them.
    best = {}
    for w, n in counts.items():
        if any(c in KAZ_SPECIFIC for c in w):
            for k in degrade(w):
                if n > best.get(k, 0):
                    best[k] = n
    late_kb = {w for w in forms if not any(c in KAZ_SPECIFIC for c in w) and clean_counts.get(w, 0) < 2
               and best.get(w, 0) >= 20 and best.get(w, 0) >= 10 * (counts.get(w, 0) + 1)}
    log(f"late keyboard spellings dropped: {len(late_kb)}")
    if os.environ.get("KAZNORM_BUILD_DEBUG"):
        log(sorted(late_kb))
    forms -= late_kb
    for w in late_kb:
        counts.pop(w, None)

    # --- names: forms attested capitalised and not (or rarely) lowercase
    names = set()
    for w in forms:
        cap = clean_case.get((w, True), 0)
        low = clean_case.get((w, False), 0)
        if cap or low:
            if cap > low:
                names.add(w)
        elif w in tess_title and w not in tess_lowercase_seen and w not in hun_forms:
            names.add(w)
    log(f"names: {len(names)}")

    # --- stems for the morphology
    attested_all = forms | hun_forms
    stems = {}
    for word, flags in entries:
        lw = word.lower()
        if not all(c in CYR_LETTERS for c in lw):
            continue
        if word != lw:
            continue  # hunspell's capitalised names are typed without Kazakh letters: skip them
        if flags and flags[0] in "MmNnOoPpQqRrSsTtUuVvWwXxYyZz":
            st = verb_stem(lw, attested_all)
            if st:
                stems[st] = "".join(sorted(set(stems.get(st, "")) | {"v"}))
            stems.setdefault(lw, "n")  # the -у form is also a verbal noun
        else:
            stems[lw] = "".join(sorted(set(stems.get(lw, "")) | {"n"}))
    # clean the stems: hunspell lists Russian-keyboard spellings (жаксы, калган), one-letter verb stems
    # from noise entries, and inflected forms as stems (екенін, басқосуда) which would stack suffixes twice
    stem_keys = set()
    for st in stems:
        if any(c in KAZ_SPECIFIC for c in st):
            stem_keys.update(degrade(st))
    entry_set = {w.lower() for w, _ in entries}
    corpus_prefixes = {w[:i] for w in corpus_forms for i in range(2, len(w) + 1)}
    junk = set()
    for st, pos in stems.items():
        if len(st) < 2:
            junk.add(st)
        elif pos == "n" and any(st.endswith(e) and "v" in stems.get(st[: -len(e)], "") for e in VERB_ENDINGS):
            junk.add(st)  # a verb form listed as a nominal stem (бастап, көрген, болуға)
        elif (pos == "n" and st.endswith("н") and (st + "а" in entry_set or st + "е" in entry_set)
              and (st[:-1] + "ның" in entry_set or st[:-1] + "нің" in entry_set)):
            junk.add(st)  # an accusative listed with its siblings (басын next to басына, басының)
        elif not any(c in KAZ_SPECIFIC for c in st) and st not in corpus_prefixes and (st in kaz_keys or st in stem_keys):
            junk.add(st)
        else:
            for k in range(2, min(len(st) - 2, 6) + 1):
                base, end = st[:-k], st[-k:]
                if end in INFLECTION_ENDINGS and "n" in stems.get(base, "") and pos == "n":
                    junk.add(st)
                    break
    log(f"stems dropped (keyboard spellings, inflected forms, fragments): {len(junk)}")
    if os.environ.get("KAZNORM_BUILD_DEBUG"):
        import random
        log(random.Random(1).sample(sorted(junk), min(150, len(junk))))
    for st in junk:
        del stems[st]
    for w in read_list(HERE / "particles.txt"):
        stems.setdefault(w.lower(), "x")
    # a short hunspell verb entry dropped for want of attested finite forms (see clean_hunspell_entries) that
    # the clean corpora use often as a word of its own is a noun that shares its spelling (су "water")
    for lw in junk_entries:
        if clean_counts[lw] >= SHORT_NOUN_MIN_COUNT and "n" not in stems.get(lw, "") and lw not in junk:
            stems[lw] = "".join(sorted(set(stems.get(lw, "")) | {"n"}))
            log(f"  short noun kept from a dropped verb entry: {lw} ({clean_counts[lw]})")
    # hunspell lists many verb stems with nominal classes only (айрыл, ұзай, жиыл, шылқылда): a stem with
    # at least two kinds of verb-only forms attested (converb, participle, negated converb, -атын) is a verb too
    attested_verbal = forms | hun_forms
    added_v = 0
    for st, pos in list(stems.items()):
        if "v" in pos or len(st) < 3:
            continue
        if verb_evidence(st, attested_verbal) >= 2:
            stems[st] = pos + "v"
            added_v += 1
    log(f"nominal stems also used as verbs: {added_v}")

    # loanword stems: attested base forms that look Russian/international (Russian-only letters, or a
    # typical loan ending) and that the morphology does not already read as an inflected form
    analyzer = make_analyzer(stems)
    if analyzer is not None:
        loans = set()
        for w in forms:
            if (w in stems or len(w) < 4 or "-" in w or any(c in KAZ_SPECIFIC for c in w) or w in dropped_kb
                    or w.endswith(KAZAKH_ENDINGS)
                    or not (w.endswith(LOAN_ENDINGS) or any(c in "вфцчщъьэёю" for c in w))):
                continue
            if not analyzer.accepts(w):
                loans.add(w)
        log(f"loanword stems added: {len(loans)}")
        for w in loans:
            stems[w] = "n"
    log(f"stems: {len(stems)}")

    # --- glued pairs go unless the morphology reads them as one word anyway (сыналатын, қаптаудың): dropping
    # those would only lose their frequency, not change known()
    analyzer = make_analyzer(stems)
    if analyzer is not None:
        dropped_glue = {w for w in dropped_glue if not analyzer.accepts(w)}
        # a one-word compound inflects like any noun (теміржол: теміржолға, теміржолдың, теміржолы ...);
        # two words written together rarely show up in several case forms
        kept = {w for w in dropped_glue if paradigm_evidence(w, tess_lower) >= GLUE_PARADIGM_MIN}
        log(f"glued-pair candidates kept for their inflected forms: {len(kept)}")
        if os.environ.get("KAZNORM_BUILD_DEBUG"):
            log(sorted(kept)[:200])
        dropped_glue -= kept
    log(f"glued pairs dropped: {len(dropped_glue)}")
    if os.environ.get("KAZNORM_BUILD_DEBUG"):
        import random
        log(random.Random(2).sample(sorted(dropped_glue), min(120, len(dropped_glue))))
    forms -= dropped_glue
    doubtful = set(dropped_glue)  # shipped: the segment step leaves these alone (real compounds among them)
    for w in dropped_glue:
        counts.pop(w, None)
        names.discard(w)

    # --- misspellings: one edit from a far better attested form, never in trusted text, and not a
    # regular inflection of a known stem (қазастан, мемлекетік)
    dropped_typo = drop_misspellings(forms, trusted, clean_counts, stems, analyzer)
    log(f"misspellings dropped: {len(dropped_typo)}")
    if os.environ.get("KAZNORM_BUILD_DEBUG"):
        import random
        log(random.Random(1).sample(sorted(dropped_typo), min(100, len(dropped_typo))))
    forms -= dropped_typo

    written = set(read_list(HERE / "compounds.txt"))
    compounds = written | {w for w in forms if "-" in w and w.count("-") == 1}
    spaced = spaced_compounds(compounds, written, pair_counts, clean_counts)
    log(f"compounds the clean corpora write with a space: {len(spaced)}")
    if os.environ.get("KAZNORM_BUILD_DEBUG"):
        log(sorted(spaced)[:200])

    # --- inflection bases: attested forms the morphology cannot read (names, loans: сәрсенбай, лизосома)
    # and that are not two frequent words written together (қарасөз, нарынқұм); lexicon.py lets them
    # take regular nominal inflection only (сәрсенбайға, лизосомаларының), never derivation
    # Neither these bases nor the Russian words below may shadow a slip in a Kazakh word: any within one
    # edit of a counted form or a stem (ұгым/ұғым, нәтеже/нәтиже, талой/талай) is left out.
    near_index = collections.defaultdict(set)
    for v in {w for w, n in counts.items() if n >= NEAR_MIN_COUNT} | set(stems):
        if len(v) >= 3 and "-" not in v:
            for k in subs1(v):
                near_index[k].add(v)
            if NEAR_EDITS == "all":
                near_index[v].add(v)
                for k in deletes1(v):
                    near_index[k].add(v)

    def near_kazakh(w: str, edits: str = NEAR_EDITS) -> bool:
        if edits == "similar":
            # only a substitution the typo step takes for a slip (ы/і, н/ң, а/о, е/и ...): радиан is no
            # slip of радиал, nor бирма of фирма, and the default typo step corrects no other substitution
            for i, c in enumerate(w):
                for v in near_index.get(w[:i] + "*" + w[i + 1:], ()):
                    if v != w and (c, v[i]) in SIMILAR_LETTERS:
                        return True
            return False
        keys = subs1(w) if edits != "all" else subs1(w) | deletes1(w) | {w}
        return any(v != w for k in keys for v in near_index.get(k, ()))

    bases = set()
    if analyzer is not None:
        for w in forms:
            if len(w) < 5 or "-" in w or w in stems or not all(c in LOWER for c in w):
                continue
            if any(counts.get(w[:i], 0) >= TWO_WORDS_MIN and counts.get(w[i:], 0) >= TWO_WORDS_MIN
                   for i in range(3, len(w) - 2)):
                continue
            # a name keeps the wider test (any substitution): known with a case ending, a name + -да
            # (Садырбайда) would pass for a locative where the particle step must split Садырбай да
            if not analyzer.accepts(w) and not near_kazakh(w, NAME_NEAR_EDITS if w in names else NEAR_EDITS):
                bases.add(w)
    log(f"inflection bases: {len(bases)}")

    # --- foreign words
    ru, en = foreign_words(forms | hun_forms)
    log(f"russian: {len(ru)}, english: {len(en)}")
    # a word shorter than the typo step's minimum (five letters) cannot hide a typo from it: kept
    ru_known = {w for w in russian_known(forms | hun_forms) if len(w) < RU_NEAR_MIN_LEN or not near_kazakh(w)}
    # nor a rare Russian word (mostly a name) of five or more letters that is two common Kazakh words written
    # together (дебар: де бар): the segment step must split those, and it leaves a known word alone.  A
    # common Russian word stays (кинокомпания: кино компания)
    ru_known = {w for w in ru_known
                if len(w) < RU_NEAR_MIN_LEN
                or not any(counts.get(w[:i], 0) >= TWO_WORDS_MIN and counts.get(w[i:], 0) >= TWO_WORDS_MIN
                           for i in range(2, len(w) - 1))
                or zipf_frequency(w, "ru", wordlist="large") >= RU_COMMON_ZIPF}
    log(f"russian words known as loans/names: {len(ru_known)}")

    # --- a base or Russian word that, with a Kazakh ending, is the Russian-keyboard spelling of an attested
    # Kazakh form goes (аркас: аркасын is арқасын typed on a Russian layout; наука: наукасына): lexicon.py
    # would let that spelling through, and only the keyboard step, with the line as context, can decide
    kb_stems = keyboard_stems(forms | hun_forms, bases | {w for w in ru_known if len(w) >= 5})
    log(f"bases and Russian words dropped as keyboard stems: {len(kb_stems & bases)}, {len(kb_stems & ru_known)}")
    if os.environ.get("KAZNORM_BUILD_DEBUG"):
        log(sorted(kb_stems)[:200])
    bases -= kb_stems
    ru_known -= kb_stems

    write_lexicon(out / "lexicon.txt.gz", forms, counts, names & forms)
    write_particles(out / "particles.txt.gz", separate)
    write_pairs(out / "pairs.txt.gz", pair_counts, forms)
    write_sections(out / "doubtful.txt.gz", "doubtful", [("words", sorted(doubtful))])
    write_sections(out / "stems.txt.gz", "stems",
                   [(pos, sorted(st for st, p in stems.items() if pos in p)) for pos in ("n", "v", "x")]
                   + [("b", sorted(bases))])
    write_sections(out / "russian.txt.gz", "russian", [("words", sorted(ru_known))])
    # "spaced": compounds (still known as hyphenated words) whose parts the segmentation writes apart
    write_sections(out / "compounds.txt.gz", "compounds", [("compounds", sorted(compounds)),
                                                           ("spaced", sorted(spaced))])
    write_sections(out / "foreign.txt.gz", "foreign", [("ru", sorted(ru)), ("en", sorted(en))])
    abbr = read_list(HERE / "abbreviations.txt")
    write_sections(out / "abbreviations.txt.gz", "abbreviations", [("abbreviations", abbr)])
    for stale in ("stems.tsv.gz", "foreign.tsv.gz"):
        if (out / stale).exists():
            (out / stale).unlink()
    log(f"forms: {len(forms)}  counted: {len(counts)}  tokens: {sum(counts.values())}")
    for p in sorted(out.iterdir()):
        log(f"  {p.name}: {p.stat().st_size} bytes")


# A hyphenated form from the word list (кез-келген, алдын-ала) is shipped as "spaced" when the
# clean corpora write its two parts with a space at least SPACED_MIN times and at least SPACED_RATIO times
# as often as with the hyphen (its last part inflected or not).  One sentence is not enough evidence.
# Hand-written compounds need more: SPACED_MIN_WRITTEN.
SPACED_MIN = 2
HYPHEN_CLITICS = frozenset(("ақ", "ау", "ай", "мыс", "міс"))
SPACED_MIN_WRITTEN = 5
SPACED_RATIO = 2
SPACED_MAX_ENDING = 6  # letters of inflection allowed after the compound's last part


def spaced_compounds(compounds, written, pair_counts, token_counts) -> set[str]:
    """The compounds whose parts the clean corpora write apart far more often than hyphenated."""
    by_first = collections.defaultdict(list)  # first part -> [(second word, count written apart)]
    for (a, b), n in pair_counts.items():
        by_first[a].append((b, n))
    hyph_by_first = collections.defaultdict(list)  # first part -> [(second part, count hyphenated)]
    for w, n in token_counts.items():
        if w.count("-") == 1:
            a, b = w.split("-")
            hyph_by_first[a].append((b, n))

    def total(rows, y):
        # the last part in any inflection: its first four letters (all of a shorter one) and a length
        # within SPACED_MAX_ENDING letters (кез-кел, кез-келгенінің: кез келген)
        head = y[:4]
        return sum(n for b, n in rows if b.startswith(head) and abs(len(b) - len(y)) <= SPACED_MAX_ENDING)

    out = set()
    for c in compounds:
        if c.count("-") != 1:
            continue
        x, y = c.split("-")
        if len(x) < 2 or len(y) < 2 or y in HYPHEN_CLITICS:
            continue  # a clitic keeps its hyphen (көп-ақ, бар-ау) whatever the corpora do
        apart = total(by_first.get(x, ()), y)
        hyph = total(hyph_by_first.get(x, ()), y)
        need = SPACED_MIN_WRITTEN if c in written else SPACED_MIN
        if apart >= need and apart >= SPACED_RATIO * max(hyph, 1):
            out.add(c)
    return out


def read_list(path: Path) -> list[str]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def subs1(w: str):
    """Keys shared by words one substitution apart (the changed letter replaced by ``*``)."""
    return {w[:i] + "*" + w[i + 1:] for i in range(len(w))}


def deletes1(w: str):
    return {w[:i] + w[i + 1:] for i in range(len(w))}


def verb_evidence(st: str, attested) -> int:
    """How many kinds of verb-only forms of ``st`` are attested."""
    last = st[-1]
    front = any(c in FRONT for c in st) and not any(c in BACK for c in st[-3:])
    vowel = last in VOWELS
    voiceless = last in "пткқсшфхцчщ"
    if vowel:
        conv = [st + "п", st[:-1] + "ып" if last == "ы" else st[:-1] + "іп" if last == "і" else st + "п"]
    else:
        conv = [st + ("іп" if front else "ып")]
    part = [st + ("кен" if front else "қан") if voiceless else st + ("ген" if front else "ған")]
    neg = [st + ("пей" if front else "пай") if voiceless else st + ("бей" if front else "бай") if last in "жз" else st + ("мей" if front else "май")]
    aor = [st + ("йтін" if front else "йтын") if vowel else st + ("етін" if front else "атын")]
    return sum(1 for group in (conv, part, neg, aor) if any(f in attested for f in group))


GLUE_PARADIGM_MIN = 4
_PARADIGM_CHAINS = (("PL",), ("GEN",), ("ACC",), ("DAT",), ("LOC",), ("ABL",), ("PX3",), ("PL", "GEN"),
                    ("PL", "DAT"), ("PX3", "GEN_N"), ("PX3", "DAT_N"))


def paradigm_evidence(w: str, attested) -> int:
    """How many of a noun's regular inflections of ``w`` are attested."""
    try:
        from kaznorm.morphology import generate
    except Exception:  # pragma: no cover
        return 0
    return sum(1 for chain in _PARADIGM_CHAINS if any(f in attested for f in generate(w, chain)))


# the nominal inflection lexicon.py lets a base or a Russian word take (its _BASE_INFLECTION)
NOMINAL_INFLECTION = frozenset({
    "PL", "PX1SG", "PX2SG", "PX2SGP", "PX1PL", "PX2PL", "PX2PLP", "PX3", "GEN", "DAT", "ACC", "LOC", "ABL",
    "INS", "DAT_A", "GEN_N", "DAT_N", "ACC_N", "LOC_N", "ABL_N", "DAGI", "DAGI_N", "NIKI", "DAI", "DAI_N"})
MAX_ENDING = 9  # letters of ending lexicon.py peels off a Russian word


def keyboard_stems(kazakh: set[str], candidates: set[str]) -> set[str]:
    """The candidates X (five letters or more) such that X + a nominal ending is the Russian-keyboard
    spelling of a form in ``kazakh`` (аркас + -ын = аркасын, typed for арқасын)."""
    try:
        from kaznorm.morphology import Analyzer
    except Exception:  # pragma: no cover
        return set()
    out = set()
    for w in kazakh:
        if not any(c in KAZ_SPECIFIC for c in w) or "-" in w:
            continue
        for d in set(degrade(w)):
            for i in range(max(5, len(d) - MAX_ENDING), len(d)):
                x = d[:i]
                if x in candidates and x not in out:
                    if any(stem == x and sfx and all(n in NOMINAL_INFLECTION for n in names)
                           for stem, _p, sfx, names in Analyzer({x: "n"}).parses(d)):
                        out.add(x)
    return out


def make_analyzer(stems):
    try:
        sys.path.insert(0, str(REPO / "src"))
        from kaznorm.morphology import Analyzer  # the package's own morphology
    except Exception as exc:  # pragma: no cover
        log(f"morphology unavailable ({exc}): no loanword stems, misspellings kept")
        return None
    return Analyzer(stems)


def drop_misspellings(forms, trusted, counts, stems, analyzer=None) -> set:
    analyzer = analyzer or make_analyzer(stems)
    if analyzer is None:
        return set()
    frequent = {w for w, n in counts.items() if n >= 20 and len(w) >= 5 and w in trusted}
    index = collections.defaultdict(set)
    for v in frequent:
        index[v].add(v)
        for k in deletes1(v):
            index[k].add(v)
    out = set()
    for w in forms:
        if w in trusted or w in counts or len(w) < 6 or "-" in w:
            continue
        near = set(index.get(w, ()))
        for k in deletes1(w):
            near |= index.get(k, set())
        near.discard(w)
        if near and not analyzer.accepts(w):
            out.add(w)
    return out


def foreign_words(kazakh: set[str]):
    from wordfreq import top_n_list, zipf_frequency

    ru = set()
    for w in top_n_list("ru", 60000):
        if all(c in CYR_LETTERS or c == "-" for c in w) and w not in kazakh and zipf_frequency(w, "ru") >= 2.5:
            ru.add(w)
    en = set()
    for w in top_n_list("en", 40000):
        if w.isascii() and w.isalpha() and zipf_frequency(w, "en") >= 2.5:
            en.add(w)
    return ru, en


# Russian words Kazakh text uses as they are (loans, names in Russian spelling: рыбак, молитва, куросава).
# A Russian word that is also the Russian-keyboard spelling of a Kazakh form (кол, казакстан) is left out:
# there the keyboard step, not the lexicon, must decide.
RU_KNOWN_ZIPF = 1.0  # the bottom of wordfreq's large list: rare words are mostly names and loans
NEAR_MIN_COUNT = 3  # counted forms that bases and Russian words must not be one substitution from
# "similar": one substitution of similar letters (SIMILAR_LETTERS: the slips kaznorm's typo step corrects);
# "sub": any one substitution; "all": also one insertion/deletion
NEAR_EDITS = "similar"
NAME_NEAR_EDITS = "sub"  # for bases that are names
TWO_WORDS_MIN = 10  # a base or Russian word that splits into two words counted this often each goes
RU_COMMON_ZIPF = 2.5  # ... unless a Russian word this common (zipf, wordfreq's large list)
sys.path.insert(0, str(REPO / "src"))
from kaznorm.chars import SIMILAR as SIMILAR_LETTERS  # noqa: E402  (the typo step's similar-letter pairs)
RU_KNOWN_MIN_LEN = 3
# Russian words of this length or more are left out when one substitution from a Kazakh form (see
# near_kazakh); shorter ones stay: kaznorm's typo step never edits a word of fewer than five letters
# (``typo_min_len`` of the default profile), so a short Russian word hides no typo from it
RU_NEAR_MIN_LEN = 5


def russian_known(kazakh: set[str]) -> set[str]:
    from wordfreq import get_frequency_dict

    degraded = set()
    for w in kazakh:
        if any(c in KAZ_SPECIFIC for c in w):
            degraded.update(degrade(w))
    floor = 10 ** (RU_KNOWN_ZIPF - 9)
    out = set()
    for w, f in get_frequency_dict("ru", "large").items():
        if f < floor or len(w) < RU_KNOWN_MIN_LEN or w in kazakh or w in degraded:
            continue
        if all("а" <= c <= "я" or c == "ё" for c in w):
            out.add(w)
    return out


SEPARATE_PARTICLES = frozenset(("да", "де", "та", "те"))
SEPARATE_MIN = 2  # a word is shipped with its separate-particle count from this count on


def write_particles(path: Path, separate):
    """Words seen followed by a separate да/де/та/те at least SEPARATE_MIN times, with that count."""
    rows = sorted((w, n) for w, n in separate.items() if n >= SEPARATE_MIN and w not in SEPARATE_PARTICLES)
    write_sections(path, "particles", [("separate", [f"{w} {n}" for w, n in rows])])


PAIR_MIN = 3  # a word pair is shipped from this count on (one sentence is not evidence)


def write_pairs(path: Path, pair_counts, forms):
    """Pairs of known words written one after the other (white space only between them) at least
    PAIR_MIN times in the clean corpora, with that count: evidence for splitting the two glued."""
    rows = sorted((a, b, n) for (a, b), n in pair_counts.items()
                  if n >= PAIR_MIN and a in forms and b in forms and len(a) >= 2 and len(b) >= 2
                  and all(c in LOWER for c in a + b))
    write_sections(path, "pairs", [("pairs", [f"{a} {b} {n}" for a, b, n in rows])])


def header(kind: str) -> str:
    return f"#kaznorm {kind} format {FORMAT_VERSION}\n"


def write_sections(path: Path, kind: str, sections):
    """A gzip'd text file: a format header, then per section a line ``#name count`` and ``count`` lines."""
    # mtime 0 and no file name in the gzip header: the same content gives the same bytes (quiet diffs)
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as fh:
        fh.write(header(kind))
        for name, lines in sections:
            lines = list(lines)
            assert all(l and "\n" not in l and not l.startswith("#") for l in lines), name
            fh.write(f"#{name} {len(lines)}\n")
            if lines:
                fh.write("\n".join(lines) + "\n")


def write_lexicon(path: Path, forms, counts, names):
    """Sections: counted forms (sorted by count) and their counts, uncounted forms, names."""
    counted = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    write_sections(path, "lexicon", [
        ("counted", [w for w, _ in counted]),
        ("counts", [str(n) for _, n in counted]),
        ("uncounted", sorted(w for w in forms if w not in counts)),
        ("names", sorted(names)),
    ])


if __name__ == "__main__":
    main()
