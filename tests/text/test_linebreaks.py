"""Line-break parts (kaznorm.text.linebreaks): read as the linebreak_hyphen step reads them."""
from kaznorm.text.unicode import LINEBREAK_HYPHENS, LINEBREAK_SPACES
from kaznorm.core.edits import Edit
from kaznorm.text.linebreaks import line_breaks, off_line_breaks


def test_line_breaks_are_read_as_linebreak_hyphen_reads_them():
    from kaznorm.steps import linebreak_hyphen

    assert set(linebreak_hyphen.BREAK_CHAR.findall("a" + LINEBREAK_HYPHENS + "b")) == set(LINEBREAK_HYPHENS)
    assert linebreak_hyphen.LINEBREAK_SPACES is LINEBREAK_SPACES


def test_line_breaks_are_the_hyphen_gaps_between_two_letters():
    assert line_breaks("прези-\nдент ата-ана") == ({5}, {7})  # "-\n"; a hyphen inside a line is no break
    assert line_breaks("сөз\u00ad\nжалғасы") == ({3}, {5})  # a soft hyphen
    assert line_breaks("a-  \n  b") == ({1}, {7})  # spaces around the newline belong to the gap
    assert line_breaks("сөз -\nсөз") == (set(), set())  # a dash after a space: no word broken
    assert line_breaks("1-\n2") == (set(), set())  # digits: no word broken


def test_off_line_breaks_drops_the_edits_touching_a_part():
    text = "прези-\nдент кітап"
    before, after, elsewhere = Edit(0, 5, "ПРЕЗИ"), Edit(7, 11, "ДЕНТ"), Edit(12, 17, "КІТАП")
    assert off_line_breaks(text, [before, after, elsewhere]) == [elsewhere]
    assert off_line_breaks("кітап", [Edit(0, 5, "КІТАП")]) == [Edit(0, 5, "КІТАП")]
    assert off_line_breaks(text, []) == []
