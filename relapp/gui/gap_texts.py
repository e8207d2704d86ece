"""Why a person is a coverage gap, and the tie the journal suggests, in the
user's language.

``relapp.domain.coverage`` gives each gap its reason in English (documents,
the command line) and as a template with its values; the window shows the
template translated under the "CoverageGap" context, then filled in.  The
markers below put every template in the catalogue; tests/test_gap_texts.py
fails on a template the domain uses that is missing here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from relapp.domain.coverage import suggestion

TEMPLATES = (
    QT_TRANSLATE_NOOP("CoverageGap", "influence {influence}/5 and nobody on our side knows them or met them in the last {window} days"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoverageGap", "influence {influence}/5 but our strongest tie is only {strength}/5 (from the journal, no tie recorded)"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoverageGap", "influence {influence}/5 but our strongest tie is only {strength}/5"),
    QT_TRANSLATE_NOOP("CoverageGap", "influence {influence}/5, never met"),
    QT_TRANSLATE_NOOP("CoverageGap", "influence {influence}/5, last contact today"),
    QT_TRANSLATE_NOOP("CoverageGap", "influence {influence}/5, last contact yesterday"),
    QT_TRANSLATE_NOOP("CoverageGap", "influence {influence}/5, last contact {days} days ago"),
    QT_TRANSLATE_NOOP("CoverageGap", "added today and nobody has met them yet"),
    QT_TRANSLATE_NOOP("CoverageGap", "added yesterday and nobody has met them yet"),
    QT_TRANSLATE_NOOP("CoverageGap", "added {days} days ago and nobody has met them yet"),
    # relapp.domain.coverage.suggestion
    QT_TRANSLATE_NOOP("CoverageGap", "{member} met {person} once in the last {days} days: record a tie?"),
    QT_TRANSLATE_NOOP("CoverageGap", "{member} met {person} twice in the last {days} days: record a tie?"),
    QT_TRANSLATE_NOOP("CoverageGap", "{member} met {person} {times} times in the last {days} days: record a tie?"),
)


# The kinds of gap, as the map names them (the catalogue has them under the map view's context).
KIND_WORDS = {"unknown": QT_TRANSLATE_NOOP("MapView", "unknown to us"),
              "weak": QT_TRANSLATE_NOOP("MapView", "weak tie"),
              "neglected": QT_TRANSLATE_NOOP("MapView", "neglected"),
              "new": QT_TRANSLATE_NOOP("MapView", "new, not met")}


def gap_kind(kind: str) -> str:
    """The kind of gap in the user's language."""
    words = KIND_WORDS.get(kind)
    return QCoreApplication.translate("MapView", words) if words else kind


def gap_lines(gaps) -> dict[int, tuple[str, str]]:
    """Each gap's kind and reason in the user's language, by the person's id:
    worked out once per reading of a map for its boxes, its list of people
    and its list of gaps, which each showed them (a crowded account has a
    couple of hundred gaps)."""
    kinds = {kind: gap_kind(kind) for kind in KIND_WORDS}
    return {gap.stakeholder_id: (kinds.get(gap.kind) or gap.kind, gap_reason(gap)) for gap in gaps}


def gap_summaries(lines: dict[int, tuple[str, str]]) -> dict[int, str]:
    """"kind: reason" of each of ``gap_lines``, as a box's tooltip and the list of people say it."""
    return {sid: f"{kind}: {reason}" for sid, (kind, reason) in lines.items()}


def gap_reason(gap) -> str:
    """The gap's reason in the user's language (its English when it carries no template)."""
    if not gap.template:
        return gap.reason
    values = dict(gap.values)
    try:
        return QCoreApplication.translate("CoverageGap", gap.template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation naming a value that is not there
        return gap.reason


def suggestion_words(acquaintance, person: str) -> str:
    """``relapp.domain.coverage.suggestion`` in the user's language."""
    template, values = suggestion(acquaintance, person)
    try:
        return QCoreApplication.translate("CoverageGap", template).format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)
