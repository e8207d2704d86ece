"""A throwaway PostgreSQL server for the tests.

``initdb`` in a temporary folder, ``pg_ctl start`` with no TCP listener and
its unix socket in a folder of its own (several suites run at once on one
machine: a fixed port would clash), stopped at the end whatever happened.
PostgreSQL refuses to run as root, so as root the folder is handed to the
``postgres`` user and the server runs as that user (CI runs as root).

Imported by conftest only.  Also a small command for ``.ci/run``:

    python tests/postgres_cluster.py start FOLDER   # prints the admin URL
    python tests/postgres_cluster.py stop FOLDER

Environment:
  RELAPP_TEST_POSTGRES=require   a server that cannot be started fails the
                                 run instead of skipping the PostgreSQL tests
  RELAPP_TEST_POSTGRES_URL       use this running server (a superuser's URL)
                                 instead of starting one
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "postgres"
RUN_AS = "postgres"  # the unprivileged user the server runs as when we are root
# Durability is not what a test server is for: these make it several times faster.
SETTINGS = {
    "listen_addresses": "''",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
    "shared_buffers": "'32MB'",
    "log_min_messages": "warning",
}


class ClusterUnavailable(RuntimeError):
    """PostgreSQL cannot be started here (not installed, no unprivileged user)."""


def find_bin(name: str) -> str | None:
    """``name`` on PATH, else in the newest Debian ``/usr/lib/postgresql/N/bin``."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return candidates[-1] if candidates else None


def server_url(socket_dir: str | Path, database: str = "postgres", user: str = SUPERUSER) -> str:
    return f"postgresql://{user}@/{database}?host={quote(str(socket_dir), safe='/')}"


class PostgresCluster:
    """One server in ``folder`` (``data/``, ``socket/``, ``server.log``)."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.data = self.folder / "data"
        self.socket_dir = self.folder / "socket"
        self.log = self.folder / "server.log"

    @property
    def url(self) -> str:
        """The superuser's URL for the ``postgres`` maintenance database."""
        return server_url(self.socket_dir)

    def _as_server_user(self, args: list[str]) -> list[str]:
        if os.geteuid() != 0:
            return args
        return ["runuser", "-u", RUN_AS, "--", *args]

    def _run(self, args: list[str]) -> None:
        done = subprocess.run(self._as_server_user(args), capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise ClusterUnavailable(f"{' '.join(args[:2])} failed ({done.returncode}): "
                                     f"{(done.stderr or done.stdout).strip()[-2000:]}\n{log}")

    def start(self) -> "PostgresCluster":
        initdb, pg_ctl = find_bin("initdb"), find_bin("pg_ctl")
        if not initdb or not pg_ctl:
            raise ClusterUnavailable("PostgreSQL is not installed (no initdb/pg_ctl on PATH or in "
                                     "/usr/lib/postgresql/*/bin)")
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            if shutil.which("runuser") is None:
                raise ClusterUnavailable("running as root and runuser is missing: PostgreSQL refuses root")
            try:
                shutil.chown(self.folder, RUN_AS, RUN_AS)
                shutil.chown(self.socket_dir, RUN_AS, RUN_AS)
            except (LookupError, OSError) as exc:
                raise ClusterUnavailable(f"running as root and there is no '{RUN_AS}' user to run "
                                         f"PostgreSQL as ({exc})") from exc
            # The server user must be able to reach its folder through the temporary folder.
            os.chmod(self.folder, 0o700)
        self._run([initdb, "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                   "--locale=C.UTF-8", "--no-sync"])
        conf = self.data / "postgresql.conf"
        with conf.open("a", encoding="utf-8") as out:
            out.write(f"\nunix_socket_directories = '{self.socket_dir}'\n")
            for key, value in SETTINGS.items():
                out.write(f"{key} = {value}\n")
        self._run([pg_ctl, "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "start"])
        return self

    def stop(self) -> None:
        """Stop the server (immediately: nothing in it is worth keeping)."""
        pg_ctl = find_bin("pg_ctl")
        if pg_ctl and (self.data / "postmaster.pid").exists():
            subprocess.run(self._as_server_user([pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop"]),
                           capture_output=True, timeout=120)


def start_temporary() -> PostgresCluster:
    """A new server in a new temporary folder (short path: a socket path has a length limit)."""
    folder = tempfile.mkdtemp(prefix="relapp-pg-", dir="/tmp" if os.path.isdir("/tmp") else None)
    cluster = PostgresCluster(folder)
    try:
        return cluster.start()
    except BaseException:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
        raise


def remove(cluster: PostgresCluster) -> None:
    try:
        cluster.stop()
    finally:
        shutil.rmtree(cluster.folder, ignore_errors=True)


class PostgresServer:
    """A running server the tests may create databases on, reached through a
    superuser's ``admin_url``.  Each test gets a database of its own:
    creating one takes a few tens of milliseconds."""

    def __init__(self, admin_url: str):
        self.admin_url = admin_url
        self._count = 0

    def _execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as con:
            con.execute(sql)

    def url(self, database: str, user: str = SUPERUSER) -> str:
        """The URL of ``database`` on this server, as ``user``."""
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(self.admin_url)
        host = parts.netloc.rpartition("@")[2]
        return urlunsplit((parts.scheme, f"{user}@{host}", f"/{database}", parts.query, ""))

    def create_database(self) -> str:
        """A new empty database's name."""
        self._count += 1
        name = f"relapp_test_{os.getpid()}_{self._count}"
        self._execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        """Drop ``name``, ending any connection a test left open to it."""
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print("usage: postgres_cluster.py start|stop FOLDER", file=sys.stderr)
        return 2
    cluster = PostgresCluster(argv[1])
    if argv[0] == "stop":
        cluster.stop()
        return 0
    Path(argv[1]).mkdir(parents=True, exist_ok=True)
    try:
        cluster.start()
    except ClusterUnavailable as exc:
        print(f"PostgreSQL could not be started: {exc}", file=sys.stderr)
        return 1
    print(cluster.url)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
