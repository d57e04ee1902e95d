"""Tests for the one phonology (kaznorm.kazakh.phonology): vowel harmony, its "cannot tell" and prefix views,
the final-sound classes; and that the analyser harmonises by it."""
import pytest

from kaznorm.kazakh.analyser import Analyzer
from kaznorm.kazakh.phonology import final_class, harmony, is_harmonic, prefix_harmony


@pytest.mark.parametrize("s,h", [
    ("кітап", "b"), ("мектеп", "f"), ("банк", "f"), ("тарих", "b"), ("министр", "f"),
    ("институт", "b"), ("туризм", "f"), ("компания", "b"), ("медаль", "f"), ("ми", "b"),
    ("су", "b"), ("би", "f"),
])
def test_harmony(s, h):
    assert harmony(s) == h


# Words the five older copies of vowel harmony disagreed on (suffixes.py, the analyser's, the word steps',
# the keyboard search's, the build's): the harmony the rule gives, forms of the shipped lexicon that show
# it (counted in the corpora, or in the word lists) and a form of the other harmony the analyser must reject.
DISAGREED = [
    # word        harmony  attested forms                      the other harmony
    ("такси", "f", ("таксиге", "таксилер", "таксиде"), "таксиға"),       # front и of a loan (an exception)
    ("тбилиси", "f", ("тбилисиде",), "тбилисида"),                       # only и: front
    ("ми", "b", ("миды", "мидың", "миға"), "миге"),                       # the lexical exception
    ("би", "f", ("билер", "бидің", "биге"), "биға"),
    ("су", "b", ("суы", "судың", "суға"), "суге"),                        # only у: back
    ("ресурс", "b", ("ресурстар", "ресурсты", "ресурста"), "ресурсте"),  # closed у: a loan's [u]
    ("институт", "b", ("институтын", "институтта"), "институтте"),
    ("минут", "b", ("минутта", "минутқа"), "минутке"),
    ("журналист", "f", ("журналистке", "журналисті"), "журналистқа"),  # closed и
    ("министр", "f", ("министрі", "министрлер", "министрге"), "министрға"),
    ("туризм", "f", ("туризмді", "туризмнің"), "туризмды"),
    ("магазин", "f", ("магазинге", "магазиннен", "магазинде"), "магазинға"),
    ("карантин", "f", ("карантинге", "карантинде"), "карантинда"),
    ("актив", "f", ("активті", "активіне"), "активты"),
    ("мұхит", "b", ("мұхиты", "мұхитта"), "мұхитте"),                  # closed и, but ұ: native
    ("тарих", "b", ("тарихы", "тарихқа", "тарихында"), "тарихке"),      # х coda
    ("цех", "b", ("цехы", "цехта"), "цехте"),
    ("банк", "f", ("банктің", "банкке", "банкі"), "банкқа"),            # к coda
    ("медаль", "f", ("медальді", "медальдің"), "медальды"),              # ь coda
    ("спираль", "f", ("спиральді",), "спиральды"),
    ("диалог", "b", ("диалогты", "диалогтың"), "диалогті"),             # single г after о: the vowel
    ("психолог", "b", ("психологтар",), "психологті"),
    ("поэзия", "b", ("поэзиясы", "поэзияның", "поэзияда"), "поэзияде"),  # я back
    ("волонтёр", "f", ("волонтёрлер",), "волонтёрлар"),                  # closed ё
    ("костюм", "f", ("костюмге", "костюмді"), "костюмға"),              # closed ю
    ("абсолют", "f", ("абсолютті", "абсолютке"), "абсолютты"),
]


@pytest.mark.parametrize("word,h,forms,other", DISAGREED, ids=[r[0] for r in DISAGREED])
def test_the_words_the_copies_disagreed_on(word, h, forms, other):
    assert harmony(word) == h
    an = Analyzer({word: "n"})
    for form in forms:
        assert an.accepts(form), form
    assert not an.accepts(other), other


def test_cannot_tell_view():
    assert harmony("", None) is None and harmony("ст", None) is None and harmony("вкз", None) == "f"
    assert harmony("") == "b" and harmony("ст") == "b"  # the analyser's last resort
    assert harmony("тау", None) == "b" and harmony("кеме", None) == "f"


def test_prefix_view():
    # the consonants a prefix ends in may begin a suffix: both readings must agree
    assert prefix_harmony("күрмелуш") is None  # күрмелу|ш-і (harmony says b: a closed у)
    assert prefix_harmony("бард") == "b" and prefix_harmony("кел") == "f" and prefix_harmony("бала") == "b"
    assert prefix_harmony("") is None


def test_a_fused_verb_i_is_not_a_loan_i():
    an = Analyzer({"тасы": "v", "оқы": "v", "дамы": "v"})
    for form in ("тасимыз", "оқимыз", "дамимыз", "тасиды"):
        assert an.accepts(form), form
    for form in ("тасиміз", "дамиміз"):
        assert not an.accepts(form), form


def test_is_harmonic():
    assert is_harmonic("балалар") and is_harmonic("мектептер") and is_harmonic("компьютер")
    assert not is_harmonic("кітапқа") and not is_harmonic("мұғалім")


@pytest.mark.parametrize("s,c", [("бала", "V"), ("жер", "R"), ("үй", "R"), ("ел", "L"),
                                 ("адам", "N"), ("сөз", "Z"), ("кітап", "T"), ("медаль", "L"),
                                 ("елу", "R"), ("такси", "R"), ("клуб", "T"), ("шофёр", "R")])
def test_final_class(s, c):
    assert final_class(s) == c
