"""Quotations across outlets: one StoryQuote per quotation, with every article carrying it."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from difflib import SequenceMatcher
from pathlib import Path

from tests.compare.invented import reads, report

from newsweave.compare.entities import story_entities
from newsweave.compare.passages import read_story
from newsweave.compare.quotes import _against, _altered, align_quotes, speakers_as_shown
from newsweave.model import CleanArticle, StoryQuote

OUTLETS = ("000", "001", "002", "003", "004")


def _seed_quotes(seeds: dict[str, CleanArticle]) -> tuple[StoryQuote, ...]:
    return align_quotes(read_story([seeds[n] for n in OUTLETS]))


def _by(quotes: tuple[StoryQuote, ...], words: str) -> StoryQuote:
    return next(q for q in quotes if words in q.text or any(words in v.text for v in q.variants))


def _numbers(quote: StoryQuote) -> set[str]:
    return {s[:3] for s in quote.sources}


def test_spokespeople_quotes_carry_every_article(seeds: dict[str, CleanArticle]) -> None:
    quotes = _seed_quotes(seeds)
    horne = _by(quotes, "extensive diplomacy")
    price = _by(quotes, "unwavering support")
    assert (horne.speaker, _numbers(horne)) == ("Emily Horne", {"000", "001"})
    assert horne.role == "National Security Council spokeswoman"
    assert (price.speaker, _numbers(price)) == ("Ned Price", {"000", "001", "003", "004"})
    # The spun copy's wording is a variant, never the quotation shown.
    assert "of the United States for" not in price.text
    assert "altered" in price.flags and "misattributed" not in price.flags


def test_anonymous_crisis_quote_aligned_through_spin(seeds: dict[str, CleanArticle]) -> None:
    crisis = _by(_seed_quotes(seeds), "moment of crisis")
    assert crisis.anonymous and crisis.speaker == "a senior administration official"
    assert _numbers(crisis) == {"002", "003", "004"}
    assert "altered" in crisis.flags
    spun = [v for v in crisis.variants if "004" in {s[:3] for s in v.sources}]
    assert spun and "time of crisis" in spun[0].text


def test_no_garbled_wording_shown(seeds: dict[str, CleanArticle]) -> None:
    for quote in _seed_quotes(seeds):
        assert not quote.sources[0].startswith("004") or len(quote.sources) == 1
        assert "of the administration." not in quote.text


def test_truncated_and_repunctuated_quotes_are_one() -> None:
    quotes = align_quotes(
        reads(
            report(
                "a",
                '"We will rebuild the bridge before winter, whatever it costs," '
                "Mayor Ilsa Varnholt said on Monday.",
            ),
            report(
                "b", 'Mayor Ilsa Varnholt said the city "will rebuild the bridge before winter".'
            ),
        )
    )
    assert len(quotes) == 1
    assert quotes[0].sources == ("a", "b") and quotes[0].flags == ()


def test_same_words_to_another_speaker_are_misattributed() -> None:
    quotes = align_quotes(
        reads(
            report(
                "a",
                '"The harbour levy will not rise again this decade, and the port '
                'knows it," Mayor Ilsa Varnholt said.',
            ),
            report(
                "b",
                '"The harbour levy will not rise again this decade, and the port '
                'knows it," said councillor Brann Ostrup.',
            ),
        )
    )
    assert len(quotes) == 1 and "misattributed" in quotes[0].flags
    assert {v.speaker for v in quotes[0].variants} & {"Brann Ostrup", "Ilsa Varnholt"}


def test_a_full_name_runs_to_its_first_lower_case_link() -> None:
    quotes = align_quotes(
        reads(
            report(
                "a",
                '"The harbour levy will not rise again this decade, and the port knows it," '
                "said Mayor Ilsa Varnholt of Tidewater.",
            ),
            report(
                "b",
                '"The harbour levy will not rise again this decade, and the port knows it," '
                "said councillor Brann Ostrup.",
            ),
        )
    )
    assert len(quotes) == 1 and "misattributed" in quotes[0].flags


_TIED = """
from tests.compare.invented import reads, report
from newsweave.compare.quotes import align_quotes
quotes = align_quotes(reads(
    report("a", '"The river rose overnight and the old bridge closed," Mayor Ilsa Varnholt said.'),
    report("b", '"The harbour froze early and the island ferries stopped," Tomas Kerrigan said.'),
    report("c", '"The river rose overnight and the old bridge closed while the harbour froze early'
        ' and the island ferries stopped," Anna Lessing said.'),
))
print([(q.speaker, q.sources) for q in quotes])
"""


def test_a_quotation_matching_two_quotations_equally_joins_the_same_one_every_run() -> None:
    """Python salts string hashes per process, so ties once went by the order a set of
    trigrams iterated in and the same input gave different digests (seen on 1,000
    DUC-derived articles). Each run here gets another salt."""
    root = Path(__file__).resolve().parents[2]
    runs = {
        subprocess.run(
            [sys.executable, "-c", _TIED],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(root)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(runs) == 1
    assert "('Tomas Kerrigan', ('b', 'c'))" in runs.pop()


def _altered_by_opcodes(tokens: tuple[str, ...], best: tuple[str, ...]) -> bool:
    """The definition: an edit between difflib's equal runs, once edits at the edges go."""
    ops = SequenceMatcher(None, tokens, best, autojunk=False).get_opcodes()
    while ops and ops[0][0] != "equal":
        ops.pop(0)
    while ops and ops[-1][0] != "equal":
        ops.pop()
    return not ops or any(op != "equal" for op, *_ in ops)


def test_altered_wording_is_what_the_opcodes_say() -> None:
    """The one-match reading agrees with the opcodes on cut, edited and unrelated wordings
    over small vocabularies (many repeated words, many equally long matches)."""
    rng = random.Random(5)
    for _ in range(3000):
        vocabulary = "abcdef"[: rng.randint(1, 6)]
        best = tuple(rng.choice(vocabulary) for _ in range(rng.randint(0, 10)))
        against = _against(best)
        for _ in range(10):
            tokens = list(best)
            for _ in range(rng.randint(0, 3)):
                at = rng.randrange(len(tokens) + 1)
                if rng.random() < 0.5 or at == len(tokens):
                    tokens.insert(at, rng.choice(vocabulary))
                else:
                    del tokens[at]
            cut = tuple(tokens)[rng.randint(0, 2) :]
            assert _altered(cut, best, against) == _altered_by_opcodes(cut, best)


def test_a_rewording_no_other_outlet_echoes_is_not_the_wording_shown() -> None:
    """Two outlets, one wording each: the one whose words the story's other articles use is
    shown; a machine-spun rewording no one else writes is an altered variant (realnews-dev)."""
    story = reads(
        report(
            "a",
            '"The broker saw it was unlawful. The broker saw it was reckless. She says the fund '
            'took a very bad risk," Judge Ilse Dorn said on Monday.',
        ),
        report(
            "b",
            '"The broker saw it used to be unlawful. The broker saw it used to be careless. She '
            'says the fund took a very bad risk," Judge Ilse Dorn said on Monday.',
        ),
        report("c", "Judge Ilse Dorn said the broker knew the scheme was unlawful and reckless."),
    )
    (quote,) = align_quotes(story)
    assert quote.text.startswith("The broker saw it was unlawful") and set(quote.sources) == {
        "a",
        "b",
    }
    assert quote.flags == ("altered",)


def test_a_post_one_outlet_names_is_its_holder_in_another() -> None:
    """The courier gives only the post ("Varn's president"), the herald names its holder:
    one speaker, so the two wordings of her statement are one quotation."""
    courier = report(
        "courier",
        'The storm took the old span on Sunday. "We will rebuild the Aske bridge before winter '
        "and pay for every stone of it ourselves,\" Varn's president said on Monday.",
    )
    herald = report(
        "herald",
        'Varn President Ilse Dorn visited the river on Monday. "We will rebuild the old bridge '
        'at Aske ahead of the winter and pay for every stone ourselves," Dorn said.',
    )
    (quote,) = align_quotes(reads(courier, herald))
    assert (quote.speaker, quote.role) == ("Ilse Dorn", "Varn's president")
    assert set(quote.sources) == {"courier", "herald"}
    assert quote.flags == ("altered",)


def _compared_quotes(*articles: CleanArticle) -> tuple[StoryQuote, ...]:
    story = reads(*articles)
    return speakers_as_shown(align_quotes(story), story_entities(story))


def test_a_surname_or_a_typo_is_the_person_the_story_names() -> None:
    """The courier writes only "Dorn", the gazette a typo: the story names one Elin Dorn, so
    both are hers (realnews-dev showed "Macron" and "Lizz Truss" beside Emmanuel Macron
    and Liz Truss)."""
    herald = report("herald", "Port director Elin Dorn opened the Aske bridge on Monday.")
    courier = report(
        "courier",
        'The bridge reopened on Monday. "Every lorry can cross again from tonight," Dorn said.',
    )
    gazette = report(
        "gazette",
        '"The toll stays at two crowns for the rest of the year," Elinn Dorn said on Monday. '
        "Elin Dorn also thanked the divers.",
    )
    speakers = {q.text[:10]: q.speaker for q in _compared_quotes(herald, courier, gazette)}
    assert speakers == {"Every lorr": "Elin Dorn", "The toll s": "Elin Dorn"}


def test_a_surname_two_of_the_storys_people_share_stays_as_written() -> None:
    herald = report("herald", "Ilse Dorn and her brother Piet Dorn opened the Aske bridge.")
    courier = report(
        "courier",
        'The bridge reopened on Monday. "Every lorry can cross again from tonight," Dorn said.',
    )
    (quote,) = _compared_quotes(herald, courier)
    assert quote.speaker == "Dorn"


def test_the_wording_shown_is_the_fullest_when_one_holds_the_other() -> None:
    """The herald took one sentence of the director's statement, the courier three: the
    quotation shows all three (realnews-dev showed one sentence of a NASA chief's four)."""
    herald = report(
        "herald",
        'Port director Elin Dorn spoke at the quay. "We are going to reopen every berth we '
        'closed last winter," Dorn said.',
    )
    courier = report(
        "courier",
        'Port director Elin Dorn thanked the divers. "This is a great day for the harbour. '
        'Thanks to the crews. We are going to reopen every berth we closed last winter," '
        "Dorn said.",
    )
    (quote,) = align_quotes(reads(herald, courier))
    assert quote.text.startswith("This is a great day for the harbour.")
    assert set(quote.sources) == {"herald", "courier"}


def test_a_partial_quotation_does_not_name_the_speaker_of_a_full_one() -> None:
    """The herald quotes the official in full; the courier weaves the end of it into a
    sentence whose reporting verb has a named subject: the words stay the official's (on the
    seeds, 004 gave Putin words that 000 and 001 give an official)."""
    herald = report(
        "herald",
        '"We will not lift the blockade of the strait until every ship is released," a '
        "senior port official said.",
    )
    courier = report(
        "courier",
        "Mayor Ilse Dorn told Piet Varn on Monday that there would be no talks "
        '"until every ship is released."',
    )
    (quote,) = align_quotes(reads(herald, courier))
    assert (quote.speaker, quote.anonymous) == ("a senior port official", True)


def test_words_every_outlet_weaves_into_its_own_sentence_are_flagged_partial() -> None:
    herald = report(
        "herald",
        'Mayor Ilse Dorn told reporters on Monday that the two ports "share the '
        'responsibility" for the closure of the strait.',
    )
    courier = report(
        "courier",
        '"We will reopen the strait to every ship before the end of the month," Ilse Dorn '
        "said on Monday.",
    )
    woven, direct = sorted(align_quotes(reads(herald, courier)), key=lambda q: len(q.text))
    assert (woven.speaker, woven.flags) == ("Ilse Dorn", ("partial",))
    assert direct.flags == ()
