"""The small in-memory lexicon the tests of variants, keyboard and typo share, and helpers to run the steps.

Every test builds its lexicon from these tables, so the results do not depend on the shipped data.
"""
from kaznorm.lexicon import Lexicon
from kaznorm.core.pipeline import Pipeline

COUNTS = {
    # everyday words, with made-up corpus counts
    "бұл": 1300, "мен": 1900, "мең": 1, "және": 2500, "үшін": 900, "өте": 600, "жақсы": 650, "жаксы": 40,
    "қол": 250, "көл": 22, "он": 400, "оң": 80, "ол": 3000, "өл": 2, "маған": 150, "қатты": 110, "ұнайды": 24,
    "кітап": 300, "кітапты": 40, "оқыды": 60, "бала": 500, "балалар": 200, "мектепке": 70, "барады": 90,
    "экономика": 40, "экономиканың": 13, "жағдай": 80, "жағдайдың": 11, "шикізат": 12, "секторына": 5,
    "тұрақтануына": 2, "шара": 30, "шаралар": 25, "шараларында": 3, "әскери": 30, "білім": 200, "беру": 120,
    "меморандумына": 2, "қол қойды": 0, "радиацияға": 1, "авиациялық": 4, "өңдеу": 27, "өңдіру": 1,
    "бастамаларын": 2, "қолдау": 40, "деген": 700, "үрей": 3, "арасында": 400, "тамырын": 3, "терең": 60,
    "қазақстан": 394, "қазақстанның": 147, "жапония": 16, "жапон": 7, "әділбек": 3, "мұз": 12, "күні": 300,
    "үйіме": 2, "өз": 500, "оз": 0, "жағдайдын": 0, "қазастан": 0,
    "қала": 390, "үлкен": 200, "сондай": 150, "ақ": 130, "әк": 1, "көтеріліске": 3,
}
NAMES = ["қазақстан", "қазақстанның", "жапония", "әділбек", "жақсыбеков", "қазастан"]
FORMS = dict(COUNTS)
FORMS.update({"бітімгершілік": 0, "жақсыбеков": 0, "мәгән": 0, "мағаң": 0, "қазакстан": 0})
RUSSIAN = ["солодка", "кино", "привет", "магазин", "кол", "кала", "ак"]
ENGLISH = ["steel", "invest"]


def spelling_lexicon():
    return Lexicon.from_words(FORMS, names=NAMES, russian=RUSSIAN, english=ENGLISH, protected=["Кокшетау"])


def pipeline(lex, steps, aggressive=False):
    """The steps over ``lex`` with their default settings, or those of the aggressive profile."""
    return Pipeline(steps, lexicon=lex, profile="aggressive" if aggressive else "default")


def run(lex, steps, text, aggressive=False):
    return pipeline(lex, steps, aggressive)(text)


def explain(lex, steps, text):
    return Pipeline(steps, lexicon=lex).explain(text)
