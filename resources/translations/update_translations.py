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
    "&Organisation:": "&Organisation:",
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
