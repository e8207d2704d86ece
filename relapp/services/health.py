"""Check-ups: the editable question set, recording a check-up, the health
trend and each question's movement, and which accounts are due."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from peewee import fn

from relapp.domain.health import CheckupScore, QuestionMovement, checkup_due, health_series, question_movements
from relapp.domain.vocabulary import MAX_SCORE, MIN_SCORE
from relapp.services import validation as v
from relapp.services.accounts import get_account
from relapp.services.edit_conflicts import save_unless_changed
from relapp.services.records import AccountRecord, CheckupRecord, QuestionRecord, record, stored_row
from relapp.store.dates import stored_day
from relapp.store.driver_rows import driver_rows
from relapp.store.models import Account, Checkup, CheckupAnswer, HealthQuestion


@dataclass(frozen=True)
class CheckupStatus:
    last: dt.date | None
    due: dt.date | None  # None when check-ups are switched off for the account
    interval_days: int

    def is_due(self, today: dt.date) -> bool:
        return self.due is not None and self.due <= today


# Questions -----------------------------------------------------------------


def audience_of(account_id: int) -> str:
    """Whose check-up the account takes: "internal" for an internal
    customer's ledger, "client" for every client account."""
    internal = Account.select(Account.internal_member).where(Account.id == account_id).scalar()
    return "internal" if internal is not None else "client"


def list_questions(include_inactive: bool = False, audience: str = "client") -> list[QuestionRecord]:
    query = (HealthQuestion.select().where(HealthQuestion.audience == audience)
             .order_by(HealthQuestion.position, HealthQuestion.id))
    if not include_inactive:
        query = query.where(HealthQuestion.active == True)  # noqa: E712 (peewee expression)
    return [record(QuestionRecord, row) for row in query]


def _question(question_id: int) -> HealthQuestion:
    return stored_row(HealthQuestion, question_id, "health question")


def _new_key(text: str) -> str:
    base = "-".join(re.findall(r"[a-z0-9]+", text.lower())[:5]) or "question"
    key, n = base, 2
    while HealthQuestion.select().where(HealthQuestion.key == key).exists():
        key, n = f"{base}-{n}", n + 1
    return key


def add_question(text: str, audience: str = "client") -> QuestionRecord:
    clean = v.text("text", text, required=True, max_len=500)
    with v.transaction():
        position = (HealthQuestion.select(fn.MAX(HealthQuestion.position)).scalar() or 0) + 1
        return record(QuestionRecord, HealthQuestion.create(key=_new_key(clean), text=clean, position=position,
                                                            audience=audience))


def update_question(question_id: int, text: str | None = None, active: bool | None = None) -> QuestionRecord:
    """Rewording keeps the question's key and its past answers; switching a
    question off hides it from new check-ups but keeps its history."""
    with v.transaction():
        question = _question(question_id)
        if text is not None:
            question.text = v.text("text", text, required=True, max_len=500)
        if active is not None:
            question.active = bool(active)
        question.save()
        return record(QuestionRecord, question)


def move_question(question_id: int, step: int) -> None:
    """Move a question up (step -1) or down (+1) in the form."""
    with v.transaction():
        ordered = list_questions(include_inactive=True, audience=_question(question_id).audience)
        ids = [q.id for q in ordered]
        index = ids.index(_question(question_id).id)
        target = max(0, min(len(ids) - 1, index + step))
        ids.insert(target, ids.pop(index))
        for position, qid in enumerate(ids):
            HealthQuestion.update(position=position).where(HealthQuestion.id == qid).execute()


# Check-ups -----------------------------------------------------------------------


def record_checkup(account_id: int, answers: dict, day: dt.date | str | None = None,
                   notes: str = "") -> CheckupRecord:
    """One check-up with its answers, in one transaction.

    ``answers`` maps a question id to a score 1–5 or to (score, comment);
    questions left out are simply not answered, but at least one must be.
    """
    account = get_account(account_id)
    when = v.day("day", day if day is not None else dt.date.today())
    clean_notes = v.text("notes", notes)
    rows = _answer_rows(answers)
    with v.transaction():
        checkup = Checkup.create(account=account.id, day=when, notes=clean_notes)
        _store_answers(checkup.id, rows)
        return record(CheckupRecord, checkup)


def update_checkup(checkup_id: int, expected_version: int | None = None, day: dt.date | str | None = None,
                   notes: str | None = None, answers: dict | None = None) -> CheckupRecord:
    """Change a check-up's day, notes or answers (all of them, as in
    ``record_checkup``); with ``expected_version`` only if nobody saved it
    since the form was filled (else ``EditConflict``, nothing written)."""
    rows = _answer_rows(answers) if answers is not None else None
    with v.transaction():
        checkup = stored_row(Checkup, checkup_id, "check-up")
        if day is not None:
            checkup.day = v.day("day", day)
        if notes is not None:
            checkup.notes = v.text("notes", notes)
        save_unless_changed(checkup, expected_version, parts_changed=rows is not None)
        if rows is not None:
            CheckupAnswer.delete().where(CheckupAnswer.checkup == checkup.id).execute()
            _store_answers(checkup.id, rows)
        return record(CheckupRecord, checkup)


def _answer_rows(answers: dict) -> list[tuple[int, int, str]]:
    """(question, score, comment) of each question scored; at least one must be."""
    rows = []
    for question_id, answer in answers.items():
        score, comment = answer if isinstance(answer, tuple) else (answer, "")
        if score is None:
            continue
        rows.append((int(question_id), v.integer("score", score, MIN_SCORE, MAX_SCORE),
                     v.text("comment", comment, max_len=5000)))
    if not rows:
        raise v.ValidationError("answers", "score at least one question from 1 to 5")
    return rows


def _store_answers(checkup_id: int, rows: list[tuple[int, int, str]]) -> None:
    """Inside the caller's transaction."""
    known = {q for (q,) in HealthQuestion.select(HealthQuestion.id).tuples()}
    if missing := [q for q, _, _ in rows if q not in known]:
        raise v.ValidationError("answers", "question {number} no longer exists", number=missing[0])
    CheckupAnswer.insert_many([(checkup_id, q, s, c) for q, s, c in rows],
                              fields=[CheckupAnswer.checkup, CheckupAnswer.question, CheckupAnswer.score,
                                      CheckupAnswer.comment]).execute()


def checkups_of(account_id: int) -> list[CheckupRecord]:
    """The account's check-ups, oldest first."""
    return [record(CheckupRecord, row)
            for row in Checkup.select().where(Checkup.account == account_id).order_by(Checkup.day, Checkup.id)]


def answers_of(checkup_id: int) -> dict[int, tuple[int, str]]:
    return {q: (s, c) for q, s, c in CheckupAnswer.select(CheckupAnswer.question, CheckupAnswer.score,
                                                            CheckupAnswer.comment)
            .where(CheckupAnswer.checkup == checkup_id).tuples()}


def health_trend(account_id: int) -> list[CheckupScore]:
    """Health 0–100 per check-up, oldest first."""
    scores: dict[int, list[int]] = {}
    for checkup_id, score in (CheckupAnswer.select(CheckupAnswer.checkup, CheckupAnswer.score)
                              .join(Checkup).where(Checkup.account == account_id).tuples()):
        scores.setdefault(checkup_id, []).append(score)
    return health_series([(c.day, scores.get(c.id, [])) for c in checkups_of(account_id)])


def question_movement(account_id: int) -> list[QuestionMovement]:
    """Each active question's score in the latest check-up against the one before."""
    history = checkups_of(account_id)
    last_answers = answers_of(history[-1].id) if history else {}
    latest = {q: score for q, (score, _) in last_answers.items()}
    previous = {q: score for q, (score, _) in answers_of(history[-2].id).items()} if len(history) > 1 else {}
    comments = {q: comment for q, (_, comment) in last_answers.items() if comment}
    return question_movements([(q.id, q.text) for q in list_questions(audience=audience_of(account_id))],
                              latest, previous, comments)


def checkup_status(account_id: int, today: dt.date | None = None) -> CheckupStatus:
    account = get_account(account_id)
    last = Checkup.select(fn.MAX(Checkup.day)).where(Checkup.account == account_id).scalar()
    last_day = stored_day(last)
    return CheckupStatus(last_day, checkup_due(last_day, account.checkup_interval_days, today or dt.date.today()),
                         account.checkup_interval_days)


def last_checkups() -> dict[int, dt.date]:
    """Day of the latest check-up of every account that has one."""
    return {acc: stored_day(day) for acc, day in
            driver_rows(Checkup.select(Checkup.account, fn.MAX(Checkup.day)).group_by(Checkup.account))}


def due_checkups(today: dt.date | None = None) -> list[tuple[AccountRecord, CheckupStatus]]:
    """Active accounts whose check-up is due on ``today`` or earlier, most overdue first."""
    today = today or dt.date.today()
    last = last_checkups()
    due = []
    for account in Account.select().where(Account.archived == False):  # noqa: E712
        status = CheckupStatus(last.get(account.id), checkup_due(last.get(account.id),
                                                                 account.checkup_interval_days, today),
                               account.checkup_interval_days)
        if status.is_due(today):
            due.append((record(AccountRecord, account), status))
    return sorted(due, key=lambda pair: (pair[1].due, pair[0].name.lower()))


def delete_checkup(checkup_id: int) -> None:
    with v.transaction():
        Checkup.delete().where(Checkup.id == checkup_id).execute()
