"""The one language table: codes, names, scripts and M-RewardBench codes.

Everything that needs a language (CLI choices, run-directory names, plot labels, loaders that map
``kor_Hang``-style codes) reads this table; nothing else keeps its own list.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """One language as repshift knows it."""

    code: str
    """Short code used everywhere in repshift (ISO 639-1, plus ``zh-Hant``)."""
    name: str
    """English name, used in plot labels and tables."""
    native: str
    """Endonym."""
    script: str
    """ISO 15924 script of the language's running text (``Latn``, ``Hang``, ``Hans`` ...)."""
    mrb: str
    """M-RewardBench / FLORES-200 code, e.g. ``kor_Hang``."""


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English", "Latn", "eng_Latn"),
    Language("ko", "Korean", "한국어", "Hang", "kor_Hang"),
    Language("de", "German", "Deutsch", "Latn", "deu_Latn"),
    Language("zh", "Chinese", "中文", "Hans", "zho_Hans"),
    Language("es", "Spanish", "Español", "Latn", "spa_Latn"),
    Language("it", "Italian", "Italiano", "Latn", "ita_Latn"),
    Language("fr", "French", "Français", "Latn", "fra_Latn"),
    Language("pt", "Portuguese", "Português", "Latn", "por_Latn"),
    Language("nl", "Dutch", "Nederlands", "Latn", "nld_Latn"),
    Language("cs", "Czech", "Čeština", "Latn", "ces_Latn"),
    Language("pl", "Polish", "Polski", "Latn", "pol_Latn"),
    Language("ro", "Romanian", "Română", "Latn", "ron_Latn"),
    Language("tr", "Turkish", "Türkçe", "Latn", "tur_Latn"),
    Language("id", "Indonesian", "Bahasa Indonesia", "Latn", "ind_Latn"),
    Language("vi", "Vietnamese", "Tiếng Việt", "Latn", "vie_Latn"),
    Language("ru", "Russian", "Русский", "Cyrl", "rus_Cyrl"),
    Language("uk", "Ukrainian", "Українська", "Cyrl", "ukr_Cyrl"),
    Language("el", "Greek", "Ελληνικά", "Grek", "ell_Grek"),
    Language("ar", "Arabic", "العربية", "Arab", "arb_Arab"),
    Language("fa", "Persian", "فارسی", "Arab", "pes_Arab"),
    Language("he", "Hebrew", "עברית", "Hebr", "heb_Hebr"),
    Language("hi", "Hindi", "हिन्दी", "Deva", "hin_Deva"),
    Language("ja", "Japanese", "日本語", "Jpan", "jpn_Jpan"),
    Language("zh-Hant", "Chinese (Traditional)", "繁體中文", "Hant", "zho_Hant"),
)

BY_CODE: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}
BY_MRB: dict[str, Language] = {lang.mrb: lang for lang in LANGUAGES}
CODES: tuple[str, ...] = tuple(BY_CODE)

# Unicode character-name prefixes that identify a script's letters (unicodedata has no script property).
_SCRIPT_NAME_PREFIXES: dict[str, tuple[str, ...]] = {
    "Latn": ("LATIN",),
    "Hang": ("HANGUL",),
    "Hans": ("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH"),
    "Hant": ("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH"),
    "Jpan": ("CJK UNIFIED IDEOGRAPH", "HIRAGANA", "KATAKANA"),
    "Cyrl": ("CYRILLIC",),
    "Grek": ("GREEK",),
    "Arab": ("ARABIC",),
    "Hebr": ("HEBREW",),
    "Deva": ("DEVANAGARI",),
}


class UnknownLanguageError(ValueError):
    """A language code that is not in the table."""


def get(code: str) -> Language:
    """The language for a repshift code or an M-RewardBench code (``kor_Hang``)."""
    if code in BY_CODE:
        return BY_CODE[code]
    if code in BY_MRB:
        return BY_MRB[code]
    raise UnknownLanguageError(f"unknown language {code!r}; known: {', '.join(CODES)}")


def parse_list(spec: str | list[str] | tuple[str, ...]) -> list[str]:
    """Parse ``"ko,de,zh"`` (or a list) into validated repshift codes, order kept, duplicates dropped."""
    items = spec.split(",") if isinstance(spec, str) else list(spec)
    out: list[str] = []
    for item in (s.strip() for s in items):
        if not item:
            continue
        code = get(item).code
        if code not in out:
            out.append(code)
    if not out:
        raise UnknownLanguageError("empty language list")
    return out


def letter_scripts(text: str) -> dict[str, int]:
    """Count the letters of ``text`` by script (digits, punctuation and symbols are ignored)."""
    counts: dict[str, int] = {}
    for ch in text:
        if not unicodedata.category(ch).startswith("L"):
            continue
        name = unicodedata.name(ch, "")
        script = "other"
        for code, prefixes in _SCRIPT_NAME_PREFIXES.items():
            if code in ("Hant", "Jpan"):
                continue
            if name.startswith(prefixes):
                script = code
                break
        counts[script] = counts.get(script, 0) + 1
    return counts


def in_script(text: str, code: str, *, min_share: float = 0.9, allow_latin: bool = True) -> bool:
    """Whether ``text``'s letters are written in language ``code``'s script.

    Latin letters inside a non-Latin text (code, units, product names such as ``Python``) are allowed
    when ``allow_latin``; then at least ``min_share`` of the *non-Latin* letters must be in the script,
    and the script must hold at least half of all letters.
    """
    script = get(code).script
    counts = letter_scripts(text)
    total = sum(counts.values())
    if total == 0:
        return True
    target_keys = {"Hant": "Hans", "Jpan": "Hans"}.get(script, script)
    target = counts.get(target_keys, 0)
    if script == "Jpan":
        target = total - counts.get("Latn", 0) - counts.get("other", 0)
    if script == "Latn":
        return target / total >= min_share
    if not allow_latin:
        return target / total >= min_share
    non_latin = total - counts.get("Latn", 0)
    return non_latin > 0 and target / non_latin >= min_share and target / total >= 0.5
