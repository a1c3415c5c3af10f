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
    keys = _Keys()
    for read in reads:
        for entity in read.facts.entities:
            i = keys.find(entity, merged)
            if i is None:
                keys.put(_key(entity), len(merged))
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


class _Keys:
    """Which merged entity each key names, with the people's surnames listed by initial."""

    def __init__(self) -> None:
        self._index: dict[tuple[str, str], int] = {}
        # initial -> surnames in the order they were keyed: only surnames of the same first
        # letter can be spelled alike (`spelled_alike`), and a story names hundreds of
        # entities (looked for among every key, they were most of merging them).
        self._surnames: dict[str, list[str]] = {}

    def put(self, key: tuple[str, str], i: int) -> None:
        if key not in self._index and key[0] == "person":
            self._surnames.setdefault(key[1][:1], []).append(key[1])
        self._index[key] = i

    def find(self, entity: Entity, merged: list[tuple[Entity, set[str], list[str]]]) -> int | None:
        """The merged entity this one names: same key, or for a person a surname spelled
        alike with compatible first names, in the order the surnames were seen."""
        key = _key(entity)
        if key in self._index:
            i = self._index[key]
            return i if _compatible(entity, merged[i][0]) else None
        if entity.kind != "person":
            return None
        for name in self._surnames.get(key[1][:1], ()):
            i = self._index[("person", name)]
            if spelled_alike(name, key[1]) and _compatible(entity, merged[i][0]):
                self.put(key, i)
                return i
        return None


def _compatible(a: Entity, b: Entity) -> bool:
    """Two people of one surname are one unless both give different first names."""
    if a.kind != "person":
        return True
    first_a, first_b = person_key(a.name).split()[:-1], person_key(b.name).split()[:-1]
    return not first_a or not first_b or first_a[0] == first_b[0]
