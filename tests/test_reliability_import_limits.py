"""The import's size limits cannot be talked around, its memory stays
bounded, and a file that never ends is refused at once (issue 15, item 8
and the FIFO)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tracemalloc

import pytest

from relapp.domain.interchange.json_budget import json_memory_bound
from relapp.domain.interchange.problems import RefusedFile
from relapp.services.interchange import source_files
from relapp.services.interchange.source_files import parse_source, read_bytes

MB = 1024 * 1024
RSS_PER_MB = MB if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KB on Linux
SIGNATURE = '"format": "relapp-dump"'


def relapp_import(path, data_dir, timeout=60):
    """``relapp import`` in a process of its own; returns the result and the
    peak memory (resident set, MB) of that process."""
    code = ("import resource, subprocess, sys; "
            "r = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=%d); "
            "sys.stdout.write(r.stdout); sys.stderr.write(r.stderr); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // %d); "
            "sys.exit(r.returncode)" % (timeout, RSS_PER_MB))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "relapp", "--data-dir",
                             str(data_dir), "import", str(path)], capture_output=True, text=True, env=env,
                            timeout=timeout + 30)
    *out, peak = result.stdout.splitlines()
    return result, "\n".join(out), int(peak)


def test_a_big_vcard_cannot_pass_as_a_dump(tmp_path, data_dir):
    card = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nNOTE:{SIGNATURE}\r\nORG:Acme\r\nEND:VCARD\r\n"
            ).encode()
    path = tmp_path / "huge.vcf"
    path.write_bytes(card * (60 * MB // len(card) + 1))
    result, out, peak = relapp_import(path, data_dir)
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.splitlines()) == 1 and "files over 50 MB are refused" in result.stderr
    assert not (data_dir / "relapp.sqlite3").exists()


def test_junk_json_over_the_contact_limit_is_refused_before_it_is_parsed(tmp_path, data_dir):
    path = tmp_path / "junk.json"
    with open(path, "w") as fh:
        fh.write('{' + SIGNATURE + ', "format_version": 1, "tables": {"x": [' + "{}," * (20 * MB) + "{}]}}")
    assert path.stat().st_size > 60 * MB
    result, out, peak = relapp_import(path, data_dir)
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.splitlines()) == 1 and "of memory to read" in result.stderr
    # Parsed, this file takes 1.5 GB; refused, its bytes and text are all it takes.
    assert peak < 500, f"peak memory {peak} MB"


def test_a_file_over_the_dump_limit_is_refused_without_reading_it(tmp_path, data_dir):
    path = tmp_path / "sparse.json"
    with open(path, "wb") as fh:
        fh.write(('{' + SIGNATURE + ', "tables": {').encode())
        fh.truncate(400 * MB)  # sparse: takes no disk space
    result, out, peak = relapp_import(path, data_dir)
    assert result.returncode == 2
    assert "the file is 400.0 MB" in result.stderr and len(result.stderr.splitlines()) == 1
    assert peak < 200, f"peak memory {peak} MB: the file was read"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_at_once_instead_of_waiting(tmp_path, data_dir):
    fifo = tmp_path / "contacts.vcf"
    os.mkfifo(fifo)
    try:
        result, out, peak = relapp_import(fifo, data_dir, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("relapp import waited on the pipe")
    assert result.returncode == 2
    assert "not a regular file" in result.stderr and len(result.stderr.splitlines()) == 1


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_is_refused():
    with pytest.raises(RefusedFile, match="not a regular file"):
        read_bytes("/dev/zero")


def test_above_the_contact_limit_only_a_real_dump_is_read(monkeypatch, db):
    """The format is decided by parsing: with the contact limit lowered, a
    real dump above it is read and a vCard naming the dump format is not."""
    from relapp.services.accounts import create_account
    from relapp.services.interchange.full_dump import dump_json

    create_account(name="Dumped Ltd")
    dump = dump_json()
    card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nNOTE:{SIGNATURE}\r\nEND:VCARD\r\n".encode() * 100
    monkeypatch.setattr(source_files, "MAX_FILE_BYTES", 1000)
    assert len(dump) > 1000 and len(card) > 1000
    source = parse_source(dump)
    assert source.dump is not None and source.dump["tables"]["account"]["rows"][0][1] == "Dumped Ltd"
    with pytest.raises(RefusedFile, match="files over"):
        parse_source(card)
    not_a_dump = json.dumps({"format": "relapp-dump-ish", "tables": {}, "pad": "x" * 2000}).encode()
    with pytest.raises(RefusedFile, match="files over"):
        parse_source(not_a_dump)


SHAPES = {
    "empty objects": "[" + "{}," * 20000 + "{}]",
    "empty lists": "[" + "[]," * 20000 + "[]]",
    "short strings": "[" + '"ab",' * 20000 + '"ab"]',
    "floats": "[" + "1.5," * 20000 + "1.5]",
    "big integers": "[" + "12345678901," * 20000 + "1]",
    "dump rows": "[" + ",".join(json.dumps([i, f"Name {i}", "", "note", None, 3, 1.5, "2026-01-01"])
                               for i in range(5000)) + "]",
    "nested": '{"a": {"b": [[1, 2], {"c": "d"}]}, "e": "' + "é" * 5000 + '"}',
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_memory_bound_is_never_below_what_parsing_takes(shape):
    text = SHAPES[shape]
    data = text.encode("utf-8")
    tracemalloc.start()
    try:
        document = json.loads(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert document is not None
    # The bound also counts the bytes and the text, which tracemalloc does not see here.
    assert peak <= json_memory_bound(data, sys.getsizeof(text)) - len(data) - sys.getsizeof(text)
