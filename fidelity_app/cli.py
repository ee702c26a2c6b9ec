"""The command line: `fidelity-app` opens the window; subcommands script the same program."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from . import __version__, paths
from .domain.personal_numbers import find_in_data
from .domain.scale_file import ScaleFileError, load_scale
from .domain.scale_library import ScaleLibrary, UnknownScaleError
from .storage import repository as repo
from .storage.bundle import BundleError, export_review, import_bundle, read_bundle, write_bundle
from .storage.csv_export import export_csv
from .storage.database import StorageError, open_database
from .storage.history import measurements
from .storage.merge import INCOMING, LOCAL, remember_exchanged, resolve


class CliError(Exception):
    """A problem to report as one line on stderr with a non-zero exit."""


def _library() -> ScaleLibrary:
    library = ScaleLibrary.from_folders(paths.scale_folders())
    for error in library.errors:
        print(f"varning / warning: {error.problems[0]}", file=sys.stderr)
    return library


def _open(args, create: bool = True):
    return open_database(args.db, create=create)


def cmd_scales(args) -> int:
    library = _library()
    for scale in library.all():
        print(f"{scale.id}\t{scale.edition}\t{len(scale.items)} kriterier, max {scale.max_total}\t"
              f"{scale.title.get('sv', '')}\t{scale.path}")
    return 0


def cmd_check_scale(args) -> int:
    scale = load_scale(args.file)
    print(f"{Path(args.file).name}: OK — {scale.id} {scale.edition}, {len(scale.items)} kriterier "
          f"i {len(scale.sections)} avsnitt, max {scale.max_total} poäng")
    return 0


def cmd_list(args) -> int:
    db = _open(args, create=False)
    print("ID\tVerksamhet\tDatum\tStatus\tBedömda\tPoäng\tNivå")
    for m in measurements(db, _library()):
        review, summary = m.review, m.summary
        state = "slutförd" if review.finished else "utkast"
        if summary is None:
            print(f"{review.id[:8]}\t{m.unit.name}\t{review.visit_start}\t{state}\t?\t?\t"
                  f"(skalan {review.scale_id} {review.scale_edition} saknas)")
            continue
        band = summary.band.label["sv"] if summary.band else "ofullständig"
        print(f"{review.id[:8]}\t{m.unit.name}\t{review.visit_start}\t{state}\t"
              f"{summary.scored}/{summary.item_count}\t{summary.total}/{summary.max_total}\t{band}")
    return 0


def cmd_export_csv(args) -> int:
    db = _open(args, create=False)
    unit_id = None
    if args.unit:
        matches = [u for u in repo.list_units(db) if u.name.casefold() == args.unit.casefold()]
        if not matches:
            raise CliError(f"verksamheten '{args.unit}' finns inte / unit not found")
        unit_id = matches[0].id
    rows = export_csv(db, _library(), args.out, wide=args.wide, unit_id=unit_id,
                      delimiter=args.delimiter)
    print(f"{rows} rader skrivna till {args.out} / rows written")
    return 0


def cmd_demo(args) -> int:
    from .storage.demo import load_demo

    db = _open(args)
    added = load_demo(db, _library().latest("ips25"))
    if not added:
        print("Demodata finns redan i databasen / demo data already present")
    else:
        print(f"{added} demomätningar tillagda i {args.db} / demo reviews added")
    return 0


def cmd_import(args) -> int:
    library = _library()
    data = read_bundle(args.file)
    db = _open(args)
    result = import_bundle(db, data, library)
    print(f"Importerad mätning {result.review_id[:8]}: {result.describe()}")
    if not result.conflicts:
        return 0
    for conflict in result.conflicts:
        if args.keep:
            resolve(db, conflict, args.keep)
        print(f"  konflikt / conflict: {conflict.describe()}")
    if args.keep:
        kept = "den här datorns" if args.keep == LOCAL else "filens"
        print(f"{len(result.conflicts)} konflikter lösta: behöll {kept} version; den andra sparas undan "
              "/ resolved, the other version is set aside")
        return 0
    print(f"fel / error: {len(result.conflicts)} konflikter lämnades orörda; välj med --keep local "
          "eller --keep incoming / conflicts left as they are here", file=sys.stderr)
    return 3


def cmd_export(args) -> int:
    db = _open(args, create=False)
    review = repo.find_review(db, args.review)
    reviewer_id = None
    if args.reviewer:
        everyone = repo.reviewers(db, review.id)
        found = [r for r in everyone if r.name.casefold() == args.reviewer.casefold()]
        if not found:
            names = ", ".join(r.name for r in everyone) or "inga"
            raise CliError(f"'{args.reviewer}' är inte bedömare i mätningen ({names}) / not a reviewer")
        reviewer_id = found[0].id
    bundle = export_review(db, review.id, include_notes=args.notes, reviewer_id=reviewer_id)
    if args.notes and any(True for _ in find_in_data(bundle["evidence_notes"])):
        print("varning / warning: anteckningarna innehåller personnummer, som nu finns i filen "
              "/ the notes contain personal identity numbers", file=sys.stderr)
    out = write_bundle(bundle, args.out)
    if not db.execute("PRAGMA query_only").fetchone()[0]:
        remember_exchanged(db, bundle)  # what the other laptop now has, for the next merge
    print(f"Exporterad till {out} / exported")
    return 0


def cmd_backup(args) -> int:
    from .storage.backup import make_backup, prune_backups

    path = make_backup(args.db, reason="manual")
    prune_backups(args.db)
    print(f"Säkerhetskopia sparad / backup written: {path}")
    return 0


def cmd_check_db(args) -> int:
    from .storage.health import check_database

    check = check_database(args.db)
    if not check.ok:
        shown = "; ".join(" ".join(p.split()) for p in check.problems[:3])
        more = f" (+{len(check.problems) - 3} till / more)" if len(check.problems) > 3 else ""
        raise CliError(f"{args.db}: {len(check.problems)} problem: {shown}{more}")
    print(f"OK — {args.db}, schema {check.schema_version}")
    return 0


def cmd_report(args) -> int:
    from .domain.personal_numbers import contains_personal_number
    from .report import write_review_report

    db = _open(args, create=False)
    review = repo.find_review(db, args.review)
    if args.notes and any(contains_personal_number(n.text) or contains_personal_number(n.informant)
                          for n in repo.notes(db, review.id)):
        print("varning / warning: anteckningarna innehåller personnummer, som nu hamnar i rapporten "
              "/ the notes contain personal identity numbers", file=sys.stderr)
    out = write_review_report(db, _library(), review.id, args.out, lang=args.lang,
                              include_notes=args.notes)
    print(f"Rapport sparad / report written: {out}")
    return 0


def cmd_blank_form(args) -> int:
    from .report import write_blank_form

    library = _library()
    scale = library.get(args.scale, args.edition) if args.edition else library.latest(args.scale)
    out = write_blank_form(scale, args.out, lang=args.lang)
    print(f"Bedömningsformulär sparat / blank form written: {out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                        help="databasfil / database file (default: in the user's data folder)")
    parser = argparse.ArgumentParser(
        prog="fidelity-app", parents=[common],
        description="IPS Fidelity — programtrohetsmätning enligt IPS-25. "
                    "Utan underkommando öppnas fönstret / without a subcommand the window opens.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--read-only", action="store_true",
                        help="öppna fönstret skrivskyddat / open the window read-only (browse only)")
    parser.add_argument("--self-test", action="store_true",
                        help="kontrollera installationen i en tillfällig mapp och avsluta "
                             "/ check this installation in a temporary folder and exit")
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")

    def add(name: str, handler: Callable, help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        command.set_defaults(handler=handler)
        return command

    add("scales", cmd_scales, "lista installerade skalor / list installed scales")
    add("check-scale", cmd_check_scale,
        "kontrollera en skalfil / validate a scale file").add_argument("file", type=Path)
    add("list", cmd_list, "lista mätningar / list reviews (id, unit, date, scored, total, band)")
    add("demo", cmd_demo, "lägg in demodata / add fictional demo units and reviews")
    import_command = add("import", cmd_import, "importera en exportfil / import a review bundle")
    import_command.add_argument("file", type=Path)
    import_command.add_argument("--keep", choices=[LOCAL, INCOMING],
                                help="vid konflikt: behåll den här datorns (local) eller filens (incoming) "
                                     "version / on conflict keep this laptop's or the file's version")
    export = add("export", cmd_export, "exportera en mätning / export a review to a bundle file")
    export.add_argument("review", help="mätningens id (eller början av det) / review id or prefix")
    export.add_argument("--out", type=Path, required=True, help="JSON-fil att skriva / file to write")
    export.add_argument("--reviewer", help="bara denna bedömares poäng och anteckningar "
                                           "/ only this reviewer's part (by name)")
    export.add_argument("--notes", action="store_true",
                        help="ta med anteckningarna (kan innehålla personuppgifter) / include evidence notes")
    report = add("report", cmd_report, "skriv mätningens rapport som PDF / write the review report as PDF")
    report.add_argument("review", help="mätningens id (eller början av det) / review id or prefix")
    report.add_argument("--out", type=Path, required=True, help="PDF-fil att skriva / file to write")
    report.add_argument("--lang", choices=["sv", "en"], default="sv", help="språk / language")
    report.add_argument("--notes", action="store_true",
                        help="ta med anteckningarna (kan innehålla personuppgifter) / include evidence notes")
    form = add("blank-form", cmd_blank_form,
               "skriv ett tomt bedömningsformulär som PDF / write a blank scoring form as PDF")
    form.add_argument("--out", type=Path, required=True, help="PDF-fil att skriva / file to write")
    form.add_argument("--lang", choices=["sv", "en"], default="sv", help="språk / language")
    form.add_argument("--scale", default="ips25", help="skalans id / scale id (default ips25)")
    form.add_argument("--edition", help="utgåva (standard: nyaste) / edition (default: newest)")
    add("backup", cmd_backup, "gör en säkerhetskopia nu / back up the database now (old ones pruned)")
    add("check-db", cmd_check_db, "kontrollera databasen / check the database's integrity and schema")
    csv_command = add("export-csv", cmd_export_csv,
                      "exportera alla mätningar som CSV för Excel eller R / export measurements as CSV")
    csv_command.add_argument("--out", type=Path, required=True, help="CSV-fil att skriva / file to write")
    csv_command.add_argument("--wide", action="store_true",
                             help="en rad per mätning i stället för en per kriterium / one row per measurement")
    csv_command.add_argument("--unit", help="bara denna verksamhet / only this unit (by name)")
    csv_command.add_argument("--delimiter", default=";", choices=[";", ",", "\t"],
                             help="fältavgränsare (standard ; för svensk Excel) / field separator")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    if args.self_test:
        from .selftest import run as self_test

        return self_test()
    if args.command is None:
        from .ui.app import run

        return run(args.db or paths.default_db_path(), read_only=args.read_only)
    args.db = args.db or paths.default_db_path()
    try:
        return args.handler(args)
    except ScaleFileError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except (StorageError, BundleError, UnknownScaleError, CliError, ValueError) as exc:
        print(f"fel / error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"fel / error: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
