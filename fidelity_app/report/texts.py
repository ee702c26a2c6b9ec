"""The fixed words of the report and the blank form, in Swedish and English."""

from __future__ import annotations

LANGUAGES = ("sv", "en")
# /Lang of the PDF: the document language for screen readers and text tools.
PDF_LANG = {"sv": "sv-SE", "en": "en-GB"}

_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "report_title": "Programtrohetsmätning IPS",
        "report_subject": "Rapport från programtrohetsmätning enligt {scale}",
        "summary": "Sammanfattning",
        "unit": "Verksamhet",
        "organisation": "Organisation",
        "visit": "Besök",
        "reviewers": "Bedömare",
        "agreement": "Metod",
        "agreement_line": "{first} och {second} bedömde {pairs} kriterier oberoende av varandra: exakt "
                          "{exact} %, inom en poäng {within} %, viktad kappa {kappa}",
        "scale": "Skala",
        "edition": "utgåva",
        "status": "Status",
        "status_finished": "Slutförd",
        "status_draft": "Utkast – ej slutförd",
        "total": "Totalpoäng",
        "of": "av",
        "points": "poäng",
        "band": "Nivå",
        "no_band": "Ingen nivå anges förrän alla kriterier har poäng.",
        "scored": "Bedömda kriterier",
        "scored_short": "Bedömda",
        "sections": "Delsummor per område",
        "section": "Område",
        "score": "Poäng",
        "max": "Max",
        "previous": "Föregående",
        "change": "Förändring",
        "previous_review": "Föregående mätning",
        "previous_line": "Föregående mätning {date}: {total} av {max} poäng{band}.",
        "previous_incomplete": " (ofullständig)",
        "no_previous": "Verksamheten har ingen tidigare mätning i programmet.",
        "bands": "Nivåer",
        "scale_note": "Varje kriterium bedöms 1–5 poäng, där 5 innebär full programtrohet. "
                      "Högsta möjliga totalpoäng är {max}.",
        "chart": "Poäng per kriterium",
        "chart_legend_strength": "Styrka",
        "chart_legend_development": "Utvecklingsområde",
        "chart_legend_other": "Övriga",
        "chart_legend_previous": "Föregående mätning",
        "chart_legend_unscored": "Ej bedömd",
        "strengths": "Styrkor",
        "strengths_intro": "Kriterier med {min} poäng eller mer, eller som bedömarna valt att lyfta fram.",
        "strengths_intro_full": "Kriterier med full poäng ({min}), eller som bedömarna valt att lyfta fram.",
        "no_strengths": "Inga kriterier är markerade som styrkor.",
        "development": "Utvecklingsområden",
        "development_intro": "Kriterier med {max} poäng eller mindre, eller som bedömarna valt att lyfta "
                             "fram, med bedömarnas rekommendationer.",
        "no_development": "Inga kriterier är markerade som utvecklingsområden.",
        "justification": "Motivering",
        "recommendation": "Rekommendation",
        "no_justification": "Ingen motivering angiven.",
        "no_recommendation": "Ingen rekommendation angiven.",
        "score_table": "Poäng för alla kriterier",
        "criterion": "Kriterium",
        "not_scored": "ej bedömd",
        "subtotal": "Summa",
        "total_row": "Totalt",
        "notes": "Bilaga: anteckningar från besöket",
        "notes_warning": "Bilagan kan innehålla personuppgifter. Hantera rapporten därefter.",
        "no_notes": "Inga anteckningar.",
        "unsorted": "Osorterade anteckningar",
        "source": "Källa",
        "informant": "Uppgiftslämnare",
        "draft_mark": "UTKAST – ej slutförd",
        "watermark": "UTKAST",
        "page": "sida {page} av {pages}",
        "created": "Skapad {date}",
        "form_title": "Bedömningsformulär",
        "form_subject": "Tomt bedömningsformulär för {scale}",
        "form_intro": "Skriv anteckningar under varje kriterium och kryssa för den poäng som stämmer "
                      "med underlaget. Bedöm det som görs i dag, inte planer. För över poängen till "
                      "tabellen nedan när alla kriterier är bedömda.",
        "form_footer": "Ett ifyllt formulär kan innehålla personuppgifter – förvara det säkert.",
        "form_date": "Datum",
        "form_reviewer": "Bedömare",
        "form_score": "Poäng",
        "form_notes": "Anteckningar",
        "form_values": "Underlag för beräkning",
        "form_checklist": "Inslag som finns (kryssa)",
        "form_value_to_score": "Värde → poäng",
        "form_count_to_score": "Antal inslag → poäng",
        "form_sources": "Datakällor",
        "form_sources_legend": "Datakällor",
        "definition": "Definition",
        "anchors": "Poängnivåer",
        "unit_label": "Enhet",
        "MIS": "statistik och verksamhetsuppföljning",
        "DOC": "dokument och journaler",
        "INT": "intervjuer",
        "OBS": "observation (möten, arbete i fält)",
        "ISP": "individuella planer",
    },
    "en": {
        "report_title": "IPS fidelity review",
        "report_subject": "Report of a fidelity review with the {scale}",
        "summary": "Summary",
        "unit": "Unit",
        "organisation": "Organisation",
        "visit": "Visit",
        "reviewers": "Reviewers",
        "agreement": "Method",
        "agreement_line": "{first} and {second} scored {pairs} criteria independently: exact "
                          "{exact}%, within one point {within}%, weighted kappa {kappa}",
        "scale": "Scale",
        "edition": "edition",
        "status": "Status",
        "status_finished": "Finished",
        "status_draft": "Draft – not finished",
        "total": "Total score",
        "of": "of",
        "points": "points",
        "band": "Fidelity level",
        "no_band": "No fidelity level is given until every criterion is scored.",
        "scored": "Criteria scored",
        "scored_short": "Scored",
        "sections": "Subtotals by section",
        "section": "Section",
        "score": "Score",
        "max": "Max",
        "previous": "Previous",
        "change": "Change",
        "previous_review": "Previous review",
        "previous_line": "Previous review {date}: {total} of {max} points{band}.",
        "previous_incomplete": " (incomplete)",
        "no_previous": "The program holds no earlier review of this unit.",
        "bands": "Fidelity levels",
        "scale_note": "Each criterion is scored 1–5, where 5 means full fidelity. "
                      "The highest possible total is {max}.",
        "chart": "Score per criterion",
        "chart_legend_strength": "Strength",
        "chart_legend_development": "Development area",
        "chart_legend_other": "Other",
        "chart_legend_previous": "Previous review",
        "chart_legend_unscored": "Not scored",
        "strengths": "Strengths",
        "strengths_intro": "Criteria scored {min} or higher, or chosen by the reviewers.",
        "strengths_intro_full": "Criteria with the full score ({min}), or chosen by the reviewers.",
        "no_strengths": "No criteria are marked as strengths.",
        "development": "Development areas",
        "development_intro": "Criteria scored {max} or lower, or chosen by the reviewers, with the "
                             "reviewers' recommendations.",
        "no_development": "No criteria are marked as development areas.",
        "justification": "Justification",
        "recommendation": "Recommendation",
        "no_justification": "No justification given.",
        "no_recommendation": "No recommendation given.",
        "score_table": "Scores for all criteria",
        "criterion": "Criterion",
        "not_scored": "not scored",
        "subtotal": "Subtotal",
        "total_row": "Total",
        "notes": "Appendix: evidence notes from the visit",
        "notes_warning": "This appendix may contain personal data. Handle the report accordingly.",
        "no_notes": "No notes.",
        "unsorted": "Unsorted notes",
        "source": "Source",
        "informant": "Informant",
        "draft_mark": "DRAFT – not finished",
        "watermark": "DRAFT",
        "page": "page {page} of {pages}",
        "created": "Created {date}",
        "form_title": "Scoring form",
        "form_subject": "Blank scoring form for the {scale}",
        "form_intro": "Write notes under each criterion and tick the score that matches the "
                      "evidence. Score what is done today, not plans. Copy the scores to the table "
                      "below once every criterion is scored.",
        "form_footer": "A filled-in form may hold personal data – keep it safe.",
        "form_date": "Date",
        "form_reviewer": "Reviewer",
        "form_score": "Score",
        "form_notes": "Notes",
        "form_values": "Figures for the calculation",
        "form_checklist": "Elements present (tick)",
        "form_value_to_score": "Value → score",
        "form_count_to_score": "Elements present → score",
        "form_sources": "Data sources",
        "form_sources_legend": "Data sources",
        "definition": "Definition",
        "anchors": "Score levels",
        "unit_label": "Unit",
        "MIS": "management information and statistics",
        "DOC": "documents and records",
        "INT": "interviews",
        "OBS": "observation (meetings, field work)",
        "ISP": "individual service plans",
    },
}


def check_lang(lang: str) -> str:
    """`lang` if the report speaks it, else ValueError naming the choices."""
    if lang not in LANGUAGES:
        raise ValueError(f"Okänt språk {lang!r}, välj sv eller en / unknown language, use sv or en")
    return lang


def text(lang: str, key: str, **values: object) -> str:
    """The report string `key` in `lang`, with `{placeholders}` filled from `values`."""
    template = _TEXTS[check_lang(lang)][key]
    return template.format(**values) if values else template


def number(value: int) -> str:
    """A signed change in points: +1, −2 (true minus sign), 0."""
    if value > 0:
        return f"+{value}"
    if value < 0:
        return f"\u2212{-value}"
    return "0"
