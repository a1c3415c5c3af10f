"""Quotations, speakers, roles and cues: invented sentences and the seed reports."""

from __future__ import annotations

import re

from newsweave.extract.quotes import find_quotes
from newsweave.extract.speakers import CUES
from newsweave.model import CleanArticle, Quote


def quotes_of(text: str) -> tuple[Quote, ...]:
    return find_quotes(text, [(0, len(text))])


def test_quote_before_its_attribution_with_role_and_appositive() -> None:
    text = (
        '"The bridge will reopen in May," said Harbour Authority spokeswoman Lena Morrow. '
        '"We are on schedule," Morrow added.'
    )
    first, second = quotes_of(text)
    assert first.text == "The bridge will reopen in May,".rstrip(",")
    assert (first.speaker, first.role, first.cue) == (
        "Lena Morrow",
        "Harbour Authority spokeswoman",
        "said",
    )
    assert text[slice(*first.speaker_span)] == "Lena Morrow"
    assert (second.speaker, second.cue, second.role) == ("Lena Morrow", "added", first.role)


def test_split_quote_is_one_statement_and_pronoun_follows_the_speaker() -> None:
    text = (
        'Tomas Reyl, the mayor of Eastfield, spoke on Monday. "We tried," he said, "and we '
        'will try again next year with more money."'
    )
    (quote,) = quotes_of(text)
    assert quote.text.startswith("We tried, and we will try again")
    # "he" is the one person named before the quotation
    assert (quote.speaker, quote.cue, quote.anonymous) == ("Tomas Reyl", "said", False)


def test_unnamed_source_curly_marks_and_according_to() -> None:
    text = (
        "“Talks will resume within a week or two,” a senior ministry official said. "
        "According to the person, “nothing has been signed yet by either side of the talks.”"
    )
    first, second = quotes_of(text)
    assert (first.speaker, first.anonymous) == ("a senior ministry official", True)
    assert (second.speaker, second.anonymous, second.cue) == ("the person", True, "according to")


def test_words_woven_into_indirect_speech_are_a_partial_quotation_of_the_speaker() -> None:
    """The reporter's sentence carries some of Brink's words: hers, marked partial (PolNeAR
    calls it a mixed attribution, not a direct quotation); a described subject ("Locals
    have been") or a single word ("crucial") is held at arm's length."""
    text = (
        'Ada Brink said on Tuesday that the harbour plan "would cost the town far more than '
        'anyone has admitted so far."'
    )
    (first,) = quotes_of(text)
    assert (first.speaker, first.cue, first.partial) == ("Ada Brink", "said", True)
    assert first.text.startswith("would cost the town")
    text = (
        'Locals have been chanting "no more ferries" all week. Brink said the two towns "share '
        'the blame" for it and called the vote "crucial".'
    )
    (second,) = quotes_of(text)
    assert (second.speaker, second.text, second.partial) == ("Brink", "share the blame", True)


def test_a_direct_quotation_is_not_partial() -> None:
    (quote,) = quotes_of('"We will reopen the ferry line on Monday," Ada Brink said.')
    assert not quote.partial


def test_woven_words_with_an_attribution_after_them_are_quoted() -> None:
    text = (
        'The council "will vote on the harbour plan before the end of the summer," Ada Brink said.'
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "Ada Brink"


def test_quotation_after_a_long_attribution_sentence_goes_on_the_same_statement() -> None:
    text = (
        '"We will not close the ferry line," Ada Brink said in a statement on Friday. "The '
        'islanders depend on it every single day of the year."'
    )
    (quote,) = quotes_of(text)
    assert quote.text.endswith("every single day of the year.")
    assert quote.speaker == "Ada Brink"


def test_initials_do_not_cut_the_attribution() -> None:
    text = '"The tide gauges were never calibrated properly," said J. Peter Olm, a hydrologist.'
    (quote,) = quotes_of(text)
    assert quote.speaker == "J. Peter Olm"


def test_colon_gives_the_quotation_to_the_subject_across_a_paragraph() -> None:
    text = (
        "Mayor Tomas Reyl went further on Monday:\n\n"
        '"Nobody in this town will pay a cent more for the bridge repairs this year."'
    )
    quotes = find_quotes(text, [(0, 39), (41, len(text))])
    assert [q.speaker for q in quotes] == ["Tomas Reyl"]


def test_phrase_held_at_arms_length_is_no_quotation() -> None:
    assert quotes_of('The minister warned of "grave steps" if the vote failed.') == ()


def by_speaker(article: CleanArticle) -> dict[str | None, list[Quote]]:
    found: dict[str | None, list[Quote]] = {}
    for quote in find_quotes(article.article.raw, article.paragraphs):
        found.setdefault(quote.speaker, []).append(quote)
    return found


def test_seed_spokespeople_are_found_with_their_roles(seeds: dict[str, CleanArticle]) -> None:
    roles = {
        ("000", "Emily Horne"): "spokesperson",
        ("001", "Emily Horne"): "National Security Council spokeswoman",
        ("003", "Emily Horne"): "National Security Council spokeswoman",
        ("000", "Ned Price"): "State Department spokesperson",
        ("001", "Ned Price"): "State Department spokesman",
        ("003", "Ned Price"): "State Department spokesman",
        ("004", "Ned Price"): "State Department spokesman",
    }
    for (number, speaker), role in roles.items():
        quotes = by_speaker(seeds[number]).get(speaker, [])
        assert quotes, (number, speaker)
        assert all(q.role == role and not q.anonymous for q in quotes), (number, quotes)
    # seed 003: "Price added" after the full name is the same speaker; 001: "She added".
    assert len(by_speaker(seeds["003"])["Ned Price"]) == 2
    assert len(by_speaker(seeds["001"])["Emily Horne"]) == 2


def test_seed_anonymous_official_is_marked(seeds: dict[str, CleanArticle]) -> None:
    for number in ("000", "002"):
        anonymous = by_speaker(seeds[number])["a senior administration official"]
        assert anonymous and all(q.anonymous and q.cue for q in anonymous)


def test_quoted_as_saying_gives_the_quotation_to_its_subject() -> None:
    (after,) = quotes_of('"The quay will be ready by spring," Ostrup was quoted as saying.')
    (before,) = quotes_of('Ostrup was quoted as saying: "The quay will be ready by spring."')
    assert after.speaker == before.speaker == "Ostrup"


def test_an_opening_phrase_or_a_conjunction_is_not_the_speaker() -> None:
    (opening,) = quotes_of(
        'In her address, Holt said: "We will rebuild the harbour before winter."'
    )
    assert opening.speaker == "Holt"
    (lead_in,) = quotes_of('"We will rebuild the harbour before winter," and vowed to stay on.')
    assert lead_in.speaker is None
    (role,) = quotes_of('The Norland president told reporters: "We will rebuild the harbour soon."')
    assert role.speaker == "The Norland president" and not role.anonymous


def test_a_pronoun_is_the_one_person_named_just_before() -> None:
    (one,) = quotes_of('Mayor Ilsa Varnholt left the hall. "The quay will open in May," she said.')
    assert one.speaker == "Ilsa Varnholt"
    two = 'Ilsa Varnholt met Brann Ostrup at the quay. "It will open in May," she said.'
    assert quotes_of(two)[0].speaker == "she"


def test_surname_is_the_person_named_last_before_it() -> None:
    text = (
        "Former governor Alan Marsh and his daughter Rita Marsh toured the mill on Friday. "
        'Rita Marsh spoke first. "We will keep every job in this valley," Marsh said.'
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "Rita Marsh"


def test_name_set_off_by_a_comma_is_the_speaker_not_its_organisation() -> None:
    text = (
        '"The numbers are not in our favour this spring," Oren Dahl, a director at Northgate '
        "University, said on Monday."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "Oren Dahl"


def test_title_stop_does_not_end_the_speaker_and_present_tense_cues() -> None:
    text = (
        '"We have waited long enough for this bridge to open," said Rev. Ida Quell, pastor '
        'of the harbour church. "We will wait no longer for the council," Quell concludes.'
    )
    first, second = quotes_of(text)
    assert (first.speaker, second.speaker, second.cue) == ("Ida Quell", "Ida Quell", "concludes")


def test_colon_lead_in_goes_to_the_person_in_its_last_part() -> None:
    text = (
        "When the dam opened in May, Mayor Pia Lund released a statement:\n"
        '"The valley will have water through the whole of the dry summer."'
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "Pia Lund"
    assert (
        quotes_of('Wait, it gets better:\n"The valley will have water all summer long."')[0].speaker
        is None
    )


def test_name_after_an_opening_phrase_and_a_party_tag() -> None:
    text = (
        "As for the critics who doubt the plan, Sen. Ivo Brandt (R-OR) said, "
        '"They have not read a single page of the harbour plan."'
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "Ivo Brandt"


def test_unattributed_quotation_in_the_paragraph_goes_to_its_speaker() -> None:
    text = (
        '"The ferry will run again in June," Hana Lisk said after hinting that "new boats" '
        'could come. "We have found the money for two new boats and a crew."'
    )
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["Hana Lisk", "Hana Lisk", "Hana Lisk"]
    assert [(q.text, q.partial) for q in quotes[:2]] == [
        ("The ferry will run again in June", False),
        ("new boats", True),  # woven into the reporter's sentence: not glued to the first
    ]


def test_the_cue_nearest_the_quotation_names_the_speaker() -> None:
    text = (
        "When Milo Varga suggested a new toll, Ines Kord fired back: "
        '"A toll would empty the old town within a single year."'
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "Ines Kord"
    text = (
        "Ines Kord responded with a message on Facebook, saying, "
        '"A toll would empty the old town within a single year."'
    )
    assert quotes_of(text)[0].speaker == "Ines Kord"


def test_he_is_never_an_outlet() -> None:
    text = (
        '"The strike will close the port for a week at least," the Harbour Journal said.\n\n'
        '"We will not sign this contract as it stands today," he said.'
    )
    cut = text.index("\n\n")
    first, second = find_quotes(text, [(0, cut), (cut + 2, len(text))])
    assert first.speaker is None  # an outlet's report credits it, it does not speak
    assert second.speaker != "Harbour Journal"


def test_a_name_loses_the_place_it_is_of_and_a_long_apposition() -> None:
    text = (
        '"We need new rules for the whole party," said Sen. Tomas Carp of Delaware. '
        "Ivo Malen, pastor of the Fort Alder Church of Christ and a supporter of the harbour "
        'plan since its first days in the council, said: "The plan is good for every family."'
    )
    first, second = quotes_of(text)
    assert (first.speaker, first.role, second.speaker) == ("Tomas Carp", "Sen.", "Ivo Malen")


def test_a_name_and_any_verb_after_a_quotation_that_ends_in_a_comma() -> None:
    text = (
        '"If they were serious about the port, they would talk to us," Tomas Carp fumed on '
        'Tuesday. "We always knew the harbour would come back," remembered Ida Quell.'
    )
    first, second = quotes_of(text)
    assert (first.speaker, second.speaker) == ("Tomas Carp", "Ida Quell")


def test_apposed_role_age_and_times_are_not_names() -> None:
    text = (
        'Mara Lind, the head of the Eastfield port authority, said: "The port will reopen next '
        'week for all ships." "Some berths stay shut until May," Lind, 54, said on Thursday.'
    )
    first, second = quotes_of(text)
    assert (first.speaker, first.role) == ("Mara Lind", "the head of the Eastfield port authority")
    assert (second.speaker, second.role) == ("Mara Lind", first.role)
    launch = '"The probe left the pad right on time today," Eastfield Space said at 7:20 a.m. ET.'
    assert quotes_of(launch)[0].speaker == "Eastfield Space"


def test_inverted_cue_and_a_second_verb_of_one_subject() -> None:
    text = (
        "The museum opened on Friday. Said Ada Brink, who grew up next door, "
        '"We were all so proud of him and of his family."'
    )
    assert (quotes_of(text)[0].speaker, quotes_of(text)[0].cue) == ("Ada Brink", "said")
    text = (
        "Mayor Ada Brink said the plan was drawn up by harbour chief Ivo Malen and said, "
        '"Who will you trust with the port now, if not the harbour?"'
    )
    assert quotes_of(text)[0].speaker == "Ada Brink"


def test_name_after_a_dash_is_the_speaker() -> None:
    text = (
        "On the toll that critics of the plan have fought for years — and that the council "
        'may yet approve — Ines Kord replied with a proverb: "Water always finds its own way."'
    )
    assert quotes_of(text)[0].speaker == "Ines Kord"


def test_participle_cue_goes_to_the_clause_subject() -> None:
    text = (
        "On Thursday, Ines Kord met harbour chief Ivo Malen and endorsed Ada Brink, saying, "
        '"She is exactly the mayor this town needs for the years ahead."'
    )
    assert quotes_of(text)[0].speaker == "Ines Kord"


def test_quotation_signed_with_a_dash_in_the_next_paragraph() -> None:
    text = '"The harbour will pay for itself within a decade."\n\n- Ines Kord.\n\nThat is not so.'
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    assert find_quotes(text, spans)[0].speaker == "Ines Kord"


def test_quotations_signed_with_a_bar_on_their_line_are_each_their_signers() -> None:
    text = (
        "What they said this week\n\n"
        "“The harbour will pay for itself within a decade.” ― Ines Kord\n"
        "“Nobody on this council has read the tender, and it shows.” ― Ivo Malen\n"
        "“We will vote on the bridge before the summer recess.” — Ada Brink"
    )
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    found = find_quotes(text, spans)
    assert [(q.speaker, q.text[:6]) for q in found] == [
        ("Ines Kord", "The ha"),
        ("Ivo Malen", "Nobody"),
        ("Ada Brink", "We wil"),
    ]


def test_a_party_and_state_after_a_name_are_not_the_speaker() -> None:
    text = (
        '"The harbour bill will pass this week, and it will pass with votes to spare," Senate '
        "Majority Leader Ada Brink, R-Ky., said. Sen. Ivo Malen, D-Wis., said in an op-ed, "
        '"The harbour bill spends money the port does not have."'
    )
    first, second = quotes_of(text)
    assert (first.speaker, second.speaker) == ("Ada Brink", "Ivo Malen")


def test_a_pronoun_inside_a_clause_speaks_and_a_clause_tail_names_no_one() -> None:
    text = (
        '"The harbour is open again," Ada Brink said on Friday. Naturally she released a '
        'statement on Monday, saying, "We owe this port to the dockworkers who never left."'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ada Brink", "Ada Brink"]
    text = (
        'Ivo Malen called the plan "premature" for the port and its workers while adding on '
        'costs, "Nobody has shown me a budget for the dredging of the channel."'
    )
    assert quotes_of(text)[-1].speaker is None


def test_went_on_to_say_is_its_subjects() -> None:
    text = 'Brink went on to say, "From the bottom of my heart, I know the harbour will be back."'
    quote = quotes_of(text)[0]
    assert (quote.speaker, text[slice(*quote.speaker_span)]) == ("Brink", "Brink")


def test_a_name_before_a_long_apposition_after_the_quotation() -> None:
    text = (
        '"Nothing the council could do now would make a difference to the port," Ines Kord, '
        "director of the Harbour Futures Project at the small but vocal Eastfield Maritime "
        "Institute, said in an interview."
    )
    quote = quotes_of(text)[0]
    assert (quote.speaker, text[slice(*quote.speaker_span)]) == ("Ines Kord", "Ines Kord")


def test_a_singer_sings_what_is_quoted() -> None:
    text = 'In her best-known song, Ada Brink sings, "Nobody leaves the harbour before the tide."'
    assert quotes_of(text)[0].speaker == "Ada Brink"


def test_a_described_name_and_any_verb_after_a_quotation() -> None:
    text = (
        "Mayor Ada Brink was not amused by the comedian's jokes about the port. "
        '"The harbour will always be the harbour, whatever they say on television," an angry '
        "Brink retaliated."
    )
    assert quotes_of(text)[0].speaker == "Ada Brink"


def test_a_passive_cue_is_its_agents() -> None:
    text = (
        "Mayor Ada Brink was asked by host Ivo Malen, who has backed her since the spring, "
        '"Will the harbour bridge be open before the summer, or not?"'
    )
    quote = quotes_of(text)[0]
    assert (quote.speaker, text[slice(*quote.speaker_span)]) == ("Ivo Malen", "Ivo Malen")


def test_no_cue_is_another_cue_and_more_words() -> None:
    # The quotation patterns try the cues as a trie, longest first: the same matches as the
    # cues in their listed order only while no cue ends where another goes on past a space.
    cues = CUES.split("|")
    assert not [
        (short, long)
        for short in cues
        for long in cues
        if long != short and long.startswith(short) and not long[len(short)].isalnum()
    ]


def test_an_outlet_that_reported_a_quotation_is_a_credit_not_its_speaker() -> None:
    text = (
        'The ferry line will close, "because the dock has no money left for repairs," The '
        'Harbour Times reported. "The port will stay open all winter long," Reuters reports.'
    )
    first, second = quotes_of(text)
    assert (first.speaker, second.speaker) == (None, None)
    text = '"Mayor Lind broke her word to the town this week," Eastfield Gazette wrote.'
    assert quotes_of(text)[0].speaker is None


def test_an_outlet_speaks_in_its_editorial_or_statement() -> None:
    text = (
        '"The council should resign before the summer is out," the Harbour Times said in '
        "an editorial on Sunday."
    )
    assert quotes_of(text)[0].speaker == "Harbour Times"


def test_a_person_quoted_by_an_outlet_keeps_the_quotation() -> None:
    text = (
        'Port director Ines Varga said the dock "will not close this winter, whatever it '
        'costs the port," the Harbour Times said.'
    )
    assert quotes_of(text)[0].speaker == "Ines Varga"


def test_a_signature_with_an_initial_keeps_the_whole_name() -> None:
    text = (
        "“The harbour was our life and now it is gone.” ― Ada K. Morrow\n"
        "“We will rebuild.” ― Tam Oyelaran"
    )
    first, second = quotes_of(text)
    assert (first.speaker, second.speaker) == ("Ada K. Morrow", "Tam Oyelaran")


def test_a_form_of_address_is_no_role_and_a_participle_is_no_speaker() -> None:
    """ "Mr Teo Varga said" has no role to show; "reads the press release published on the
    bank's website" is the press release's (realnews-dev)."""
    raw = (
        '"We will rebuild," Mr Teo Varga said on Monday. "It is over," Gov. Ilse Dorn said. '
        '"Rates will rise by 75 basis points," reads the press release published on the bank '
        "website."
    )
    assert [(q.speaker, q.role) for q in find_quotes(raw, [(0, len(raw))])] == [
        ("Teo Varga", None),
        ("Ilse Dorn", "Gov."),
        ("the press release", None),
    ]


def test_a_quotation_closed_by_a_full_stop_is_not_the_next_speakers() -> None:
    text = (
        "Judge Mira Holt said the port owner deserved a long sentence because there is a "
        '"risk that this man will do something very bad in the future." Anton Varga, 58, the '
        'owner, said he is "sorry about what happened to every family on the quay."'
    )
    holt, varga = quotes_of(text)  # Varga's words are woven into the reporter's sentence
    assert holt.text == "risk that this man will do something very bad in the future."
    assert holt.speaker == "Mira Holt"
    assert (varga.speaker, varga.partial) == ("Anton Varga", True)


def test_a_scare_quote_does_not_start_the_next_speakers_statement() -> None:
    text = (
        'The ruling sets a "crucial" example for the industry, council chief Sheila Dunmore '
        'told the Harbour Gazette. "Nobody should think a fine buys them out of prison. You '
        'go to jail if you steal."'
    )
    (quote,) = quotes_of(text)
    assert quote.text.startswith("Nobody should think a fine")
    assert quote.speaker == "Sheila Dunmore"


def test_an_administrators_title_is_her_role_not_her_name() -> None:
    text = (
        '"We are ready to fly the crew on Friday," Varn Space Agency Administrator Petra Lind said.'
    )
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.role) == ("Petra Lind", "Varn Space Agency Administrator")


def test_a_statement_across_its_attribution_gets_its_full_stop_back() -> None:
    """The writer's comma before "Reyl said." ended a sentence of the speaker's; before
    "he said," it did not."""
    text = (
        'Tomas Reyl, the mayor of Eastfield, spoke on Monday. "We tried everything we could," '
        'Reyl said. "The money ran out in March."'
    )
    (quote,) = quotes_of(text)
    assert quote.text == "We tried everything we could. The money ran out in March."


def test_he_or_she_goes_back_along_sentences_opening_with_it() -> None:
    """Two sentences open with "She" after the one naming Dorn; Varn is named inside one of
    them, not as its subject: the quotation is Dorn's (realnews-dev gave Macron's words to
    "He" when Le Pen was named in between)."""
    text = (
        "In her speech, Ilse Dorn praised the crews. She thanked Piet Varn for the loan of "
        "his cranes. She promised a new quay. “We will build it before the spring tides come "
        "in.”"
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "Ilse Dorn"


def test_a_pronoun_with_no_sentence_naming_its_person_stays_a_pronoun() -> None:
    text = (
        "The crews worked through the night while Piet Varn and Ilse Dorn watched. She "
        "promised a new quay. “We will build it before the spring tides come in.”"
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "She"


def test_two_woven_quotations_of_one_verb_are_both_the_speakers() -> None:
    text = (
        'Ada Brink opened the fair by noting that Kessel is where "the river meets the sea" '
        'and "a place where many left their hearts."'
    )
    first, second = quotes_of(text)
    assert (first.speaker, second.speaker) == ("Ada Brink", "Ada Brink")
    assert second.text == "a place where many left their hearts." and second.partial


def test_a_ministry_credited_after_a_quotation_is_a_body_not_a_titled_person() -> None:
    """ "according to the Chinese Foreign Ministry": a credit for Dorn's words, not a person
    "Foreign Ministry" titled "Chinese" (realnews-dev gave Xi's words to one)."""
    text = (
        'Ilse Dorn told the envoy that the strait was the "first line not to cross in our '
        'relations," according to the Chinese Foreign Ministry. The envoy left at noon.'
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "Ilse Dorn"
    text = '"The strait stays open to every ship," the Chinese Foreign Ministry said.'
    (quote,) = quotes_of(text)
    assert quote.speaker == "Chinese Foreign Ministry"


def test_a_title_in_quotation_marks_is_no_partial_quotation() -> None:
    text = (
        'Ada Brink said the deal put the port beside the "Pearl of the North" and the '
        '"Gateway to Kessel" as a trade hub.'
    )
    assert quotes_of(text) == ()


def test_a_role_in_apposition_ends_at_its_comma() -> None:
    text = (
        '"We respect the verdict of the court today," said Mark Hollis, the lawyer for the '
        'port, while adding that his client "will appeal the ruling in the spring."'
    )
    _, woven = quotes_of(text)
    assert (woven.speaker, woven.role, woven.partial) == (
        "Mark Hollis",
        "the lawyer for the port",
        True,
    )


def test_the_speakers_phrase_ends_before_as() -> None:
    text = (
        '"Norland is on the Moon," said VSA chief T Brandt as Kessel 3 lander module Vikra '
        "made a safe and soft landing."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "T Brandt"


def test_the_n_year_old_is_the_person_named_before_as_she_would_be() -> None:
    text = (
        "The strike was announced by Ilse Dorn on Monday. During her speech, the union leader "
        'thanked the crews.\nThe 58-year-old said, "We will not go back to work without a '
        'contract for every crew." She added, "Nobody should have to choose between rent and '
        'food."'
    )
    first, second = quotes_of(text)
    assert (first.speaker, second.speaker) == ("Ilse Dorn", "Ilse Dorn")
