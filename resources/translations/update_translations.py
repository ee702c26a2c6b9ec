"""Regenerate ips_fidelity_sv.ts from the code (pyside6-lupdate), fill Swedish from SV, compile .qm.

Run from the repository root:  .venv/bin/python resources/translations/update_translations.py
New strings without an entry in SV stay "unfinished" and the translation test fails until they
get one (here, or in Qt Linguist: pyside6-linguist resources/translations/ips_fidelity_sv.ts).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "ips_fidelity_sv.ts"
QM = HERE / "ips_fidelity_sv.qm"
BIN = Path(sys.executable).parent

# English source → Swedish; a tuple gives the plural forms (en/ett, flera).
SV: dict[str, str | tuple[str, str]] = {
    "Score": "Poäng",
    "The database cannot be opened": "Databasen kan inte öppnas",
    "A scale file could not be read": "En skalfil kunde inte läsas",
    "Calculator": "Beräkningshjälp",
    "Use the suggestion": "Använd förslaget",
    "Enter the tallies; the suggested score follows the ranges of the scale file (%1).": "Fyll i underlaget; den föreslagna poängen följer skalfilens intervall (%1).",
    "one number per sampled record, e.g. 12 30 45": "ett tal per granskad journal, t.ex. 12 30 45",
    "Tick the elements that are present (Space ticks the focused one).": "Kryssa för de delar som finns (mellanslag kryssar den markerade).",
    "%1 of %2 elements present → score %3": "%1 av %2 delar finns → poäng %3",
    "Suggested score: –": "Föreslagen poäng: –",
    "Fill in the tallies to see a suggested score.": "Fyll i underlaget så visas en föreslagen poäng.",
    "Suggested score: %1": "Föreslagen poäng: %1",
    "No score chosen yet.": "Ingen poäng vald ännu.",
    "The chosen score agrees with the suggestion.": "Vald poäng stämmer med förslaget.",
    "The chosen score is %1; it stays until you choose otherwise.": "Vald poäng är %1 och ändras inte förrän du själv väljer.",
    "Use the suggestion (%1)": "Använd förslaget (%1)",
    "Press 1–5 to score, 0 to clear; arrows and Space also work": "Tryck 1–5 för att ge poäng, 0 för att ta bort; piltangenter och mellanslag fungerar också",
    "Why this score: what the evidence shows…": "Varför den här poängen: vad underlaget visar …",
    "Rationale": "Motivering",
    "&Rationale": "&Motivering",
    "Recommendation to the unit for the report…": "Rekommendation till verksamheten i rapporten …",
    "Recommendation": "Rekommendation",
    "%1 · criterion %2 of %3": "%1 · kriterium %2 av %3",
    "Data sources: %1": "Datakällor: %1",
    "Previous measurement (%1)": "Föregående mätning (%1)",
    "Score: %1": "Poäng: %1",
    "Recommendation: %1": "Rekommendation: %1",
    "No recommendation.": "Ingen rekommendation.",
    "Strength": "Styrka",
    "Development area": "Utvecklingsområde",
    "Units and reviews": "Verksamheter och mätningar",
    # History, comparison, all units, CSV (ui/history, ui/models/history_*).
    "Scale not installed": "Skalan är inte installerad",
    "Visit": "Besök",
    "Reviewers": "Bedömare",
    "Subtotal %1": "Delsumma %1",
    "▲ Improved (+%1)": "▲ Förbättrad (+%1)",
    "▼ Declined (−%1)": "▼ Försämrad (−%1)",
    "= Unchanged": "= Oförändrad",
    "Earlier": "Tidigare",
    "Later": "Senare",
    "Recommendation last time": "Rekommendation förra gången",
    "No finished measurement": "Ingen avslutad mätning",
    "%n month(s)": ("%n månad", "%n månader"),
    "%1 – follow-up due": "%1 – dags för uppföljning",
    "More than %n month(s) since the last measurement": (
        "Mer än %n månad sedan senaste mätningen", "Mer än %n månader sedan senaste mätningen"),
    "Unit": "Verksamhet",
    "Last measurement": "Senaste mätning",
    "Time since": "Tid sedan",
    "Measurements": "Mätningar",
    "Total over time": "Totalpoäng över tid",
    "No measurements yet": "Inga mätningar ännu",
    "Compare…": "Jämför …",
    "Compare the two selected measurements (or the two latest)": "Jämför de två markerade mätningarna (eller de två senaste)",
    "Export CSV…": "Exportera CSV …",
    "All units": "Alla verksamheter",
    "Scores per criterion and measurement": "Poäng per kriterium och mätning",
    "Scores per criterion (1 red … 5 green), with section subtotals": "Poäng per kriterium (1 röd … 5 grön), med delsummor per avsnitt",
    "Enter opens the selected measurement · select two rows to compare them": "Enter öppnar vald mätning · markera två rader för att jämföra dem",
    "History: %1": "Historik: %1",
    "%n measurement(s)": ("%n mätning", "%n mätningar"),
    "Earlier measurement": "Tidigare mätning",
    "Later measurement": "Senare mätning",
    "Back to the history": "Tillbaka till historiken",
    "Comparison per criterion": "Jämförelse per kriterium",
    "&Earlier:": "&Tidigare:",
    "&Later:": "S&enare:",
    "The recommendation column shows what was recommended at the earlier measurement: was it acted on?": "Kolumnen Rekommendation visar vad som rekommenderades vid den tidigare mätningen: har det blivit gjort?",
    "Comparison: %1": "Jämförelse: %1",
    "Total %1 → %2 (%3)": "Totalt %1 → %2 (%3)",
    "%n improved": ("%n förbättrad", "%n förbättrade"),
    "%n unchanged": ("%n oförändrad", "%n oförändrade"),
    "%n declined": ("%n försämrad", "%n försämrade"),
    "Show history": "Visa historik",
    "Year of the last measurement": "År för senaste mätningen",
    "Only overdue follow-ups (more than %n month(s))": (
        "Bara försenade uppföljningar (mer än %n månad)", "Bara försenade uppföljningar (mer än %n månader)"),
    "&Organisation:": "&Organisation:",
    "&Band:": "&Nivå:",
    "&Year:": "&År:",
    "Enter shows the selected unit's history · click a column title to sort": "Enter visar vald verksamhets historik · klicka på en kolumnrubrik för att sortera",
    "All organisations": "Alla organisationer",
    "All bands": "Alla nivåer",
    "All years": "Alla år",
    "%1 of %2 units shown · %3 overdue": "%1 av %2 verksamheter visas · %3 försenade",
    "Export measurements as CSV": "Exportera mätningar som CSV",
    "Long: one row per measurement and criterion (R, pivot tables)": "Långt format: en rad per mätning och kriterium (R, pivottabeller)",
    "Wide: one row per measurement, one column per criterion (Excel)": "Brett format: en rad per mätning, en kolumn per kriterium (Excel)",
    "All units in the database": "Alla verksamheter i databasen",
    "Only %1": "Bara %1",
    "Format:": "Format:",
    "Measurements:": "Mätningar:",
    "Semicolon-separated UTF-8, as Swedish Excel expects (in R: read.csv2). Only scores and totals are exported, never evidence notes.": "Semikolonseparerad UTF-8, som svenska Excel förväntar sig (i R: read.csv2). Bara poäng och summor exporteras, aldrig anteckningar.",
    "Save CSV": "Spara CSV",
    "Save the CSV file as": "Spara CSV-filen som",
    "IPS measurements": "IPS-mätningar",
    "The CSV file could not be saved": "CSV-filen kunde inte sparas",
    "The CSV file is saved": "CSV-filen är sparad",
    "%n row(s) written to:": ("%n rad skriven till:", "%n rader skrivna till:"),
    "&All units": "&Alla verksamheter",
    "&History of the unit": "Verksamhetens &historik",
    "Export measurements as &CSV…": "Exportera mätningar som &CSV …",
    "Hi&story": "H&istorik",
    "History": "Historik",
    "Past measurements of the selected unit (Ctrl+H)": "Tidigare mätningar av vald verksamhet (Ctrl+H)",
    "Latest result of every unit, overdue follow-ups (Ctrl+Shift+O)": "Senaste resultat för alla verksamheter, försenade uppföljningar (Ctrl+Skift+O)",
    "Search unit, organisation or date…": "Sök verksamhet, organisation eller datum …",
    "Search": "Sök",
    "New review…": "Ny mätning …",
    "Start a new review (Ctrl+Shift+N)": "Starta en ny mätning (Ctrl+Skift+N)",
    "Open": "Öppna",
    "No reviews yet. Press “New review…” to start one.": "Inga mätningar ännu. Tryck på ”Ny mätning …” för att börja.",
    "Enter opens the selected review · Ctrl+F searches · Ctrl+Shift+N starts a new review": "Enter öppnar vald mätning · Ctrl+F söker · Ctrl+Skift+N startar en ny mätning",
    "&File": "&Arkiv",
    "&New review…": "&Ny mätning …",
    "&Units and reviews": "&Verksamheter och mätningar",
    "&Search reviews": "&Sök mätningar",
    "&Save now": "&Spara nu",
    "&Quit": "&Avsluta",
    "&Review": "&Mätning",
    "&Next criterion": "&Nästa kriterium",
    "&Previous criterion": "&Föregående kriterium",
    "&Go to criterion…": "&Gå till kriterium …",
    "Back to the &score cards": "Tillbaka till &poängkorten",
    "Back to the score cards": "Tillbaka till poängkorten",
    "S&core": "&Poäng",
    "Score %1": "Poäng %1",
    "Clear the score": "Ta bort poängen",
    "&Calculator": "&Beräkningshjälp",
    "New &note": "Ny &anteckning",
    "&Quick note": "S&nabbanteckning",
    "&Undo deleting a note": "Å&ngra borttagen anteckning",
    "&Finish…": "S&lutför …",
    "&Reopen…": "Öppna &igen …",
    "&Language": "&Språk",
    "&Help": "&Hjälp",
    "&Keyboard shortcuts": "&Kortkommandon",
    "The review cannot be opened": "Mätningen kan inte öppnas",
    "No scale installed": "Ingen skala installerad",
    "No scale file could be read, so a review cannot be started.": "Ingen skalfil kunde läsas, så en mätning kan inte startas.",
    "The review could not be created": "Mätningen kunde inte skapas",
    "Not finished yet": "Inte klar än",
    "Incomplete – %n criteria missing": (
        "Ofullständig – %n kriterium saknas",
        "Ofullständig – %n kriterier saknas",
    ),
    "Go to the first missing": "Gå till det första som saknas",
    "Close": "Stäng",
    "Finish the review": "Slutför mätningen",
    "All criteria are scored: %1/%2 points, %3.": "Alla kriterier har poäng: %1/%2 poäng, %3.",
    "A finished review is read-only until it is deliberately reopened.": "En slutförd mätning är skrivskyddad tills den medvetet öppnas igen.",
    "Finish": "Slutför",
    "Cancel": "Avbryt",
    "Reopen the review": "Öppna mätningen igen",
    "Reopen the finished review for changes?": "Öppna den slutförda mätningen igen för ändringar?",
    "The reopening is recorded in the review's log.": "Att den öppnas igen skrivs i mätningens logg.",
    "Reopen": "Öppna igen",
    "Language": "Språk",
    "The new language is used the next time the program starts.": "Det nya språket används nästa gång programmet startas.",
    "Next / previous criterion": "Nästa / föregående kriterium",
    "Go to criterion": "Gå till kriterium",
    "clears": "tar bort",
    "New note": "Ny anteckning",
    "Quick note": "Snabbanteckning",
    "Undo deleting a note": "Ångra borttagen anteckning",
    "New review": "Ny mätning",
    "Keyboard shortcuts": "Kortkommandon",
    "OK": "OK",
    "Go to criterion… (Ctrl+G)": "Gå till kriterium … (Ctrl+G)",
    "Criteria": "Kriterier",
    "● scored  ○ not scored  ▲▼ changed since last time": "● bedömt  ○ ej bedömt  ▲▼ ändrat sedan sist",
    "unsorted": "osorterat",
    "Unsorted notes": "Osorterat",
    "Not scored": "Inte bedömt",
    "%n note(s)": ("%n anteckning", "%n anteckningar"),
    "Previous measurement: %1": "Föregående mätning: %1",
    "Criterion": "Kriterium",
    "Notes": "Anteckningar",
    "New unit…": "Ny verksamhet …",
    "e.g. IPS Södermalm": "t.ex. IPS Södermalm",
    "e.g. Stockholms stad / Region Stockholm": "t.ex. Stockholms stad / Region Stockholm",
    "Lead reviewer": "Ansvarig bedömare",
    "Second reviewer (optional)": "Andra bedömare (valfritt)",
    "%1, edition %2": "%1, utgåva %2",
    "&Unit:": "&Verksamhet:",
    "&Name of the new unit:": "&Namn på ny verksamhet:",
    "Reviewer &1:": "Bedömare &1:",
    "Reviewer &2:": "Bedömare &2:",
    "Visit &from:": "Besök &från:",
    "Visit &to:": "Besök &till:",
    "&Scale:": "&Skala:",
    "Create review": "Skapa mätning",
    "Give the new unit a name.": "Ge den nya verksamheten ett namn.",
    "Enter at least one reviewer.": "Ange minst en bedömare.",
    "The two reviewers have the same name.": "De två bedömarna har samma namn.",
    "(empty note)": "(tom anteckning)",
    "Add a note to this criterion (Ctrl+N)": "Lägg till en anteckning för kriteriet (Ctrl+N)",
    "No notes yet. Ctrl+N adds one.": "Inga anteckningar ännu. Ctrl+N lägger till en.",
    "What was said, read or seen…": "Vad som sades, lästes eller sågs …",
    "Note text": "Anteckningens text",
    "No source": "Ingen källa",
    "Source": "Källa",
    "&Source:": "&Källa:",
    "Who or what it came from": "Vem eller vad uppgiften kommer från",
    "Informant": "Uppgiftslämnare",
    "&Informant:": "&Uppgiftslämnare:",
    "Unsorted": "Osorterat",
    "Move to criterion": "Flytta till kriterium",
    "Delete": "Ta bort",
    "Delete the note (Delete in the list); it can be undone": "Ta bort anteckningen (Delete i listan); det går att ångra",
    "The note was deleted.": "Anteckningen togs bort.",
    "Undo": "Ångra",
    "Bring the note back (Ctrl+Z)": "Ta tillbaka anteckningen (Ctrl+Z)",
    "&Criterion:": "&Kriterium:",
    "Notes (%1)": "Anteckningar (%1)",
    "&Quick note:": "S&nabbanteckning:",
    "Type and press Enter – goes to Unsorted notes (Ctrl+K)": "Skriv och tryck Enter – hamnar under Osorterat (Ctrl+K)",
    "Saved in Unsorted notes": "Sparad under Osorterat",
    "Reviewers: %1": "Bedömare: %1",
    "%1/%2 scored": "%1/%2 bedömda",
    "%1/%2 points": "%1/%2 poäng",
    "Not scored yet:": "Saknar poäng:",
    "NOT saved": "INTE sparat",
    "Saving…": "Sparar …",
    "Saved %1": "Sparat %1",
    "Everything you have entered is in the database.": "Allt du har skrivit in finns i databasen.",
    "No changes": "Inga ändringar",
    "This review is finished and read-only. Reopening it is logged.": "Mätningen är slutförd och skrivskyddad. Att öppna den igen loggas.",
    "Reopen…": "Öppna igen …",
    "%n review(s)": ("%n mätning", "%n mätningar"),
    "Finished": "Slutförd",
    "In progress": "Pågår",
    "Incomplete (%1 of %2 scored)": "Ofullständig (%1 av %2 bedömda)",
    "Unit / visit": "Verksamhet / besök",
    "Organisation": "Organisation",
    "Status": "Status",
    "Total": "Totalt",
    "Fidelity band": "Nivå av programtrohet",
    "Interview": "Intervju",
    "Documents/records": "Dokument/journaler",
    "Observation": "Observation",
    "Statistics/management information": "Statistik/verksamhetsdata",
    "Individual plans": "Individuella planer",
    "Notes taken with the quick note line land here. Pick a criterion for a note to sort it.": "Hit kommer anteckningar från snabbanteckningsraden. Välj kriterium för en anteckning "
    "för att sortera in den.",
    "Browse…": "Bläddra …",
    "&File:": "&Fil:",
    "&Language:": "&Språk:",
    "Include the evidence notes as an appendix (they may hold personal data)":
        "Ta med anteckningarna som bilaga (de kan innehålla personuppgifter)",
    "Warning: %n note(s) contain a Swedish personal identity number, which would be printed in the report.": (
        "Varning: %n anteckning innehåller ett personnummer, som då skrivs ut i rapporten.",
        "Varning: %n anteckningar innehåller personnummer, som då skrivs ut i rapporten.",
    ),
    "Save PDF": "Spara PDF",
    "Save the PDF as": "Spara PDF-filen som",
    "IPS report": "IPS-rapport",
    "Export the report as PDF": "Exportera rapporten som PDF",
    "Scoring form": "Bedömningsformulär",
    "Blank scoring form as PDF": "Tomt bedömningsformulär som PDF",
    "The PDF could not be saved": "PDF-filen kunde inte sparas",
    "The PDF is saved": "PDF-filen är sparad",
    "Open the file": "Öppna filen",
    "Report (PDF)…": "Rapport (PDF) …",
    "Export the report as PDF (Ctrl+E)": "Exportera rapporten som PDF (Ctrl+E)",
    "Export &report as PDF…": "Exportera &rapport som PDF …",
    "&Blank scoring form as PDF…": "&Tomt bedömningsformulär som PDF …",
    # start-up and data safety
    "The database is read-only": "Databasen är skrivskyddad",
    "The database can only be read, not changed. It is opened read-only; nothing you do now is saved.":
        "Databasen kan bara läsas, inte ändras. Den öppnas skrivskyddad; inget du gör nu sparas.",
    "The database is from a newer version": "Databasen är från en nyare version",
    "The database is already in use": "Databasen används redan",
    "Open read-only": "Öppna skrivskyddat",
    "Quit": "Avsluta",
    "The database %1 is missing, but there are backups of it.":
        "Databasen %1 saknas, men det finns säkerhetskopior av den.",
    "Start with an empty database": "Börja med en tom databas",
    "Restore the newest backup": "Återställ den senaste säkerhetskopian",
    "The database is missing": "Databasen saknas",
    "The database file is damaged and cannot be used. It has been moved aside, not deleted:\n%1":
        "Databasfilen är skadad och kan inte användas. Den har flyttats undan, inte raderats:\n%1",
    "The database is damaged": "Databasen är skadad",
    "The backup could not be restored": "Säkerhetskopian kunde inte återställas",
    "Read-only": "Skrivskyddad",
    "The database is open read-only.": "Databasen är öppnad skrivskyddad.",
    "The database is open read-only: nothing can be changed.":
        "Databasen är öppnad skrivskyddad: inget kan ändras.",
    "The note contains a personal identity number.": "Anteckningen innehåller ett personnummer.",
    "Mask": "Maskera",
    "Replace the last four digits with XXXX": "Ersätt de fyra sista siffrorna med XXXX",
    "History of the review": "Mätningens historik",
    "When": "När",
    "Who": "Vem",
    "Change": "Ändring",
    "No changes recorded yet.": "Inga ändringar registrerade ännu.",
    "Review finished": "Mätningen slutförd",
    "Review reopened": "Mätningen öppnad igen",
    "Consensus score %1": "Konsensuspoäng %1",
    "History…": "Historik …",
    "Who changed the score of this criterion, and when": "Vem som ändrade poängen för kriteriet, och när",
    "&History of changes…": "&Historik över ändringar …",
    "Backups": "Säkerhetskopior",
    "Date": "Datum",
    "Size": "Storlek",
    "Reviews": "Mätningar",
    "Made": "Gjord",
    "Check": "Kontroll",
    "Backups are kept in %1": "Säkerhetskopiorna sparas i %1",
    "Back up now": "Säkerhetskopiera nu",
    "Restore…": "Återställ …",
    "at start": "vid start",
    "at close": "vid avslut",
    "by hand": "manuellt",
    "Damaged": "Skadad",
    "Backup made: %1": "Säkerhetskopia gjord: %1",
    "Restore the backup": "Återställ säkerhetskopian",
    "Replace the database with the backup from %1?": "Ersätta databasen med säkerhetskopian från %1?",
    "The current database file is kept beside it, renamed; nothing is deleted.":
        "Den nuvarande databasfilen behålls bredvid, med nytt namn; inget raderas.",
    "Restore": "Återställ",
    "Restored. The previous file was kept as %1": "Återställd. Den tidigare filen sparades som %1",
    "Bac&kups…": "Säker&hetskopior …",
}


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "fidelity_app" / "ui").rglob("*.py"))


def lupdate(ts: Path) -> None:
    """Extract the strings of fidelity_app/ui into `ts` (keeps existing translations)."""
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sources(),
            "-ts",
            str(ts),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "sv",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def fill(ts: Path) -> list[str]:
    """Write the SV translations into `ts`; return the sources that still lack one."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        wanted = SV.get(source)
        if wanted is None:
            if translation.get("type") == "unfinished":
                missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = wanted if isinstance(wanted, tuple) else (wanted, wanted)
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = wanted if isinstance(wanted, str) else wanted[-1]
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main() -> int:
    lupdate(TS)
    missing = fill(TS)
    lrelease(TS, QM)
    for source in missing:
        print(f"saknar översättning / untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
