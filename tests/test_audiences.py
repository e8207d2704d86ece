"""Three audiences for every document: me, our team, the client.

A canary (a word found nowhere else) is planted in each kind of field; each
audience's brief and summary, in every text format, shows exactly the
canaries it may.  The command line's --audience and --include-personal are
checked through a real process.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from relapp.services.accounts import create_account
from relapp.services.brief import build_brief, build_summary
from relapp.services.brief_documents import render_html, render_markdown
from relapp.services.health import record_checkup
from relapp.services.people import create_member, create_stakeholder, set_tie
from relapp.services.validation import ValidationError
from relapp.store.models import Commitment

TODAY = dt.date.today()

# field kind → (canary, the audiences that may read it)
CANARIES = {
    "family": ("Canaryfamily", {"me"}),
    "interests": ("Canaryinterest", {"me"}),
    "private notes": ("Canarynote", {"me"}),
    "what keeps them up at night": ("Canaryworry", {"me", "team"}),
    "career goals": ("Canarygoal", {"me", "team"}),
    "how they are measured": ("Canarymeasure", {"me", "team"}),
    "how we could help": ("Canaryhelp", {"me", "team"}),
    "our strategic intent": ("Canaryourintent", {"me", "team"}),
    "stance": ("Blocker", {"me", "team"}),
    "coverage: nobody knows them": ("nobody", {"me", "team"}),
    "health score": ("/100", {"me", "team"}),
    "open risks": ("Open risks", {"me", "team"}),
    "their strategic intent": ("Canarytheirintent", {"me", "team", "client"}),
    "a person's name and title": ("Canarytitle", {"me", "team", "client"}),
    "the next steps agreed": ("Canarystep", {"me", "team", "client"}),
}


@pytest.fixture
def planted(db):
    account = create_account(name="Kestrel Water", purpose="both", our_intent="Canaryourintent plan",
                             their_intent="Canarytheirintent goal")
    me = create_member(name="Robin Vale", role="Account lead", kind="me")
    ada = create_stakeholder(
        account=account.id, name="Ada Brookfield", title="Canarytitle officer", influence=5, stance="blocker",
        family="Canaryfamily twins", interests="Canaryinterest sailing", notes="Canarynote calls",
        career_goals="Canarygoal role", measured_by="Canarymeasure days", worries="Canaryworry audits",
        how_we_help="Canaryhelp automation")
    ben = create_stakeholder(account=account.id, name="Ben Castellanos", title="Head of IT", influence=5)
    set_tie(me.id, ada.id, 4)  # Ben stays untied: "nobody" on our side knows him
    Commitment.create(stakeholder=ada.id, owner=me.id, description="Canarystep send the plan",
                      due=TODAY + dt.timedelta(days=9))
    record_checkup(account.id, {q: 2 for q in range(1, 13)}, day=TODAY - dt.timedelta(days=3))
    return account, [ada.id, ben.id]


def documents(account, people, audience):
    brief = build_brief(account.id, people, audience=audience, today=TODAY)
    summary = build_summary(account.id, audience=audience, today=TODAY)
    return {f"{kind} {fmt}": render(document) for kind, document in (("brief", brief), ("summary", summary))
            for fmt, render in (("md", render_markdown), ("html", render_html))}


@pytest.mark.parametrize("audience", ["me", "team", "client"])
def test_each_audience_reads_exactly_the_fields_it_may(planted, audience):
    account, people = planted
    for name, text in documents(account, people, audience).items():
        shown = {kind for kind, (canary, _) in CANARIES.items() if canary in text}
        allowed = {kind for kind, (_, audiences) in CANARIES.items() if audience in audiences}
        assert shown == allowed, f"{audience}, {name}: shows {shown - allowed}, misses {allowed - shown}"


def test_the_default_is_our_team_and_include_personal_is_me(planted):
    account, people = planted
    assert build_brief(account.id, people, today=TODAY).audience == "team"
    assert build_brief(account.id, people, include_personal=True, today=TODAY).audience == "me"
    with pytest.raises(ValidationError, match="audience"):
        build_brief(account.id, people, audience="everyone", today=TODAY)
    with pytest.raises(ValidationError, match="personal side"):
        build_summary(account.id, audience="client", include_personal=True, today=TODAY)


def relapp(data_dir, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELAPP_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, "-m", "relapp", *args], capture_output=True, text=True, env=env,
                          timeout=120)


@pytest.mark.slow
def test_the_command_line_offers_the_three_audiences(planted, data_dir, tmp_path):
    from relapp.store.database import close_db

    close_db()  # the command opens the data itself
    base = ["export", "brief", "Kestrel Water", "--attendees", "Ada Brookfield; Ben Castellanos", "--format", "md"]
    outputs = {}
    for name, extra in (("client", ["--audience", "client"]), ("me", ["--audience", "me"]),
                        ("personal", ["--include-personal"]), ("default", [])):
        target = tmp_path / f"{name}.md"
        result = relapp(data_dir, *base, "-o", str(target), *extra)
        assert result.returncode == 0, result.stderr
        outputs[name] = (result.stdout, target.read_text(encoding="utf-8"))
    assert "handout for the client" in outputs["client"][0]
    assert "Canarystep" in outputs["client"][1] and "Canaryworry" not in outputs["client"][1]
    assert outputs["me"][1] == outputs["personal"][1] and "Canaryfamily" in outputs["me"][1]
    assert "for our team" in outputs["default"][0] and "Canaryfamily" not in outputs["default"][1]
    refused = relapp(data_dir, *base, "-o", str(tmp_path / "x.md"), "--audience", "client", "--include-personal")
    assert refused.returncode != 0 and refused.stderr.startswith("relapp: error:")
    assert not (tmp_path / "x.md").exists()


def test_the_briefs_chart_caption_explains_its_dots(planted):
    account, people = planted
    html = render_html(build_brief(account.id, people, today=TODAY), {"chart": "chart.png"})
    caption = html.split("The balance over time", 1)[1].split("</p>", 1)[0]
    assert all(word in caption for word in ("each dot", "green", "red", "grey"))
