"""Tags on accounts and people: the service, the JSON of the command line."""

import json
import os
import subprocess
import sys

import pytest

from relapp.domain.tag_colours import PALETTE, colour_for, split_tags


def test_split_tags_and_stable_colours():
    assert split_tags("Tier 1, north;  Retail ,, TIER 1") == ["Tier 1", "north", "Retail"]
    assert colour_for("Tier 1") == colour_for(" tier 1 ") and colour_for("Tier 1") in PALETTE


@pytest.fixture
def acme(db):
    from relapp.services.accounts import create_account
    from relapp.services.people import create_member, create_stakeholder

    acme = create_account(name="Acme Rail")
    other = create_account(name="Northwind")
    pat = create_stakeholder(account=acme.id, name="Pat Quinn")
    me = create_member(name="Alex Morgan", kind="me")
    return acme, other, pat, me


def test_tags_are_shared_by_name_and_kept_per_owner(acme):
    from relapp.services.tags import (
        delete_tag, list_tags, owners_tagged, set_tags, tag_names, tags_by_owner, update_tag,
    )
    from relapp.services.validation import ValidationError

    account, other, pat, me = acme
    assert set_tags("account", account.id, "Tier 1, North") == ["North", "Tier 1"]
    set_tags("account", other.id, ["tier 1"])  # the same tag, whatever the case
    set_tags("stakeholder", pat.id, "Champion club")
    set_tags("member", me.id, "North")
    assert [t.name for t in list_tags()] == ["Champion club", "North", "Tier 1"]
    tier = next(t for t in list_tags() if t.name == "Tier 1")
    assert owners_tagged("account", tier.id) == {account.id, other.id}
    assert {k: [t.name for t in v] for k, v in tags_by_owner("account").items()} == {
        account.id: ["North", "Tier 1"], other.id: ["Tier 1"]}
    update_tag(tier.id, colour="#123456")
    assert next(t for t in list_tags() if t.id == tier.id).colour == "#123456"
    with pytest.raises(ValidationError, match="#rrggbb"):
        update_tag(tier.id, colour="red")
    with pytest.raises(ValidationError, match="already exists"):
        update_tag(tier.id, name="north")
    set_tags("account", account.id, [])
    assert tag_names("account", account.id) == []
    delete_tag(tier.id)
    assert tag_names("account", other.id) == []


def test_accounts_json_has_tags(acme, data_dir):
    from relapp.services.tags import set_tags

    account, _other, _pat, _me = acme
    set_tags("account", account.id, "Tier 1")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "relapp", "--data-dir", str(data_dir), "accounts", "--json"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert {r["name"]: r["tags"] for r in json.loads(result.stdout)} == {"Acme Rail": ["Tier 1"], "Northwind": []}
