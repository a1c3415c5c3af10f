"""What a conflict is about, in a few words a reader can place: the counted noun alone
("mile", "percent") says too little when a story tells many figures."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from newsweave.model import Entity
from newsweave.text.names import run_texts
from newsweave.text.terms import content_terms

MAX_NAMES = 3  # names shown beside the noun ("hours: Xi, Biden, Bali")


def conflict_label(
    noun: str, sentence: str, shared: Collection[str], holder: str = "", age: bool = False
) -> str:
    """`noun` with whose figure it is (`holder`, a display name: "Macron's share of the
    vote", "Alcaraz's age"), else with the names the disagreeing sentences share, as the
    main value's `sentence` writes them ("miles: New Orleans" for "100 miles ... south of
    New Orleans" against "about 60 miles south of New Orleans"). The sentence's first word
    is capitalised as any first word is, and is no name."""
    if holder:
        return f"{holder}'s age" if age else f"{holder}'s share of the vote"
    first = len(sentence) - len(sentence.lstrip())
    names = [
        text
        for text, at in run_texts(sentence)
        if at > first and (terms := content_terms(text)) and all(t in shared for t in terms)
    ]
    shown = list(dict.fromkeys(names))[:MAX_NAMES]
    return f"{noun}: {', '.join(shown)}" if shown else noun


def holder_name(holder: str, entities: Sequence[Entity]) -> str:
    """The name an article gives the holder of a figure (keyed by the last word of the
    name, "pen"): its fullest entity ("Marine Le Pen"), else the key capitalised."""
    names = [
        e.name for e in entities if e.kind == "person" and e.name.split()[-1].lower() == holder
    ]
    return max(names, key=len) if names else holder.title()
