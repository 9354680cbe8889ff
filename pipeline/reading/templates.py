"""Templates as a reader of the article sees them: which templates are rendered and how, convert's
units, dropped tags and namespaces (the rules, data in models/wikitext_templates.json), a template's
parameters with their offsets in the wikitext, and the renderers of value templates (convert, dates,
"as of", fractions, harv, val), each a pure function of the parameters' text.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from mwparserfromhell.nodes import Template, Text
from mwparserfromhell.wikicode import Wikicode

from ..config import SETTINGS

SPACE_RE = re.compile(r"\s+")
RULES_FILE = "wikitext_templates.json"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ISO_DATE_RE = re.compile(r"^\s*(\d{3,4})-(\d{1,2})(?:-(\d{1,2}))?\s*$")
HARV_YEAR_RE = re.compile(r"^(?:\d{3,4}[a-z]?|n\.d\.|nd)$")
NUMBER_RE = re.compile(r"^([-−+]?)(\d+)(\.\d+)?$")


@dataclass(frozen=True)
class WikitextRules:
    templates: dict[str, dict]
    template_patterns: list[tuple[re.Pattern, dict]]
    units: dict[str, list[str]]
    unit_scales: dict[str, str]
    unit_aliases: dict[str, str]
    range_separators: dict[str, str]
    drop_tags: frozenset[str]
    block_tags: frozenset[str]
    line_break_tags: frozenset[str]
    file_namespaces: frozenset[str]
    category_namespaces: frozenset[str]
    interwiki_prefixes_kept: frozenset[str]
    dropped_table_classes: frozenset[str]
    caption_formats: frozenset[str]
    image_options: frozenset[str]
    image_option_prefixes: tuple[str, ...]

    def template(self, name: str) -> dict | None:
        spec = self.templates.get(name)
        if spec is not None:
            return spec
        for pattern, pattern_spec in self.template_patterns:
            if pattern.match(name):
                return pattern_spec
        return None


@lru_cache(maxsize=1)
def load_rules() -> WikitextRules:
    data = json.loads((SETTINGS.models_dir / RULES_FILE).read_text(encoding="utf-8"))
    convert = data["convert"]
    return WikitextRules(
        templates={template_key(name): spec for name, spec in data["templates"].items()},
        template_patterns=[(re.compile(item["match"]), item) for item in data["template_patterns"]],
        units=convert["units"],
        unit_scales=convert["scales"],
        unit_aliases=convert["aliases"],
        range_separators=convert["range_separators"],
        drop_tags=frozenset(data["drop_tags"]),
        block_tags=frozenset(data["block_tags"]),
        line_break_tags=frozenset(data["line_break_tags"]),
        file_namespaces=frozenset(data["file_namespaces"]),
        category_namespaces=frozenset(data["category_namespaces"]),
        interwiki_prefixes_kept=frozenset(data["interwiki_prefixes_kept"]),
        dropped_table_classes=frozenset(data["dropped_table_classes"]),
        caption_formats=frozenset(data["images"]["caption_formats"]),
        image_options=frozenset(data["images"]["options"]),
        image_option_prefixes=tuple(data["images"]["option_prefixes"]),
    )


def template_key(name: str) -> str:
    """'Template:Convert ', 'US_$' -> 'convert', 'us $': how template names are looked up."""
    key = SPACE_RE.sub(" ", name.replace("_", " ")).strip().casefold()
    for prefix in ("template:", "subst:", "safesubst:", "msgnw:"):
        if key.startswith(prefix):
            key = key[len(prefix):].strip()
    return key


@dataclass
class Parameter:
    name: str  # "1", "2", ... for positional parameters
    value: Wikicode
    start: int  # of the value
    positional: bool
    pipe: int = -1  # of the '|' before the parameter

    @property
    def end(self) -> int:
        return self.start + len(str(self.value))


def template_parameters(template: Template, start: int) -> list[Parameter]:
    offset = start + 2 + len(str(template.name))
    parameters = []
    for param in template.params:
        offset += 1  # "|"
        value_start = offset + (len(str(param.name)) + 1 if param.showkey else 0)
        parameters.append(Parameter(str(param.name).strip(), param.value, value_start, not param.showkey, offset - 1))
        offset += len(str(param))
    return parameters


def positional(parameters: list[Parameter]) -> list[Parameter]:
    return [parameter for parameter in parameters if parameter.positional]


def named(parameters: list[Parameter], name: str) -> Parameter | None:
    found = None
    for parameter in parameters:
        if parameter.name == name:
            found = parameter  # the last one wins, as in MediaWiki
    return found


IMAGE_SIZE_RE = re.compile(r"^(?:\d+\s*)?(?:x\s*\d+\s*)?px$")


def is_image_option(text: str, rules: WikitextRules) -> bool:
    """'thumb', '260px', 'x120px', 'alt=...', 'upright=1.2': an option of a file link, not its caption."""
    folded = text.strip().casefold()
    return (folded in rules.image_options or bool(IMAGE_SIZE_RE.match(folded))
            or folded.startswith(rules.image_option_prefixes))


def top_level_pipes(code: Wikicode, offset: int) -> list[int]:
    """Wikitext offsets of the '|' in `code` (which starts at `offset`) that are not inside a nested link,
    template or tag: the separators of a file link's or a gallery line's parameters."""
    pipes = []
    for node in code.nodes:
        text = str(node)
        if isinstance(node, Text):
            pipes.extend(offset + index for index, char in enumerate(text) if char == "|")
        offset += len(text)
    return pipes


def is_yes(value: str | None) -> bool:
    return (value or "").strip().lower() in ("y", "yes", "on", "true")


def format_number(text: str) -> str:
    """'830000' -> '830,000'; anything that is not a plain number is returned as written."""
    cleaned = text.replace(",", "").strip()
    match = NUMBER_RE.match(cleaned)
    if not match:
        return text.strip()
    sign, whole, fraction = match.group(1), match.group(2), match.group(3) or ""
    if len(whole) >= 4:
        whole = f"{int(whole):,}"
    return f"{sign}{whole}{fraction}"


def unit_words(code: str, plural: bool, abbreviate: bool, rules: WikitextRules) -> str:
    code = rules.unit_aliases.get(code, code)
    scale = ""
    for prefix, word in rules.unit_scales.items():
        if code.startswith(prefix) and code[len(prefix):] in rules.units:
            scale, code = word, code[len(prefix):]
            break
    names = rules.units.get(code)
    if names is None:
        return f"{scale} {code}".strip()
    if abbreviate:
        return f"{scale} {names[2]}".strip()
    return f"{scale} {names[1] if plural or scale else names[0]}".strip()


def render_convert(values: list[str], options: dict[str, str], spec: dict, rules: WikitextRules) -> str:
    """{{convert|830000|t}} -> '830,000 tonnes'; {{convert|5|to|10|km|abbr=on}} -> '5 to 10 km'."""
    if not values:
        return ""
    numbers = [format_number(values[0])]
    index = 1
    while index + 1 < len(values) and values[index] in rules.range_separators:
        numbers.append(rules.range_separators[values[index]])
        numbers.append(format_number(values[index + 1]))
        index += 2
    unit = values[index] if index < len(values) else ""
    abbreviate = spec.get("abbr", False) or options.get("abbr", "").lower() in ("on", "yes", "in", "values")
    amount = "".join(numbers)
    plural = not (len(numbers) == 1 and amount.lstrip("+-") in ("1", "1.0"))
    if options.get("adj", "").lower() == "on" and not abbreviate:
        return f"{amount}-{unit_words(unit, False, False, rules)}" if unit else amount
    words = unit_words(unit, plural, abbreviate, rules) if unit else ""
    if options.get("sp", "").lower() == "us":
        words = words.replace("metre", "meter").replace("litre", "liter")
    return f"{amount} {words}".strip()


def month_name(text: str) -> str | None:
    text = text.strip()
    if text.isdigit() and 1 <= int(text) <= 12:
        return MONTHS[int(text) - 1]
    for month in MONTHS:
        if text.casefold() in (month.casefold(), month[:3].casefold()):
            return month
    return None


def render_ymd(values: list[str], day_first: bool = False) -> str:
    """Year, month, day parameters: 'February 24, 1993' (day_first: '24 February 1993')."""
    values = [value.strip() for value in values[:3] if value.strip()]
    if not values:
        return ""
    if len(values) == 1 or not values[0].isdigit():
        return render_date(values)
    year = values[0]
    month = month_name(values[1])
    if month is None:
        return year
    if len(values) < 3 or not values[2].isdigit():
        return f"{month} {year}"
    day = int(values[2])
    return f"{day} {month} {year}" if day_first else f"{month} {day}, {year}"


def render_date(values: list[str]) -> str:
    """{{date|2006-08-04}} -> '4 August 2006'; with 'mdy' -> 'August 4, 2006'; 'iso' as written."""
    if not values or not values[0].strip():
        return ""
    text = values[0].strip()
    style = values[1].strip().lower() if len(values) > 1 else "dmy"
    match = ISO_DATE_RE.match(text)
    if not match or style == "iso":
        return text
    year, month, day = match.group(1), int(match.group(2)), match.group(3)
    if not 1 <= month <= 12:
        return text
    if day is None:
        return f"{MONTHS[month - 1]} {year}"
    return f"{MONTHS[month - 1]} {int(day)}, {year}" if style == "mdy" else f"{int(day)} {MONTHS[month - 1]} {year}"


def render_as_of(values: list[str], lower: bool) -> str:
    words = "as of" if lower else "As of"
    if not values:
        return words
    year = values[0].strip()
    month = month_name(values[1]) if len(values) > 1 and values[1].strip() else None
    if month is None:
        return f"{words} {year}"
    if len(values) > 2 and values[2].strip().isdigit():
        return f"{words} {month} {int(values[2])}, {year}"
    return f"{words} {month} {year}"


def render_fraction(values: list[str]) -> str:
    values = [value.strip() for value in values if value.strip()]
    if len(values) == 3:
        return f"{values[0]} {values[1]}/{values[2]}"
    if len(values) == 2:
        return f"{values[0]}/{values[1]}"
    return f"1/{values[0]}" if values else ""


def render_harv(values: list[str], style: str) -> str:
    """{{harvtxt|Boolos|Jeffrey|1974}} -> 'Boolos & Jeffrey (1974)'."""
    values = [value.strip() for value in values if value.strip()]
    year_at = next((i for i, value in enumerate(values) if HARV_YEAR_RE.match(value)), None)
    if not year_at:
        return ""
    authors, year = values[:year_at][:4], values[year_at]
    if len(authors) == 4:
        names = f"{authors[0]} et al."
    elif len(authors) > 1:
        names = f"{', '.join(authors[:-1])} & {authors[-1]}"
    else:
        names = authors[0]
    if style == "text":
        return f"{names} ({year})"
    return f"({names} {year})" if style == "paren" else f"{names} {year}"


def render_bar(values: list[str], spec: dict) -> str:
    """A bar of a chart as its text: {{bartable|62.5|%|2}} -> '62.5%'; {{bar percent|Grain|green|57}} -> 'Grain 57%'."""
    def value(position: int | None) -> str:
        return values[position - 1].strip() if position and len(values) >= position else ""
    number = value(spec["value"])
    if not number:
        return ""
    suffix = spec.get("suffix_text") or value(spec.get("suffix"))
    shown = format_number(number) + (" " if suffix[:1].isalnum() else "") + suffix
    return f"{value(spec.get('label'))} {shown}".strip()


SUPERSCRIPT = str.maketrans("0123456789-−+", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻⁺")


def render_val(values: list[str], options: dict[str, str]) -> str:
    """{{val|1234.5|u=kg}} -> '1,234.5 kg'; {{val|6.24|e=18}} -> '6.24×10¹⁸'; {{val|1.00794|(7)}} ->
    '1.00794(7)'; {{val|9.81|0.02}} -> '9.81±0.02'."""
    if not values:
        return ""
    number = format_number(values[0])
    if len(values) > 1 and values[1].strip():
        error = values[1].strip()
        number += error if error.startswith("(") else f"±{error}"
    exponent = (options.get("e") or "").strip()
    if exponent:
        number += "×10" + exponent.translate(SUPERSCRIPT)
    unit = options.get("u") or options.get("ul") or ""
    return f"{number} {unit}".strip()
