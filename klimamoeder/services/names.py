"""Family names: what lists, sign-in sheets and badges sort by.

A person's `family_name` ("sort as") is filled on import from a last-name column, or
guessed here from the full name; the user can correct it in the person's details. An
empty field means "guess", so people from before the field existed sort sensibly too.

The guess, in order: a name in Chinese, Japanese or Korean characters puts the family
name first (`陈刚` → `陈`); otherwise the last word, with the particles in front of it
(`Joost van der Meer` → `van der Meer`, which sorts under M).
"""

from __future__ import annotations

import re
import unicodedata

_PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "ten", "ter",
    "zu", "af", "al", "el", "bin", "ibn", "mac",
})
_BRACKETS = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")


def _east_asian(char: str) -> bool:
    if char < "\u2e80":  # below the CJK radicals: Latin, Greek, Cyrillic, the right-to-left and Indic scripts
        return False
    name = unicodedata.name(char, "")
    return name.startswith(("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH", "HANGUL SYLLABLE", "HIRAGANA",
                            "KATAKANA"))


def guess_family_name(name: str) -> str:
    """The family name as most of our participants' cultures write it (see the module's docstring)."""
    main = (_BRACKETS.sub(" ", name).strip() if "(" in name or "[" in name else name.strip()) or name.strip()
    words = main.split()
    if not words:
        return ""
    if _east_asian(words[0][0]):
        return words[0] if len(words) > 1 else words[0][:1]
    family = [words[-1]]
    for word in reversed(words[:-1]):
        if word.casefold() not in _PARTICLES or word != word.lower():
            break
        family.insert(0, word)
    return " ".join(family)


def family_name(name: str, stored: str) -> str:
    """The family name to sort by: the stored one, or the guess."""
    return stored.strip() or guess_family_name(name)


def sort_as(name: str, stored: str) -> str:
    """`Family, rest`: the key a list is ordered by, particles ignored (`Meer, Joost van der`)."""
    family = family_name(name, stored)
    words = family.split()
    while len(words) > 1 and words[0].casefold() in _PARTICLES and words[0] == words[0].lower():
        words.pop(0)
    return f"{' '.join(words)}, {name}"
