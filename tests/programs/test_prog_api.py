"""programs package surface: the controller registry, language detection, the zip reader's guards and
the writers' input checks."""

from __future__ import annotations

import dataclasses
import io
import zipfile

import numpy as np
import pytest
from prog_testlib import ROBOT_OF, weld_program

from programs import (
    CONTROLLERS,
    VENDOR_OF,
    ArchiveError,
    ProgramSyntaxError,
    detect_controller,
    read_program,
    read_zip,
    write_program,
)


def test_registry_names_every_language_and_vendor():
    assert set(CONTROLLERS) == {"abb_rapid", "kuka_krl", "fanuc_tp", "yaskawa_inform", "ur_script"}
    assert VENDOR_OF == {"abb_rapid": "abb", "kuka_krl": "kuka", "fanuc_tp": "fanuc", "yaskawa_inform": "yaskawa",
                         "ur_script": "ur"}
    for module in CONTROLLERS.values():
        assert callable(module.write) and callable(module.read)


@pytest.mark.parametrize("lang", list(CONTROLLERS))
def test_detect_from_names_and_from_content(lang):
    prog, robot, tool = weld_program(ROBOT_OF[lang])
    files = write_program(lang, prog, robot, tool, {"date": "2025/01/01 00:00"} if lang == "yaskawa_inform" else None)
    assert detect_controller(files) == lang
    renamed = {f"file{k}.txt": t for k, t in enumerate(files.values())}
    assert detect_controller(renamed) == lang
    back = read_program(None, files, robot, tool)
    assert len(back.moves) == len(prog.moves)


def test_detect_rejects_mixed_and_unknown():
    with pytest.raises(ValueError, match="several"):
        detect_controller({"a.mod": "", "b.LS": ""})
    with pytest.raises(ValueError, match="cannot tell"):
        detect_controller({"a.txt": "hello"})


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_zip_reader_round_trip_and_guards():
    prog, robot, tool = weld_program("kuka_kr10_r1420")
    files = write_program("kuka_krl", prog, robot, tool)
    data = _zip({f"KRC/R1/{k}": v.encode() for k, v in files.items()})
    got = read_zip(data)
    assert sorted(got) == sorted(f"KRC/R1/{k}" for k in files)
    assert len(read_program(None, got, robot, tool).moves) == len(prog.moves)
    with pytest.raises(ArchiveError, match="absolute"):
        read_zip(_zip({"/etc/passwd": b"x"}))
    with pytest.raises(ArchiveError, match=r"'\.\.'"):
        read_zip(_zip({"a/../../b.src": b"x"}))
    with pytest.raises(ArchiveError, match="absolute"):
        read_zip(_zip({"C:/b.src": b"x"}))
    with pytest.raises(ArchiveError, match="backslash"):
        read_zip(_zip({"a\\b.src": b"x"}))
    with pytest.raises(ArchiveError, match="bytes"):
        read_zip(_zip({"big.src": b"x" * 2000}), max_member_bytes=1000)
    with pytest.raises(ArchiveError, match="more than"):
        read_zip(_zip({"a.src": b"x" * 800, "b.src": b"y" * 800}), max_member_bytes=1000, max_total_bytes=1000)
    with pytest.raises(ArchiveError, match="members"):
        read_zip(_zip({f"{k}.src": b"x" for k in range(5)}), max_members=4)
    with pytest.raises(ArchiveError, match="not a zip"):
        read_zip(b"plain text")
    # Windows-1252 controller backups decode (Latin-1 fallback)
    assert read_zip(_zip({"a.LS": "COMMENT = \"Schwei\xdfen\"".encode("cp1252")}))["a.LS"].endswith("\xdfen\"")


def test_writer_input_checks():
    prog, robot, tool = weld_program("abb_irb1600_10_145")
    with pytest.raises(ValueError, match="not one of"):
        write_program("comau_pdl", prog, robot, tool)
    with pytest.raises(ValueError, match="unknown option"):
        write_program("abb_rapid", prog, robot, tool, {"colour": "red"})
    X_off = prog.moves[3].X_PT.copy()
    X_off[0, 3] += 0.01  # 10 mm away from where q puts the TCP
    bad = dataclasses.replace(prog.moves[3], X_PT=X_off)
    with pytest.raises(ValueError, match="X_PT is not the TCP pose"):
        write_program("abb_rapid", dataclasses.replace(prog, moves=[*prog.moves[:3], bad, *prog.moves[4:]]),
                      robot, tool)
    q = prog.moves[1].q.copy()
    q[4] = np.radians(170)  # beyond axis 5's +-115 deg
    with pytest.raises(ValueError, match="outside the limits"):
        write_program("kuka_krl", dataclasses.replace(prog, moves=[dataclasses.replace(prog.moves[1], q=q)]),
                      robot, tool)
    with pytest.raises(ValueError, match="24|identifier"):
        write_program("kuka_krl", dataclasses.replace(prog, name="A_VERY_LONG_KUKA_PROGRAM_NAME"), robot, tool)


def test_program_syntax_error_carries_its_position():
    err = ProgramSyntaxError("a.mod", 3, 7, "boom")
    assert (err.file, err.line, err.column, err.message) == ("a.mod", 3, 7, "boom")
    assert str(err) == "a.mod:3:7: boom"
    assert isinstance(err, ValueError)
