"""Sentences the domain says, said so that the window can say them in the
user's language.

A ``Phrase`` is an English template with named places (``{days}``) and the
values for them; a value may be a phrase itself ("last contact {ago}" with
``ago`` = "{days} days ago").  ``str()`` is the English sentence (the command
line, the logs, documents written without a window); the window translates
each template, its message id, before filling in the values
(``relapp/gui/phrase_texts.py``), so the domain stays free of Qt.  A place
may ask for ``{level:lower}``: the value in lower case, in either language.

Templates are written where the phrase is made (``phrase("…", days=3)``),
so that tests/test_phrase_texts.py can find every one and fail on one the
window's catalogue lacks.
"""

from __future__ import annotations

from typing import NamedTuple


class Phrase(NamedTuple):
    template: str
    values: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return self.template.format(**dict(self.values)) if self.values else self.template

    def __format__(self, spec: str) -> str:
        return said(str(self), spec)


def phrase(template: str, **values: object) -> Phrase:
    """The template and its values; write the template here, as a literal."""
    return Phrase(template, tuple(values.items()))


def label(text: str) -> Phrase:
    """A vocabulary label (``relapp.domain.vocabulary`` and the like) inside a
    phrase: the window says it as it says the label elsewhere."""
    return Phrase(text)


def said(text: str, spec: str) -> str:
    """``text`` as a place with ``spec`` wants it (``lower``: in lower case)."""
    return text.lower() if spec == "lower" else format(text, spec)
