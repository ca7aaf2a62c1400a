"""File checksums read again only when a file's size or modification time moved."""

from __future__ import annotations

from mlmatch import checksums
from mlmatch.checksums import changed, file_record, file_sha256


def test_a_file_is_read_again_only_when_its_size_or_time_moved(tmp_path, monkeypatch):
    path = tmp_path / "model.onnx"
    path.write_bytes(b"x" * 100)
    record = file_record(path)
    reads: list = []
    original = checksums.file_sha256
    monkeypatch.setattr(checksums, "file_sha256", lambda p: reads.append(p) or original(p))

    assert not changed(path, record) and reads == []  # a cold start hashes nothing it wrote itself
    path.write_bytes(b"y" * 100)  # same size, new bytes, new time
    assert changed(path, record) and len(reads) == 1
    path.write_bytes(b"x" * 100)  # the same bytes written again: read, and equal
    assert not changed(path, record)
    path.write_bytes(b"x" * 99)
    assert changed(path, record)  # another size: no need to read
    assert changed(tmp_path / "gone", record)


def test_a_bare_sha256_from_an_older_record_is_compared_by_reading(tmp_path):
    path = tmp_path / "dense.faiss"
    path.write_bytes(b"index")
    digest = file_sha256(path)
    assert not changed(path, digest)
    path.write_bytes(b"other")
    assert changed(path, digest)
