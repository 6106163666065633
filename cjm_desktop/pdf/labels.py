"""The words printed on the PDF, in French (default) and English.

The PDF is a deliverable: it is written in the language asked for (``--lang``, or the app's
language), independently of Qt, so the core can produce it from the command line.
"""

from __future__ import annotations

import re

from cjm_desktop.model.domain import Evaluation

# The key of each evaluation's word in LABELS.
EVALUATION_WORDS = {Evaluation.NONE: "no_evaluation", Evaluation.DELIGHT: "delight", Evaluation.NEUTRAL: "neutral",
                    Evaluation.PAIN: "pain", Evaluation.BREAKING: "breaking"}
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "language": "fr", "current": "Parcours existant", "target": "Parcours cible", "persona": "Persona",
        "before": "Avant l’achat", "purchase": "Achat", "after": "Après l’achat",
        "no_phase": "", "parking": "À classer", "emotions": "Émotions",
        "delight": "Enchantement", "neutral": "Neutre", "pain": "Irritant", "breaking": "Point de rupture",
        "moment_of_truth": "Moment de vérité", "votes": "Votes", "legend": "Légende",
        "not_evaluated": "Non évalué",  # the legend's entry for a note not evaluated
        "tile": "Panneau {label} — {journey}", "tiles_map": "Plan d’assemblage — {journey}",
        "tiles_hint": "Assemblez les panneaux en faisant coïncider les repères ; la bande grisée se superpose.",
        "part": "partie {part}/{parts}", "created_with": "Réalisé avec CJM Desktop",
        # appendix pages
        "appendix_personas": "Personas", "appendix_stages": "Détails des étapes",
        "appendix_frictions": "Tableau des frictions", "appendix_actions": "Plan d’actions",
        "appendix_votes": "Votes", "rank": "Rang", "voted": "Proposition", "place": "Emplacement",
        "dots": "Gommettes", "tied": "ex æquo", "scope_notes": "notes du parcours",
        "scope_frictions": "irritants et points de rupture", "scope_actions": "actions",
        "votes_about": "Vote sur les {scope} · {participants} participants · {dots} gommettes",
        "continued": "{title} (suite)", "age": "{age} ans", "segment": "Segment : {segment}",
        "goals": "Objectifs", "frustrations": "Frustrations", "habits": "Habitudes",
        "stage": "Étape", "customer_goal": "Objectif client", "nominal_duration": "Durée nominale",
        "kpi": "Indicateur (KPI)", "kpi_target": "Cible", "kpi_alert": "Seuil d’alerte",
        "listening_devices": "Dispositifs d’écoute", "departments": "Services concernés",
        "friction": "Point de friction", "friction_type": "Type", "channel": "Canal", "comment": "Commentaire",
        "yes": "Oui", "frictions_intro_one": "1 point de friction (irritant ou point de rupture).",
        "frictions_intro": "{count} points de friction (irritants et points de rupture), classés par votes.",
        "action": "Action", "linked_notes": "Points de contact concernés", "owner": "Service responsable",
        "priority": "Priorité", "impact": "Impact", "effort": "Effort", "status": "Statut", "due_date": "Échéance",
        "journey": "Parcours", "all_journeys": "Transverse",
        "priority_1": "Haute", "priority_2": "Moyenne", "priority_3": "Basse",
        "todo": "À faire", "doing": "En cours", "done": "Fait", "date": "{day}/{month}/{year}",
        "actions_intro": "Classées par priorité puis par échéance. Impact et effort notés de 1 à 5.",
        "negative_impact": "Impact négatif", "solutions": "Solutions possibles", "no": "Non",
        "no_evaluation": "Sans évaluation", "appendix_compare": "Comparaison existant / cible",
        "compare_subtitle": "{current} → {target}", "compare_status": "Évolution",
        "current_note": "Point de contact existant", "target_note": "Point de contact cible",
        "compare_changes": "Ce qui change", "compare_added": "Ajouté", "compare_removed": "Supprimé",
        "compare_changed": "Modifié", "compare_moved": "Déplacé", "compare_same": "Inchangé",
        "compare_added_many": "ajoutés", "compare_removed_many": "supprimés", "compare_changed_many": "modifiés",
        "compare_moved_many": "déplacés", "compare_same_many": "inchangés",
        "compare_added_one": "ajouté", "compare_removed_one": "supprimé", "compare_changed_one": "modifié",
        "compare_moved_one": "déplacé", "compare_same_one": "inchangé",
        "compare_identical": "Le parcours cible reprend tous les points de contact de l’existant, sans changement.",
        "field_text": "Texte reformulé", "field_evaluation": "Évaluation", "field_moment_of_truth": "Moment de vérité",
        "field_emotion": "Émotion", "field_departments": "Services", "field_comment": "Commentaire modifié",
        "field_votes": "Votes", "labelled": "{label} : {value}", "more": "… et {count} de plus",
        # the service blueprint appendix (notes imported from OpenJourney with a blueprint)
        "appendix_blueprint": "Blueprint de service", "blueprint_note": "Point de contact",
        "blueprint_evidence": "Preuves physiques", "blueprint_onstage": "Front-office (visible)",
        "blueprint_backstage": "Back-office (invisible)", "blueprint_support": "Processus de support",
        "blueprint_other": "Autres informations",
        "blueprint_intro_one": "1 point de contact porte un blueprint de service (importé d’un fichier OpenJourney).",
        "blueprint_intro": "{count} points de contact portent un blueprint de service (importé d’un fichier "
                           "OpenJourney).",
        # the map's lanes, vote heat and snapshot stamp
        "lane_kpis": "Indicateurs (KPI)", "lane_kpi_target": "cible {value}", "lane_kpi_alert": "alerte {value}",
        "heat": "Gommettes · {session}", "direct_entry": "Saisie directe",
        "snapshot_stamp": "Instantané « {name} » · {when}", "moment": "{day} {month} {year} {time}",
        "months": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
        # the cover page and its table of contents; « 3 / 7 » on every page
        "page_number": "{page} / {pages}", "cover": "Page de garde", "contents": "Sommaire",
        "organisation": "Organisation", "purpose": "Objet", "description": "Description",
        "workshop_date": "Date de l’atelier", "facilitators": "Animation", "personas": "Personas",
        "appendix": "Annexes", "cover_kicker": "CARTOGRAPHIE DES PARCOURS CLIENTS", "key_figures": "En chiffres",
        "notes_one": "1 note", "notes": "{count} notes",
        "frictions_one": "1 irritant ou point de rupture", "frictions": "{count} irritants ou points de rupture",
        "moments_one": "1 moment de vérité", "moments": "{count} moments de vérité",
    },
    "en": {
        "language": "en", "current": "Current journey", "target": "Target journey", "persona": "Persona",
        "before": "Before the purchase", "purchase": "Purchase",
        "after": "After the purchase", "no_phase": "", "parking": "To sort", "emotions": "Emotions",
        "delight": "Delight", "neutral": "Neutral", "pain": "Pain point", "breaking": "Breaking point",
        "moment_of_truth": "Moment of truth", "votes": "Votes", "legend": "Legend",
        "not_evaluated": "Not evaluated",  # the legend's entry for a note not evaluated
        "tile": "Panel {label} — {journey}", "tiles_map": "Assembly plan — {journey}",
        "tiles_hint": "Assemble the panels by matching the marks; the grey band overlaps.",
        "part": "part {part}/{parts}", "created_with": "Made with CJM Desktop",
        # appendix pages
        "appendix_personas": "Personas", "appendix_stages": "Stage details",
        "appendix_frictions": "Friction table", "appendix_actions": "Action plan",
        "appendix_votes": "Votes", "rank": "Rank", "voted": "Item", "place": "Place",
        "dots": "Dots", "tied": "tied", "scope_notes": "journey's notes",
        "scope_frictions": "pain points and breaking points", "scope_actions": "actions",
        "votes_about": "Vote on the {scope} · {participants} participants · {dots} dots",
        "continued": "{title} (continued)", "age": "{age} years old", "segment": "Segment: {segment}",
        "goals": "Goals", "frustrations": "Frustrations", "habits": "Habits",
        "stage": "Stage", "customer_goal": "Customer goal", "nominal_duration": "Nominal duration",
        "kpi": "Indicator (KPI)", "kpi_target": "Target", "kpi_alert": "Alert threshold",
        "listening_devices": "Listening devices", "departments": "Departments",
        "friction": "Friction point", "friction_type": "Type", "channel": "Channel", "comment": "Comment",
        "yes": "Yes", "frictions_intro_one": "1 friction point (pain point or breaking point).",
        "frictions_intro": "{count} friction points (pain points and breaking points), sorted by votes.",
        "action": "Action", "linked_notes": "Touchpoints addressed", "owner": "Owner department",
        "priority": "Priority", "impact": "Impact", "effort": "Effort", "status": "Status", "due_date": "Due date",
        "journey": "Journey", "all_journeys": "Cross-journey",
        "priority_1": "High", "priority_2": "Medium", "priority_3": "Low",
        "todo": "To do", "doing": "In progress", "done": "Done", "date": "{year}-{month}-{day}",
        "actions_intro": "Sorted by priority, then due date. Impact and effort rated from 1 to 5.",
        "negative_impact": "Negative impact", "solutions": "Possible solutions", "no": "No",
        "no_evaluation": "Not evaluated", "appendix_compare": "Current vs target",
        "compare_subtitle": "{current} → {target}", "compare_status": "Change",
        "current_note": "Current touchpoint", "target_note": "Target touchpoint",
        "compare_changes": "What changes", "compare_added": "Added", "compare_removed": "Removed",
        "compare_changed": "Changed", "compare_moved": "Moved", "compare_same": "Unchanged",
        "compare_added_many": "added", "compare_removed_many": "removed", "compare_changed_many": "changed",
        "compare_moved_many": "moved", "compare_same_many": "unchanged",
        "compare_added_one": "added", "compare_removed_one": "removed", "compare_changed_one": "changed",
        "compare_moved_one": "moved", "compare_same_one": "unchanged",
        "compare_identical": "The target journey keeps every touchpoint of the current one, unchanged.",
        "field_text": "Text reworded", "field_evaluation": "Evaluation", "field_moment_of_truth": "Moment of truth",
        "field_emotion": "Emotion", "field_departments": "Departments", "field_comment": "Comment changed",
        "field_votes": "Votes", "labelled": "{label}: {value}", "more": "… and {count} more",
        # the service blueprint appendix (notes imported from OpenJourney with a blueprint)
        "appendix_blueprint": "Service blueprint", "blueprint_note": "Touchpoint",
        "blueprint_evidence": "Physical evidence", "blueprint_onstage": "Onstage (visible)",
        "blueprint_backstage": "Backstage (invisible)", "blueprint_support": "Support processes",
        "blueprint_other": "Other information",
        "blueprint_intro_one": "1 touchpoint carries a service blueprint (imported from an OpenJourney file).",
        "blueprint_intro": "{count} touchpoints carry a service blueprint (imported from an OpenJourney file).",
        # the map's lanes, vote heat and snapshot stamp
        "lane_kpis": "KPIs", "lane_kpi_target": "target {value}", "lane_kpi_alert": "alert {value}",
        "heat": "Dots · {session}", "direct_entry": "Direct entry",
        "snapshot_stamp": "Snapshot “{name}” · {when}", "moment": "{day} {month} {year}, {time}",
        "months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
        # the cover page and its table of contents; « 3 / 7 » on every page
        "page_number": "{page} / {pages}", "cover": "Cover", "contents": "Contents",
        "organisation": "Organisation", "purpose": "Purpose", "description": "Description",
        "workshop_date": "Workshop date", "facilitators": "Facilitators", "personas": "Personas",
        "appendix": "Appendix", "cover_kicker": "CUSTOMER JOURNEY MAPPING", "key_figures": "Key figures",
        "notes_one": "1 note", "notes": "{count} notes",
        "frictions_one": "1 pain point or breaking point", "frictions": "{count} pain points or breaking points",
        "moments_one": "1 moment of truth", "moments": "{count} moments of truth",
    },
}


def labels(language: str = "fr") -> dict[str, str]:
    """The words of the PDF in ``language`` (French when unknown)."""
    return LABELS.get(language, LABELS["fr"])


def format_date(iso: str | None, words: dict[str, str]) -> str:
    """An ISO date in the language's form (« 15/01/2027 »); anything else as it is."""
    match = ISO_DATE.fullmatch(iso or "")
    if not match:
        return iso or ""
    year, month, day = match.groups()
    return words["date"].format(year=year, month=month, day=day)
