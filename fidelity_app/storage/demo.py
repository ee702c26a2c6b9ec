"""Demo data: fictional Swedish IPS units measured over several years, for every screen to show."""

from __future__ import annotations

import random
import uuid

import sqlite_utils

from ..domain.calculators import CalculatorInputError, suggest_from_measure
from ..domain.scale import Measure, Scale
from . import repository as repo

# Fixed ids so that running `demo` twice is detected instead of doubling the data.
_NAMESPACE = uuid.UUID("6f1c2a0e-4b7d-4c55-9a55-2f5e4d3c2b1a")

# (unit, organisation, [(visit date, overall level, finished?)]): levels drift over the years.
UNITS = [
    ("IPS Älvstaden", "Samordningsförbundet Älvdalen Väst",
     [("2022-03-14", 2.9, True), ("2023-04-17", 3.7, True), ("2024-05-20", 4.3, True),
      ("2025-10-06", 5.0, True)]),
    ("Arbetslinjen Söderhöjden", "Region Söderland",
     [("2023-02-06", 2.7, True), ("2024-02-12", 3.3, True), ("2025-03-10", 3.5, True),
      ("2026-11-16", 3.9, False)]),
    ("Steg till jobb Norrbacka", "Norrbacka kommun, socialpsykiatrin",
     [("2022-09-19", 3.1, True), ("2023-10-02", 3.05, True)]),
    ("IPS-teamet Östra Sjöstad", "Region Söderland",
     [("2024-09-09", 3.4, True), ("2025-09-15", 4.1, True), ("2026-09-21", 4.6, True)]),
]
REVIEWERS = [("Karin Lindqvist", "Jonas Åberg"), ("Sara Öberg", "Mikael Hedström")]

# Items that are hard for most Swedish units: they trail the unit's level.
HARD = {"org.vr_collaboration": -1.2, "services.benefits": -1.0, "org.team_assignment": -0.5,
        "services.employer_contact_freq": -0.9, "services.employer_contact_quality": -0.6,
        "org.executive_support": -0.4, "services.outreach": -0.5}
EASY = {"org.zero_exclusion": 0.8, "services.competitive_jobs": 0.9, "staffing.services_staff": 0.6,
        "services.individual_search": 0.5, "services.community_based": 0.3}

RECOMMENDATIONS = {
    "org.vr_collaboration": "Boka månatliga möten med handläggare på Arbetsförmedlingen och "
                            "Försäkringskassan och för gemensam lista över deltagarna.",
    "services.benefits": "Erbjud alla deltagare en individuell genomgång av hur lön påverkar "
                         "ersättningar, gärna tillsammans med Försäkringskassan.",
    "org.team_assignment": "Koppla varje arbetscoach till högst två behandlingsteam och delta i "
                           "teamens möten varje vecka.",
    "services.employer_contact_freq": "Planera in minst sex besök hos arbetsgivare per coach "
                                      "och vecka och för en veckologg som följs upp på handledningen.",
    "services.employer_contact_quality": "Träna coacherna i att bygga relationer över flera "
                                         "besök och att lära känna arbetsgivarens behov.",
    "org.executive_support": "Låt ledningen följa upp IPS-resultaten i styrgruppen varje kvartal "
                             "och ta fram en plan för att förbättra programtroheten.",
    "services.outreach": "Skriv in i rutinerna hur teamet tar kontakt när en deltagare uteblir "
                         "och följ upp det på teammötet.",
}
RATIONALES = {
    1: "Inget i intervjuer eller dokument visar att det görs.",
    2: "Görs undantagsvis; bara en av coacherna arbetar så.",
    3: "Rutinen finns, men journalerna visar att den inte alltid följs.",
    4: "Görs nästan fullt ut; enstaka undantag i de granskade journalerna.",
    5: "Görs fullt ut enligt både intervjuer och dokument.",
}
JUSTIFICATIONS = {
    "staffing.caseload": "Varje coach har högst 20 aktiva deltagare; listorna stämde med intervjuerna.",
    "staffing.services_staff": "Coacherna arbetar bara med arbetsinriktat stöd och har inga andra uppdrag.",
    "staffing.generalists": "Samma coach följer deltagaren från första samtalet till stödet på arbetsplatsen.",
    "org.zero_exclusion": "Alla som vill arbeta tas emot; remisser kommer från flera håll och ingen "
                          "bedöms som ”inte redo”.",
    "org.competitive_focus": "Verksamheten talar om arbete från första mötet och visar resultaten i "
                             "väntrummet och på hemsidan.",
    "services.rapid_search": "Första kontakten med en arbetsgivare sker i snitt inom tre veckor.",
    "services.individual_search": "Arbetssökandet utgår från deltagarnas egna önskemål i nästan alla planer.",
    "services.competitive_jobs": "Alla anställningar är på den öppna arbetsmarknaden med avtalsenlig lön.",
    "services.unlimited_followalong": "Stödet trappas ned i samråd med deltagaren och avslutas aldrig "
                                      "efter en fast tid.",
    "services.community_based": "Coacherna träffar deltagare och arbetsgivare ute; kontoret används "
                                "mest för dokumentation.",
    "services.individual_followalong": "Stödet efter anställning är anpassat efter varje deltagare och "
                                       "arbetsgivare.",
}
NOTES = [
    ("INT", "Arbetscoach", "Coacherna har i genomsnitt 19 aktiva deltagare var; väntelista saknas."),
    ("DOC", "Verksamhetsstatistik", "Listan över deltagare visar 27 aktiva på 1,5 heltidstjänst."),
    ("OBS", "Teammöte", "Arbetscoachen deltog i behandlingsteamets möte och tog upp två deltagare."),
    ("INT", "Enhetschef", "Ledningen följer upp antalet deltagare i arbete varje månad."),
    ("ISP", "Genomgång av 10 planer", "Åtta av tio planer beskriver deltagarens egna önskemål om arbete."),
    ("INT", "Handläggare, Arbetsförmedlingen", "Träffar coacherna ungefär en gång per kvartal."),
]


def _score(rng: random.Random, level: float, item_id: str) -> int:
    value = level + HARD.get(item_id, 0) + EASY.get(item_id, 0) + rng.gauss(0, 0.55)
    return max(1, min(5, round(value)))


def _tallies(measure: Measure, target: int) -> dict | None:
    """Calculator inputs that really give `target`, so the demo's calculators agree with it."""
    first = measure.inputs[0].id
    candidates: list[dict] = []
    if measure.formula == "ratio":
        candidates = [{first: n, measure.inputs[1].id: 2.5} for n in range(10, 150)]
    elif measure.formula == "percent":
        candidates = [{first: n, measure.inputs[1].id: 40} for n in range(0, 41)]
    elif measure.formula == "mean":
        candidates = [{first: [v, v + 2, max(v - 2, 0)]} for v in range(0, 400)]
    good = []
    for values in candidates:
        try:
            if suggest_from_measure(measure, values).score == target:
                good.append(values)
        except CalculatorInputError:
            continue
    return good[len(good) // 2] if good else None


def load_demo(db: sqlite_utils.Database, scale: Scale) -> int:
    """Add the demo units and their reviews in one transaction; returns reviews added (0 if present)."""
    if list(db.query("SELECT id FROM units WHERE id = ?", [str(uuid.uuid5(_NAMESPACE, UNITS[0][0]))])):
        return 0
    rng = random.Random(2026)
    added = 0
    with db.atomic():
        for unit_index, (name, organisation, visits) in enumerate(UNITS):
            unit_id = str(uuid.uuid5(_NAMESPACE, name))
            stamp = repo.now()
            db["units"].insert({"id": unit_id, "name": name, "organisation": organisation,
                                "created_at": stamp, "updated_at": stamp})
            for visit, level, finished in visits:
                _add_review(db, scale, rng, unit_id, visit, level, finished,
                            REVIEWERS[(unit_index + added) % len(REVIEWERS)])
                added += 1
    return added


def _add_review(db, scale, rng, unit_id, visit, level, finished, names) -> None:
    end = visit[:-2] + f"{int(visit[-2:]) + 1:02d}"
    review = repo.create_review(db, unit_id, scale, visit, end, names)
    first, second = repo.reviewers(db, review.id)
    items = scale.items if finished else scale.items[:18]  # the open review is mid-visit
    for item in items:
        agreed = _score(rng, level, item.id)
        mine = agreed if rng.random() < 0.75 else max(1, min(5, agreed + rng.choice((-1, 1))))
        theirs = agreed if rng.random() < 0.75 else max(1, min(5, agreed + rng.choice((-1, 1))))
        # Where the two differ, each wrote why: that is what the consensus talk is about.
        why_mine, why_theirs = ("", "") if mine == theirs else (RATIONALES[mine], RATIONALES[theirs])
        repo.set_rating(db, scale, review.id, item.id, reviewer_id=first.id, score=mine,
                        rationale=why_mine, actor=first.name)
        repo.set_rating(db, scale, review.id, item.id, reviewer_id=second.id, score=theirs,
                        rationale=why_theirs, actor=second.name)
        reason = "" if mine == theirs else "Enades efter genomgång av underlaget."
        repo.set_rating(db, scale, review.id, item.id, score=agreed, rationale=reason,
                        actor=first.name)
        if item.measure:
            tallies = _tallies(item.measure, agreed)
            if tallies:
                repo.set_calculator_input(db, review.id, item.id, tallies)
        if agreed >= scale.strength_min:
            repo.set_finding(db, review.id, item.id, justification=JUSTIFICATIONS.get(
                item.id, f"Arbetet med ”{item.title['sv']}” följer IPS fullt ut och är väl "
                         "förankrat hos både coacher och ledning."))
        elif agreed <= scale.development_max:
            repo.set_finding(db, review.id, item.id, recommendation=RECOMMENDATIONS.get(
                item.id, f"Gör en plan för ”{item.title['sv']}” med mål till nästa mätning "
                         "och följ upp den i styrgruppen."))
    caseload = repo.calculator_inputs(db, review.id).get("staffing.caseload")
    for n, (source, informant, text) in enumerate(NOTES):
        if caseload and n < 2:  # the caseload notes tell the same numbers as the calculator
            clients, fte = caseload.values["clients"], caseload.values["coach_fte"]
            text = (f"Coacherna har i genomsnitt {round(clients / fte)} aktiva deltagare var." if n == 0
                    else f"Listan över deltagare visar {clients} aktiva på "
                         f"{str(fte).replace('.', ',')} heltidstjänster.")
        item_id = [scale.items[0].id, scale.items[0].id, "org.team_assignment",
                   "org.executive_support", "services.individual_search", None][n]
        repo.add_note(db, review.id, text, item_id=item_id, reviewer_id=first.id,
                      source=source, informant=informant)
    if finished:
        repo.finish_review(db, scale, review.id, actor=first.name)


__all__ = ["load_demo"]
