from datetime import date

from benchmarks.temporal_scoring import Counts, Timex, parse_timeml, score_document, token_extent

# An invented TimeML document (no corpus text): two gold timexes inside <TEXT>.
MARKUP = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>invented_1</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2021-12-29" '
    'functionInDocument="CREATION_TIME">Dec 29</TIMEX3></DCT>\n<TITLE>Ferry strike</TITLE>\n'
    '<TEXT>The ferry crews <EVENT eid="e1">struck</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="2021-12-28">yesterday</TIMEX3> for '
    '<TIMEX3 tid="t2" type="DURATION" value="PT2H">two full hours</TIMEX3> &amp; more.</TEXT>\n'
    "</TimeML>"
)


def test_parse_keeps_text_inside_text_and_gold_offsets() -> None:
    document = parse_timeml(MARKUP)
    assert document.doc_id == "invented_1"
    assert document.dct == date(2021, 12, 29)
    assert document.text == "The ferry crews struck yesterday for two full hours & more."
    spans = [document.text[t.span[0] : t.span[1]] for t in document.gold]
    assert spans == ["yesterday", "two full hours"]
    assert [t.value for t in document.gold] == ["2021-12-28", "PT2H"]


def test_strict_relaxed_and_value_counts() -> None:
    document = parse_timeml(MARKUP)
    text = document.text
    system = [
        Timex((text.index("yesterday"), text.index("yesterday") + 9), "DATE", "2021-12-28"),
        Timex((text.index("full"), text.index(" &")), "DURATION", "PT1H"),
        Timex((text.index("ferry"), text.index("ferry") + 5), "DATE", None),
    ]
    counts = score_document(text, document.gold, system)
    assert counts == Counts(gold=2, system=3, strict=1, relaxed=2, value=1, type=2)
    assert counts.f1(counts.relaxed) == 0.8  # P 2/3, R 1
    assert counts.value_accuracy == 0.5


def test_one_system_timex_aligns_to_one_gold_only() -> None:
    text = "Monday Tuesday"
    gold = [Timex((0, 6), "DATE", "a"), Timex((7, 14), "DATE", "b")]
    counts = score_document(text, gold, [Timex((0, 14), "DATE", "a")])
    assert (counts.relaxed, counts.strict, counts.value) == (1, 0, 1)
    assert token_extent(text, (7, 14)) == (1, 1)


def test_counts_add_up_over_documents() -> None:
    total = Counts(1, 2, 1, 1, 1, 1) + Counts(3, 1, 0, 1, 0, 1)
    assert total == Counts(4, 3, 1, 2, 1, 2)
    assert Counts().f1(0) == 0.0
