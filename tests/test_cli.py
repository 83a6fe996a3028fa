"""The command line: build, audit, patterns; bad input exits 2 with the error."""

from __future__ import annotations

import json

from vinhbao.publish.cli import main


def test_build_writes_every_frame_and_the_datapackage(tmp_path, capsys):
    assert main(["build", "--out", str(tmp_path)]) == 0
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    names = {r["name"] for r in package["resources"]}
    assert {"appendix", "targets_2024", "facts", "rice", "budget", "land", "cases"} <= names
    assert all((tmp_path / f"{name}.csv").exists() for name in names if name != "raw_report")
    assert f"wrote {tmp_path / 'rice.csv'}" in capsys.readouterr().out


def test_bad_source_exits_2_naming_the_line(tmp_path, capsys):
    bad = tmp_path / "report.txt"
    bad.write_bytes("Báo cáo\n\x00".encode())
    assert main(["build", "--source", str(bad), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("vinhbao build: line 2: ") and "expected UTF-8 text" in err
    assert not (tmp_path / "out").exists()


def test_audit_prints_the_checks_that_fail(report, capsys):
    assert main(["audit"]) == 0
    out = capsys.readouterr().out
    failed = report.audit[report.audit["holds"].eq(False)]
    assert out.startswith(f"{len(report.audit)} checks, {len(failed)} do not hold:")
    assert "- rice output: seasons add to the year: stated 110522" in out


def test_patterns_lists_the_phrasings(capsys):
    assert main(["patterns", "--topic", "rice"]) == 0
    out = capsys.readouterr().out
    assert "footnote 22  spring_rice" in out
    assert "diện tích gieo cấy vụ lúa xuân là: {area|ha} ha" in out
    assert "budget" not in out


def test_a_missing_source_exits_2(tmp_path, capsys):
    assert main(["audit", "--source", str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"vinhbao audit: no file at {tmp_path / 'missing.txt'}")
    assert "expected the path of the report's text file" in err
