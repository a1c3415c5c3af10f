"""A word spinner for the reuse benchmark: what content farms do to hide where a text comes
from. Kept in benchmarks/, never in newsweave: the product must not learn its test data.

`spin` swaps words for synonyms from a small built-in table (at a rate per copy), cuts a
clause off with a stray full stop ("said a senior official. of the administration."),
splits sentences at ", and", puts a stray " , " before a name, swaps two paragraphs and
drops a few sentences.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from newsweave.clean.sentences import split_sentences

# Synonyms a word spinner swaps in. Small on purpose: the alignment must not depend on it.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "said": ("stated", "noted", "mentioned"),
    "says": ("states", "notes"),
    "told": ("informed", "advised"),
    "government": ("administration", "authorities"),
    "officials": ("authorities", "representatives"),
    "official": ("representative", "functionary"),
    "people": ("individuals", "persons"),
    "killed": ("slain", "left dead"),
    "president": ("leader", "head of state"),
    "country": ("nation", "state"),
    "city": ("town", "metropolis"),
    "meeting": ("gathering", "session"),
    "talks": ("negotiations", "discussions"),
    "agreement": ("accord", "pact"),
    "deal": ("pact", "arrangement"),
    "began": ("started", "commenced"),
    "begin": ("start", "commence"),
    "ended": ("finished", "concluded"),
    "large": ("big", "sizeable"),
    "big": ("large", "huge"),
    "many": ("numerous", "a lot of"),
    "new": ("fresh", "recent"),
    "help": ("assist", "aid"),
    "try": ("attempt", "seek"),
    "need": ("require", "want"),
    "use": ("utilize", "employ"),
    "important": ("significant", "essential"),
    "increase": ("rise", "boost"),
    "strong": ("powerful", "robust"),
    "quickly": ("rapidly", "swiftly"),
    "also": ("additionally", "as well"),
    "because": ("since", "as"),
    "about": ("around", "roughly"),
    "after": ("following", "subsequent to"),
    "before": ("prior to", "ahead of"),
    "during": ("throughout", "in the course of"),
    "home": ("residence", "house"),
    "children": ("kids", "youngsters"),
    "attack": ("assault", "strike"),
    "attacks": ("assaults", "strikes"),
    "fighting": ("combating", "battling"),
    "war": ("conflict", "warfare"),
    "election": ("vote", "poll"),
    "elections": ("votes", "polls"),
    "leader": ("chief", "head"),
    "leaders": ("chiefs", "heads"),
    "statement": ("announcement", "declaration"),
    "week": ("seven days",),
    "announced": ("introduced", "declared"),
    "expected": ("anticipated", "predicted"),
    "plan": ("scheme", "proposal"),
    "plans": ("schemes", "proposals"),
    "asked": ("requested", "questioned"),
    "wanted": ("needed", "desired"),
    "wants": ("needs", "desires"),
    "make": ("create", "produce"),
    "made": ("created", "produced"),
    "get": ("obtain", "acquire"),
    "got": ("obtained", "acquired"),
    "give": ("provide", "grant"),
    "gave": ("supplied", "granted"),
    "show": ("display", "exhibit"),
    "showed": ("displayed", "exhibited"),
    "found": ("discovered", "located"),
    "saying": ("stating", "noting"),
    "reported": ("stated", "documented"),
    "including": ("together with", "comprising"),
    "later": ("afterward", "subsequently"),
    "military": ("armed forces", "army"),
    "troops": ("soldiers", "forces"),
    "police": ("law enforcement", "officers"),
    "arrested": ("detained", "apprehended"),
    "charges": ("accusations", "allegations"),
    "charged": ("accused", "indicted"),
    "court": ("tribunal",),
    "law": ("legislation", "statute"),
    "money": ("funds", "cash"),
    "company": ("firm", "business"),
    "companies": ("firms", "businesses"),
    "market": ("marketplace",),
    "prices": ("costs", "rates"),
    "price": ("cost", "rate"),
    "percent": ("per cent",),
    "small": ("little", "minor"),
    "major": ("main", "key"),
    "main": ("principal", "chief"),
    "biggest": ("largest", "greatest"),
    "largest": ("biggest", "greatest"),
    "recent": ("latest", "current"),
    "several": ("a number of", "various"),
    "whole": ("entire", "complete"),
    "problem": ("issue", "difficulty"),
    "problems": ("issues", "difficulties"),
    "decision": ("choice", "ruling"),
    "support": ("backing", "assistance"),
    "opposition": ("resistance", "opponents"),
    "group": ("organization", "body"),
    "groups": ("organizations", "bodies"),
    "members": ("participants", "associates"),
    "area": ("region", "zone"),
    "region": ("area", "zone"),
    "border": ("frontier", "boundary"),
    "capital": ("capital city",),
    "victims": ("casualties", "sufferers"),
    "injured": ("wounded", "hurt"),
    "died": ("passed away", "perished"),
    "death": ("loss of life", "demise"),
    "search": ("hunt", "quest"),
    "rescue": ("salvage", "relief"),
    "damage": ("harm", "destruction"),
    "crisis": ("emergency", "disaster"),
    "economy": ("financial system",),
    "economic": ("financial", "monetary"),
    "political": ("governmental", "partisan"),
    "foreign": ("overseas", "international"),
    "security": ("safety", "protection"),
    "forces": ("troops", "units"),
    "hospital": ("clinic", "medical center"),
    "doctors": ("physicians", "medics"),
    "scientists": ("researchers", "experts"),
    "experts": ("specialists", "authorities"),
    "report": ("account", "document"),
    "investigation": ("inquiry", "probe"),
    "evidence": ("proof", "indication"),
    "However": ("Nevertheless", "Still"),
    "however": ("nevertheless", "still"),
    "while": ("whereas", "as"),
    "although": ("though", "even though"),
    "ago": ("earlier", "back"),
    "today": ("right now", "nowadays"),
    "still": ("nonetheless", "yet"),
    "held": ("maintained", "kept"),
    "hold": ("maintain", "keep"),
    "vote": ("poll", "ballot"),
    "next": ("subsequent", "following"),
    "offer": ("provide", "proposal"),
    "accept": ("settle for", "take"),
    "worth": ("value", "price"),
    "every": ("each", "each and every"),
    "household": ("family", "home"),
    "good": ("efficient", "fine"),
    "built": ("constructed", "erected"),
    "building": ("structure", "constructing"),
    "buildings": ("structures", "properties"),
    "workers": ("labourers", "employees"),
    "work": ("job", "labor"),
    "strike": ("walkout", "stoppage"),
    "ships": ("vessels", "boats"),
    "waiting": ("ready", "waiting around"),
    "queued": ("lined up", "ranked"),
    "continue": ("proceed", "carry on"),
    "continued": ("proceeded", "carried on"),
    "allow": ("permit", "let"),
    "allowed": ("permitted", "let"),
    "warned": ("cautioned", "alerted"),
    "threat": ("risk", "menace"),
    "fears": ("worries", "concerns"),
    "concern": ("worry", "issue"),
    "refused": ("declined", "rejected"),
    "rejected": ("turned down", "dismissed"),
    "demand": ("requirement", "call"),
    "demands": ("requirements", "calls"),
    "region's": ("area's",),
    "nearly": ("almost", "practically"),
    "almost": ("nearly", "virtually"),
    "will": ("shall", "is going to"),
    "would": ("might", "could"),
    "but": ("however", "yet"),
    "went": ("headed", "proceeded"),
    "came": ("arrived", "got here"),
    "take": ("consider", "seize"),
    "took": ("seized", "grabbed"),
    "called": ("known as", "named"),
    "calls": ("requires", "names"),
    "sent": ("dispatched", "shipped"),
    "move": ("transfer", "maneuver"),
    "moved": ("transferred", "relocated"),
    "keep": ("preserve", "retain"),
    "kept": ("preserved", "retained"),
    "left": ("departed", "exited"),
    "leave": ("depart", "exit"),
    "lost": ("misplaced", "forfeited"),
    "won": ("gained", "secured"),
    "win": ("gain", "secure"),
    "met": ("encountered", "satisfied"),
    "meet": ("encounter", "satisfy"),
    "seen": ("noticed", "witnessed"),
    "see": ("notice", "witness"),
    "believe": ("imagine", "suppose"),
    "believed": ("imagined", "supposed"),
    "think": ("suppose", "consider"),
    "known": ("recognized", "identified"),
    "face": ("confront", "encounter"),
    "faces": ("confronts", "encounters"),
    "hit": ("struck", "smacked"),
    "set": ("established", "fixed"),
    "run": ("operate", "manage"),
    "led": ("guided", "headed"),
    "lead": ("guide", "head"),
    "added": ("included", "extra"),
    "reached": ("arrived at", "attained"),
    "reach": ("attain", "arrive at"),
    "remain": ("stay", "continue to be"),
    "remained": ("stayed", "continued to be"),
    "reports": ("accounts", "studies"),
    "news": ("information", "reports"),
    "early": ("premature", "initial"),
    "late": ("overdue", "delayed"),
    "long": ("prolonged", "lengthy"),
    "high": ("excessive", "elevated"),
    "low": ("small", "reduced"),
    "first": ("preliminary", "initial"),
    "last": ("final", "previous"),
    "former": ("ex", "previous"),
    "public": ("general public", "open"),
    "national": ("nationwide", "countrywide"),
    "local": ("native", "regional"),
    "international": ("worldwide", "global"),
    "world": ("globe", "planet"),
    "top": ("prime", "high"),
    "senior": ("high-ranking", "elder"),
    "chief": ("principal", "main"),
    "team": ("group", "squad"),
    "power": ("energy", "authority"),
    "control": ("management", "command"),
    "case": ("matter", "instance"),
    "cases": ("matters", "instances"),
    "part": ("portion", "section"),
    "number": ("quantity", "amount"),
    "state": ("nation", "situation"),
    "issue": ("topic", "matter"),
    "issues": ("topics", "matters"),
    "effort": ("attempt", "endeavor"),
    "efforts": ("attempts", "endeavors"),
    "action": ("motion", "act"),
    "policy": ("coverage", "protocol"),
    "system": ("mechanism", "framework"),
    "program": ("programme", "scheme"),
    "change": ("shift", "alter"),
    "changes": ("shifts", "alterations"),
    "result": ("consequence", "outcome"),
    "results": ("outcomes", "findings"),
    "situation": ("scenario", "circumstance"),
    "step": ("measure", "move"),
    "steps": ("measures", "moves"),
    "risk": ("danger", "hazard"),
    "hope": ("hopefulness", "wish"),
    "hopes": ("wishes", "aspirations"),
    "peace": ("tranquility", "calm"),
    "fight": ("battle", "struggle"),
    "violence": ("brutality", "bloodshed"),
    "soldiers": ("troopers", "servicemen"),
    "weapons": ("arms", "armaments"),
    "residents": ("inhabitants", "locals"),
    "citizens": ("nationals", "residents"),
    "town": ("township", "city"),
    "village": ("hamlet", "settlement"),
    "water": ("liquid", "H2O"),
    "food": ("meals", "provisions"),
    "storm": ("tempest", "gale"),
    "flood": ("deluge", "inundation"),
    "fire": ("blaze", "hearth"),
    "crash": ("collision", "wreck"),
    "plane": ("aircraft", "airplane"),
    "car": ("vehicle", "automobile"),
    "road": ("highway", "route"),
    "quake": ("tremor", "temblor"),
    "earthquake": ("tremor", "seismic event"),
    "disease": ("illness", "ailment"),
    "patients": ("sufferers", "clients"),
    "study": ("research", "examine"),
    "trial": ("hearing", "check"),
    "judge": ("decide", "justice"),
    "lawyer": ("attorney", "legal professional"),
    "lawyers": ("attorneys", "legal professionals"),
    "prison": ("jail", "penitentiary"),
    "sentence": ("time period", "punishment"),
    "accused": ("charged", "blamed"),
    "guilty": ("responsible", "culpable"),
    "voters": ("electors", "constituents"),
    "parliament": ("legislature", "assembly"),
    "minister": ("secretary", "official"),
    "ministry": ("department", "office"),
    "spokesman": ("spokesperson", "representative"),
    "spokeswoman": ("spokesperson", "representative"),
    "agency": ("company", "bureau"),
    "industry": ("trade", "business"),
    "trade": ("commerce", "business"),
    "jobs": ("positions", "employment"),
    "costs": ("prices", "expenses"),
    "growth": ("development", "expansion"),
    "rate": ("charge", "tempo"),
    "bank": ("financial institution", "lender"),
    "banks": ("financial institutions", "lenders"),
    "stock": ("inventory", "shares"),
    "sales": ("gross sales", "revenues"),
}
_WORD_OR_GAP = re.compile(r"([A-Za-z']+)")
_CUT_POINT = re.compile(r" (?=(?:of|in|for|from|with|at|to|on) the )")
_SPLIT_POINT = re.compile(r", (?=(?:and|but|while|which) )")
_NAME_AFTER = re.compile(r" (?=[A-Z][a-z]+ [A-Z][a-z]+)")


@dataclass(frozen=True)
class SpinStyle:
    """How hard to spin: the share of swappable words swapped (drawn per copy from `rates`),
    and per sentence the chances of a clause cut off, a split, a stray comma, a drop."""

    rates: tuple[float, float] = (0.6, 1.0)
    cut: float = 0.2
    split: float = 0.15
    comma: float = 0.07
    drop: float = 0.05
    shuffle: bool = False  # sentences in random order within each paragraph


def spin(text: str, rng: random.Random, style: SpinStyle = SpinStyle()) -> str:
    """A machine-spun version of `text` (paragraphs on separate lines)."""
    rate = rng.uniform(*style.rates)
    paragraphs = [_spin_paragraph(p, rng, rate, style) for p in split_paragraphs(text)]
    paragraphs = [p for p in paragraphs if p]
    if len(paragraphs) > 3 and rng.random() < 0.4:
        i = rng.randrange(1, len(paragraphs) - 1)
        paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
    return "\n".join(paragraphs)


def _spin_paragraph(paragraph: str, rng: random.Random, rate: float, style: SpinStyle) -> str:
    out = []
    for sentence in split_into_sentences(paragraph):
        if rng.random() < style.drop:
            continue
        sentence = _swap_words(sentence, rng, rate)
        roll = rng.random()
        if roll < style.cut:
            sentence = _cut_clause(sentence, rng)
        elif roll < style.cut + style.split:
            sentence = _split_clause(sentence)
        elif roll < style.cut + style.split + style.comma:
            sentence = _stray_comma(sentence)
        out.append(sentence)
    if style.shuffle:
        rng.shuffle(out)
    return " ".join(out)


def _swap_words(sentence: str, rng: random.Random, rate: float) -> str:
    parts = _WORD_OR_GAP.split(sentence)
    for i in range(1, len(parts), 2):
        word = parts[i]
        options = SYNONYMS.get(word) or SYNONYMS.get(word.lower())
        if options and rng.random() < rate:
            swap = rng.choice(options)
            parts[i] = swap[:1].upper() + swap[1:] if word[:1].isupper() else swap
    return "".join(parts)


def _cut_clause(sentence: str, rng: random.Random) -> str:
    """Cut a clause off with a full stop: "a senior official. of the administration"."""
    points = [m.start() for m in _CUT_POINT.finditer(sentence) if m.start() > 20]
    if not points:
        return sentence
    at = rng.choice(points)
    return sentence[:at] + ". " + sentence[at + 1 :]


def _split_clause(sentence: str) -> str:
    match = _SPLIT_POINT.search(sentence)
    if not match or match.start() < 30:
        return sentence
    rest = sentence[match.end() :]
    return sentence[: match.start()] + ". " + rest[:1].upper() + rest[1:]


def _stray_comma(sentence: str) -> str:
    match = _NAME_AFTER.search(sentence, 15)
    if not match:
        return sentence
    return sentence[: match.start()] + " , " + sentence[match.end() :]


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of `text`; a text that is one block (many DUC files) in groups of
    three sentences."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    if len(paragraphs) > 2:
        return paragraphs
    sentences = [s for p in paragraphs for s in split_into_sentences(p)]
    return [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]


def split_into_sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph, split as newsweave splits them (so that a wrapper
    re-breaks paragraphs between sentences, never inside "U.S. Embassy")."""
    return [s.text for s in split_sentences(paragraph, 0, len(paragraph))]
