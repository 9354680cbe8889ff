"""Numbers as articles write them: digits, number words, scale words, currencies, mass units, percent.

`parse_amount("US$1.97 billion")` -> Amount(kind="money", value=1970000000.0, unit="USD").
Pure string functions: no spaCy here, so the figures stage and its tests share one parser.
All vocabulary lives in models/scales.json, models/currencies.json and models/units.json (the vague plurals
that are also everyday nouns in the WordNet-derived models/wordnet_measure_classes.json).
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..config import SETTINGS

MONEY, MASS, PERCENT, COUNT = "money", "mass", "percent", "count"
PERCENT_UNIT, MASS_UNIT = "%", "t"

# Dashes that join the ends of a range ("15,000–20,000", "$5-10 billion").
RANGE_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
# Thousands separated by a space, a no-break space or a thin space ("19 000", SI style).
SPACE_SEPARATORS = " \u00a0\u2009\u202f"
DIGITS_RE = re.compile(rf"^[+\-\u2212]?(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[{SPACE_SEPARATORS}]\d{{3}})+|\d+)(?:\.\d+)?$|^[+\-\u2212]?\.\d+$")
ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)
# A comma followed by one or two digits cannot group thousands: before a scale word it is a decimal comma
# ("1,73 million"); alone ("42,4" in a table, "1,2" of a list) it is read as no amount.
DECIMAL_COMMA_RE = re.compile(r"^[+\-\u2212]?\d+,\d{1,2}$")


@dataclass(frozen=True)
class NumberLexicon:
    scales: dict[str, float]
    abbreviated_scales: frozenset[str]
    units: dict[str, int]
    tens: dict[str, int]
    number_scales: dict[str, float]
    counted_sets: dict[str, int]
    vague_plurals: dict[str, float]
    fractions: dict[str, float]
    currency_symbols: dict[str, str]
    currency_codes: frozenset[str]
    currency_names: dict[str, str]
    qualified_currency_names: dict[str, str]
    ambiguous_currency_names: dict[str, str]
    mass_units: dict[str, float]
    mass_modifiers: frozenset[str]
    percent_words: tuple[str, ...]
    not_figure_units: frozenset[str]
    currency_subunits: dict[str, tuple[str, float]] = field(default_factory=dict)
    noun_vague_plurals: frozenset[str] = frozenset()  # a number only before 'of' ('scores of', not 'the scores')
    exact_unit_symbols: frozenset[str] = frozenset()  # unit symbols only in this case ('12.01 u', not '30 U-boats')
    vague_quantifiers: dict[str, float] = field(default_factory=dict)  # 'several hundred': a vague amount of a scale

    @property
    def number_words(self) -> frozenset[str]:
        return frozenset(self.units) | frozenset(self.tens) | frozenset(self.number_scales) | frozenset(self.counted_sets)

    @property
    def currency_name_words(self) -> frozenset[str]:
        """Every word of every currency name, for token patterns."""
        names = list(self.currency_names) + list(self.qualified_currency_names) + list(self.ambiguous_currency_names) \
            + list(self.currency_subunits)
        return frozenset(word for name in names for word in name.split())


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def load_lexicon(models_dir: Path | None = None) -> NumberLexicon:
    root = Path(models_dir or SETTINGS.models_dir)
    scales = _read(root / "scales.json")
    currencies = _read(root / "currencies.json")
    units = _read(root / "units.json")
    return NumberLexicon(
        scales={k.lower(): float(v) for k, v in scales["scales"].items()},
        abbreviated_scales=frozenset(scales.get("abbreviated_scales", [])),
        units=dict(scales["units"]),
        tens=dict(scales["tens"]),
        number_scales={k: float(v) for k, v in scales["number_scales"].items()},
        counted_sets=dict(scales.get("counted_sets", {})),
        vague_plurals={k: float(v) for k, v in scales.get("vague_plurals", {}).items()},
        noun_vague_plurals=_everyday_vague_plurals(root),
        fractions={k: float(v) for k, v in scales.get("fractions", {}).items()},
        vague_quantifiers={k: float(v) for k, v in scales.get("vague_quantifiers", {}).items()},
        currency_symbols=dict(currencies["symbols"]),
        currency_codes=frozenset(currencies["codes"]),
        currency_names={k.lower(): v for k, v in currencies["names"].items()},
        qualified_currency_names={k.lower(): v for k, v in currencies.get("qualified_names", {}).items()},
        ambiguous_currency_names={k.lower(): v for k, v in currencies.get("ambiguous_names", {}).items()},
        currency_subunits={k.lower(): (v[0], float(v[1])) for k, v in currencies.get("subunits", {}).items()},
        mass_units={k.lower(): float(v) for k, v in units["mass"].items()},
        mass_modifiers=frozenset(units.get("mass_modifiers", [])),
        percent_words=tuple(units["percent"]),
        not_figure_units=frozenset(word.lower() for word in units.get("not_figure_units", [])),
        exact_unit_symbols=frozenset(units.get("exact_unit_symbols", [])),
    )


WORDNET_MEASURES_FILE = "wordnet_measure_classes.json"


def _everyday_vague_plurals(root: Path) -> frozenset[str]:
    """The vague plurals that are also everyday nouns ('scores'), derived from WordNet by
    scripts/build_wordnet_measures.py into models/wordnet_measure_classes.json."""
    path = root / WORDNET_MEASURES_FILE
    if not path.is_file():
        return frozenset()
    return frozenset(_read(path).get("everyday_vague_plurals", []))


# -- single numbers ---------------------------------------------------------------------------

def parse_digits(text: str) -> float | None:
    """'1,300' -> 1300.0, '1.97' -> 1.97, '−5' -> -5.0; None for anything else (ordinals included)."""
    text = text.strip().replace("\u2212", "-")
    if not DIGITS_RE.match(text):
        return None
    return float(re.sub(f"[,{SPACE_SEPARATORS}]", "", text))


def split_words(text: str) -> list[str]:
    return [word for word in re.split(r"[\s\-\u2010\u2011]+", text.lower()) if word]


def parse_number_words(words: list[str], lexicon: NumberLexicon | None = None) -> float | None:
    """Cardinal number words: ['ninety', 'three'] -> 93, ['two', 'hundred', 'and', 'five'] -> 205,
    ['a', 'dozen'] -> 12, ['one', 'and', 'a', 'half', 'million'] -> 1500000. None if not a number."""
    lex = lexicon or load_lexicon()
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    index = 0
    while index < len(words):
        word = words[index]
        if word in lex.units:
            current += lex.units[word]
        elif word in lex.tens:
            current += lex.tens[word]
        elif word in ("a", "an") and index + 1 < len(words) and (
            words[index + 1] in lex.number_scales or words[index + 1] in lex.counted_sets
            or words[index + 1] in lex.fractions
        ):
            current += 1 if words[index + 1] not in lex.fractions else 0
            index += 1
            continue
        elif word == "and" and seen and index + 1 < len(words):
            index += 1
            continue
        elif word in lex.fractions and seen:
            # "one and a half million": the fraction adds to the number before it.
            current += lex.fractions[word]
        elif word in lex.counted_sets:
            current = (current or 1) * lex.counted_sets[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in lex.number_scales:
            total += (current or 1) * lex.number_scales[word]
            current = 0.0
        else:
            return None
        seen = True
        index += 1
    return total + current if seen else None


def parse_vague(words: list[str], lexicon: NumberLexicon | None = None) -> float | None:
    """A vague plural as its literal lower bound: 'hundreds' -> 200, 'hundreds of thousands' -> 200000,
    'tens of millions' -> 20000000; a vague quantifier of a scale the same way: 'several hundred' -> 200,
    'a few thousand' -> 2000."""
    lex = lexicon or load_lexicon()
    words = [word for word in words if word != "of"]
    if words[:1] in (["a"], ["an"]) and words[1:2] and words[1] in lex.vague_quantifiers:
        words = words[1:]
    if len(words) > 1 and words[0] in lex.vague_quantifiers and words[1] in lex.number_scales:
        value = lex.vague_quantifiers[words[0]]
        for word in words[1:]:
            if word not in lex.number_scales:
                return None
            value *= lex.number_scales[word]
        return value
    if not words or words[0] not in lex.vague_plurals:
        return None
    value = 2 * lex.vague_plurals[words[0]]
    for word in words[1:]:
        base = lex.vague_plurals.get(word) or lex.number_scales.get(word)
        if base is None:
            return None
        value *= base
    return value


def parse_number(text: str, lexicon: NumberLexicon | None = None) -> float | None:
    """One number written in digits or words ('1,300', 'Ninety three', 'twenty-five', 'a dozen')."""
    value = parse_digits(text)
    if value is not None:
        return value
    if ORDINAL_RE.match(text.strip()):
        return None
    return parse_number_words(split_words(text), lexicon)


def scale_of(word: str, after_digits: bool = True, lexicon: NumberLexicon | None = None) -> float | None:
    """The multiplier of a scale word ('billion' -> 1e9, 'bn' -> 1e9). Abbreviations count only after digits."""
    lex = lexicon or load_lexicon()
    word = word.lower().rstrip(".")
    if word not in lex.scales:
        return None
    if word in lex.abbreviated_scales and not after_digits:
        return None
    return lex.scales[word]


def currency_of_symbol(text: str, lexicon: NumberLexicon | None = None) -> str | None:
    """'US$' -> USD, '€' -> EUR, 'RUB' -> RUB."""
    lex = lexicon or load_lexicon()
    if text in lex.currency_symbols:
        return lex.currency_symbols[text]
    if text.upper() == text and text in lex.currency_codes:
        return text
    return None


def currency_of_name(words: list[str], lexicon: NumberLexicon | None = None) -> str | None:
    """['us', 'dollars'] -> USD, ['canadian', 'dollars'] -> CAD, ['rubles'] -> RUB."""
    lex = lexicon or load_lexicon()
    name = " ".join(word.lower() for word in words)
    return lex.qualified_currency_names.get(name) or lex.currency_names.get(name)


def mass_factor(word: str, lexicon: NumberLexicon | None = None) -> float | None:
    lex = lexicon or load_lexicon()
    return lex.mass_units.get(word.lower().rstrip("."))


def is_not_figure_unit(word: str, lexicon: NumberLexicon | None = None) -> bool:
    """A length, area, duration, age, speed... unit: a number measured in it is not a v1 figure."""
    lex = lexicon or load_lexicon()
    return word.lower() in lex.not_figure_units


# -- whole amounts ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Amount:
    kind: str
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    vague: bool = False  # a vague plural ("hundreds of"): its value is a lower bound

    @property
    def is_range(self) -> bool:
        return self.value is None and self.low is not None and self.high is not None


@dataclass
class _End:
    number: float | None = None
    scale: float = 1.0
    has_scale: bool = False
    currency: str | None = None
    vague: bool = False
    digits: bool = False


def _symbol_alternation(lex: NumberLexicon) -> str:
    """Currency symbols, longest first; one that starts with a letter ("US$", "RUB") must start a word,
    a bare sign ("$", "€") may follow one ("million$")."""
    symbols = sorted(set(lex.currency_symbols) | lex.currency_codes, key=len, reverse=True)
    return "|".join(
        (r"(?<![A-Za-z])" if symbol[0].isalpha() else "") + re.escape(symbol) + (r"(?![A-Za-z])" if symbol[-1].isalpha() else "")
        for symbol in symbols
    )


@lru_cache(maxsize=4)
def _amount_token_re(models_key: str) -> re.Pattern:
    lex = load_lexicon()
    number = rf"\d+,\d{{1,2}}(?![\d,])|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:[{SPACE_SEPARATORS}]\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
    return re.compile(
        rf"(?P<num>{number})|(?P<sym>{_symbol_alternation(lex)})|"
        rf"(?P<dash>[{RANGE_DASHES}])|(?P<pct>%)|(?P<word>[A-Za-z][A-Za-z.\u00b2]*)|(?P<other>\S)"
    )


def tokenize_amount(text: str) -> list[tuple[str, str]]:
    """(kind, text) pieces of an amount string: num, sym, dash, pct, word, other."""
    pattern = _amount_token_re(str(SETTINGS.models_dir))
    pieces = []
    for match in pattern.finditer(text):
        kind = match.lastgroup or "other"
        piece = match.group(kind)
        if kind == "word" and piece.endswith(".") and piece.lower() not in ("u.s.", "rs."):
            piece = piece[:-1]
        pieces.append((kind, piece))
    return pieces


def parse_amount(text: str, lexicon: NumberLexicon | None = None) -> Amount | None:
    """An amount as written: a number or a range, scale words, a currency prefix or name, a mass unit
    or a percent sign. None when the text is not one amount."""
    lex = lexicon or load_lexicon()
    pieces = tokenize_amount(text)
    # A leading "between" / "from" of a range is not part of the amount.
    while pieces and pieces[0][0] == "word" and pieces[0][1].lower() in ("between", "from"):
        pieces = pieces[1:]
    # A sign glued to the first number ("−5 million dollars"): a span never starts with a range dash.
    sign = 1.0
    if len(pieces) > 1 and pieces[0][0] == "dash" and pieces[1][0] == "num":
        sign, pieces = -1.0, pieces[1:]
    ends: list[_End] = [_End()]
    currency: str | None = None
    mass: float | None = None
    percent = False
    index = 0
    words_run: list[str] = []

    def flush_words() -> bool:
        """Number words collected so far become the current end's number."""
        nonlocal words_run
        if not words_run:
            return True
        end = ends[-1]
        vague = parse_vague(words_run, lex)
        if vague is not None:
            end.number, end.vague = vague, True
            words_run = []
            return True
        # Trailing scale words are the end's scale ("three million" = 3 x 1e6), so a range
        # "between two and three million" can share it.
        cut = len(words_run)
        while cut > 1 and words_run[cut - 1] in lex.number_scales and words_run[cut - 2] not in ("a", "an", "and"):
            cut -= 1
        value = parse_number_words(words_run[:cut], lex)
        if value is None:
            return False
        end.number = value
        for word in words_run[cut:]:
            end.scale *= lex.number_scales[word]
            end.has_scale = True
        words_run = []
        return True

    while index < len(pieces):
        kind, piece = pieces[index]
        low = piece.lower()
        end = ends[-1]
        if kind == "num":
            if end.number is not None or words_run:
                return None
            if DECIMAL_COMMA_RE.match(piece):
                scale = pieces[index + 1] if index + 1 < len(pieces) else ("", "")
                if scale[0] != "word" or scale_of(scale[1], lexicon=lex) is None:
                    return None
                end.number, end.digits = float(piece.replace(",", ".")), True
            else:
                end.number, end.digits = parse_digits(piece), True
        elif kind == "other" and piece == "^" and end.digits and not words_run and end.number is not None \
                and index + 1 < len(pieces) and pieces[index + 1][0] == "num" and end.scale == 1.0:
            # "10^6": a power written with a caret. One too large for a float is no amount (never inf).
            try:
                end.number = end.number ** float(pieces[index + 1][1].replace(",", ""))
            except OverflowError:
                return None
            index += 2
            continue
        elif kind == "other" and piece == "+" and end.digits and end.number is not None and not words_run \
                and len(ends) == 1 and end.scale == 1.0 and index + 1 < len(pieces) and pieces[index + 1][0] == "word":
            pass  # "350+ million": a bound glued to the digits (its qualifier is the figure's, not the value's)
        elif kind == "sym":
            code = currency_of_symbol(piece, lex)
            if code is None:
                return None
            if end.number is None and not words_run:
                end.currency = code
            elif currency is None and mass is None and not percent:
                currency = code  # a code after the number: "5 million USD"
            else:
                return None
        elif kind == "word" and low == "and" and words_run and _continues_number(words_run, pieces, index, lex):
            words_run.append(low)  # "two hundred and five", "one and a half million"
        elif kind == "dash" and words_run and words_run[-1] in lex.tens and index + 1 < len(pieces) \
                and pieces[index + 1][1].lower() in lex.units:
            pass  # "twenty-five" is one number
        elif kind == "dash" and index + 2 == len(pieces) and (end.number is not None or words_run) \
                and mass_factor(pieces[index + 1][1], lex) is not None:
            pass  # "a 5,000-ton cruiser", "the five-ton module": the unit glued to the number by a hyphen
        elif kind == "dash" or (kind == "word" and low in ("to", "and", "or")):
            if not flush_words() or ends[-1].number is None or len(ends) > 1:
                return None
            ends.append(_End())
        elif kind == "pct":
            percent = True
        elif kind == "word":
            if (end.number is None or words_run) and not percent and currency is None and mass is None and (
                low in lex.units or low in lex.tens or low in lex.counted_sets or low in lex.vague_plurals
                or low in ("a", "an", "of") or (words_run and (low in lex.number_scales or low in lex.fractions))
                or (low in lex.vague_quantifiers and words_run in ([], ["a"]))
            ):
                words_run.append(low)
                index += 1
                continue
            if not flush_words():
                return None
            end = ends[-1]
            two = " ".join(p[1].lower() for p in pieces[index:index + 2])
            three = " ".join(p[1].lower() for p in pieces[index:index + 3])
            scale = scale_of(low, after_digits=end.digits, lexicon=lex)
            if end.number is not None and scale is not None and currency is None and mass is None and not percent \
                    and low not in lex.currency_names:
                if low in lex.abbreviated_scales and end.currency is None and not _currency_follows(pieces, index + 1, lex) \
                        and not (index + 1 < len(pieces) and mass_factor(pieces[index + 1][1], lex) is not None):
                    return None  # "5 m" is five metres, not five million ("5 mln t" is five million tonnes)
                end.scale *= scale
                end.has_scale = True
            elif three in lex.qualified_currency_names or two in lex.qualified_currency_names \
                    or low in lex.currency_names or two in lex.currency_names:
                name = three if three in lex.qualified_currency_names else two if (
                    two in lex.qualified_currency_names or two in lex.currency_names) else low
                currency = lex.qualified_currency_names.get(name) or lex.currency_names[name]
                index += len(name.split())
                continue
            elif low in lex.currency_subunits and end.number is not None and currency is None and len(ends) == 1:
                currency, subunit = lex.currency_subunits[low]
                end.scale *= subunit  # "three cents": 0.03 of a dollar
            elif low in lex.ambiguous_currency_names and (end.has_scale or ends[0].has_scale):
                currency = lex.ambiguous_currency_names[low]
            elif low in lex.mass_modifiers and index + 1 < len(pieces) and mass_factor(pieces[index + 1][1], lex):
                pass
            elif mass_factor(low, lex) is not None and end.number is not None:
                mass = mass_factor(low, lex)
            elif low in ("percent", "pct") or two in ("per cent", "percentage points", "percentage point"):
                percent = True
                if two in ("per cent", "percentage points", "percentage point"):
                    index += 2
                    continue
            else:
                return None
        else:
            return None
        index += 1
    if not flush_words():
        return None
    if any(end.number is None for end in ends):
        return None
    ends[0].number *= sign  # type: ignore[operator]
    currencies = {end.currency for end in ends if end.currency} | ({currency} if currency else set())
    if len(currencies) > 1:
        return None
    code = currencies.pop() if currencies else None
    kind = MONEY if code else MASS if mass is not None else PERCENT if percent else COUNT
    unit = code if code else MASS_UNIT if mass is not None else PERCENT_UNIT if percent else None
    factor = mass if mass is not None else 1.0
    vague = any(end.vague for end in ends)
    if not all(math.isfinite(end.number * end.scale * factor) for end in ends):
        return None  # a run of hundreds of digits is vandalism, not an amount: no figure, never an infinite one
    if len(ends) == 1:
        end = ends[0]
        return Amount(kind, _clean_float(end.number * end.scale * factor), unit=unit, vague=vague)
    first, last = ends
    # "$5–10 billion", "between 2 and 3 million": the scale written once applies to both ends,
    # unless the first end is already the larger number ("500 to 3 million" keeps 500).
    if not first.has_scale and last.has_scale and first.number <= last.number:
        first.scale = last.scale
    low_value = _clean_float(first.number * first.scale * factor)
    high_value = _clean_float(last.number * last.scale * factor)
    return Amount(kind, None, low_value, high_value, unit=unit, vague=vague)


def _continues_number(words_run: list[str], pieces: list[tuple[str, str]], index: int, lex: NumberLexicon) -> bool:
    """Whether "and" inside number words joins one number ("two hundred and five", "one and a half")."""
    following = [piece[1].lower() for piece in pieces[index + 1:index + 3]]
    if following[:1] and following[0] in ("a", "an") and following[1:] and following[1] in lex.fractions:
        return True
    return (words_run[-1] == "hundred" or words_run[-1] in lex.number_scales) and bool(following) and (
        following[0] in lex.units or following[0] in lex.tens)


def _currency_follows(pieces: list[tuple[str, str]], index: int, lex: NumberLexicon) -> bool:
    if index >= len(pieces):
        return False
    kind, piece = pieces[index]
    return (kind == "sym") or piece.lower() in lex.currency_names or piece.lower() in lex.currency_name_words


def _clean_float(value: float) -> float:
    """Round away binary noise (1.97 * 1e9 = 1970000000.0000002) so tables are stable and exact."""
    return float(f"{value:.12g}")


def written_precision(text: str, lexicon: NumberLexicon | None = None) -> float | None:
    """Half the place value of the last significant digit of an amount as written, in its base units:
    '$1.97 billion' -> 5e6, '2600' -> 50, 'US$80 million' -> 5e6 (trailing zeros of an integer are
    not significant). Used to tell a rounding difference from a contradiction."""
    lex = lexicon or load_lexicon()
    amount = parse_amount(text, lex)
    match = re.search(rf"\d(?:[\d,]|[{SPACE_SEPARATORS}](?=\d{{3}}))*(?:\.(\d+))?", text)
    if amount is None or match is None:
        return None
    digits = re.sub(f"[,{SPACE_SEPARATORS}]", "", match.group(0))
    if match.group(1):
        place = 10.0 ** -len(match.group(1))
    else:
        stripped = digits.rstrip("0")
        place = 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0
    number = float(digits)
    value = amount.value if amount.value is not None else amount.high
    if not number or value is None:
        return None
    return abs(value / number) * place / 2
