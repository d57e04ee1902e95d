"""Closed classes of Kazakh words, as data: particles and conjunctions, numerals, pronouns and their
irregular forms, words that take no suffix, function words, hyphenated clitics, and the small word lists
of compounds, names and places the word steps know.

Read by the analyser (:mod:`kaznorm.kazakh.analyser`), the morpheme table (numeral suffixes), the
agreement checks, the word steps (``segment``, ``particle``, ``linebreak_hyphen``) and the dictionary
build.  The closed lists of suffix forms are in :mod:`kaznorm.kazakh.suffixes`.
"""
from __future__ import annotations

from itertools import product

# --------------------------------------------------------------------------- particles and conjunctions

# Particles written separately (2018 rules §27), the two-letter ones a glue can hide; the last six are the
# question particle.
PARTICLES = ("да", "де", "та", "те", "ма", "ме", "ба", "бе", "па", "пе")
QUESTION = PARTICLES[4:]
# the conjunction "and, with": the instrumental ending's three forms written apart
WITH = ("мен", "бен", "пен")
# Particles and conjunctions written apart that look like suffixes (a word segmenter takes them as a piece
# of their own only at the start of a run; after a word only as "X + particle")
SEPARATE_CLITICS = frozenset(PARTICLES + WITH + ("ше", "ша", "ғой", "қой"))
# Particles written with a hyphen (§6): бір-ақ, сондай-ақ, жасаған-ау, елім-ай, барыпты-мыс
HYPHEN_CLITICS = ("ақ", "ау", "ай", "мыс", "міс")
# the endings a glued particle or conjunction leaves on a word (a keyboard or typo fix that makes one has
# the particle step run again)
GLUED_ENDINGS = PARTICLES + ("ғой", "қой") + WITH
# every spelling of the particles in upper and lower case: t.endswith(PARTICLE_ENDINGS) is
# t[-2:].lower() in PARTICLES or t[-3:].lower() in ("ғой", "қой") (only Cyrillic letters lower-case to these)
PARTICLE_ENDINGS = tuple(sorted({"".join(v) for p in PARTICLES + ("ғой", "қой")
                                 for v in product(*[(c, c.upper()) for c in p])}))
# ғой as typed on a Russian layout (г for ғ), glued (кетіпгой): split off and restored.  Not кой for қой: қой is
# also a word (sheep) and a verb stem, and кой ends Russian words in a Kazakh line (такой)
TYPED_PARTICLES = {"гой": "ғой"}
# Conjunctions after a hanging hyphen ("орта- және шағын"): not a line break.
CONJUNCTIONS = frozenset("және мен бен пен не немесе әрі я яки да де та те".split())
# words that end no other word and take no suffix: glued after an unknown word (Хандвергжәне) they are
# split off even though the word before them is unknown
FREE_TAILS = ("және", "немесе", "туралы", "арқылы", "бойынша", "сияқты", "секілді")
# lexicalised adverbs and conjunctions ending in -мен (however, so, first of all): no "X мен"
WITH_WORDS = frozenset("дегенмен сонымен осымен онымен алдымен бірмен мұнымен бұнымен шынымен расымен түгелімен "
                       "толығымен".split())
# the predicative words a question particle follows in a clause ending in a question mark
# (Уақыттың бар ма қалғаны?)
PREDICATIVES = frozenset("бар жоқ керек емес екен рас мүмкін дұрыс".split())

# --------------------------------------------------------------------------- numerals

# the cardinal numerals (the analyser gives them the ordinal, approximate and collective suffixes)
NUMERALS = frozenset("бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс "
                     "жетпіс сексен тоқсан жүз мың миллион миллиард".split())
# the numerals and көп "many", the words of quantity the word steps treat alike: written apart from each
# other (он екі), one word with an -лы adjective (біржақты, көпжақты), taking the locative (жетіде)
QUANTITY_WORDS = NUMERALS | {"көп"}

# --------------------------------------------------------------------------- pronouns

# -- irregular pronoun forms (§6): surface -> (stem, suffixes)
PRONOUNS = {
    "мен": ("мен", ""), "менің": ("мен", "ің"), "маған": ("мен", "аған"), "мені": ("мен", "і"),
    "менде": ("мен", "де"), "менен": ("мен", "ен"), "менімен": ("мен", "імен"),
    "сен": ("сен", ""), "сенің": ("сен", "ің"), "саған": ("сен", "аған"), "сені": ("сен", "і"),
    "сенде": ("сен", "де"), "сенен": ("сен", "ен"), "сенімен": ("сен", "імен"),
    "ол": ("ол", ""), "оның": ("ол", "ның"), "оған": ("ол", "ған"), "оны": ("ол", "ны"),
    "онда": ("ол", "нда"), "одан": ("ол", "дан"), "онымен": ("ол", "нымен"),
    "бұл": ("бұл", ""), "бұның": ("бұл", "ның"), "мұның": ("бұл", "ның"), "бұған": ("бұл", "ған"),
    "мұған": ("бұл", "ған"), "бұны": ("бұл", "ны"), "мұны": ("бұл", "ны"), "бұнда": ("бұл", "нда"),
    "мұнда": ("бұл", "нда"), "бұдан": ("бұл", "дан"), "мұнан": ("бұл", "нан"),
    "бұнымен": ("бұл", "нымен"), "мұнымен": ("бұл", "нымен"),
    "сол": ("сол", ""), "соның": ("сол", "ның"), "соған": ("сол", "ған"), "соны": ("сол", "ны"),
    "сонда": ("сол", "нда"), "содан": ("сол", "дан"), "сонан": ("сол", "нан"),
    "сонымен": ("сол", "нымен"),
    "осы": ("осы", ""), "осының": ("осы", "ның"), "осыған": ("осы", "ған"), "осыны": ("осы", "ны"),
    "осында": ("осы", "нда"), "осыдан": ("осы", "дан"), "осымен": ("осы", "мен"),
    "осынымен": ("осы", "нымен"),
    "олар": ("ол", "ар"), "бұлар": ("бұл", "ар"), "солар": ("сол", "ар"), "осылар": ("осы", "лар"),
    "менікі": ("мен", "ікі"), "сенікі": ("сен", "ікі"), "оныкі": ("ол", "ныкі"),
    "мұндай": ("бұл", "ндай"), "сондай": ("сол", "ндай"), "осындай": ("осы", "ндай"),
    "ондай": ("ол", "ндай"), "менімше": ("мен", "імше"), "сенімше": ("сен", "імше"),
    "біз": ("біз", ""), "сіз": ("сіз", ""), "өз": ("өз", ""),
}
# base forms that continue regularly (олар+дың, біз+дің, өз+і+нің ...)
PRONOUN_STEMS = {"алд": "n", "олар": "n", "бұлар": "n", "солар": "n", "осылар": "n", "біз": "n",
                 "сіз": "n", "өз": "n", "біреу": "n", "екеу": "n", "үшеу": "n", "төртеу": "n",
                 "бесеу": "n", "алтау": "n", "жетеу": "n", "сегізеу": "n", "тоғызау": "n",
                 "онау": "n"}
# the irregular pronoun forms, as a set
PRONOUN_FORMS = frozenset(PRONOUNS)
# personal and demonstrative pronouns, which take the locative freely (сенде, оларда): never split by counts
LOCATIVE_PRONOUNS = frozenset("мен сен сіз біз ол олар бұл бұлар сол солар осы осылар мына ана сендер сіздер "
                              "біздер өз өзі өзім өзің өзіміз бәрі бәрін бәріміз".split())
PERSONAL = frozenset("мен сен сіз біз ол олар сендер сіздер біздер".split())  # personal pronouns
# "you" written with a capital out of respect inside a sentence (Сіз, Сізге, Сіздер, Сен): the starts of its forms
RESPECT_CAPITALISED = ("сіз", "сен")

# --------------------------------------------------------------------------- words that take no suffix

# words that take no suffix: conjunctions, postpositions, particles, adverbs (word lists tag some as
# nouns), and the pronouns ол/бұл/осы whose case forms are irregular (онда, мұнда, осында: *олда)
UNINFLECTED = frozenset("""және немесе бірақ тағы үшін дейін шейін туралы арқылы бойынша ғана қана тіпті
    егер өйткені сондықтан әйтпесе яғни ол бұл осы сосын сонсоң сірә әрине әлбетте әсіресе дегенмен алайда
    әйтеуір ешқашан кенет әбден ылғи үнемі әлі""".split())
# pronoun forms closed by a case (маған, оған, бұған, одан, онымен): no suffix follows, even where a word
# list also has them as plain stems (бұған+да is "бұған да", not a locative).  The locatives (онда, мұнда)
# are left out: they take -ғы (ондағы, мұндағы)
CLOSED_PRONOUN_SUFFIXES = frozenset("ің ның аған ған і ны ен дан нан імен нымен мен".split())

# frequent function words (pronouns, conjunctions, postpositions, particles, copulas): a run split into them
# is likelier to be glued words than one unknown word
FUNCTION_WORDS = frozenset("""мен сен ол біз сіз олар бұл сол осы мына ана мынау анау сонда мұнда онда осында кім не
    қай қайда қашан неге қалай қандай қанша және бен пен әрі немесе бірақ сондықтан себебі егер өйткені ал үшін туралы
    арқылы бойынша сияқты секілді дейін кейін бері соң қарай гөрі ғана қана ғой тек тіпті әлі енді еш әр барлық деп
    деді дейді еді екен емес бар жоқ керек""".split())

# the auxiliaries of the progressive and of habit after a converb in -п (күтіп тұр, жазып отыр, оқып жүр,
# ұйықтап жатыр)
PROGRESSIVE_AUXILIARIES = frozenset("тұр отыр жатыр жүр".split())

# Determiners and quantifiers: they stand before a noun as a word of their own (көптеген адам, кейбір елдер)
DETERMINERS = frozenset("көптеген кейбір бірнеше әрбір бүкіл біраз талай барша күллі әлдеқандай басқа өзге".split())
# Adverbs of time: words of their own before what they date (биыл жөндейміз, ертең сағат)
TIME_ADVERBS = frozenset("биыл былтыр бүгін ертең кеше қазір әлі енді бұрын кейін ерте кеш жуырда".split())
# Degree adverbs: they stand before an adjective or a noun as a word of their own (сәл өзгеріс, өте жақсы)
DEGREE_ADVERBS = frozenset("сәл өте аса тым ең нағыз әбден біршама едәуір анағұрлым айтарлықтай".split())

# --------------------------------------------------------------------------- compounds, names, places

# compounds with a frozen 3rd-person possessive take the pronominal-n cases (отбасына, елбасының)
FROZEN_PX3 = ("басы", "басшысы")
# International combining forms are written together with the next stem
# (кинокомпания, микрожіпше, автокөлік): never split right after one of them.
COMBINING = frozenset("""авто агро аэро био гелио гео гидро кино микро макро мини мега нано нео радио
    стерео теле термо фото электро эко этно инфра ультра супер псевдо квази контр анти пост транс""".split())
# second parts that make compounds written as one word (-аралық "inter-", -тану "-studies")
COMPOUND_FINALS = frozenset("аралық аралықтың аралыққа аралықты аралықта аралықтан тану танушы танушылар".split())
# Patronymics are written together with the father's name (Әбдіраманұлы, Асылханқызы).
PATRONYMIC = ("ұлы", "қызы")
# place nouns that follow a name in the possessive (Іле өзені, Бурабай көлі, Токио қаласы)
GEO_HEADS = ("қала", "орман", "жота", "порт", "өзен", "көл", "тау", "аудан", "облыс", "ауыл", "дария", "шатқал",
             "бұғаз", "түбек", "арал", "шың", "мүйіс", "алқап", "құм", "шығанақ", "жайлау", "асу", "қорық", "кент")
# nouns that make postpositions (қасына, соңына, үстінде, күніне): "Xмен Y-ға" with these is "with X"
PLACE_NOUNS = frozenset("алд арт ас аст бас бой жан іш кейін күн қас маң орта соң сырт үй үст шет бүгін".split())
# nouns that make postpositional phrases in the 3rd-person possessive + a case after any noun (соғыс кезінде, маман
# ретінде, жұмыс барысында, келісім негізінде, көмек арқасында, үкімет тарапынан, өзен бойында, сол жағында)
RELATIONAL_NOUNS = frozenset("кез рет барыс нәтиже негіз арқа тарап бой жақ тұс".split())
# the cardinal directions, which open compound place names (Солтүстік Қазақстан, Оңтүстік Каролина); the
# adjective made from such a name is written as one word (солтүстікқазақстандық, оңтүстіккаролиналық)
DIRECTIONS = frozenset("солтүстік оңтүстік батыс шығыс".split())
