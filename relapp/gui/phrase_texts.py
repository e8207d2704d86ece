"""What the domain says (``relapp.domain.phrases.Phrase``), in the user's
language.

Each template is translated under the context of the list that marks it
below (one list per module that says it), then filled in; a value that is
a phrase itself is said the same way first, a vocabulary label or a
coverage gap's reason as the window says them elsewhere.  The markers are
only there so that ``pyside6-lupdate`` puts every template in the
catalogue; tests/test_phrase_texts.py fails on a template the domain says
that is missing here, so none reaches a German window in English.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from relapp.domain.phrases import Phrase, said
from relapp.gui.gap_texts import TEMPLATES as GAP_TEMPLATES
from relapp.gui.vocabulary_labels import CONTEXT as VOCABULARY, MARKED as VOCABULARY_LABELS

# relapp/domain/day_words.py
DAY_WORDS = (
    QT_TRANSLATE_NOOP("DayWords", "today"),
    QT_TRANSLATE_NOOP("DayWords", "yesterday"),
    QT_TRANSLATE_NOOP("DayWords", "{days} days ago"),
    QT_TRANSLATE_NOOP("DayWords", "tomorrow"),
    QT_TRANSLATE_NOOP("DayWords", "in {days} days"),
)

# relapp/domain/attention.py: Home's "why" lines
ATTENTION = (
    QT_TRANSLATE_NOOP("Attention", "no entry with them yet"),
    QT_TRANSLATE_NOOP("Attention", "no contact that counts yet"),
    QT_TRANSLATE_NOOP("Attention", "last contact {ago}"),
    QT_TRANSLATE_NOOP("Attention", "every {days} days"),
    QT_TRANSLATE_NOOP("Attention", "within {days} days"),
    QT_TRANSLATE_NOOP("Attention", "{name} (influence {influence}/5): {why}, expected {rhythm}"),
    QT_TRANSLATE_NOOP("Attention", "{name} joined {ago} and nobody on our side has met them"),
    QT_TRANSLATE_NOOP("Attention", "{count} new people in {account}, nobody on our side has met them yet"),
    QT_TRANSLATE_NOOP("Attention", "Promise to {person} ({owner}) is {late} days overdue: {promise}"),
    QT_TRANSLATE_NOOP("Attention", "Promise to {person} is {late} days overdue: {promise}"),
    QT_TRANSLATE_NOOP("Attention", "Promise to {person} ({owner}) is due {when}: {promise}"),
    QT_TRANSLATE_NOOP("Attention", "Promise to {person} is due {when}: {promise}"),
    QT_TRANSLATE_NOOP("Attention", "Balance fell by {fall} over the last {days} days"),
    QT_TRANSLATE_NOOP("Attention", "No check-up recorded yet"),
    QT_TRANSLATE_NOOP("Attention", "Check-up due since {due} (last one {ago})"),
    QT_TRANSLATE_NOOP("Attention", "{title} {when} ({day}): prepare the brief"),
    QT_TRANSLATE_NOOP("Attention", "{label} of {person} {when} ({day}, {years} years)"),
    QT_TRANSLATE_NOOP("Attention", "{label} of {person} {when} ({day})"),
    QT_TRANSLATE_NOOP("Attention", "Joint objective {late} days past its target ({target}): {title}"),
    QT_TRANSLATE_NOOP("Attention", "Joint objective off track: {title}"),
    QT_TRANSLATE_NOOP("Attention", "Joint objective at risk: {title}"),
    QT_TRANSLATE_NOOP("Attention", "Next step on {title} ({step}) was due {late} days ago"),
    QT_TRANSLATE_NOOP("Attention", "Next step on {title} was due {late} days ago"),
    QT_TRANSLATE_NOOP("Attention", "Our intent ({ours}/5, {our_level:lower}) runs {gap} levels ahead of theirs ({theirs}/5, {their_level:lower})"),  # noqa: E501
    QT_TRANSLATE_NOOP("Attention", "a champion"),
    QT_TRANSLATE_NOOP("Attention", "influence {influence}/5"),
    QT_TRANSLATE_NOOP("Attention", "{change} ({why}): who takes over, and who on our side knows them?"),
    QT_TRANSLATE_NOOP("Attention", "{change}: check their influence and who on our side should know them"),
)

# relapp/services/people_changes.py: a departure or a move in words
PERSON_CHANGE = (
    QT_TRANSLATE_NOOP("PersonChange", "{name} ({title}) left on {day}"),
    QT_TRANSLATE_NOOP("PersonChange", "{name} (no title) left on {day}"),
    QT_TRANSLATE_NOOP("PersonChange", "{name} is back since {day}"),
    QT_TRANSLATE_NOOP("PersonChange", "no title"),
    QT_TRANSLATE_NOOP("PersonChange", "{title}, {department}"),
    QT_TRANSLATE_NOOP("PersonChange", "{name} moved to {role} (was {old_title}) on {day}"),
    QT_TRANSLATE_NOOP("PersonChange", "{name} moved to {role} on {day}"),
)

# relapp/domain/contact_model.py: why the ties form the pattern they form, and what would move them
CONTACT_MODEL = (
    QT_TRANSLATE_NOOP("ContactModel", "{member} and {person} are the only link between the teams"),
    QT_TRANSLATE_NOOP("ContactModel", "{member} and {person} carry {share:.0%} of the relationship"),
    QT_TRANSLATE_NOOP("ContactModel", "{member} alone holds all {count} ties on our side"),
    QT_TRANSLATE_NOOP("ContactModel", "all {count} of ours deal only with {person}"),
    QT_TRANSLATE_NOOP("ContactModel", "{pairs} cross ties among {ours} of ours and {theirs} of theirs, no pair above {share:.0%}"),  # noqa: E501
    QT_TRANSLATE_NOOP("ContactModel", "{ours} of ours and {theirs} of theirs meet through only {pairs} of {possible} possible pairs"),  # noqa: E501
    QT_TRANSLATE_NOOP("ContactModel", "Already broader than a {target}: keep these ties warm."),
    QT_TRANSLATE_NOOP("ContactModel", "To move towards it, tie our people to: {people} and {more} more"),
    QT_TRANSLATE_NOOP("ContactModel", "To move towards it, tie our people to: {people}"),
    QT_TRANSLATE_NOOP("ContactModel", "To move towards it, spread contact beyond {member} and {person}"),
)

# relapp/domain/brief.py: the brief's risks, questions worth asking and how well we know someone
BRIEF = (
    QT_TRANSLATE_NOOP("Brief", "We are late with “{promise}”: which new date would work for you?"),
    QT_TRANSLATE_NOOP("Brief", "Where do things stand with “{worry}”, and what would help most now?"),
    QT_TRANSLATE_NOOP("Brief", "How are you tracking against “{measure}” this year?"),
    QT_TRANSLATE_NOOP("Brief", "What would you need to see from us to back the next step?"),
    QT_TRANSLATE_NOOP("Brief", "How would you like to work with us directly, and who on your side should we also know?"),  # noqa: E501
    QT_TRANSLATE_NOOP("Brief", "What has changed on your side since we last spoke?"),
    QT_TRANSLATE_NOOP("Brief", "Is “{intent}” still the priority, and how will you judge progress?"),
    QT_TRANSLATE_NOOP("Brief", "{name}: {reason}; {path}"),
    QT_TRANSLATE_NOOP("Brief", "{name}: {reason}"),
    QT_TRANSLATE_NOOP("Brief", "Promise to {person} overdue by {days} days ({owner}): {promise}"),
    QT_TRANSLATE_NOOP("Brief", "Promise to {person} overdue by {days} days: {promise}"),
    QT_TRANSLATE_NOOP("Brief", "The balance fell by {fall} over the last 30 days"),
    QT_TRANSLATE_NOOP("Brief", "The balance fell by {fall} over the last quarter"),
    QT_TRANSLATE_NOOP("Brief", "Health fell from {before:.0f} to {after:.0f} at the last check-up"),
    QT_TRANSLATE_NOOP("Brief", "The check-up has been due since {day}"),
    QT_TRANSLATE_NOOP("Brief", "Contacts form a {current}; the aim is a {target}"),
    QT_TRANSLATE_NOOP("Brief", "{strength} (from the journal)"),
    QT_TRANSLATE_NOOP("Brief", "Nobody on our side knows them"),
    QT_TRANSLATE_NOOP("Brief", "{tie} with {member}"),
    QT_TRANSLATE_NOOP("Brief", "{known}; no recorded contact"),
    QT_TRANSLATE_NOOP("Brief", "{known}; last contact {day} ({ago})"),
)

# relapp/domain/introductions.py: the way in to a person in a coverage gap
INTRODUCTIONS = (
    QT_TRANSLATE_NOOP("Introductions", "{target}'s boss"),
    QT_TRANSLATE_NOOP("Introductions", "who reports to {target}"),
    QT_TRANSLATE_NOOP("Introductions", "who works with {target}"),
    QT_TRANSLATE_NOOP("Introductions", "ask {via} ({how}), whom {member} knows well, for an introduction"),
    QT_TRANSLATE_NOOP("Introductions", "ask {via} ({how}), whom {member} is close to, for an introduction"),
)

# relapp/services/plan_documents.py: an intent and how an objective closed
PLAN_TEXT = (
    QT_TRANSLATE_NOOP("PlanText", "{level}/5, {label:lower}"),
    QT_TRANSLATE_NOOP("PlanText", "{text} ({level})"),
    QT_TRANSLATE_NOOP("PlanText", "achieved {day}"),
    QT_TRANSLATE_NOOP("PlanText", "achieved"),
    QT_TRANSLATE_NOOP("PlanText", "dropped at their request"),
    QT_TRANSLATE_NOOP("PlanText", "dropped by us"),
    QT_TRANSLATE_NOOP("PlanText", "dropped"),
    QT_TRANSLATE_NOOP("PlanText", "{dropped} {day}"),
    QT_TRANSLATE_NOOP("PlanText", "{closed}: {reason}"),
)

# Each list's context, by the name its markers give it.
LISTS = {"DayWords": DAY_WORDS, "Attention": ATTENTION, "PersonChange": PERSON_CHANGE,
         "ContactModel": CONTACT_MODEL, "Brief": BRIEF, "Introductions": INTRODUCTIONS, "PlanText": PLAN_TEXT}


@cache
def _contexts() -> dict[str, str]:
    contexts = {text: VOCABULARY for text in VOCABULARY_LABELS}
    contexts.update(dict.fromkeys(GAP_TEMPLATES, "CoverageGap"))  # a gap's reason inside a risk of the brief
    for context, templates in LISTS.items():
        contexts.update(dict.fromkeys(templates, context))
    return contexts


class _Said(str):
    """A value already in the user's language that still honours ``{…:lower}``."""

    def __format__(self, spec: str) -> str:
        return said(str(self), spec)


def phrase_text(words) -> str:
    """``words`` (a ``Phrase``; anything else as ``str()`` says it) in the
    user's language: English where the catalogue has no translation, or
    where a translation names a value the phrase does not have."""
    if not isinstance(words, Phrase):
        return str(words)
    values = {name: _Said(phrase_text(value)) if isinstance(value, Phrase) else value for name, value in words.values}
    context = _contexts().get(words.template)
    translated = QCoreApplication.translate(context, words.template) if context else words.template
    if not values:
        return translated
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation naming a value that is not there
        return words.template.format(**values)
