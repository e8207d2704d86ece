"""The throwaway PostgreSQL server the tests use (tests/postgres_cluster.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

psycopg = pytest.importorskip("psycopg", reason="the team extra (psycopg) is not installed")


def test_each_test_gets_an_empty_database_of_its_own(postgres_url, postgres_server):
    with psycopg.connect(postgres_url, autocommit=True) as con:
        name = con.execute("SELECT current_database()").fetchone()[0]
        assert name in postgres_url
        tables = con.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0]
        assert tables == 0
        con.execute("CREATE TABLE t (x integer)")
    other = postgres_server.create_database()
    try:
        assert other != name
        with psycopg.connect(postgres_server.url(other), autocommit=True) as con:
            assert con.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0
    finally:
        postgres_server.drop_database(other)


def test_the_server_listens_on_its_own_socket_only(postgres_url):
    """No TCP port: several suites run at once on one machine."""
    with psycopg.connect(postgres_url, autocommit=True) as con:
        assert con.execute("SHOW listen_addresses").fetchone()[0] == ""
        assert con.info.host.startswith("/")


def test_the_server_does_not_run_as_root(postgres_url):
    """PostgreSQL refuses root; CI runs as root, so the server runs as another user."""
    with psycopg.connect(postgres_url, autocommit=True) as con:
        socket = Path(con.info.host) / f".s.PGSQL.{con.info.port}"
    assert socket.exists()
    if os.geteuid() == 0:
        assert socket.stat().st_uid != 0
