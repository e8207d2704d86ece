"""When the data cannot be opened at start (damaged, not a Relapp file, or
from a newer Relapp): say so plainly and offer the latest good backup.  The
file in the way is moved aside, never overwritten or deleted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from relapp.services.backups import move_aside, restore_backup
from relapp.services.data_errors import (
    DiskUnavailableError, NotRelappDatabaseError, PassphraseNeededError, ReadOnlyDataError, WrongPassphraseError,
)
from relapp.services.encryption import unlock
from relapp.services.session import OpenData, UnusableDataError, open_data_context

# lupdate reads translate("Context", "text") calls; the context is fixed
# because these are plain functions, not methods of a QObject.
translate = QCoreApplication.translate


def problem_text(error: UnusableDataError) -> str:
    if error.newer:
        return translate("Recovery",
                         "Your data was saved by a newer version of Relapp, which this version cannot read.")
    if isinstance(error.cause, NotRelappDatabaseError):
        return translate("Recovery", "The file in your data folder is not Relapp data.")
    return translate("Recovery", "Your data file is damaged and cannot be opened safely.")


def ask(error: UnusableDataError, parent=None, give_up: str | None = None) -> str:
    """"restore", "fresh" or "quit", as the user chooses; ``give_up`` labels
    the way out ("Quit" at start)."""
    box = QMessageBox(QMessageBox.Critical, translate("Recovery", "Relapp cannot open your data"),
                      problem_text(error),
                      QMessageBox.NoButton, parent)
    box.setObjectName("RecoveryBox")
    aside = error.data_dir / "set-aside"
    details = str(error.cause)
    buttons = {}
    if error.backup is not None:
        box.setInformativeText(
            translate("Recovery", "The latest good backup is from %s. Restoring it moves the current file "
                                  "to %s — it is kept, not deleted.")
            % (error.backup.taken.strftime("%Y-%m-%d %H:%M"), aside)
            + ("\n\n" + translate("Recovery", "Or quit and update Relapp to open the newer data.")
               if error.newer else ""))
        buttons["restore"] = box.addButton(
            translate("Recovery", "Restore the backup from %s") % error.backup.taken.strftime("%Y-%m-%d %H:%M"),
            QMessageBox.AcceptRole)
    else:
        box.setInformativeText(
            translate("Recovery", "There is no good backup to go back to. You can quit (and update Relapp "
                                  "if the data is newer), or start with empty data: the current file is "
                                  "moved to %s, not deleted.") % aside)
        buttons["fresh"] = box.addButton(translate("Recovery", "Start with empty data"), QMessageBox.DestructiveRole)
    buttons["quit"] = box.addButton(give_up or translate("Recovery", "Quit"), QMessageBox.RejectRole)
    box.setDefaultButton(buttons["quit"] if error.newer else buttons.get("restore", buttons["quit"]))
    box.setEscapeButton(buttons["quit"])
    box.setDetailedText(details)
    box.exec()
    clicked = box.clickedButton()
    for choice, button in buttons.items():
        if clicked is button:
            return choice
    return "quit"


def ask_passphrase(data_dir: Path, parent=None) -> bool:
    """Ask until the passphrase unlocks the data; False when the user gives
    up.  A wrong passphrase is only ever a retry, never "damaged"."""
    hint = ""
    while True:
        text, ok = QInputDialog.getText(
            parent, translate("Recovery", "Unlock your data"),
            hint + translate("Recovery", "Your Relapp data is encrypted. Passphrase:"), QLineEdit.Password)
        if not ok:
            return False
        try:
            unlock(data_dir, text)
            return True
        except WrongPassphraseError:
            hint = translate("Recovery", "That passphrase did not unlock the data; try again.") + "\n\n"


def open_with_recovery(data_dir: Path, parent=None, check: bool = True, give_up: str | None = None) -> OpenData | None:
    """Open the data, asking the user what to do when it cannot be opened;
    the data opened, for the caller to keep (``DataContext(data)``).  None
    when the user chose to quit (nothing was changed then; ``give_up``
    labels that choice).  With ``check=False`` the page-by-page check and the
    daily backup are left to the caller (``StartChecks``)."""
    while True:
        try:
            return open_data_context(data_dir, backup=check, check=check)
        except (PassphraseNeededError, WrongPassphraseError):
            if not ask_passphrase(data_dir, parent):
                return None
        except (DiskUnavailableError, ReadOnlyDataError) as error:
            QMessageBox.critical(parent, translate("Recovery", "Relapp cannot read your data now"), str(error))
            return None
        except UnusableDataError as error:
            choice = ask(error, parent, give_up)
            if choice == "restore":
                try:
                    restore_backup(data_dir, error.backup.path)
                except Exception as exc:  # noqa: BLE001 - say why, then ask again
                    QMessageBox.warning(parent, translate("Recovery", "Restore failed"), str(exc))
                    return None
            elif choice == "fresh":
                move_aside(data_dir, "newer" if error.newer else "unusable")
            else:
                return None
