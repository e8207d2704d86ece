"""Health from check-ups: each answer scores 1–5; a check-up's health is the
mean score mapped to 0–100 so 3/5 ("neither") reads as 50."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class CheckupScore:
    day: date
    health: float  # 0..100
    answered: int


def health_score(scores: list[int]) -> float | None:
    """0–100 from 1–5 scores; None when nothing was answered."""
    valid = [s for s in scores if 1 <= s <= 5]
    if not valid:
        return None
    return (sum(valid) / len(valid) - 1) / 4 * 100


def health_series(checkups: list[tuple[date, list[int]]]) -> list[CheckupScore]:
    """One health value per check-up, oldest first; empty check-ups are skipped."""
    series = []
    for day, scores in sorted(checkups, key=lambda c: c[0]):
        value = health_score(scores)
        if value is not None:
            series.append(CheckupScore(day, value, len([s for s in scores if 1 <= s <= 5])))
    return series


def checkup_due(last_checkup: date | None, interval_days: int, today: date) -> date | None:
    """The day the next check-up falls due (today when there never was one);
    None when check-ups are switched off (interval 0)."""
    if interval_days <= 0:
        return None
    if last_checkup is None:
        return today
    return last_checkup + timedelta(days=interval_days)


@dataclass(frozen=True)
class QuestionMovement:
    question_id: int
    text: str
    latest: int | None
    previous: int | None
    comment: str = ""  # the latest check-up's comment on this question

    @property
    def change(self) -> int | None:
        """Latest minus previous score; None unless both were answered."""
        if self.latest is None or self.previous is None:
            return None
        return self.latest - self.previous


def question_movements(questions: list[tuple[int, str]], latest: dict[int, int],
                       previous: dict[int, int], comments: dict[int, str] | None = None) -> list[QuestionMovement]:
    """Each question's score in the latest and the previous check-up, in
    the questions' order."""
    comments = comments or {}
    return [QuestionMovement(qid, text, latest.get(qid), previous.get(qid), comments.get(qid, ""))
            for qid, text in questions]
