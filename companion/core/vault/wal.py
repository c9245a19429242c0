"""Read a SQLite write-ahead log (WAL) the way recovery does, and find damage it would hide.

A WAL is a 32-byte header followed by frames: a 24-byte frame header and one page each.
Every frame carries the two "salts" of its WAL generation and a checksum chained from the
previous frame (the header's checksum seeds the first). On recovery SQLite keeps frames
up to the first one whose checksum or salts fail and silently ignores everything after
it, so one damaged frame in the middle drops every later acknowledged commit, and the
next checkpoint makes the loss permanent.

:func:`scan_wal` checks each frame against the checksum *stored* in the frame before it,
so a bad frame does not hide whether the frames after it are intact. Damage is a bad
frame followed by a valid commit frame of a *later* transaction of the same generation.
A bad frame followed only by its own transaction's commit frame is not reported: after a
power cut the last, unacknowledged transaction can reach the disk out of order, and
SQLite rightly drops it. (With ``synchronous=FULL`` every commit is flushed before the
next transaction starts, so a later commit proves the earlier one was complete.)

Frames hold encrypted pages; nothing here needs the key.
"""

from __future__ import annotations

import hashlib
import os
import struct
from array import array
from dataclasses import dataclass, field
from pathlib import Path

WAL_HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24
MAGIC_LITTLE = 0x377F0682
MAGIC_BIG = 0x377F0683
WAL_VERSION = 3007000
_MASK = 0xFFFFFFFF
# The part of page 1 compared with the main file (SQLCipher's default page size).
PAGE1_BYTES = 4096


@dataclass
class WalScan:
    """What recovery would make of a WAL file.

    Attributes:
        exists: A WAL file with at least a header is present.
        page_size: From the WAL header (0 when there is none).
        committed_frames: Frames SQLite would apply (up to the last valid commit).
        page1_hashes: SHA-256 of page 1 in each applied frame that holds page 1.
        committed_pages: Page numbers the applied frames hold (a checkpoint rewrites them).
        damaged_frame: Index of a bad frame followed by a later valid commit, else None.
    """

    exists: bool = False
    page_size: int = 0
    committed_frames: int = 0
    page1_hashes: set[bytes] = field(default_factory=set)
    committed_pages: set[int] = field(default_factory=set)
    damaged_frame: int | None = None

    @property
    def damaged(self) -> bool:
        """True when recovery would silently drop acknowledged commits."""
        return self.damaged_frame is not None


def wal_checksum(data: bytes, seed: tuple[int, int], big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum over ``data`` (a multiple of 8 bytes), seeded with ``seed``."""
    words = array("I")
    words.frombytes(data)
    if (big_endian and _NATIVE_LITTLE) or (not big_endian and not _NATIVE_LITTLE):
        words.byteswap()
    s1, s2 = seed
    it = iter(words)
    for x0, x1 in zip(it, it, strict=True):
        s1 = (s1 + x0 + s2) & _MASK
        s2 = (s2 + x1 + s1) & _MASK
    return s1, s2


_NATIVE_LITTLE = array("I", [1]).tobytes()[0] == 1
assert array("I").itemsize == 4, "the WAL checksum needs 32-bit words"


@dataclass(frozen=True)
class _Frame:
    pgno: int
    commit: bool
    salts: tuple[int, int]
    stored: tuple[int, int]
    ok_locally: bool
    page_hash: bytes | None


def _read_frames(
    handle: object, page_size: int, seed: tuple[int, int], big_endian: bool, count: int
) -> list[_Frame]:
    frames: list[_Frame] = []
    previous = seed
    read = handle.read  # type: ignore[attr-defined]
    for _ in range(count):
        head = read(FRAME_HEADER_BYTES)
        page = read(page_size)
        if len(head) < FRAME_HEADER_BYTES or len(page) < page_size:
            break
        pgno, db_size, salt1, salt2, c1, c2 = struct.unpack(">6I", head)
        computed = wal_checksum(page, wal_checksum(head[:8], previous, big_endian), big_endian)
        stored = (c1, c2)
        frames.append(
            _Frame(
                pgno=pgno,
                commit=db_size != 0,
                salts=(salt1, salt2),
                stored=stored,
                ok_locally=pgno != 0 and computed == stored,
                page_hash=hashlib.sha256(page[:PAGE1_BYTES]).digest() if pgno == 1 else None,
            )
        )
        previous = stored
    return frames


def scan_wal(path: Path) -> WalScan:
    """Scan the WAL at ``path`` (missing or empty is fine) without modifying it.

    Raises:
        OSError: The file exists but cannot be read.
    """
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        return WalScan()
    if size < WAL_HEADER_BYTES:
        return WalScan()
    with open(path, "rb") as handle:
        header = handle.read(WAL_HEADER_BYTES)
        magic, version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", header)
        valid_size = page_size >= 512 and page_size <= 65536 and page_size & (page_size - 1) == 0
        if not valid_size:
            # Nothing after a header this broken can be read; SQLite would ignore the file.
            # Any whole frame behind it is then unreadable data: treat that as damage.
            return WalScan(exists=True, damaged_frame=0 if size > WAL_HEADER_BYTES else None)
        count = (size - WAL_HEADER_BYTES) // (FRAME_HEADER_BYTES + page_size)
        big_endian = magic != MAGIC_LITTLE
        header_ok = (
            magic in (MAGIC_LITTLE, MAGIC_BIG)
            and version == WAL_VERSION
            and wal_checksum(header[:24], (0, 0), big_endian) == (c1, c2)
        )
        frames = _read_frames(handle, page_size, (c1, c2), big_endian, count)
    scan = WalScan(exists=True, page_size=page_size)
    generation = (salt1, salt2)
    if not header_ok and frames:
        generation = frames[0].salts  # the header's own salts are not to be trusted
    valid = [f.ok_locally and f.salts == generation for f in frames]
    prefix = 0
    if header_ok:
        while prefix < len(frames) and valid[prefix]:
            prefix += 1
    last_commit = max((i + 1 for i in range(prefix) if frames[i].commit), default=0)
    scan.committed_frames = last_commit
    scan.page1_hashes = {f.page_hash for f in frames[:last_commit] if f.page_hash is not None}
    scan.committed_pages = {f.pgno for f in frames[:last_commit]}
    scan.damaged_frame = _damage_after(frames, valid, prefix)
    return scan


def _damage_after(frames: list[_Frame], valid: list[bool], prefix: int) -> int | None:
    """The first bad frame when a valid commit of a later transaction follows it."""
    if prefix >= len(frames):
        return None
    bad = prefix
    # The bad frame's own transaction ends at the first commit frame from it onwards
    # (its commit mark is a plain field, readable even when the checksum fails).
    seen_end = False
    for index in range(bad, len(frames)):
        frame = frames[index]
        if seen_end and valid[index] and frame.commit:
            return bad
        if frame.commit:
            seen_end = True
    return None


def last_committed_page1(path: Path) -> bytes | None:
    """SHA-256 of page 1 as a checkpoint of this WAL would leave it, or None (no page 1).

    For the vault's own live WAL, just before it checkpoints: reads only the frame
    headers (fast on a large WAL) and trusts their salts and commit marks; checksums are
    :func:`scan_wal`'s job, at unlock.
    """
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return None
    with handle:
        header = handle.read(WAL_HEADER_BYTES)
        if len(header) < WAL_HEADER_BYTES:
            return None
        _magic, _version, page_size, _seq, salt1, salt2, _c1, _c2 = struct.unpack(">8I", header)
        if page_size < 512 or page_size > 65536:
            return None
        offset, latest, committed = WAL_HEADER_BYTES, None, None
        while True:
            handle.seek(offset)
            head = handle.read(FRAME_HEADER_BYTES)
            if len(head) < FRAME_HEADER_BYTES:
                break
            pgno, db_size, f_salt1, f_salt2 = struct.unpack(">4I", head[:16])
            if (f_salt1, f_salt2) != (salt1, salt2):
                break
            if pgno == 1:
                latest = offset + FRAME_HEADER_BYTES
            if db_size:
                committed = latest
            offset += FRAME_HEADER_BYTES + page_size
        if committed is None:
            return None
        handle.seek(committed)
        return hashlib.sha256(handle.read(PAGE1_BYTES)).digest()
