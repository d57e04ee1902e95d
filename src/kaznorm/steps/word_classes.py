"""The closed classes the word steps test against: letters, suffix-like pieces, particles, clitics,
conjunctions, function words, numerals, case endings and morphology tags.

Shared by ``linebreak_hyphen``, ``segment`` and ``particle`` (and their models).  Data only.  Several of
these are copies of facts the morphology also holds (see the notes of issue 15); a later stage gives
each one home in ``kaznorm/kazakh/``.
"""
from __future__ import annotations

from itertools import product

from ..kazakh.closed_classes import PARTICLES, WITH  # noqa: F401  (re-exported for the word steps)

# --------------------------------------------------------------------------- letters
# (the alphabet and the vowel letters: kaznorm.kazakh.alphabet)

NEVER_FIRST = frozenset("ңьъ")

# --------------------------------------------------------------------------- pieces of a run (segment)

# Pieces that are suffixes, never a word of their own in a split.  (Particles
# are words, but inside a run they are taken only as "X + particle" pieces with
# the right harmony form, or at the very start of the run.)
SUFFIX_PIECES = frozenset(
    """ды ді ты ті ны ні ға ге қа ке на ның нің дың дің тың тің лар лер дар дер тар тер
    сы сі ын ін ым ім ың ің ыз із мыз міз сың сің сыз сіз нан нен дан ден тан тен нда нде
    лық лік дық дік тық тік ған ген қан кен ып іп ғы гі қы кі дағы дегі тегі нікі
    дай дей тай тей мы мі бы бі пы пі сын сін ынан інен ына іне ында інде""".split()
)
# Separate particles and conjunctions that look like suffixes: a piece of their
# own only at the start of a run; after a word only as "X + particle".
CLITICS = frozenset(PARTICLES + ("мен", "бен", "пен", "ше", "ша", "ғой", "қой"))
# International combining forms are written together with the next stem
# (кинокомпания, микрожіпше, автокөлік): never split right after one of them.
COMBINING = frozenset("""авто агро аэро био гелио гео гидро кино микро макро мини мега нано нео радио
    стерео теле термо фото электро эко этно инфра ультра супер псевдо квази контр анти пост транс""".split())
# Patronymics are written together with the father's name (Әбдіраманұлы, Асылханқызы).
PATRONYMIC = ("ұлы", "қызы")
PATRONYMIC_ENDINGS = frozenset("н ның нің на не нан нен нда нде мен".split())
# Particles written with a hyphen (сондай-ақ, келмейді-ау, әдемі-ай, барыпты-мыс).
HYPHEN_CLITICS = ("ақ", "ау", "ай", "мыс", "міс")
# Conjunctions after a hanging hyphen ("орта- және шағын"): not a line break.
CONJUNCTIONS = frozenset("және мен бен пен не немесе әрі я яки да де та те".split())
# Number suffixes: "200ден" is a number with a suffix, never "200 ден".
NUMBER_SUFFIXES = SUFFIX_PIECES | frozenset(
    """ыншы інші ншы нші шы ші нчі нчы інен ынан ге ға ке қа ке інші жы""".split()
)
# words that end no other word and take no suffix: glued after an unknown word (Хандвергжәне) they are
# split off even though the word before them is unknown
FREE_TAILS = ("және", "немесе", "туралы", "арқылы", "бойынша", "сияқты", "секілді")
# place nouns that follow a name in the possessive (Іле өзені, Бурабай көлі, Токио қаласы)
GEO_HEADS = ("қала", "орман", "жота", "порт", "өзен", "көл", "тау", "аудан", "облыс", "ауыл", "дария", "шатқал",
             "бұғаз", "түбек", "арал", "шың", "мүйіс", "алқап", "құм", "шығанақ", "жайлау", "асу", "қорық", "кент")
PX3_START = ("ы", "і", "сы", "сі")
# second parts that make compounds written as one word (-аралық "inter-", -тану "-studies")
COMPOUND_FINALS = frozenset("аралық аралықтың аралыққа аралықты аралықта аралықтан тану танушы танушылар".split())
NUMERALS = frozenset("бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс жетпіс сексен "
                     "тоқсан жүз мың көп".split())
FUNCTION_WORDS = frozenset("""мен сен ол біз сіз олар бұл сол осы мына ана мынау анау сонда мұнда онда осында кім не
    қай қайда қашан неге қалай қандай қанша және бен пен әрі немесе бірақ сондықтан себебі егер өйткені ал үшін туралы
    арқылы бойынша сияқты секілді дейін кейін бері соң қарай гөрі ғана қана ғой тек тіпті әлі енді еш әр барлық деп
    деді дейді еді екен емес бар жоқ керек""".split())
PERSONAL = frozenset("мен сен сіз біз ол олар сендер сіздер біздер".split())  # personal pronouns
LY_ENDINGS = ("лы", "лі", "ды", "ді", "ты", "ті")  # numeral + X-лы adjectives: біржақты, екіқабатты

GEN_ACC_TAGS = frozenset({"GEN", "GEN_N", "ACC", "ACC_N"})
PRONOUN_GEN_ACC = frozenset({"ің", "ның", "і", "ны"})  # менің, оның; мені, оны
# the morphology tags coordinated nouns share (plural, possessive): "X мен Y" inflects both alike
COORDINATED_TAGS = frozenset({"PL", "PX3", "PX1SG", "PX1PL", "PX2SG", "PX2PL", "PX2SGP", "PX2PLP"})

# --------------------------------------------------------------------------- endings (particle)

GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")
ABLATIVE = ("нан", "нен", "дан", "ден", "тан", "тен")
LOCATIVE = ("да", "де", "та", "те", "ғы", "гі", "қы", "кі")  # a locative, or a -ғы adjective
CONDITIONAL = ("са", "се")
INSTRUMENTAL = ("мен", "бен", "пен")
PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
PLURAL_PX3 = ("лары", "лері", "дары", "дері", "тары", "тері")  # plural + possessive: locative -нда
PX3_DATIVE = ("ына", "іне")  # 3rd-person possessive + dative after a consonant
SURNAME = ("ов", "ев", "ёв", "ин", "ова", "ева", "ина", "бек", "бай", "ұлы", "қызы")

# personal and demonstrative pronouns take the locative freely (сенде, оларда): never split by counts
PRONOUN_STEMS = frozenset("мен сен сіз біз ол олар бұл бұлар сол солар осы осылар мына ана сендер сіздер біздер "
                          "өз өзі өзім өзің өзіміз бәрі бәрін бәріміз".split())

LOC_ENDINGS = frozenset((e,) for e in ("да", "де", "та", "те", "нда", "нде"))
CASE_ENDINGS = frozenset(GENITIVE + ABLATIVE + INSTRUMENTAL + ("да", "де", "та", "те", "нда", "нде", "ында",
                                                                "інде", "нан", "нен", "ынан", "інен"))
DATIVE = ("ға", "ге", "қа", "ке")

QUESTION = ("ма", "ме", "ба", "бе", "па", "пе")
# the predicative words a question particle follows in a clause ending in a question mark
# (Қоныстың бар ма қалғаны?)
PREDICATIVES = frozenset("бар жоқ керек емес екен рас мүмкін дұрыс".split())

# every spelling of the particles in upper and lower case: t.endswith(PARTICLE_ENDINGS) is
# t[-2:].lower() in PARTICLES or t[-3:].lower() in ("ғой", "қой") (only Cyrillic letters lower-case to these)
# the endings a glued particle or conjunction leaves on a word (pipeline._feeds: a keyboard or typo fix that
# makes one runs this step again)
GLUED_ENDINGS = PARTICLES + ("ғой", "қой") + WITH
PARTICLE_ENDINGS = tuple(sorted({"".join(v) for p in PARTICLES + ("ғой", "қой")
                                 for v in product(*[(c, c.upper()) for c in p])}))

# --------------------------------------------------------------------------- the conjunction мен (particle)

# lexicalised adverbs and conjunctions ending in -мен (however, so, first of all) are no "X мен"
WITH_WORDS = frozenset("дегенмен сонымен осымен онымен алдымен бірмен мұнымен бұнымен шынымен расымен түгелімен толығымен"
                       .split())
CASE_TAGS = frozenset({"ACC", "ACC_N", "GEN", "GEN_N", "DAT", "DAT_N", "DAT_A", "ABL", "ABL_N", "LOC", "LOC_N"})
NOT_MEMBER_TAGS = frozenset({"VN", "PTCP_PAST", "PTCP_IMPF", "PTCP_FUT", "COLL", "ORD", "GER"})
PERSON_TAGS = frozenset({"PX1SG", "PX1PL", "PX2SG", "PX2PL", "PX2SGP", "PX2PLP"})
# nouns that make postpositions (қасына, соңына, үстінде, күніне): "Xмен Y-ға" with these is "with X"
PLACE_NOUNS = frozenset("алд арт ас аст бас бой жан іш кейін күн қас маң орта соң сырт үй үст шет бүгін".split())
