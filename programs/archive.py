"""Reading uploaded program archives (zip) safely: names are checked before anything is decoded."""

from __future__ import annotations

import io
import posixpath
import zipfile

__all__ = ["ArchiveError", "read_zip", "MAX_MEMBER_BYTES", "MAX_TOTAL_BYTES", "MAX_MEMBERS"]

MAX_MEMBER_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 1000


class ArchiveError(ValueError):
    """An archive that cannot be accepted; the message names the member at fault."""


def read_zip(data: bytes, max_member_bytes: int = MAX_MEMBER_BYTES, max_total_bytes: int = MAX_TOTAL_BYTES,
             max_members: int = MAX_MEMBERS) -> dict[str, str]:
    """{member name: text} of a zip archive of program files (folders are skipped).

    Rejects absolute paths, drive letters, '..' components, backslash paths, more than max_members
    members, members over max_member_bytes (by the declared size and by the bytes actually read) and
    archives over max_total_bytes. Text is decoded as UTF-8, falling back to Latin-1 (controller backups
    are often Windows-1252). Raises ArchiveError.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ArchiveError(f"not a zip archive: {exc}") from None
    infos = zf.infolist()
    if len(infos) > max_members:
        raise ArchiveError(f"the archive has {len(infos)} members; at most {max_members} are accepted")
    out: dict[str, str] = {}
    total = 0
    for info in infos:
        name = info.filename
        if info.is_dir():
            continue
        if "\\" in name:
            raise ArchiveError(f"member '{name}': backslashes are not allowed in archive paths")
        if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
            raise ArchiveError(f"member '{name}': absolute paths are not allowed")
        parts = name.split("/")
        if any(p == ".." for p in parts):
            raise ArchiveError(f"member '{name}': '..' is not allowed in archive paths")
        if info.file_size > max_member_bytes:
            raise ArchiveError(f"member '{name}' is {info.file_size} bytes; the limit is {max_member_bytes}")
        with zf.open(info) as fh:
            raw = fh.read(max_member_bytes + 1)
        if len(raw) > max_member_bytes:
            raise ArchiveError(f"member '{name}' is larger than {max_member_bytes} bytes")
        total += len(raw)
        if total > max_total_bytes:
            raise ArchiveError(f"the archive unpacks to more than {max_total_bytes} bytes")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        key = posixpath.normpath(name)
        if key in out:
            raise ArchiveError(f"member '{name}' appears twice")
        out[key] = text
    if not out:
        raise ArchiveError("the archive holds no files")
    return out
