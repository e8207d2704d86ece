"""Encryption at rest (the optional SQLCipher extra): nothing readable on
disk, the passphrase asked at start, a wrong one only ever a retry."""

from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3")

from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit  # noqa: E402

from gui_helpers import on_next_dialog  # noqa: E402
from cli_helpers import run_command  # noqa: E402
from relapp.services.accounts import create_account  # noqa: E402
from relapp.services.backups import backup_now, list_backups  # noqa: E402
from relapp.services.encryption import decrypt_data, encrypt_data  # noqa: E402
from relapp.services.session import open_data_dir, owned_data  # noqa: E402
from relapp.store.database import close_db  # noqa: E402
from relapp.store.encryption import set_passphrase  # noqa: E402
from relapp.store.errors import PassphraseNeededError, WrongPassphraseError  # noqa: E402
from relapp.store.models import Account  # noqa: E402

SECRET = "Quietly Confidential Holdings"
PASS = "correct horse battery"


@pytest.fixture
def encrypted(data_dir):
    open_data_dir(data_dir)
    create_account(name=SECRET, notes="their CFO is leaving")
    backup_now(data_dir)
    close_db()
    assert encrypt_data(data_dir, PASS) == 2
    set_passphrase(data_dir, None)  # as after a restart: nothing in memory
    yield data_dir
    set_passphrase(data_dir, None)
    close_db()


def readable_anywhere(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes()]


def test_nothing_readable_on_disk_and_the_passphrase_opens_it(encrypted):
    assert readable_anywhere(encrypted) == []
    with pytest.raises(PassphraseNeededError):
        open_data_dir(encrypted)
    set_passphrase(encrypted, "not the passphrase")
    with pytest.raises(WrongPassphraseError):
        open_data_dir(encrypted)
    set_passphrase(encrypted, PASS)
    open_data_dir(encrypted)
    assert [a.name for a in Account.select()] == [SECRET]
    newer = backup_now(encrypted)  # backups made later are encrypted too
    assert SECRET.encode() not in newer.read_bytes()
    close_db()
    assert readable_anywhere(encrypted) == []


def test_command_line_with_wrong_and_right_passphrase(encrypted, monkeypatch, capsys):
    before = (encrypted / "relapp.sqlite3").read_bytes()
    monkeypatch.setenv("RELAPP_PASSPHRASE", "wrong wrong wrong")
    assert run_command(["--data-dir", str(encrypted), "accounts"]) == 1
    err = capsys.readouterr().err
    assert "wrong passphrase" in err and "damaged" not in err and len(err.strip().splitlines()) == 1
    assert (encrypted / "relapp.sqlite3").read_bytes() == before
    assert not (encrypted / "set-aside").exists()
    monkeypatch.setenv("RELAPP_PASSPHRASE", PASS)
    assert run_command(["--data-dir", str(encrypted), "accounts"]) == 0
    assert SECRET in capsys.readouterr().out
    close_db()
    assert run_command(["--data-dir", str(encrypted), "decrypt"]) == 0
    monkeypatch.delenv("RELAPP_PASSPHRASE")
    assert run_command(["--data-dir", str(encrypted), "accounts"]) == 0
    assert SECRET in capsys.readouterr().out
    assert all(SECRET.encode() in b.path.read_bytes() for b in list_backups(encrypted))


def test_a_wrong_passphrase_in_the_window_is_a_retry(qtbot, encrypted):
    from relapp.gui.backups.recovery import open_with_recovery

    prompts = []

    def answer(text):
        def action(dialog):
            assert isinstance(dialog, QInputDialog)
            prompts.append(dialog.labelText())
            dialog.findChild(QLineEdit).setText(text)
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
            if text != PASS:
                on_next_dialog(answer(PASS))
        return action

    on_next_dialog(answer("guess one"))
    assert open_with_recovery(encrypted) is not None
    assert len(prompts) == 2 and "did not unlock" in prompts[1]
    assert [a.name for a in Account.select()] == [SECRET]
    assert not (encrypted / "set-aside").exists()


def test_decrypt_needs_the_right_passphrase(encrypted):
    with pytest.raises(WrongPassphraseError):
        decrypt_data(encrypted, "nope nope nope")
    assert decrypt_data(encrypted, PASS) == 2
    assert len(readable_anywhere(encrypted)) == 2


def test_data_still_open_in_this_process_is_not_encrypted_or_decrypted(data_dir, encrypted, tmp_path):
    """Its owner closes it first (its files are replaced); refused before anything changes."""
    from relapp.store.binding import DataStillOpenError
    from relapp.store.encryption import has_plain_header

    plain = tmp_path / "plain"
    with owned_data(open_data_dir(plain)):
        with pytest.raises(DataStillOpenError, match=r"cannot be encrypted while .*plain.* is still open"):
            encrypt_data(plain, PASS)
        with pytest.raises(DataStillOpenError, match=r"cannot be decrypted while .*plain.* is still open"):
            decrypt_data(encrypted, PASS)
        assert has_plain_header(plain / "relapp.sqlite3") and not (plain / "relapp.encrypted").exists()
        assert len(readable_anywhere(encrypted)) == 0
        create_account(name="Still open Ltd")  # the data's owner still has it


def test_preferences_turn_encryption_on_and_the_data_stays_open(qtbot, data_dir, tmp_path):
    from gui_helpers import isolate_settings
    from relapp.gui.preferences_dialog import PreferencesDialog

    isolate_settings(tmp_path)
    opened = owned_data(open_data_dir(data_dir))
    create_account(name=SECRET)
    dialog = PreferencesDialog(data_dir, data=opened)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.encrypt.setChecked(True)

    def type_passphrase(then=None):
        def action(box):
            box.findChild(QLineEdit).setText(PASS)
            if then:
                on_next_dialog(then)
            box.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
        return action

    on_next_dialog(type_passphrase(type_passphrase()))
    dialog.accept()
    try:
        assert dialog.result() == dialog.DialogCode.Accepted
        assert readable_anywhere(data_dir) == []
        assert [a.name for a in Account.select()] == [SECRET], "the window goes on with the encrypted data"
    finally:
        set_passphrase(data_dir, None)
        close_db()
