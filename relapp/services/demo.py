"""Deterministic demo data: fictional but believable accounts.

The same seed on the same day gives the same data; dates are laid out
relative to ``today`` so every view has something true to say whenever the
demo is built.  People's names depend on the seed alone, so the README's
examples ("--attendees …") name people who are there whatever the day.  Rows are generated in Python and written with executemany on
the open connection (the search index is rebuilt once at the end) so the large demo stays close to the speed of raw inserts.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Callable

from relapp.assets import read_json
from relapp.domain.vocabulary import DECISION_ROLES, STANCES, TRUST_TAGS
from relapp.services.demo_plan import PlanRows, add_plan, potential
from relapp.store import fts
from relapp.store.journal_in_memory import journal_in_memory
from relapp.store.rows import insert_rows
from relapp.store.binding import atomic, bound_database

PROFILES = ("bow tie", "one-on-many", "cotton reel", "diamond")
STANCE_KEYS = list(STANCES)
ROLE_KEYS = list(DECISION_ROLES)
TRUST_BITS = [bit for _, _, bit in TRUST_TAGS.values()]


@dataclass(frozen=True)
class DemoSize:
    accounts: int
    people_per_account: int
    entries: int
    years: int
    team: int


SIZES = {
    "small": DemoSize(accounts=8, people_per_account=15, entries=1500, years=3, team=8),
    "large": DemoSize(accounts=1000, people_per_account=20, entries=500_000, years=10, team=60),
}


def build_demo(size: str = "small", seed: int = 1, today: dt.date | None = None,
               progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Fill the (empty) bound database; returns the row counts written."""
    spec = SIZES[size]
    today = today or dt.date.today()
    rng = random.Random(f"{seed}:{size}:{today.isoformat()}")
    words = read_json("demo", "words.json")
    gen = _Generator(spec, rng, words, today, names=random.Random(f"{seed}:{size}:names"))
    rows = gen.generate()
    say = progress or (lambda _msg: None)
    db = bound_database()
    say("writing")
    with journal_in_memory(db), atomic(), fts.bulk_load(db):
        for table, columns, values in rows:
            insert_rows(db, table, columns, values)
        say("indexing")
    return {table: len(values) for table, _, values in rows}


class _Generator:
    def __init__(self, spec: DemoSize, rng: random.Random, words: dict, today: dt.date, names: random.Random):
        self.spec, self.rng, self.w, self.today, self.names = spec, rng, words, today, names
        self.start = today - dt.timedelta(days=365 * spec.years)
        self._day_texts: dict[dt.date, tuple[str, str]] = {}  # each day's text and stamp, made once

    # Our side -------------------------------------------------------------
    def team(self) -> list[tuple]:
        base = self.w["our_team"]
        rows = []
        for i in range(self.spec.team):
            if i < len(base):
                name, role, kind = base[i]
            else:
                name = f"{self._person_name()} ({i})"
                role, kind = self.rng.choice(["Consultant", "Senior consultant", "Analyst"]), "colleague"
            rows.append((i + 1, name, role, f"{name.split()[0].lower()}.{i + 1}@our-firm.example", kind, "",
                         self._stamp(self.start)))
        return rows

    def _person_name(self) -> str:
        """A name from the day-independent generator.  The day's generator still draws its two
        numbers, so everything else in the demo stays what it was for that seed and day."""
        self.rng.choice(self.w["first_names"]), self.rng.choice(self.w["last_names"])
        return f"{self.names.choice(self.w['first_names'])} {self.names.choice(self.w['last_names'])}"

    def _stamp(self, day: dt.date) -> str:
        return f"{day.isoformat()} 09:00:00"

    def _day_text(self, day: dt.date) -> tuple[str, str]:
        """The day as stored and its creation stamp: half a million entries
        fall on a few thousand days, each made into text twice."""
        texts = self._day_texts.get(day)
        if texts is None:
            texts = self._day_texts[day] = (day.isoformat(), self._stamp(day))
        return texts

    def generate(self) -> list[tuple[str, tuple, list]]:
        rng, w, spec, today = self.rng, self.w, self.spec, self.today
        team = self.team()
        accounts, people, ties, entries, es_links, em_links = [], [], [], [], [], []
        commitments, checkups, answers, meetings, attendees, account_team = [], [], [], [], [], []
        used_names: set[str] = set()
        plan = PlanRows()
        # Its own generator, so the plans leave the rest of the demo as it was.
        plan_rng = random.Random(f"plan:{spec.accounts}:{today.isoformat()}")
        per_account = spec.entries // spec.accounts
        # Every day an entry can fall on, made once: half a million entries
        # each made their day from a new timedelta.
        history = [self.start + dt.timedelta(days=n) for n in range(max(0, (today - self.start).days) + 1)]
        entry_id = person_id = tie_id = checkup_id = commitment_id = meeting_id = attendee_id = 0
        n_questions = 12
        for a in range(spec.accounts):
            acc_id = a + 1
            profile = PROFILES[a % 4]
            name = self._company(a, used_names)
            target = PROFILES[(a + 3) % 4] if a % 3 == 0 else profile
            purpose = ("both", "us", "them")[a % 3]
            intents = ("Grow into their group-wide partner for operations",
                       "Cut operating cost while keeping service levels")
            accounts.append((acc_id, name, rng.choice(w["industries"]), "", purpose, *intents, target, 0, 90, 90,
                             self._stamp(self.start), potential(a)))
            # Their people: a small hierarchy under the first person.
            ids = []
            for p in range(spec.people_per_account):
                person_id += 1
                ids.append(person_id)
                title, dept = w["titles"][p % len(w["titles"])]
                boss = None if p == 0 else ids[0] if p < 4 else ids[1 + (p - 4) % 3]
                influence = 5 if p == 0 else 4 if p < 4 else rng.choice([1, 2, 2, 3, 3, 4])
                first, last = self._person_name().split(" ", 1)
                new_person = p == spec.people_per_account - 1 and a % 2 == 0
                added = today - dt.timedelta(days=rng.randint(5, 40)) if new_person else self.start
                people.append((person_id, acc_id, f"{first} {last}", title, dept,
                               f"{first.lower()}.{last.lower()}@{name.split()[0].lower()}.example",
                               f"+44 20 7946 {person_id % 10000:04d}", boss, rng.choice(ROLE_KEYS),
                               influence, rng.randint(1, 5), rng.choice(STANCE_KEYS),
                               rng.choice(w["family"]), rng.choice(w["interests"]), rng.choice(w["career_goals"]),
                               rng.choice(w["measured_by"]), rng.choice(w["worries"]), rng.choice(w["how_we_help"]),
                               "", 30 if p < 2 else None, self._stamp(added)))
            ours, pairs, main_share = self._ties_for(profile, len(team), ids)
            add_plan(plan, a, acc_id, ids, pairs[0][0], intents, self.start, today, plan_rng)
            for m in sorted(set(ours)):
                account_team.append((acc_id, m))
            tied_people = set()
            for member, person, strength in pairs:
                tie_id += 1
                ties.append((tie_id, member, person, strength))
                tied_people.add(person)
            # A powerful person nobody on our side knows: a coverage gap.
            # (Person 3 has influence 4 and is never tied.)
            quiet = ids[2]  # tied but not met for months: a neglect gap
            count = per_account + (spec.entries - per_account * spec.accounts if a == 0 else 0)
            falling = a % 4 == 1  # some balances fall over the last month
            for _ in range(count):
                entry_id += 1
                day = history[rng.randrange(len(history))]  # randint over the days, without its detour
                member, person, _ = pairs[0] if rng.random() < main_share else rng.choice(pairs)
                if person == quiet and (today - day).days < 150:
                    day = today - dt.timedelta(days=150 + rng.randint(0, 300))
                    if day < self.start:
                        day = self.start
                kind = rng.choice(("meeting", "meeting", "call", "call", "email", "delivery", "issue", "social", "other"))
                recent = (today - day).days <= 30
                roll = rng.random()
                if falling and recent:
                    value = -rng.randint(1, 4) if roll < 0.8 else rng.randint(1, 2)
                elif roll < 0.62:
                    value = rng.choice((1, 1, 2, 2, 3, 4, 5))
                elif roll < 0.85:
                    value = -rng.choice((1, 1, 2, 3, 4, 5))
                else:
                    value = 0
                title = self._title(kind, value)
                trust = 0
                if value > 0:
                    for bit in TRUST_BITS:  # a draw per bit, in order
                        if rng.random() < 0.18:
                            trust += bit
                day_text, stamp = self._day_text(day)
                entries.append((entry_id, acc_id, day_text, kind, value, title,
                                rng.choice(w["notes"]) if rng.random() < 0.5 else "", trust, stamp))
                if rng.random() < 0.2 and (other := rng.choice(ids[:-1])) != person and other != quiet:
                    # In order, as the table's key sorts them: the links need no sorting at the end.
                    es_links += ((entry_id, min(person, other)), (entry_id, max(person, other)))
                else:
                    es_links.append((entry_id, person))
                em_links.append((entry_id, member))
            # Promises: kept, broken, due soon, and in every third account
            # one overdue (the others kept that one in time): overdue marks
            # mean something only when not every account carries one.
            recent = "open" if a % 3 == 0 else "kept"
            for k, (status, due_offset) in enumerate((("kept", -200), ("broken", -120), (recent, -6),
                                                      ("open", 9), ("open", 20))):
                commitment_id += 1
                member, person, _ = pairs[k % len(pairs)]
                due = today + dt.timedelta(days=due_offset + rng.randint(-3, 3))
                produced = None
                if status != "open":
                    entry_id += 1
                    value = 2 if status == "kept" else -3
                    desc = rng.choice(w["commitments"])
                    entries.append((entry_id, acc_id, due.isoformat(), "delivery" if value > 0 else "issue", value,
                                    f"Promise {'kept' if value > 0 else 'broken'}: {desc.lower()}", "", 0,
                                    self._stamp(due)))
                    es_links.append((entry_id, person))
                    em_links.append((entry_id, member))
                    produced = entry_id
                commitments.append((commitment_id, person, member, rng.choice(w["commitments"]), due.isoformat(),
                                    status, produced, self._stamp(due - dt.timedelta(days=30)),
                                    due.isoformat() if status != "open" else None))
            # Check-ups every quarter, trending up or down by account.
            direction = 1 if a % 2 == 0 else -1
            quarters = min(spec.years * 4, 12)
            for q in range(quarters):
                checkup_id += 1
                day = today - dt.timedelta(days=91 * (quarters - q) - (10 if a % 3 == 0 else -60))
                checkups.append((checkup_id, acc_id, day.isoformat(), ""))
                level = 3 + direction * (q - quarters / 2) / quarters * 2
                for question in range(1, n_questions + 1):
                    score = max(1, min(5, round(level + rng.uniform(-1, 1))))
                    answers.append((checkup_id, question, score, ""))
            # A board meeting in the coming weeks for every other account.
            if a % 2 == 0:
                meeting_id += 1
                meetings.append((meeting_id, acc_id, (today + dt.timedelta(days=4 + a % 10)).isoformat(),
                                 "Quarterly board review", "Agree the scope of next year's programme"))
                for person in ids[:3]:
                    attendee_id += 1
                    attendees.append((attendee_id, meeting_id, person, None))
                attendee_id += 1
                attendees.append((attendee_id, meeting_id, None, 1))
        tags, account_tags, people_tags, key_dates = self._tags_and_dates(len(accounts), people)
        return [
            ("team_member", ("id", "name", "role", "email", "kind", "notes", "created_at"), team),
            ("account", ("id", "name", "industry", "notes", "purpose", "our_intent", "their_intent",
                         "target_model", "archived", "checkup_interval_days", "neglect_days", "created_at", "potential"),
             accounts),
            ("stakeholder", ("id", "account_id", "name", "title", "department", "email", "phone", "reports_to_id",
                             "decision_role", "influence", "interest", "stance", "family", "interests",
                             "career_goals", "measured_by", "worries", "how_we_help", "notes", "cadence_days",
                             "created_at"), people),
            ("account_team", ("account_id", "member_id"), account_team),
            ("tie", ("id", "member_id", "stakeholder_id", "strength"), ties),
            ("entry", ("id", "account_id", "day", "kind", "value", "title", "notes", "trust", "created_at"), entries),
            ("entry_stakeholder", ("entry_id", "stakeholder_id"), es_links),
            ("entry_member", ("entry_id", "member_id"), em_links),
            ("commitment", ("id", "stakeholder_id", "owner_id", "description", "due", "status", "entry_id",
                            "created_at", "resolved_on"), commitments),
            ("checkup", ("id", "account_id", "day", "notes"), checkups),
            ("checkup_answer", ("checkup_id", "question_id", "score", "comment"), answers),
            ("meeting", ("id", "account_id", "day", "title", "goals"), meetings),
            ("meeting_attendee", ("id", "meeting_id", "stakeholder_id", "member_id"), attendees),
            ("tag", ("id", "name", "colour"), tags),
            ("account_tag", ("account_id", "tag_id"), account_tags),
            ("stakeholder_tag", ("stakeholder_id", "tag_id"), people_tags),
            ("key_date", ("stakeholder_id", "label", "month", "day", "year", "yearly"), key_dates),
            *plan.tables(),
        ]

    def _tags_and_dates(self, account_count: int, people: list[tuple]):
        """A tier on every account, the most powerful person of each marked,
        and birthdays for a third of their people (half without a year, as
        address books often give them).  A random source of its own, so the
        rest of the demo stays what it was."""
        rng = random.Random(f"tags:{account_count}:{self.today.isoformat()}")
        tags = [(1, "Tier 1", "#c62828"), (2, "Tier 2", "#1565c0"), (3, "Exec sponsor", "#6a1b9a"),
                (4, "Renewal next year", "#ef6c00")]
        account_tags = [(a, 1 if a % 3 == 1 else 2) for a in range(1, account_count + 1)]
        account_tags += [(a, 4) for a in range(2, account_count + 1, 4)]
        people_tags, key_dates = [], []
        for index, person in enumerate(people):
            person_id, influence = person[0], person[9]
            if influence == 5:
                people_tags.append((person_id, 3))
            if index % 3 == 0:
                month, day = rng.randint(1, 12), rng.randint(1, 28)
                year = rng.randint(1960, 1995) if index % 2 == 0 else None
                key_dates.append((person_id, "Birthday", month, day, year, 1))
        return tags, account_tags, people_tags, key_dates

    def _company(self, index: int, used: set[str]) -> str:
        first, second = self.w["company_first"], self.w["company_second"]
        name = f"{first[index % len(first)]} {second[(index * 7 + index // len(first)) % len(second)]}"
        suffix = 2
        base = name
        while name.lower() in used:
            name = f"{base} {suffix}"
            suffix += 1
        used.add(name.lower())
        return name

    def _title(self, kind: str, value: int) -> str:
        if value > 0:
            return self.rng.choice(self.w["deposit_titles"][kind])
        if value < 0:
            return self.rng.choice(self.w["withdrawal_titles"][kind])
        return self.rng.choice(self.w["neutral_titles"])

    def _ties_for(self, profile: str, team_size: int, ids: list[int]):
        """Ties shaped like the profile; returns (our ids, [(member, person,
        strength)], share of entries carried by the first pair)."""
        rng = self.rng
        members = list(range(1, team_size + 1))
        me, others = members[0], members[1:]
        theirs = [p for p in ids if p != ids[3]]  # ids[3] stays unknown to us
        if profile == "bow tie":
            pairs = [(me, theirs[0], 5), (rng.choice(others), theirs[4], 1)]
            return [me, pairs[1][0]], pairs, 0.85
        if profile == "one-on-many":
            pairs = [(me, p, rng.choice((3, 4))) for p in theirs[:6]]
            return [me], pairs, 0.0
        if profile == "cotton reel":
            ours = rng.sample(others, 2) + [me]
            pairs = [(ours[i], theirs[i], 4) for i in range(3)]
            return ours, pairs, 0.0
        ours = [me] + rng.sample(others, 3)
        people = theirs[:5]
        pairs = [(m, p, rng.choice((3, 4))) for m in ours for p in people if rng.random() < 0.75]
        return ours, pairs or [(me, people[0], 3)], 0.0


def add_crowded_account(name: str, people_count: int = 200, seed: int = 7) -> int:
    """An account with many people in a random reports-to tree, a third of
    them tied to six colleagues of ours: the map's stress case, used by the
    benchmarks and packaging/measure_map.py.  Returns the account's id."""
    from relapp.services import people
    from relapp.services.accounts import create_account

    rng = random.Random(seed)
    with atomic():
        account = create_account(name=name)
        ids: list[int] = []
        for i in range(people_count):
            boss = rng.choice(ids[: max(1, len(ids) // 3)]) if ids else None
            person = people.create_stakeholder(account=account.id, name=f"Person {i:03d} {'x' * rng.randint(0, 12)}",
                                               title="Head of Something", reports_to=boss,
                                               influence=rng.randint(1, 5), interest=rng.randint(1, 5))
            ids.append(person.id)
        members = [people.create_member(name=f"{name} colleague {i}") for i in range(6)]
        for stakeholder_id in rng.sample(ids, people_count // 3):
            people.set_tie(rng.choice(members).id, stakeholder_id, rng.randint(1, 5))
    return account.id
