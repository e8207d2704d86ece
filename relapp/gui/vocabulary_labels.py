"""The domain's vocabulary labels, made translatable for the window.

``relapp.domain.vocabulary`` is pure Python and keeps the English labels; the
window shows them through ``label()``.  The markers below are only there so
that ``pyside6-lupdate`` puts every label in the catalogue under one context
(``tests/test_packaging.py`` checks that none is missing).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Vocabulary"

MARKED = (
    # purposes
    QT_TRANSLATE_NOOP("Vocabulary", "About us"),
    QT_TRANSLATE_NOOP("Vocabulary", "About them"),
    QT_TRANSLATE_NOOP("Vocabulary", "About both of us"),
    # stances
    QT_TRANSLATE_NOOP("Vocabulary", "Champion"),
    QT_TRANSLATE_NOOP("Vocabulary", "Supporter"),
    QT_TRANSLATE_NOOP("Vocabulary", "Neutral"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sceptic"),
    QT_TRANSLATE_NOOP("Vocabulary", "Blocker"),
    # decision roles
    QT_TRANSLATE_NOOP("Vocabulary", "Decision maker"),
    QT_TRANSLATE_NOOP("Vocabulary", "Influencer"),
    QT_TRANSLATE_NOOP("Vocabulary", "Budget holder"),
    QT_TRANSLATE_NOOP("Vocabulary", "Gatekeeper"),
    QT_TRANSLATE_NOOP("Vocabulary", "User"),
    QT_TRANSLATE_NOOP("Vocabulary", "Advisor"),
    # entry kinds
    QT_TRANSLATE_NOOP("Vocabulary", "Meeting"),
    QT_TRANSLATE_NOOP("Vocabulary", "Call"),
    QT_TRANSLATE_NOOP("Vocabulary", "Email"),
    QT_TRANSLATE_NOOP("Vocabulary", "Delivery"),
    QT_TRANSLATE_NOOP("Vocabulary", "Issue"),
    QT_TRANSLATE_NOOP("Vocabulary", "Social"),
    QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    # tie strengths
    QT_TRANSLATE_NOOP("Vocabulary", "Aware of each other"),
    QT_TRANSLATE_NOOP("Vocabulary", "Acquainted"),
    QT_TRANSLATE_NOOP("Vocabulary", "Working relationship"),
    QT_TRANSLATE_NOOP("Vocabulary", "Trusted"),
    QT_TRANSLATE_NOOP("Vocabulary", "Close confidant"),
    # commitment states
    QT_TRANSLATE_NOOP("Vocabulary", "Open"),
    QT_TRANSLATE_NOOP("Vocabulary", "Kept"),
    QT_TRANSLATE_NOOP("Vocabulary", "Broken"),
    # member kinds
    QT_TRANSLATE_NOOP("Vocabulary", "Me"),
    QT_TRANSLATE_NOOP("Vocabulary", "Colleague"),
    QT_TRANSLATE_NOOP("Vocabulary", "Internal customer"),
    # TRUST tags
    QT_TRANSLATE_NOOP("Vocabulary", "Time together"),
    QT_TRANSLATE_NOOP("Vocabulary", "Risk-free to deal with"),
    QT_TRANSLATE_NOOP("Vocabulary", "Understanding their business"),
    QT_TRANSLATE_NOOP("Vocabulary", "Specialists brought in"),
    QT_TRANSLATE_NOOP("Vocabulary", "Trust earned"),
    # attention kinds (relapp.domain.attention.KINDS)
    QT_TRANSLATE_NOOP("Vocabulary", "Overdue promise"),
    QT_TRANSLATE_NOOP("Vocabulary", "Board meeting soon"),
    QT_TRANSLATE_NOOP("Vocabulary", "Promise due soon"),
    QT_TRANSLATE_NOOP("Vocabulary", "Out of touch"),
    QT_TRANSLATE_NOOP("Vocabulary", "Falling balance"),
    QT_TRANSLATE_NOOP("Vocabulary", "New and unmet"),
    QT_TRANSLATE_NOOP("Vocabulary", "Check-up due"),
    QT_TRANSLATE_NOOP("Vocabulary", "Key date"),
    QT_TRANSLATE_NOOP("Vocabulary", "Objective overdue"),
    QT_TRANSLATE_NOOP("Vocabulary", "Objective at risk"),
    QT_TRANSLATE_NOOP("Vocabulary", "Next step late"),
    QT_TRANSLATE_NOOP("Vocabulary", "Intent mismatch"),
    QT_TRANSLATE_NOOP("Vocabulary", "Influential person left"),
    QT_TRANSLATE_NOOP("Vocabulary", "Role changed"),
    # contact models (relapp.domain.vocabulary.CONTACT_MODELS), in lower case as a sentence says them
    QT_TRANSLATE_NOOP("Vocabulary", "bow tie"),
    QT_TRANSLATE_NOOP("Vocabulary", "one-on-many"),
    QT_TRANSLATE_NOOP("Vocabulary", "cotton reel"),
    QT_TRANSLATE_NOOP("Vocabulary", "diamond"),
    # account plan (relapp.domain.account_plan): stages and their meanings
    QT_TRANSLATE_NOOP("Vocabulary", "Trading"),
    QT_TRANSLATE_NOOP("Vocabulary", "Each piece of work is bought on price and specification and stands on its own."),
    QT_TRANSLATE_NOOP("Vocabulary", "Repeat business"),
    QT_TRANSLATE_NOOP("Vocabulary", "They come back to us by choice, but the terms and the agenda are still theirs."),
    QT_TRANSLATE_NOOP("Vocabulary", "Trusted adviser"),
    QT_TRANSLATE_NOOP("Vocabulary", "They ask our view before they decide and tell us what worries them."),
    QT_TRANSLATE_NOOP("Vocabulary", "Partner"),
    QT_TRANSLATE_NOOP("Vocabulary", "Several people on each side work together and plan the next steps jointly."),
    QT_TRANSLATE_NOOP("Vocabulary", "Mutual"),
    QT_TRANSLATE_NOOP("Vocabulary", "Both sides own joint objectives, measure them together and share what they bring."),
    # intent levels, objective and opportunity statuses, who dropped an objective
    QT_TRANSLATE_NOOP("Vocabulary", "Keep it as it is"),
    QT_TRANSLATE_NOOP("Vocabulary", "Look after it"),
    QT_TRANSLATE_NOOP("Vocabulary", "Invest where it pays"),
    QT_TRANSLATE_NOOP("Vocabulary", "Invest steadily"),
    QT_TRANSLATE_NOOP("Vocabulary", "Make it a priority"),
    QT_TRANSLATE_NOOP("Vocabulary", "On track"),
    QT_TRANSLATE_NOOP("Vocabulary", "At risk"),
    QT_TRANSLATE_NOOP("Vocabulary", "Off track"),
    QT_TRANSLATE_NOOP("Vocabulary", "Achieved"),
    QT_TRANSLATE_NOOP("Vocabulary", "Dropped"),
    QT_TRANSLATE_NOOP("Vocabulary", "Idea"),
    QT_TRANSLATE_NOOP("Vocabulary", "Explored"),
    QT_TRANSLATE_NOOP("Vocabulary", "Proposed"),
    QT_TRANSLATE_NOOP("Vocabulary", "Agreed"),
    QT_TRANSLATE_NOOP("Vocabulary", "At their request"),
    QT_TRANSLATE_NOOP("Vocabulary", "Our decision"),
    QT_TRANSLATE_NOOP("Vocabulary", "Our intent"),
    QT_TRANSLATE_NOOP("Vocabulary", "Their intent"),
)


def label(text: str) -> str:
    """``text`` (an English vocabulary label) in the user's language."""
    return QCoreApplication.translate(CONTEXT, text) if text else text
