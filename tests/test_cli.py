"""The command line: every subcommand works, errors are one clear line, the database is unchanged."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys

import pytest

from fidelity_app.cli import build_parser, main
from tests.conftest import IPS25, ROOT


def run(*args: str) -> subprocess.CompletedProcess:
    """The real program in its own process, as a user would run it."""
    return subprocess.run([sys.executable, "-m", "fidelity_app", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_check_scale_accepts_the_shipped_file():
    """`check-scale scales/ips25.toml` exits 0 and says what it found."""
    result = run("check-scale", str(IPS25))
    assert result.returncode == 0, result.stderr
    assert "25 kriterier" in result.stdout


def test_check_scale_names_item_and_field_of_a_deleted_anchor(tmp_path):
    """A copy with one anchor removed exits non-zero naming the file, item and field."""
    text = IPS25.read_text(encoding="utf-8")
    start = text.index('id = "services.benefits"')
    anchors = text.index("[items.anchors.en]", start)
    line_end = text.index("\n", text.index("\n2 = ", anchors) + 1)
    broken = text[:text.index("\n2 = ", anchors)] + text[line_end:]
    path = tmp_path / "ips25-broken.toml"
    path.write_text(broken, encoding="utf-8")
    result = run("check-scale", str(path))
    assert result.returncode != 0
    assert "ips25-broken.toml: item services.benefits: anchors.en.2: missing anchor" in result.stderr


def test_demo_then_list_shows_correct_totals_and_bands(tmp_path):
    """`demo` then `list`: every total equals the hand sum of consensus scores, bands match."""
    db = tmp_path / "demo.sqlite"
    assert run("--db", str(db), "demo").returncode == 0
    listing = run("list", "--db", str(db))
    assert listing.returncode == 0, listing.stderr
    rows = [line.split("\t") for line in listing.stdout.strip().splitlines()[1:]]
    assert len(rows) >= 10
    conn = sqlite3.connect(db)
    for short_id, unit, date, _status, scored, total, band in rows:
        scores = [s for (s,) in conn.execute(
            "SELECT score FROM ratings WHERE review_id LIKE ? || '%' AND reviewer_id IS NULL", [short_id])]
        points = sum(scores)
        assert total == f"{points}/125" and scored == f"{len(scores)}/25"
        if len(scores) < 25:
            expected = "ofullständig"
        else:
            expected = ("Stämmer mycket bra överens med IPS" if points >= 115 else
                        "Stämmer bra överens med IPS" if points >= 100 else
                        "Stämmer delvis överens med IPS" if points >= 74 else "Stämmer inte överens med IPS")
        assert band == expected, (unit, date, points)
    assert run("--db", str(db), "demo").stdout.startswith("Demodata finns redan")


def test_export_import_through_the_cli(tmp_path):
    """A review exported on one laptop imports into another laptop's database."""
    first, second, out = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "review.json"
    run("--db", str(first), "demo")
    short_id = run("--db", str(first), "list").stdout.splitlines()[1].split("\t")[0]
    assert run("--db", str(first), "export", short_id, "--out", str(out)).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format_version"] == 1
    imported = run("--db", str(second), "import", str(out))
    assert imported.returncode == 0, imported.stderr
    assert short_id in run("--db", str(second), "list").stdout


def test_bad_import_is_one_line_and_changes_nothing(tmp_path):
    """A broken import file gives one line on stderr, a non-zero exit and an unchanged database."""
    db = tmp_path / "a.sqlite"
    run("--db", str(db), "demo")
    before = db.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "ips-fidelity-bundle", "format_version": 1}', encoding="utf-8")
    result = run("--db", str(db), "import", str(bad))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "fel / error" in result.stderr
    assert db.read_bytes() == before


def test_unknown_review_and_missing_database(tmp_path):
    """Asking for a review that does not exist, or a database that does not, is a clear error."""
    db = tmp_path / "a.sqlite"
    run("--db", str(db), "demo")
    result = run("--db", str(db), "export", "ffffffff", "--out", str(tmp_path / "x.json"))
    assert result.returncode == 1 and "hittades inte" in result.stderr
    result = run("--db", str(tmp_path / "none.sqlite"), "list")
    assert result.returncode == 1 and "finns inte" in result.stderr


def test_scales_lists_ips25(capsys):
    """`scales` lists the installed IPS-25 edition."""
    assert main(["scales"]) == 0
    assert re.search(r"^ips25\t2019\.1\t25 kriterier", capsys.readouterr().out, re.M)


def test_user_scale_folder_is_read(data_dir, capsys):
    """A scale file put in the data folder's scales/ appears in `scales`."""
    folder = data_dir / "scales"
    folder.mkdir(parents=True)
    text = IPS25.read_text(encoding="utf-8").replace('edition = "2019.1"', 'edition = "2019.1-lokal"')
    (folder / "local.toml").write_text(text, encoding="utf-8")
    assert main(["scales"]) == 0
    assert "2019.1-lokal" in capsys.readouterr().out


def test_every_subcommand_has_help_and_is_in_the_readme():
    """Every subcommand has help text and is documented in the README."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    for name, sub in commands.items():
        assert sub.description, name
        assert f"fidelity-app {name}" in readme, f"{name} missing from README"


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_help_runs():
    """`fidelity-app --help` runs and names the subcommands."""
    result = run("--help")
    assert result.returncode == 0 and "check-scale" in result.stdout


def test_report_and_blank_form_from_the_cli(tmp_path):
    """`report` writes the review's PDF naming unit and band; `blank-form` writes the paper form."""
    from pypdf import PdfReader

    db = tmp_path / "a.sqlite"
    run("--db", str(db), "demo")
    line = next(r for r in run("--db", str(db), "list").stdout.splitlines() if "IPS Älvstaden" in r
                and "slutförd" in r)
    short_id, band = line.split("\t")[0], line.split("\t")[6]
    result = run("--db", str(db), "report", short_id, "--out", str(tmp_path / "r.pdf"))
    assert result.returncode == 0, result.stderr
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    assert "IPS Älvstaden" in text and band in " ".join(text.split())
    result = run("blank-form", "--out", str(tmp_path / "form.pdf"), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Caseload size" in PdfReader(tmp_path / "form.pdf").pages[1].extract_text() + \
        PdfReader(tmp_path / "form.pdf").pages[0].extract_text()
    bad = run("--db", str(db), "report", short_id, "--out", str(tmp_path / "no" / "r.pdf"))
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1


def test_export_leaves_notes_out_unless_chosen(tmp_path):
    """`export` carries no evidence notes by default; `--notes` adds them and warns about personnummer."""
    from fidelity_app.storage import repository
    from fidelity_app.storage.database import open_database

    db_path = tmp_path / "a.sqlite"
    run("--db", str(db_path), "demo")
    db = open_database(db_path)
    review = next(r for r in repository.list_reviews(db) if not r.finished)
    repository.add_note(db, review.id, "Deltagare 19811218-9876 har fått jobb.", source="INT")
    db.close()
    plain, full = tmp_path / "plain.json", tmp_path / "full.json"
    result = run("--db", str(db_path), "export", review.id[:8], "--out", str(plain))
    assert result.returncode == 0 and "personnummer" not in result.stderr
    assert json.loads(plain.read_text(encoding="utf-8"))["evidence_notes"] == []
    result = run("--db", str(db_path), "export", review.id[:8], "--out", str(full), "--notes")
    assert result.returncode == 0 and "personnummer" in result.stderr
    assert any("19811218-9876" in n["text"] for n in json.loads(full.read_text(encoding="utf-8"))["evidence_notes"])


def test_import_conflict_is_reported_then_resolved(tmp_path, scale):
    """A consensus changed on both laptops: import exits 3 naming it; --keep incoming resolves it."""
    from fidelity_app.storage import repository
    from fidelity_app.storage.database import open_database

    lead, co = tmp_path / "lead.sqlite", tmp_path / "co.sqlite"
    run("--db", str(lead), "demo")
    db = open_database(lead)
    review = next(r for r in repository.list_reviews(db) if not r.finished)
    db.close()
    first = tmp_path / "first.json"
    assert run("--db", str(lead), "export", review.id[:8], "--out", str(first)).returncode == 0
    assert run("--db", str(co), "import", str(first)).returncode == 0
    for path, score in ((lead, 1), (co, 2)):
        db = open_database(path)
        repository.set_rating(db, scale, review.id, "services.outreach", score=score)
        db.close()
    back = tmp_path / "back.json"
    assert run("--db", str(co), "export", review.id[:8], "--out", str(back)).returncode == 0
    result = run("--db", str(lead), "import", str(back))
    assert result.returncode == 3 and "services.outreach" in result.stdout and "--keep" in result.stderr
    result = run("--db", str(lead), "import", str(back), "--keep", "incoming")
    assert result.returncode == 0, result.stderr
    db = open_database(lead)
    assert repository.scores(db, review.id)["services.outreach"] == 2
    db.close()


def test_export_one_reviewers_part(tmp_path):
    """`export --reviewer NAME` carries only that reviewer's ratings; an unknown name is refused."""
    db = tmp_path / "a.sqlite"
    run("--db", str(db), "demo")
    short_id = run("--db", str(db), "list").stdout.splitlines()[1].split("\t")[0]
    out = tmp_path / "part.json"
    names = {r["name"] for r in json.loads(
        (run("--db", str(db), "export", short_id, "--out", str(out)) and out).read_text(encoding="utf-8"))["reviewers"]}
    name = sorted(names)[0]
    assert run("--db", str(db), "export", short_id, "--out", str(out), "--reviewer", name).returncode == 0
    bundle = json.loads(out.read_text(encoding="utf-8"))
    reviewer_id = next(r["id"] for r in bundle["reviewers"] if r["name"] == name)
    assert bundle["ratings"] and {r["reviewer_id"] for r in bundle["ratings"]} == {reviewer_id}
    bad = run("--db", str(db), "export", short_id, "--out", str(out), "--reviewer", "Ingen Alls")
    assert bad.returncode == 1 and "inte bedömare" in bad.stderr
