"""The events stage's rule data: the trigger lexicon (models/event_triggers.json), read once and cached.
Which verbs, phrasal verbs, idioms and nouns name which type of happening, and the word lists that
say what is not a happening (states, figures, intentions, links between events)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...config import SETTINGS
from ..timex import lexicon as date_lexicon


LEXICON_FILE = "event_triggers.json"


@dataclass(frozen=True)
class TriggerLexicon:
    verbs: dict
    light_verbs: frozenset
    phrasal: dict
    particles: dict
    idioms: dict
    aspectual: frozenset
    modal_adjectives: frozenset
    nouns: dict
    argument_nouns: dict
    states: frozenset
    figure_verbs: frozenset
    figure_nouns: frozenset
    transparent_verbs: frozenset
    not_time_prepositions: frozenset
    location_prepositions: frozenset
    party_prepositions: frozenset
    simultaneous_marks: frozenset
    subsequent_marks: frozenset
    visit_verbs: frozenset
    visit_prepositions: frozenset
    needs_event_argument: frozenset
    continuing_prepositions: frozenset
    sequence_prepositions: frozenset
    phase_nouns: frozenset
    figure_subjects: frozenset
    argument_modifiers: dict
    argument_modifier_heads: frozenset
    not_events: dict
    figure_report_verbs: frozenset
    intention_verbs: frozenset
    coercion_verbs: frozenset
    departure_verbs: frozenset
    linking_verbs: frozenset
    people_nouns: frozenset
    pair_nouns: frozenset
    pair_subjects: frozenset
    kin_nouns: frozenset
    financing_verbs: frozenset
    figure_phrases: frozenset
    argument_typed_verbs: frozenset
    military_object_verbs: frozenset
    office_nouns: frozenset
    no_argument_class: frozenset
    statement_verbs: frozenset
    reporting_verbs: frozenset
    relocation_verbs: frozenset
    framing_phrases: frozenset
    argument_typed_nouns: frozenset
    succession_verbs: frozenset
    policy_object_verbs: frozenset
    territory_transfer_verbs: frozenset
    in_force_idioms: frozenset
    configurable_verbs: frozenset
    territory_nouns: frozenset
    membership_bodies: frozenset
    military_collectives: frozenset
    directive_verbs: frozenset
    speech_nouns: frozenset
    speech_verbs: frozenset
    hyphen_prefixes: frozenset
    constitutive_verbs: frozenset
    escape_nouns: frozenset
    finding_words: frozenset = frozenset()
    hypothetical_modals: frozenset = frozenset()
    narrative_adverbs: frozenset = frozenset()
    role_verbs: frozenset = frozenset()
    staging_verbs: frozenset = frozenset()
    status_verbs: frozenset = frozenset()
    merging_verbs: frozenset = frozenset()
    ruling_phrases: frozenset = frozenset()
    purpose_nouns: frozenset = frozenset()
    commercial_modifiers: frozenset = frozenset()
    award_nouns: frozenset = frozenset()
    naming_verbs: frozenset = frozenset()
    usage_verbs: frozenset = frozenset()
    generic_heads: frozenset = frozenset()
    birth_verbs: frozenset = frozenset()
    span_prepositions: frozenset = frozenset()
    extent_verbs: frozenset = frozenset()
    spreading_verbs: frozenset = frozenset()
    name_particles: frozenset = frozenset()
    ending_prepositions: frozenset = frozenset()
    negating_determiners: frozenset = frozenset()
    alternative_conjunctions: frozenset = frozenset()
    focus_adverbs: frozenset = frozenset()
    prospective_words: frozenset = frozenset()
    deadline_nouns: frozenset = frozenset()
    governing_verbs: frozenset = frozenset()
    habitual_verbs: frozenset = frozenset()
    negating_verbs: frozenset = frozenset()
    distributive_determiners: frozenset = frozenset()
    habitual_adverbs: frozenset = frozenset()

    @staticmethod
    def entry(table: dict, key: str) -> tuple[str | None, dict]:
        """(type, argument or modifier overrides) of a lexicon entry, (None, {}) if absent."""
        value = table.get(key)
        if value is None:
            return None, {}
        if isinstance(value, str):
            return value, {}
        return value.get("type"), value.get("arguments") or value.get("modifiers") or {}

    @staticmethod
    def noun_entry(table: dict, key: str) -> tuple[str | None, dict, dict]:
        """(type, modifier overrides, "of"/"to" argument overrides) of an event noun."""
        value = table.get(key)
        if value is None or isinstance(value, str):
            return value, {}, {}
        return value.get("type"), value.get("modifiers") or {}, value.get("arguments") or {}


@lru_cache(maxsize=4)
def load_trigger_lexicon(models_dir: Path | None = None) -> TriggerLexicon:
    data = json.loads((Path(models_dir or SETTINGS.models_dir) / LEXICON_FILE).read_text(encoding="utf-8"))
    as_set = lambda key: frozenset(data.get(key, []))  # noqa: E731
    return TriggerLexicon(
        verbs=data.get("verbs", {}), light_verbs=as_set("light_verbs"), phrasal=data.get("phrasal", {}),
        particles=data.get("particles", {}), idioms=data.get("idioms", {}), aspectual=as_set("aspectual"),
        modal_adjectives=as_set("modal_adjectives"), nouns=data.get("nouns", {}),
        argument_nouns=data.get("argument_nouns", {}), states=as_set("states"),
        figure_verbs=as_set("figure_verbs"), figure_nouns=as_set("figure_nouns"),
        transparent_verbs=as_set("transparent_verbs"), not_time_prepositions=as_set("not_time_prepositions"),
        location_prepositions=as_set("location_prepositions"), party_prepositions=as_set("party_prepositions"),
        simultaneous_marks=as_set("simultaneous_marks"), subsequent_marks=as_set("subsequent_marks"),
        visit_verbs=as_set("visit_verbs"), visit_prepositions=as_set("visit_prepositions"),
        needs_event_argument=as_set("needs_event_argument"), continuing_prepositions=as_set("continuing_prepositions"),
        sequence_prepositions=as_set("sequence_prepositions"), phase_nouns=as_set("phase_nouns"),
        figure_subjects=as_set("figure_subjects"), argument_modifiers=data.get("argument_modifiers", {}),
        argument_modifier_heads=as_set("argument_modifier_heads"),
        not_events={verb: frozenset(nouns) for verb, nouns in data.get("not_events", {}).items()},
        figure_report_verbs=as_set("figure_report_verbs"), intention_verbs=as_set("intention_verbs"),
        coercion_verbs=as_set("coercion_verbs"), departure_verbs=as_set("departure_verbs"),
        linking_verbs=as_set("linking_verbs"), people_nouns=as_set("people_nouns"),
        pair_nouns=as_set("pair_nouns"), pair_subjects=as_set("pair_subjects"),
        kin_nouns=as_set("kin_nouns"), financing_verbs=as_set("financing_verbs"),
        figure_phrases=as_set("figure_phrases"), argument_typed_verbs=as_set("argument_typed_verbs"),
        military_object_verbs=as_set("military_object_verbs"), office_nouns=as_set("office_nouns"),
        no_argument_class=as_set("no_argument_class"), statement_verbs=as_set("statement_verbs"),
        reporting_verbs=as_set("reporting_verbs"),
        relocation_verbs=as_set("relocation_verbs"), framing_phrases=as_set("framing_phrases"),
        argument_typed_nouns=as_set("argument_typed_nouns"), succession_verbs=as_set("succession_verbs"),
        policy_object_verbs=as_set("policy_object_verbs"), territory_transfer_verbs=as_set("territory_transfer_verbs"),
        in_force_idioms=as_set("in_force_idioms"), configurable_verbs=as_set("configurable_verbs"),
        territory_nouns=as_set("territory_nouns"), membership_bodies=as_set("membership_bodies"),
        military_collectives=as_set("military_collectives"), directive_verbs=as_set("directive_verbs"),
        speech_nouns=as_set("speech_nouns"), speech_verbs=as_set("speech_verbs"),
        hyphen_prefixes=as_set("hyphen_prefixes"), constitutive_verbs=as_set("constitutive_verbs"),
        escape_nouns=as_set("escape_nouns"), finding_words=as_set("finding_words"),
        hypothetical_modals=as_set("hypothetical_modals"), narrative_adverbs=as_set("narrative_adverbs"),
        role_verbs=as_set("role_verbs"), staging_verbs=as_set("staging_verbs"), status_verbs=as_set("status_verbs"),
        merging_verbs=as_set("merging_verbs"),
        ruling_phrases=as_set("ruling_phrases"),
        purpose_nouns=as_set("purpose_nouns"), commercial_modifiers=as_set("commercial_modifiers"),
        award_nouns=as_set("award_nouns"),
        naming_verbs=as_set("naming_verbs"), usage_verbs=as_set("usage_verbs"), generic_heads=as_set("generic_heads"),
        birth_verbs=as_set("birth_verbs"),
        span_prepositions=as_set("span_prepositions"), spreading_verbs=as_set("spreading_verbs"),
        extent_verbs=as_set("extent_verbs"),
        name_particles=as_set("name_particles"),
        ending_prepositions=as_set("ending_prepositions"), negating_determiners=as_set("negating_determiners"),
        alternative_conjunctions=as_set("alternative_conjunctions"), focus_adverbs=as_set("focus_adverbs"),
        prospective_words=as_set("prospective_words"), deadline_nouns=as_set("deadline_nouns"),
        governing_verbs=as_set("governing_verbs"), habitual_verbs=as_set("habitual_verbs"),
        negating_verbs=as_set("negating_verbs"),
        distributive_determiners=as_set("distributive_determiners"),
        habitual_adverbs=frozenset(date_lexicon()["habitual_adverbs"]),  # one list for dates and events
    )
