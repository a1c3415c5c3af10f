"""The story's people, organisations and places across outlets, name variants merged
("Volodymyr Zelenskyy" in one outlet, "Volodymyr Zelensky" in another)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newsweave.compare.passages import Read
from newsweave.model import Entity, StoryEntity
from newsweave.text.names import person_key, same_first_name, spelled_alike, surname

# One entity of the story: the first article's, every variant, the articles naming it, and
# how many of them use each full name (the one shown is also the one whose first name later
# ones must agree with: one article's "Central Bank Christine Lagarde" does not keep out
# "Christine Lagarde", and a first "Lagarde" alone does not let in any other Lagarde).
Merged = tuple[Entity, set[str], list[str], Counter[str]]


def story_entities(reads: Sequence[Read]) -> tuple[StoryEntity, ...]:
    """Every named entity of the story, merged across articles, the most widely named first.
    People merge on a surname spelled alike and matching first names; other names on their
    lower-cased form. Each is shown by the full name most articles use, then the fullest
    ("Antony Blinken" over one article's "Antony J. Blinken", "Liz Truss" over a page's typo
    "Lizz Truss")."""
    merged: list[Merged] = []
    keys = _Keys()
    for read in reads:
        for entity in read.facts.entities:
            i = keys.find(entity, merged)
            if i is None:
                keys.put(_key(entity), len(merged))
                merged.append((entity, set(entity.variants), [read.id], Counter([entity.name])))
                continue
            _, variants, sources, names = merged[i]
            variants.update(entity.variants)
            sources.append(read.id)
            names[entity.name] += 1
    entities = [
        StoryEntity(name, e.kind, tuple(sorted(v - {name})), tuple(dict.fromkeys(s)))
        for e, v, s, names in merged
        for name in [_shown(names)]
    ]
    return tuple(sorted(entities, key=lambda e: -len(e.sources)))


def _shown(names: Counter[str]) -> str:
    return max(names, key=lambda n: (" " in n, names[n], len(n), n))


def _key(entity: Entity) -> tuple[str, str]:
    if entity.kind == "person":
        return (entity.kind, surname(entity.name))
    return (entity.kind, entity.name.lower())


class _Keys:
    """Which merged entities each key names (two people of one surname: "Joe Biden" and
    "Hunter Biden"), with the people's surnames listed by initial."""

    def __init__(self) -> None:
        self._index: dict[tuple[str, str], list[int]] = {}
        # initial -> surnames in the order they were keyed: only surnames of the same first
        # letter can be spelled alike (`spelled_alike`), and a story names hundreds of
        # entities (looked for among every key, they were most of merging them).
        self._surnames: dict[str, list[str]] = {}

    def put(self, key: tuple[str, str], i: int) -> None:
        if key not in self._index and key[0] == "person":
            self._surnames.setdefault(key[1][:1], []).append(key[1])
        self._index.setdefault(key, []).append(i)

    def find(self, entity: Entity, merged: list[Merged]) -> int | None:
        """The merged entity this one names: same key and compatible first names, or for a
        person new to the key a surname spelled alike, in the order the surnames were seen."""
        key = _key(entity)
        if key in self._index:
            return next(
                (i for i in self._index[key] if _compatible(entity, _shown(merged[i][3]))), None
            )
        if entity.kind != "person":
            return None
        for name in self._surnames.get(key[1][:1], ()):
            if not spelled_alike(name, key[1]):
                continue
            for i in self._index[("person", name)]:
                if _compatible(entity, _shown(merged[i][3])):
                    self.put(key, i)
                    return i
        return None


def _compatible(a: Entity, name: str) -> bool:
    return a.kind != "person" or _may_name_one(a.name, name)


def _may_name_one(a: str, b: str) -> bool:
    """Whether two names whose surnames agree may name one person: one of them gives no
    first name, or their first names can name one person (`same_first_name`)."""
    first_a, first_b = person_key(a).split()[:-1], person_key(b).split()[:-1]
    return not first_a or not first_b or same_first_name(first_a[0], first_b[0])


def shown_as(name: str, entities: Sequence[StoryEntity]) -> str:
    """A person's name as the story's entities show it, when it can name only one of the
    story's people ("Macron" where another article names Emmanuel Macron, a page's typo
    "Lizz Truss" for Liz Truss); else `name` as it is (two Bidens of one story keep a bare
    "Biden" as written)."""
    last = surname(name)
    if not last or not name[:1].isupper():
        return name  # a description ("the company"), not a name
    people = {
        e.name
        for e in entities
        if e.kind == "person"
        and spelled_alike(surname(e.name), last)
        and _may_name_one(name, e.name)
    }
    return people.pop() if len(people) == 1 else name
