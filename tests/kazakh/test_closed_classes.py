"""The closed classes of words and suffix forms (kaznorm.kazakh.closed_classes, kaznorm.kazakh.suffixes) and
the morpheme-name sets (kaznorm.kazakh.morphotactics): one definition each, consistent with each other."""
from kaznorm.kazakh import closed_classes as C
from kaznorm.kazakh import suffixes as S
from kaznorm.kazakh.morphotactics import MORPHEMES, NOMINAL_INFLECTION, PX_ALL


def test_particles_and_clitics():
    assert C.QUESTION == ("ма", "ме", "ба", "бе", "па", "пе") and set(C.PARTICLES[:4]) == {"да", "де", "та", "те"}
    assert C.SEPARATE_CLITICS == set(C.PARTICLES) | set(C.WITH) | {"ше", "ша", "ғой", "қой"}
    assert C.HYPHEN_CLITICS == ("ақ", "ау", "ай", "мыс", "міс") and C.SEPARATE_CLITICS.isdisjoint(C.HYPHEN_CLITICS)
    assert set(C.GLUED_ENDINGS) == set(C.PARTICLES) | {"ғой", "қой"} | set(C.WITH)
    assert "ДА" in C.PARTICLE_ENDINGS and "Қой" in C.PARTICLE_ENDINGS and "мен" not in C.PARTICLE_ENDINGS


def test_numerals():
    # the numerals are the cardinal number words (миллион, миллиард among them); көп "many" is none, but the
    # word steps treat it alike (көпжақты like біржақты)
    assert {"бір", "он", "жүз", "мың", "миллион", "миллиард"} <= C.NUMERALS and "көп" not in C.NUMERALS
    assert C.QUANTITY_WORDS == C.NUMERALS | {"көп"}


def test_pronouns():
    assert C.PRONOUN_FORMS == set(C.PRONOUNS) and C.PERSONAL <= C.LOCATIVE_PRONOUNS
    assert set(C.PRONOUN_STEMS) != C.LOCATIVE_PRONOUNS  # two lists, two meanings (analyser stems / the step's)


def test_endings():
    assert set(S.GENITIVE) == {"ның", "нің", "дың", "дің", "тың", "тің"}
    assert set(S.ABLATIVE) == {"нан", "нен", "дан", "ден", "тан", "тен"}
    assert set(S.DATIVE) == {"ға", "ге", "қа", "ке"} and set(S.PLURAL) == {"лар", "лер", "дар", "дер", "тар", "тер"}
    assert set(S.LOCATIVE) == {"да", "де", "та", "те", "ғы", "гі", "қы", "кі"}
    assert set(S.PLURAL_PX3) == {"лары", "лері", "дары", "дері", "тары", "тері"}
    assert set(C.WITH) <= S.CASE_ENDINGS and set(S.GENITIVE) <= S.CASE_ENDINGS
    assert S.SUFFIX_PIECES <= S.NUMBER_SUFFIXES and {"ыншы", "ші", "ға"} <= S.NUMBER_SUFFIXES


def test_morpheme_name_sets():
    assert NOMINAL_INFLECTION <= set(MORPHEMES) and set(PX_ALL) <= NOMINAL_INFLECTION
    assert "INS" in NOMINAL_INFLECTION and "P1SG" not in NOMINAL_INFLECTION  # no predicative person
