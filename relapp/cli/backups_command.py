"""``relapp backups``: the backups in the data directory, newest first."""

from __future__ import annotations

from relapp.domain.file_sizes import human_size
from relapp.services.backups import list_backups
from relapp.services.data_folder import backups_dir, resolve_data_dir
from relapp.cli.data import folder_only

KIND_LABELS = {"auto": "automatic", "manual": "by hand", "before-restore": "before a restore",
               "interrupted-restore": "chosen for an interrupted restore"}


def kind_label(kind: str) -> str:
    if kind.startswith("before-schema-"):
        return f"before upgrade to schema {kind.rsplit('-', 1)[1]}"
    return KIND_LABELS.get(kind, kind)


def register(sub) -> None:
    p = sub.add_parser("backups", help="list the backups with their dates and sizes")
    p.set_defaults(handler=run)


def run(args) -> int:
    folder_only(args, "backups")
    data_dir = resolve_data_dir(args.data_dir)
    backups = list_backups(data_dir)
    if not backups:
        print(f"no backups yet in {backups_dir(data_dir)}")
        return 0
    for b in backups:
        print(f"{b.taken:%Y-%m-%d %H:%M:%S}  {human_size(b.size):>9}  {kind_label(b.kind):<28} {b.path}")
    return 0
