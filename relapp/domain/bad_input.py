"""Input the domain refuses, said so that the window can say it in the
user's language.

``BadInput`` carries an English template with named places (``{value}``)
and the values for them.  ``str()`` is the English sentence (the command
line, logs); the template is the message's id, which the window translates
(``relapp/gui/refusal_texts.py``) before filling in the same values, so the
domain stays free of Qt.  A translation may leave out a value it has no use
for (the German for "February has no day 30" names the month's number).
"""

from __future__ import annotations


class BadInput(ValueError):
    def __init__(self, template: str, **values: object):
        super().__init__(template.format(**values) if values else template)
        self.template = template
        self.values = values
