"""The quotation-mark state machine: pairing by rule, never by counting."""
from __future__ import annotations

import pytest

from discourse_kit.quotemarks import find_quotations


def quoted(*paragraphs: str) -> list[str]:
    """The text of every quotation found, marks included, over ``paragraphs`` joined by newlines."""
    text = "\n".join(paragraphs)
    blocks, pos = [], 0
    for p in paragraphs:
        blocks.append((pos, pos + len(p)))
        pos += len(p) + 1
    return [text[q.start:q.end] for q in find_quotations(text, blocks)]


@pytest.mark.parametrize("sentence, expected", [
    ("“We are ready,” he said.", ["“We are ready,”"]),
    ('"We are ready," he said.', ['"We are ready,"']),
    ("‘We are ready,’ he said.", ["‘We are ready,’"]),
    ("'We are ready,' he said.", ["'We are ready,'"]),
    ("NATO ‘peacekeepers’ in Ukraine mean war", ["‘peacekeepers’"]),
    ("Moscow’s troops can’t hold Russia´s line, the leaders’ summit heard.", []),
    ("Moscow's troops can't hold the line in the '90s style.", []),
    ("“He called it ‘a provocation’ and left,” she said.",
     ["“He called it ‘a provocation’ and left,”", "‘a provocation’"]),
    ("He said: “Peace is ‘possible,’ but not now.”",
     ["“Peace is ‘possible,’ but not now.”", "‘possible,’"]),
    ('They called the plan "surrounded" and "bloodbath" in one day.', ['"surrounded"', '"bloodbath"']),
])
def test_pairs(sentence, expected):
    assert quoted(sentence) == expected


def test_a_closing_mark_with_nothing_open_is_ignored():
    assert quoted("The town” fell. “We saw it,” she said.") == ["“We saw it,”"]


def test_unbalanced_mark_does_not_spoil_the_next_paragraph():
    found = quoted("The mayor said “the shelling stopped.",
                   "Residents said “we will rebuild the school,” and went back to work.")
    assert found == ["“we will rebuild the school,”"]


def test_unbalanced_straight_mark_does_not_swallow_later_quotations():
    found = quoted('The 6" shells fell all night. "We will stay," she said.')
    assert '"We will stay,"' in found


def test_quotation_continues_into_a_paragraph_that_opens_with_a_mark():
    text_paragraphs = ("“The sirens went on for hours. Nobody slept.",
                       "“In the morning we counted the windows,” she said.")
    text = "\n".join(text_paragraphs)
    first = (0, len(text_paragraphs[0]))
    second = (first[1] + 1, len(text))
    quotations = find_quotations(text, [first, second])
    assert [(q.continues, q.continued, q.closed) for q in quotations] == [
        (True, False, False), (False, True, True)]
    assert text[quotations[0].start:quotations[0].end] == text_paragraphs[0]


def test_open_quotation_does_not_continue_into_a_paragraph_without_a_mark():
    found = quoted("“The sirens went on for hours.", "Nobody slept that night, residents said.")
    assert found == []
