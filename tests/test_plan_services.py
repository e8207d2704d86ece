"""The account plan's services against a real SQLite file: every edit, its
undo, the plan as `relapp plan --json` prints it, the dump round trip."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from demo_day import TODAY
from cli_helpers import run_command
from relapp.services import account_plan as plan
from relapp.services import validation as v
from relapp.services.accounts import create_account, update_account
from relapp.services.people import create_member, create_stakeholder
from cli_helpers import data_option


@pytest.fixture
def acme(db):
    account = create_account(name="Acme", our_intent="old ours", their_intent="old theirs")
    ada = create_stakeholder(account=account.id, name="Ada Buyer")
    me = create_member(name="Me Myself", kind="me")
    return account.id, ada.id, me.id


def days(n):
    return dt.timedelta(days=n)


def test_stage_changes_make_a_history_and_the_latest_holds(acme):
    account, _, _ = acme
    assert plan.account_plan(account, TODAY).stage is None
    first = plan.set_stage(account, "trading", TODAY - days(400), "first order")
    plan.set_stage(account, "trusted", TODAY - days(30), "asked before the tender")
    now = plan.account_plan(account, TODAY)
    assert (now.stage, now.stage_since) == ("trusted", TODAY - days(30))
    assert [s.stage for s in now.stage_history] == ["trading", "trusted"]
    # Undo of a correction writes the old values back.
    before = plan.update_stage_change(first.id, stage="repeat", note="repeat work")
    assert plan.stage_history(account)[0].stage == "repeat"
    plan.update_stage_change(first.id, **before)
    assert plan.stage_history(account)[0] == first


def test_undo_of_a_stage_change_removes_it_and_redo_brings_it_back(acme):
    account, _, _ = acme
    plan.set_stage(account, "trading", TODAY - days(400))
    change = plan.set_stage(account, "partner", TODAY)
    snapshot = plan.remove_stage_change(change.id)  # undo
    assert plan.account_plan(account, TODAY).stage == "trading"
    plan.put_back(snapshot)  # redo
    assert plan.account_plan(account, TODAY).stage_history[-1] == change


def test_a_stage_off_the_ladder_is_refused(acme):
    account, _, _ = acme
    with pytest.raises(v.ValidationError, match="stage: must be one of: trading"):
        plan.set_stage(account, "best friends", TODAY)
    assert plan.stage_history(account) == []


def test_intent_rating_keeps_history_sets_the_text_and_undoes_both(acme):
    account, _, _ = acme
    plan.set_intent(account, "theirs", 2, "keep costs down", TODAY - days(50))
    edit = plan.set_intent(account, "ours", 5, "grow with them", TODAY)
    now = plan.account_plan(account, TODAY)
    assert now.our_intent == plan.Intent(5, "grow with them")
    assert now.their_intent == plan.Intent(2, "keep costs down")
    assert now.intent_mismatch
    snapshot = plan.undo_intent(edit)
    now = plan.account_plan(account, TODAY)
    assert now.our_intent == plan.Intent(None, "old ours") and not now.intent_mismatch
    plan.redo_intent(edit, snapshot)
    assert plan.account_plan(account, TODAY).our_intent == plan.Intent(5, "grow with them")
    with pytest.raises(v.ValidationError, match="level: must be from 1 to 5"):
        plan.set_intent(account, "ours", 6, "", TODAY)


def test_potential_and_its_undo(acme):
    account, _, _ = acme
    before = plan.set_potential(account, "  Their whole supply chain  ")
    assert plan.account_plan(account, TODAY).potential == "Their whole supply chain"
    plan.set_potential(account, before["potential"])
    assert plan.account_plan(account, TODAY).potential == ""


def test_objective_edits_progress_and_their_undo(acme):
    account, ada, me = acme
    goal = plan.add_objective(account, title="Halve the backlog", their_owner=ada, our_owner=me,
                              measure="orders waiting > 5 days", target=TODAY + days(90))
    assert (goal.status, goal.their_owner, goal.our_owner) == ("on-track", "Ada Buyer", "Me Myself")
    before = plan.update_objective(goal.id, status="at-risk", target=TODAY - days(1))
    assert before == {"status": "on-track", "target": TODAY + days(90)}
    plan.update_objective(goal.id, **before)  # undo
    assert plan.objective(goal.id) == goal
    note = plan.add_progress(goal.id, TODAY - days(3), "down by a fifth")
    later = plan.add_progress(goal.id, TODAY, "down by a third")
    assert [p.note for p in plan.objective(goal.id).progress] == ["down by a third", "down by a fifth"]
    old = plan.update_progress(note.id, note="down by a quarter")
    plan.update_progress(note.id, **old)
    snapshot = plan.remove_progress(later.id)
    assert [p.note for p in plan.objective(goal.id).progress] == ["down by a fifth"]
    plan.put_back(snapshot)
    assert len(plan.objective(goal.id).progress) == 2
    # Removing the objective takes its notes; undo brings both back.
    snapshot = plan.remove_objective(goal.id)
    assert plan.objectives_of(account) == []
    plan.put_back(snapshot)
    assert len(plan.objective(goal.id).progress) == 2


def test_achieving_and_dropping_record_the_day_and_the_reason(acme):
    account, _, _ = acme
    goal = plan.add_objective(account, title="Open the depot")
    before = plan.achieve_objective(goal.id, TODAY)
    done = plan.objective(goal.id)
    assert (done.status, done.closed_on) == ("achieved", TODAY)
    plan.update_objective(goal.id, **before)
    assert plan.objective(goal.id).status == "on-track" and plan.objective(goal.id).closed_on is None
    with pytest.raises(v.ValidationError, match="reason: say why"):
        plan.drop_objective(goal.id, TODAY, "  ", "them")
    plan.drop_objective(goal.id, TODAY, "budget moved to the new site", "them")
    dropped = plan.objective(goal.id)
    assert (dropped.status, dropped.reason, dropped.dropped_by) == ("dropped", "budget moved to the new site", "them")


def test_an_owner_from_another_account_is_refused(acme):
    account, _, _ = acme
    other = create_account(name="Other")
    stranger = create_stakeholder(account=other.id, name="Stranger")
    with pytest.raises(v.ValidationError, match="their owner: must be one of the people offered"):
        plan.add_objective(account, title="x", their_owner=stranger.id)


def test_deleting_the_owner_keeps_the_objective(acme):
    account, ada, _ = acme
    from relapp.services.people import delete_stakeholder

    goal = plan.add_objective(account, title="Keep me", their_owner=ada)
    delete_stakeholder(ada)
    assert plan.objective(goal.id).their_owner_id is None


def test_opportunity_edits_and_their_undo(acme):
    account, ada, me = acme
    deal = plan.add_opportunity(account, title="Warehouse audit", for_them="fewer stock-outs", value=40000,
                                currency="eur", sponsor=ada, owner=me, next_step="send the outline",
                                next_step_due=TODAY + days(7))
    assert (deal.status, deal.currency, deal.sponsor, deal.owner) == ("idea", "EUR", "Ada Buyer", "Me Myself")
    before = plan.update_opportunity(deal.id, status="agreed", value=None)
    assert before == {"status": "idea", "value": 40000}
    plan.update_opportunity(deal.id, **before)
    assert plan.opportunity(deal.id) == deal
    snapshot = plan.remove_opportunity(deal.id)
    assert plan.opportunities_of(account) == []
    plan.put_back(snapshot)
    assert plan.opportunity(deal.id) == deal
    with pytest.raises(v.ValidationError, match="currency: must be a three-letter code"):
        plan.update_opportunity(deal.id, currency="€")
    with pytest.raises(v.ValidationError, match="status: must be one of: idea"):
        plan.update_opportunity(deal.id, status="won")


def test_deleting_the_account_takes_its_plan_and_undo_restores_it(acme):
    from relapp.services.snapshots import delete_with_snapshot, restore
    from relapp.store.models import Account

    account, ada, me = acme
    plan.set_stage(account, "trading", TODAY)
    goal = plan.add_objective(account, title="Goal", their_owner=ada)
    plan.add_progress(goal.id, TODAY, "started")
    plan.add_opportunity(account, title="Deal", sponsor=ada)
    whole = plan.account_plan(account, TODAY)
    snapshot = delete_with_snapshot(Account, account)
    with pytest.raises(v.NotFoundError):
        plan.account_plan(account, TODAY)
    restore(snapshot)
    assert plan.account_plan(account, TODAY) == whole


def test_plan_json_is_complete_for_every_demo_account(demo_db, data_dir, capsys):
    from relapp.services.accounts import account_names

    stages = set()
    for name in account_names():
        assert run_command([*data_option(data_dir), "plan", name, "--json"]) == 0
        record = json.loads(capsys.readouterr().out)
        assert record["account"] == name
        assert record["stage"] in plan.STAGES
        dt.date.fromisoformat(record["stage_since"])
        assert record["stage_history"][-1]["stage"] == record["stage"]
        assert all(set(s) >= {"stage", "since", "note"} for s in record["stage_history"])
        for side in ("our_intent", "their_intent"):
            assert 1 <= record[side]["level"] <= 5 and record[side]["text"]
        assert record["potential"]
        assert record["objectives"] and record["opportunities"]
        for o in record["objectives"]:
            assert set(o) >= {"title", "status", "their_owner", "our_owner", "measure", "target", "progress"}
            assert o["status"] in ("on-track", "at-risk", "off-track", "achieved", "dropped")
            assert all(set(p) == {"day", "note"} for p in o["progress"])
        for p in record["opportunities"]:
            assert set(p) >= {"title", "status", "value", "currency", "sponsor", "owner", "next_step",
                              "next_step_due"}
            assert p["status"] in ("idea", "explored", "proposed", "agreed", "dropped")
        stages.add(record["stage"])
    assert len(stages) >= 3


def test_attention_lists_what_is_true_of_the_demo_plans(demo_db, data_dir, capsys):
    from relapp.services.attention import attention_list

    items = attention_list(TODAY)
    overdue = [i for i in items if i.kind == "objective-overdue"]
    assert overdue, "the demo has an objective past its target"
    for item in overdue:
        goal = plan.objective(item.target_id)
        assert goal.target < TODAY and goal.status not in ("achieved", "dropped")
    mismatched = [i for i in items if i.kind == "intent-mismatch"]
    assert len(mismatched) == 1
    found = plan.account_plan(mismatched[0].account_id, TODAY)
    assert found.our_intent.level - found.their_intent.level >= 2
    for item in (i for i in items if i.kind == "objective-at-risk"):
        assert plan.objective(item.target_id).status in ("at-risk", "off-track")
    for item in (i for i in items if i.kind == "opportunity-next-step"):
        assert plan.opportunity(item.target_id).next_step_due < TODAY


def test_the_dump_carries_the_plan_and_its_round_trip_is_identical(demo_db, data_dir, tmp_path, capsys):
    first = tmp_path / "first.json"
    assert run_command([*data_option(data_dir), "export", "all", "--format", "json", "-o", str(first)]) == 0
    fresh = tmp_path / "fresh"
    assert run_command(["--data-dir", str(fresh), "import", str(first)]) == 0
    second = tmp_path / "second.json"
    assert run_command(["--data-dir", str(fresh), "export", "all", "--format", "json", "-o", str(second)]) == 0
    one, two = json.loads(first.read_text()), json.loads(second.read_text())
    for table in ("account_stage", "account_intent", "objective", "objective_progress", "opportunity"):
        assert one["tables"][table]["rows"], table
    assert "potential" in one["tables"]["account"]["columns"]
    one.pop("exported_at"), two.pop("exported_at")
    assert one == two


def test_plan_help_lists_every_stage_with_its_meaning(capsys):
    with pytest.raises(SystemExit):
        run_command(["plan", "--help"])
    out = capsys.readouterr().out
    for key, (_label, meaning) in plan.STAGES.items():
        assert key in out and meaning in out


def test_update_account_does_not_touch_the_plan(acme):
    account, _, _ = acme
    plan.set_potential(account, "a lot")
    update_account(account, notes="x")
    assert plan.account_plan(account, TODAY).potential == "a lot"


def test_achieving_with_a_deposit_is_one_edit_and_one_undo(acme):
    from relapp.services.journal import JournalFilter, query_entries

    account, ada, me = acme
    goal = plan.add_objective(account, title="Open the depot", their_owner=ada, our_owner=me)
    done = plan.achieve_with_deposit(goal.id, TODAY, 4, "")
    entries = query_entries(JournalFilter(account_id=account))
    assert [(e.value, e.title) for e in entries] == [(4, "Joint objective achieved: Open the depot")]
    assert "Ada Buyer" in entries[0].participants and "Me Myself" in entries[0].participants
    assert plan.objective(goal.id).status == "achieved"
    deposit = plan.undo_achievement(done)
    assert query_entries(JournalFilter(account_id=account)) == []
    assert plan.objective(goal.id) == goal
    plan.redo_achievement(done, deposit)
    assert plan.objective(goal.id).status == "achieved"
    assert [e.id for e in query_entries(JournalFilter(account_id=account))] == [done.entry_id]
    # Without a value no entry is written.
    other = plan.add_objective(account, title="Second")
    assert plan.achieve_with_deposit(other.id, TODAY).entry_id is None


def test_a_real_schema_5_file_keeps_its_plan_after_every_later_upgrade(tmp_path):
    """The fixture file of schema 5 (the first with the account plan), opened
    by today's Relapp: the plan written then reads back whole."""
    import shutil
    from pathlib import Path

    from relapp.services.accounts import find_account
    from relapp.store.database import close_db, init_db

    path = tmp_path / "relapp.sqlite3"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema-5.sqlite3", path)
    init_db(path)
    try:
        found = plan.account_plan(find_account("Fixture Holdings").id, dt.date(2026, 6, 15))
        assert (found.stage, found.stage_since) == ("trusted", dt.date(2025, 5, 12))
        assert [s.stage for s in found.stage_history] == ["trading", "trusted"]
        assert (found.our_intent.level, found.their_intent.level, found.intent_mismatch) == (4, 2, True)
        assert found.potential == "A partner for their whole supply chain"
        [goal] = found.objectives
        assert (goal.title, goal.status, goal.their_owner, goal.target) == (
            "Halve the order backlog", "at-risk", "Ada Fixture", dt.date(2026, 3, 31))
        assert [p.note for p in goal.progress] == ["Backlog down by a fifth"]
        [deal] = found.opportunities
        assert (deal.title, deal.value, deal.currency, deal.status) == ("Warehouse audit", 40000, "EUR", "proposed")
    finally:
        close_db()
