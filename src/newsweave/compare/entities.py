"""The story's people, organisations and places across outlets, name variants merged
("Volodymyr Zelenskyy" in one outlet, "Volodymyr Zelensky" in another)."""

from __future__ import annotations

from collections.abc import Sequence

from newsweave.compare.passages import Read
from newsweave.model import Entity, StoryEntity
from newsweave.text.names import person_key, spelled_alike, surname


def story_entities(reads: Sequence[Read]) -> tuple[StoryEntity, ...]:
    """Every named entity of the story, merged across articles, the most widely named first.
    People merge on a surname spelled alike and matching first names; other names on their
    lower-cased form."""
    merged: list[tuple[Entity, set[str], list[str]]] = []  # fullest entity, variants, sources
    by_key: dict[tuple[str, str], int] = {}
    for read in reads:
        for entity in read.facts.entities:
            i = _find(entity, merged, by_key)
            if i is None:
                by_key[_key(entity)] = len(merged)
                merged.append((entity, set(entity.variants), [read.id]))
                continue
            best, variants, sources = merged[i]
            variants.update(entity.variants)
            sources.append(read.id)
            if len(entity.name) > len(best.name):
                merged[i] = (entity, variants, sources)
    entities = [
        StoryEntity(e.name, e.kind, tuple(sorted(v - {e.name})), tuple(dict.fromkeys(s)))
        for e, v, s in merged
    ]
    return tuple(sorted(entities, key=lambda e: -len(e.sources)))


def _key(entity: Entity) -> tuple[str, str]:
    if entity.kind == "person":
        return (entity.kind, surname(entity.name))
    return (entity.kind, entity.name.lower())


def _find(
    entity: Entity,
    merged: list[tuple[Entity, set[str], list[str]]],
    by_key: dict[tuple[str, str], int],
) -> int | None:
    """The merged entity this one names: same key, or for a person a surname spelled alike
    with compatible first names. Only surnames of the same first letter can be spelled
    alike (`spelled_alike`), so only those are compared, in the order they were seen."""
    key = _key(entity)
    if key in by_key:
        i = by_key[key]
        return i if _compatible(entity, merged[i][0]) else None
    if entity.kind != "person":
        return None
    initial = key[1][:1]
    for (kind, name), i in by_key.items():
        if kind != "person" or name[:1] != initial:
            continue
        if spelled_alike(name, key[1]) and _compatible(entity, merged[i][0]):
            by_key[key] = i
            return i
    return None


def _compatible(a: Entity, b: Entity) -> bool:
    """Two people of one surname are one unless both give different first names."""
    if a.kind != "person":
        return True
    first_a, first_b = person_key(a.name).split()[:-1], person_key(b.name).split()[:-1]
    return not first_a or not first_b or first_a[0] == first_b[0]
