"""Tests for the keyboard step and its model (keyboard_candidates).

Every test builds a small in-memory lexicon (spelling_lexicon.py), so the results do not depend on the shipped data.
"""
import kaznorm
import pytest
from spelling_lexicon import explain, pipeline, run, spelling_lexicon

from kaznorm.core.pipeline import Pipeline
from kaznorm.steps.keyboard import AGGRESSIVE, Config
from kaznorm.steps.keyboard_model import DEFAULTS, keyboard_candidates


@pytest.fixture(scope="module")
def lex():
    return spelling_lexicon()


KEYBOARD_FIXES = [
    ("Бұл шара экономиканын шикізат секторына", "Бұл шара экономиканың шикізат секторына"),
    ("Қазақстанның жағдайдын тұрақтануына", "Қазақстанның жағдайдың тұрақтануына"),
    # a whole line typed on a Russian layout; known-but-degraded words (жаксы) follow the line's evidence
    ("Жаксы магазин маган оте катты унайды", "Жақсы магазин маған өте қатты ұнайды"),
    # the line has Kazakh letters: an unknown word is restored, a counted known one (жаксы) is left
    ("Бул кітап жаксы", "Бұл кітап жаксы"),
    # case is kept: first word of a sentence, and after a full stop
    ("Экономиканын шикізат секторына.", "Экономиканың шикізат секторына."),
    ("Бала барады. Экономиканын шикізат секторына.", "Бала барады. Экономиканың шикізат секторына."),
    # Russian-looking words (кала, ак) in a line typed without Kazakh letters; hyphenated parts too
    ("Бул кала оте улкен", "Бұл қала өте үлкен"),
    # a common name in a line with Kazakh letters
    ("Бала Казакстанның үлкен", "Бала Қазақстанның үлкен"),
    ("Сондай-ак бул кала", "Сондай-ақ бұл қала"),
    # a Russian word in a line with Kazakh letters, the Russian-layout spelling of a common word (қол)
    ("кол және", "қол және"),
]


@pytest.mark.parametrize("text, want", KEYBOARD_FIXES)
def test_keyboard_fixes(lex, text, want):
    assert run(lex, ["keyboard"], text) == want


def test_a_restoration_never_counted_is_made_only_when_unsure_changes_are_wanted(lex):
    # бітімгершілік is attested in the test lexicon but never counted: in a line typed with Kazakh letters
    # the unknown typed word may as well be a correct unknown word (a name, a loan): judged right 4 times in 18,
    # so neither the default profile (min confidence 0.9) nor the aggressive one (0.5) makes it; a caller who
    # asks for less sure changes gets it
    text = "әскери битимгершилик шараларында"
    assert run(lex, ["keyboard"], text) == text
    assert run(lex, ["keyboard"], text, aggressive=True) == text
    assert Pipeline(["keyboard"], lexicon=lex, min_confidence=0.3)(text) == "әскери бітімгершілік шараларында"
    r = Pipeline(["keyboard"], lexicon=lex, min_confidence=0.0).explain(text)
    assert [c.confidence for c in r.changes] == [DEFAULTS.uncounted_confidence]


KEYBOARD_KEEPS = [
    "Әділбек Жаксыбеков пен оның әріптесі",  # a name in its Russian-document spelling
    "Әділбек Жапониябеков пен",  # unknown name
    "тамырын терең солодка",  # солодка is Russian
    "кино және маған",  # Russian word in a Kazakh line
    "Ол мен он бала",  # known words in a line with no evidence of a Russian layout
    "www.kazak.kz және мектепке",  # inside a domain
    "aibek@kitap.kz және",  # inside an e-mail
    "сайт: kitap.kz/экономиканын бар",  # a path after a domain
    "экономиканын2 және",  # glued to a digit
    "2009-шы жылы және",  # a suffix after a number
    "Кокшетау және",  # protected
    "KSP Steel және",  # Latin
    "ЭКОНОМИКАНЫН және",  # capitals in a line with Kazakh letters: an abbreviation or a heading, left alone
    "Ол маған так деді",  # a Russian word whose restoration (тақ) is no common word; the line has Kazakh letters
]


@pytest.mark.parametrize("text", KEYBOARD_KEEPS)
def test_keyboard_keeps(lex, text):
    assert run(lex, ["keyboard"], text) == text
    assert run(lex, ["keyboard"], text, aggressive=True) == text


def test_keyboard_ambiguous_pair_left_alone():
    # кол -> қол or көл, counted about as often: no clear winner in a line that has Kazakh letters
    from kaznorm.lexicon import Lexicon
    lex = Lexicon.from_words({"қол": 150, "көл": 120, "мен": 900})
    text = "көл мен кол"
    assert Pipeline(["keyboard"], lexicon=lex)(text) == text


def test_keyboard_note_lists_candidates(lex):
    r = explain(lex, ["keyboard"], "Бұл шара экономиканын шикізат")
    (c,) = r.changes
    assert c.step == "keyboard" and c.original == "экономиканын" and c.replacement == "экономиканың"
    assert "экономиканың(13)" in c.note


def test_keyboard_candidates_bounded(lex):
    assert "бітімгершілік" in keyboard_candidates("битимгершилик", lex)
    # a long run of ambiguous letters stays bounded
    assert keyboard_candidates("ана" * 40, lex, max_nodes=500) == []
    assert keyboard_candidates("ана" * 10, lex) == []


@pytest.mark.parametrize("text, want", [
    ("Ол тіркелгин адам.", "Ол тіркелген адам."),  # a slip (и for е) in a frequent word, not тіркелгің
    ("Ол мектепте оқушы боліп жүр.", "Ол мектепте оқушы боліп жүр."),  # not бөліп: болып is the likelier word
    ("Бәрі сиып кетті.", "Бәрі сыйып кетті."),  # not сиіп: и written for ый (сыйып, counted more), typo's
])
def test_keyboard_leaves_a_likelier_slip_to_typo(text, want):
    # in a line typed with Kazakh letters a Russian-layout letter is less likely than a slip of the hand
    assert kaznorm.clean(text, only=["keyboard", "typo"]) == want


def test_keyboard_settings_by_profile():
    assert Pipeline.default().config("keyboard") == Config()
    assert Pipeline.from_profile("aggressive").config("keyboard") is AGGRESSIVE
    assert AGGRESSIVE != Config()


def test_keyboard_setting_is_read_from_the_config(lex):
    # a common name in a line with Kazakh letters is restored when counted name_min times (147 here)
    text = "Бала Казакстанның үлкен"
    p = pipeline(lex, ["keyboard"])
    assert p(text) == "Бала Қазақстанның үлкен"
    assert p.with_config("keyboard", name_min=200)(text) == text


def test_restorations_none_counted_are_decided_by_stem_and_ending():
    # a line typed without Kazakh letters: "балыктарын" may be балықтарын (accusative) or балықтарың (your
    # fish), neither counted.  The corpora end many words in -рын and few in -рың: the commoner ending wins.
    # "сураганда": сұрағанда has a stem the corpora count (сұра-), сүрағанда none.
    from kaznorm.lexicon import Lexicon
    forms = {"балық": 40, "бастарын": 30, "қолдарын": 20, "сұрады": 25, "ол": 900, "менің": 300, "айтты": 50,
             "сүр": 2}
    lex = Lexicon.from_words(forms, stems={"балық": "n", "бас": "n", "қол": "n", "сұра": "v", "сүра": "v",
                                           "айт": "v", "сүр": "v"})
    pipe = Pipeline(["keyboard"], lexicon=lex)
    assert pipe("Ол балыктарын айтты") == "Ол балықтарын айтты"
    assert pipe("Ол сураганда айтты") == "Ол сұрағанда айтты"
    note = pipe.explain("Ол балыктарын айтты").changes[0]
    assert "none counted" in note.note and note.confidence == 0.9


def test_a_rare_counted_slip_of_a_far_commoner_word_is_restored():
    # the corpora count "адемі" (a Russian-layout slip) 3 times and "әдемі" 400 times: in a line with Kazakh
    # letters the slip is still restored; a rare counted word whose restoration is not far commoner stays
    from kaznorm.lexicon import Lexicon
    lex = Lexicon.from_words({"адемі": 3, "әдемі": 400, "өте": 500, "тура": 15, "тұра": 40, "және": 900})
    pipe = Pipeline(["keyboard"], lexicon=lex)
    assert pipe("Өте адемі және") == "Өте әдемі және"
    assert pipe("Өте тура және") == "Өте тура және"
    off = Pipeline(["keyboard"], lexicon=lex).with_config("keyboard", counted_slip_max=0)
    assert off("Өте адемі және") == "Өте адемі және"


def test_a_sentence_initial_slip_is_read_as_in_lower_case_unless_it_is_a_name():
    # a capital that starts a sentence is no evidence of a name; one the lexicon knows as a name stays
    from kaznorm.lexicon import Lexicon
    lex = Lexicon.from_words({"адемі": 3, "әдемі": 400, "өте": 500, "және": 900})
    pipe = Pipeline(["keyboard"], lexicon=lex)
    assert pipe("Адемі және өте") == "Әдемі және өте"
    assert pipe("Өте. Адемі және") == "Өте. Әдемі және"
    assert pipe("Өте Адемі және") == "Өте Адемі және"  # capitalised inside a sentence: perhaps a name


def test_a_russian_word_not_marked_as_russian_is_restored_in_a_kazakh_line():
    # with the shipped lists: "кала" is a (rare) Russian word the Kazakh corpora do not mark as Russian, "так" one
    # they do: in a Kazakh line the first is the Russian-layout spelling of қала, the second is left as written
    import kaznorm
    assert kaznorm.clean("Әдемі кала екен.", only=["keyboard"]) == "Әдемі қала екен."
    assert kaznorm.clean("Ол маған так деді.", only=["keyboard"]) == "Ол маған так деді."


def test_a_common_russian_word_is_restored_in_a_kazakh_line_only_to_a_very_common_word():
    # коп is a Russian word, but in a Kazakh line the Russian-layout spelling of көп (counted hundreds of times);
    # так restores to тақ, counted far less: left as written; a Russian line keeps its коп
    import kaznorm
    assert kaznorm.clean("Сізге коп рахмет!", only=["keyboard"]) == "Сізге көп рахмет!"
    assert kaznorm.clean("Ол маған так деді.", only=["keyboard"]) == "Ол маған так деді."
    assert kaznorm.clean("Этот коп стоял у двери весь вечер.", only=["keyboard"]) == \
        "Этот коп стоял у двери весь вечер."


def test_the_counted_skeleton_shortcut_changes_no_verdict():
    # speed only: in a line with Kazakh letters an unknown word whose skeleton (kazakh.errors.KEYBOARD_KEY) no
    # counted form has is left alone unsearched (its restorations could only be never counted, less sure than
    # the cut); a lexicon whose count() is its own gets no such shortcut, and both decide alike
    from spelling_lexicon import ENGLISH, FORMS, NAMES, RUSSIAN

    from kaznorm.kazakh.errors import russian_layout_spellings
    from kaznorm.lexicon import Lexicon
    from kaznorm.lexicon.queries import frequent_keys
    from kaznorm.steps.keyboard_model import AGGRESSIVE, DEFAULTS, kb_token

    class OwnCount(Lexicon):
        def count(self, word):
            return super().count(word)

    lex = spelling_lexicon()
    plain = OwnCount.from_words(FORMS, names=NAMES, russian=RUSSIAN, english=ENGLISH, protected=["Кокшетау"])
    assert frequent_keys(plain, "skeleton", 1) is None and frequent_keys(lex, "skeleton", 1) is not None
    words = set()
    for w in FORMS:
        for typed in russian_layout_spellings(w):
            words |= {typed, typed[:-1], typed + "ды", w + "ды", typed.capitalize()}
    words = sorted(x for x in words if x and " " not in x)
    for cfg in (DEFAULTS, AGGRESSIVE):
        for cut in (0.0, 0.5, 0.9):
            for w in words:
                for initial in (False, True):
                    assert kb_token(w, initial, lex, cfg, {}, cut) == kb_token(w, initial, plain, cfg, {}, cut), w


def test_a_line_types_i_one_way():
    # і typed as и (жүретін as журетин) in a line without Kazakh letters: куйып's ы is then ы (құйып), not і
    # typed as ы (күйіп), which ties with it on counts alone
    from kaznorm.steps.keyboard_context import i_typed_as, keeping_i_typing
    assert i_typed_as([("журетин", "жүретін"), ("баска", "басқа")]) == "и"
    assert i_typed_as([("журетин", "жүретін"), ("бырынши", "бірінші")]) is None  # both ways: no rule
    assert keeping_i_typing("куйып", [("құйып", 8), ("күйіп", 7)], "и") == [("құйып", 8)]
    assert kaznorm.clean("Биз май куйып журетин едик.") == "Біз май құйып жүретін едік."


@pytest.mark.parametrize("text,want", [
    ("Ол үйде жасап тур.", "Ол үйде жасап тұр."),  # тур (a loan, "tour") after a converb: the auxiliary тұр
    ("Бізге жазылып турады.", "Бізге жазылып тұрады."),  # (туралы, one letter away, is commoner: no matter here)
])
def test_the_auxiliary_after_a_converb_is_restored(text, want):
    assert kaznorm.clean(text) == want


@pytest.mark.parametrize("text", [
    "Ол тур жасады.",  # no converb before it: the loan "tour"
    "Кітап туралы айтты.",  # кітап ends in -п but is a noun
    "Пиязды майдалап турауға болады.",  # турау "to chop": no auxiliary restoration is counted
    "Ол жасап тура айтты.",  # тура is counted ("straight"): left alone
])
def test_tur_is_left_where_no_auxiliary_is_expected(text):
    assert kaznorm.clean(text) == text


def test_a_partly_typed_line_that_has_i_settles_a_tie():
    # тогіп has і itself, so the writer's layout had і: куйып's ы is ы (құйып), not і typed as ы (күйіп); мын and
    # колданатын, restored on their own, show the line partly typed on a Russian layout
    line = "Май тогіп куйып береді, 5000 мын алады, колданатын жерді білмейді."
    assert "құйып" in kaznorm.clean(line)


def test_no_restoration_starts_with_a_doubled_consonant():
    # no Kazakh word does: a stem such as кке in a word list is noise, so ккен is not "restored" to ккең; a
    # doubled letter alone still abbreviates a plural (гг. typed for ғғ., ғасырлар)
    from kaznorm.lexicon import Lexicon
    lex = Lexicon.from_words({"ккең": 5, "кең": 50, "ғғ": 30, "мен": 900})
    assert keyboard_candidates("ккен", lex) == []
    assert keyboard_candidates("кен", lex) == ["кең"]
    assert keyboard_candidates("гг", lex) == ["ғғ"]
