"""The command line: build, audit, patterns, on the bundled report and on the other layouts;
bad input exits 2 with the error (never a traceback); --version, a schema failure, a closed pipe,
the default output folder."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import vinhbao
from vinhbao.catalog import FRAMES, Frame
from vinhbao.config import DATA_PROCESSED, RAW_REPORT, ROOT
from vinhbao.publish.cli import default_out, main
from vinhbao.rules.lexicon import SUBJECTS

REPORTS = Path(__file__).parent / "reports"
AN_HOA = REPORTS / "hdnd_an_hoa_2023.txt"  # no footnotes, no target list
DONG_LAM = REPORTS / "ubnd_dong_lam_2024.txt"  # no appendix


@pytest.fixture(scope="module")
def an_hoa() -> vinhbao.Report:
    return vinhbao.load_report(AN_HOA)


def test_build_writes_every_frame_and_the_datapackage(tmp_path, capsys, report):
    assert main(["build", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert package["name"] == "huyen-uy-vinh-bao-499-bc-hu-2023"
    assert [r["name"] for r in package["resources"]] == list(FRAMES)
    assert out.splitlines() == [
        *(f"wrote {tmp_path / f'{name}.{ext}'}" for name in FRAMES for ext in ("csv", "parquet")),
        f"wrote {tmp_path / 'datapackage.json'}",
    ]
    source = Path(os.path.relpath(RAW_REPORT, tmp_path)).as_posix()
    assert package["sources"][0]["path"] == source
    targets = pd.read_csv(tmp_path / "targets.csv", dtype={"code": str}).set_index("code")
    assert len(targets) == len(report.targets) > 0
    assert targets.loc["1", ["target_text", "low", "high", "period"]].tolist() == [
        "14% - 15%",
        14.0,
        15.0,
        2024,
    ]
    appendix = pd.read_csv(tmp_path / "appendix.csv", dtype={"code": str}).set_index("code")
    assert appendix.loc["7", ["target_low", "target_high", "actual"]].tolist() == [5700, 5900, 6150]


def test_build_of_a_report_without_footnotes_and_targets(tmp_path, capsys, an_hoa):
    out = tmp_path / "an-hoa"
    assert main(["build", "--source", str(AN_HOA), "--out", str(out)]) == 0
    assert f"wrote {out / 'datapackage.json'}" in capsys.readouterr().out
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert package["name"] == "hdnd-an-hoa-42-bc-ktxh-2023"
    assert package["title"] == "HĐND An Hòa · 42/BC-KTXH · 2023 as tidy tables"
    assert package["sources"][0]["title"] == "HĐND An Hòa · 42/BC-KTXH · 2023-12-08"
    assert package["sources"][0]["path"] == Path(os.path.relpath(AN_HOA, out)).as_posix()
    for name in ("targets", "footnotes"):  # missing parts: a header, no rows
        lines = (out / f"{name}.csv").read_text(encoding="utf-8").splitlines()
        assert lines == [",".join(getattr(an_hoa, name).columns)], name
    appendix = pd.read_csv(out / "appendix.csv", dtype={"code": str}).set_index("code")
    assert len(appendix) == len(an_hoa.appendix) > 0  # the table in the body is read
    investment = appendix.loc["4", ["indicator", "target_low", "actual", "previous", "ratio"]]
    assert investment.tolist() == ["Tổng vốn đầu tư toàn xã hội", 3200, 3105, 2980, 97.0]
    issues = pd.read_csv(out / "issues.csv")
    assert {"no target list", "no footnotes"} <= set(issues["found"])


def test_build_of_a_report_without_appendix(tmp_path, capsys):
    assert main(["build", "--source", str(DONG_LAM), "--out", str(tmp_path)]) == 0
    capsys.readouterr()
    assert (tmp_path / "appendix.csv").read_text(encoding="utf-8").count("\n") == 1
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert package["name"] == "ubnd-dong-lam-318-bc-ubnd-2024"
    targets = pd.read_csv(tmp_path / "targets.csv", dtype={"code": str}).set_index("code")
    assert targets.loc["3", ["target_text", "low", "high", "unit"]].tolist() == [
        "5.300-5.500",
        5300,
        5500,
        "billion_vnd",
    ]
    assert targets["period"].eq(2025).all()


def test_bad_source_exits_2_naming_the_line(tmp_path, capsys):
    bad = tmp_path / "report.txt"
    bad.write_bytes("Báo cáo\n\x00".encode())
    assert main(["build", "--source", str(bad), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("vinhbao build: line 2: ") and "expected UTF-8 text" in err
    assert not (tmp_path / "out").exists()


def _header(audit: pd.DataFrame) -> str:
    failed, unread = int(audit["holds"].eq(False).sum()), int(audit["holds"].isna().sum())
    skipped = f", {unread} not evaluated (figures missing)" if unread else ""
    return f"{len(audit)} checks, {failed} do not hold{skipped}:"


def test_audit_prints_the_checks_that_fail_with_units_and_severity(report, capsys):
    assert main(["audit"]) == 0
    lines = capsys.readouterr().out.splitlines()
    failed = report.audit[report.audit["holds"].eq(False)]
    assert report.audit["holds"].notna().all()  # every check of the bundled report is evaluated
    assert (
        lines[0]
        == _header(report.audit)
        == f"{len(report.audit)} checks, {len(failed)} do not hold:"
    )
    assert [line.split(": stated ")[0] for line in lines[1:]] == [f"- {c}" for c in failed["check"]]
    assert (
        "- rice output: seasons add to the year: stated 110,522 tonnes, computed 110,534.63 "
        "tonnes (error; body 2.1, footnote 22)"
    ) in lines
    assert (
        "- discipline for prohibited conduct: count / disciplined stated as %: stated 5.72%, "
        "computed 5.7143% (misrounding; footnote 8, body 1.1)"
    ) in lines
    assert (
        "- xếp loại: parts add to the total (footnote 5): stated 152 collectives, "
        "computed 157 collectives (error; footnote 5)"
    ) in lines
    # money in the facts' canonical unit, in words; no scientific notation anywhere
    assert not any(re.search(r"\de[+-]\d", line) for line in lines)


def test_audit_of_another_report_says_what_it_could_not_evaluate(capsys):
    audit = vinhbao.load_report(DONG_LAM).audit
    unread = int(audit["holds"].isna().sum())
    assert 0 < unread < len(audit)  # a short report lacks most figures the checks read
    assert main(["audit", "--source", str(DONG_LAM)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == _header(audit)
    assert lines[0].endswith(f", {unread} not evaluated (figures missing):")
    assert len(lines) == 1 + int(audit["holds"].eq(False).sum())


def test_audit_of_a_report_cut_inside_a_section_heading_exits_2(tmp_path, raw_text, capsys):
    heading = "III\tChỉ tiêu môi trường"  # a section row of the appendix
    cut = tmp_path / "cut.txt"
    cut.write_text(raw_text[: raw_text.index(heading) + len("III\tChỉ tiêu môi")], encoding="utf-8")
    line = raw_text[: raw_text.index(heading)].count("\n") + 1
    assert main(["audit", "--source", str(cut)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(
        f"vinhbao audit: line {line}: table row has 2 tab-separated cells"
    )
    assert "expected 6 cells (Số TT, Chỉ tiêu, Đơn vị tính" in captured.err
    assert "Traceback" not in captured.err


def test_a_missing_source_exits_2(tmp_path, capsys):
    assert main(["audit", "--source", str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"vinhbao audit: no file at {tmp_path / 'missing.txt'}")
    assert "expected the path of the report's text file" in err


def test_patterns_lists_the_subjects_and_phrases_of_a_topic(capsys):
    assert main(["patterns", "--topic", "rice"]) == 0
    lines = capsys.readouterr().out.splitlines()
    rice = [entry for entry in SUBJECTS if entry["topic"] == "rice"]
    assert len(lines) == 2 * len(rice) == 8
    spring = lines.index(f"{'rice':<12} {'spring_rice':<36} Spring rice")
    assert lines[spring + 1].startswith("    vụ xuân | lúa xuân | vụ lúa xuân")
    assert all(line.startswith(("rice ", "    ")) for line in lines)  # no other topic


def test_patterns_lists_every_subject_without_a_topic(capsys):
    assert main(["patterns"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 * len(SUBJECTS)
    ids = [line.split()[1] for line in lines[::2]]
    assert ids == [entry["id"] for entry in SUBJECTS]
    assert "income_per_head" in ids and "spring_rice" in ids


def test_patterns_of_an_unknown_topic_exits_2(capsys):
    assert main(["patterns", "--topic", "ricee"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("vinhbao patterns: no topic 'ricee'; expected one of economy")
    assert "rice" in captured.err.split("expected one of ", 1)[1].split(", ")


def _vinhbao(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vinhbao", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120, check=False)  # fmt: skip


def test_version(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"vinhbao {vinhbao.__version__}\n"


def test_a_schema_failure_exits_2_with_its_short_report(tmp_path, capsys, monkeypatch, report):
    issues = FRAMES["issues"]
    bad = report.issues.assign(severity="fatal")
    monkeypatch.setitem(FRAMES, "issues", Frame("issues", issues.description, lambda r: bad,
                                                issues.columns))  # fmt: skip
    assert main(["build", "--out", str(tmp_path / "out")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "vinhbao build: 1 failing check:",
        "issues.severity: in its enum: 'fatal' (rows 0)",
    ]
    assert not (tmp_path / "out").exists()


def test_output_to_a_closed_pipe_ends_quietly():
    process = subprocess.Popen([sys.executable, "-m", "vinhbao", "patterns"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    process.stdout.close()  # the reader has gone before the first line is written
    _, err = process.communicate(timeout=120)
    assert err.decode() == ""
    assert process.returncode == 141


def test_an_unknown_topic_from_the_shell_lists_the_topics():
    done = _vinhbao("patterns", "--topic", "astrology")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("vinhbao patterns: no topic 'astrology'; expected one of ")
    assert "Traceback" not in done.stderr


def test_patterns_of_a_source_lists_the_subjects_it_holds(capsys, an_hoa):
    assert main(["patterns", "--source", str(AN_HOA), "--topic", "rice"]) == 0
    lines = capsys.readouterr().out.splitlines()[::2]
    counts = an_hoa.facts["subject"].value_counts()
    rice = [e["id"] for e in SUBJECTS if e["topic"] == "rice" and e["id"] in counts]
    assert [line.split()[1] for line in lines] == rice
    assert lines[0].endswith(f"({counts[rice[0]]} figures)")


def test_build_writes_to_the_projects_data_processed_only_inside_it(tmp_path):
    assert default_out(ROOT) == default_out(ROOT / "tests") == DATA_PROCESSED
    done = _vinhbao("build", cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("vinhbao build: not inside the vinhbao project")
    assert done.stderr.rstrip().endswith("give the folder to write with --out DIR")
    assert list(tmp_path.iterdir()) == []


def test_every_command_reading_a_report_takes_source(capsys):
    for command in ("build", "audit", "patterns"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        assert "--source FILE" in capsys.readouterr().out, command
