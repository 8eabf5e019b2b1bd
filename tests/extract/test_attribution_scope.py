"""Who speaks for each figure of a sentence that has more than one clause or source.

A fact-checker sees one claim per figure; each must carry the speaker whose words hold
that figure, and a figure the outlet states in its own voice must carry none.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from tests.extract.claimants import claimant_of


def speakers_by_figure(text: str) -> dict[str, str | None]:
    return {c.quantity.text: c.claimant for c in extract_claims(text) if c.quantity is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Unemployment fell to 4.1% in March, and economists said it would fall to 3.9% "
            "by June.",
            {"4.1%": None, "3.9%": "economists"},
            id="narration-then-a-forecast",
        ),
        pytest.param(
            "The city council, which owns 60% of the bus company, would sell a stake of about "
            "20%, the Courier reported.",
            {"60%": None, "about 20%": "the Courier"},
            id="a-relative-clause-beside-the-subject-is-the-outlets-background",
        ),
        pytest.param(
            "In a survey of 3,200 tenants published on Monday, the housing charity found that "
            "41% had cut back on heating.",
            {"3,200 tenants": "the housing charity", "41%": "the housing charity"},
            id="a-study-the-sentence-opens-with-is-its-finders",
        ),
        pytest.param(
            "The agency has confirmed 212 cases - but hospital sources say the true tally is "
            "nearly 250.",
            {"212 cases": "The agency", "nearly 250": "hospital sources"},
            id="two-sources-joined-by-but",
        ),
        pytest.param(
            "At least 11 people drowned, according to the aid agency; the coast guard pulled "
            "48 survivors from the water.",
            {"At least 11 people": "the aid agency", "48 survivors": None},
            id="semicolon-ends-a-trailing-source",
        ),
        pytest.param(
            "The watchdog found that 148 vehicles had been delivered by December, but that "
            "only 52 of them had been cleared for use.",
            {"148 vehicles": "The watchdog", "52": "The watchdog"},
            id="but-that-goes-on-with-the-same-finding",
        ),
        pytest.param(
            "The watchdog found that 148 vehicles had been delivered, but only 52 crews were "
            "trained.",
            {"148 vehicles": "The watchdog", "52 crews": None},
            id="but-without-that-is-the-outlets-own",
        ),
        pytest.param(
            "It was a move critics called reckless, costing taxpayers £4m.",
            {"£4m": None},
            id="what-critics-called-it-is-an-aside",
        ),
        pytest.param(
            "Only 84 percent of children are vaccinated, well below the 95 percent level that "
            "the health ministry says is needed.",
            {"84 percent": None, "95 percent": "the health ministry"},
            id="source-inside-a-relative-clause",
        ),
        pytest.param(
            "More than 2,000 people arrived last week, the coast guard said on Thursday, the "
            "highest weekly total this year.",
            {"More than 2,000 people": "the coast guard"},
            id="trailing-source-followed-by-more-words",
        ),
        pytest.param(
            "Farm incomes rose 12% last year, while the cost of fertiliser fell by a third, "
            "the ministry said.",
            {"12%": "the ministry"},
            id="trailing-source-covers-a-contrast",
        ),
        pytest.param(
            "Fares rose 9% in a year, the rail regulator said, although growth has slowed "
            "from a peak of 14% last spring.",
            {"9%": "the rail regulator", "14%": "the rail regulator"},
            id="source-words-go-on-after-a-contrast",
        ),
        pytest.param(
            "The plant, on a 74-hectare site, will make 16 gigawatt hours a year, chief "
            "executive Marta Quintela told reporters.",
            {"16 gigawatt hours": "Marta Quintela"},
            id="trailing-source-with-an-office-before-the-name",
        ),
        pytest.param(
            "A poll of 2,000 parents by Safeguard Insurance found 64 per cent let children "
            "keep phones overnight.",
            {"2,000 parents": "Safeguard Insurance", "64 per cent": "Safeguard Insurance"},
            id="figure-inside-the-source-phrase",
        ),
        pytest.param(
            "The dam, engineer Piet Smit said, can hold 40 million cubic metres.",
            {"40 million cubic metres": "Piet Smit"},
            id="source-as-an-aside",
        ),
        pytest.param(
            "Rebels crossed on Friday, in what analysts described as the largest attack of "
            "the war and officials said 40 people died.",
            {"40 people": "officials"},
            id="an-aside-ends-where-a-clause-of-its-own-begins",
        ),
        # What polled forecasters expected is theirs (`consensus.py`).
        pytest.param(
            "Brightmoor Foods said sales rose to $3.9 billion, ahead of the $3.7 billion "
            "analysts polled by Tickerline had expected.",
            {"$3.9 billion": "Brightmoor Foods", "$3.7 billion": "analysts polled by Tickerline"},
            id="ahead-of-what-analysts-expected",
        ),
        pytest.param(
            "Profit fell 6% to 81.2 billion yen, short of the 84 billion yen that economists "
            "surveyed by Norrland Data had forecast.",
            {
                "6%": None,
                "81.2 billion yen": None,
                "84 billion yen": "economists surveyed by Norrland Data",
            },
            id="short-of-what-economists-forecast",
        ),
        pytest.param(
            "Orders reached 1,240 units, above the 1,100 units expected on average by analysts "
            "polled by Harbour Metrics.",
            {"1,240 units": None, "1,100 units": "analysts polled by Harbour Metrics"},
            id="expected-on-average-by",
        ),
    ],
)
def test_each_figure_gets_the_speaker_of_its_clause(
    text: str, expected: dict[str, str | None]
) -> None:
    found = speakers_by_figure(text)
    assert {figure: found.get(figure, "missing") for figure in expected} == expected


def test_a_background_clause_about_the_speaker_is_the_outlets_voice() -> None:
    text = "Ruiz, whose firm employs 300 people, said the town had spent 3 million euros."
    assert speakers_by_figure(text) == {"300 people": None, "3 million euros": "Ruiz"}


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        pytest.param(
            "Anna Berg and Tom Hale said the bridge would cost 40 million euros.",
            "Anna Berg and Tom Hale",
            id="two-names-speak-together",
        ),
        pytest.param(
            "Mayor Anna Berg and councillor Tom Hale toured the site. Berg and Hale said the "
            "bridge would cost 40 million euros.",
            "Anna Berg and Tom Hale",
            id="two-surnames-resolved",
        ),
        pytest.param(
            "The national disaster agency said rescuers were still searching. It said 2,750 "
            "people had been moved to shelters.",
            "The national disaster agency",
            id="it-refers-to-an-unnamed-agency",
        ),
        pytest.param(
            "Trains were cancelled across the region. Nobody was hurt, but four passengers "
            "were treated in hospital, the airport operator said.",
            "the airport operator",
            id="sentence-opening-words-are-not-names",
        ),
        pytest.param(
            "Aerolux, the budget airline, cancelled 40 flights. Services resumed at noon, the "
            "state rail company said, after 6 hours of delays.",
            "the state rail company",
            id="a-described-company-is-itself",
        ),
        pytest.param(
            "Aerolux cancelled 40 flights on Monday. The budget airline said 3,000 passengers "
            "were affected.",
            "Aerolux",
            id="a-generic-company-noun-points-back",
        ),
        pytest.param(
            "Sources say pilots are now flying the 12 jets promised by the alliance.",
            "Sources",
            id="participle-with-by-is-not-speech",
        ),
        pytest.param(
            "Two officials familiar with the talks said the deal was worth $2 billion.",
            "Two officials familiar with the talks",
            id="officials-familiar-with",
        ),
        pytest.param(
            "He was joined by Anna Ruiz, who said 30 families had lost their homes.",
            "Anna Ruiz",
            id="who-said-after-a-name",
        ),
        pytest.param(
            "Asked whether 500 homes would be built, the mayor replied: “Yes, and more.”",
            "the mayor",
            id="asked-whether-then-the-answer",
        ),
        pytest.param(
            "The report, published by the Marine Institute on Monday, found that sea "
            "temperatures had risen 1.2C since 1990.",
            "the Marine Institute",
            id="publisher-in-an-aside",
        ),
        pytest.param(
            "Prosecutor Jane Okafor told the court that the firm had hidden £3 million. "
            "The prosecutor said the sum was the largest she had seen.",
            "Jane Okafor",
            id="office-word-before-a-name-then-alone",
        ),
        pytest.param(
            "Residents of Hull blamed the council, saying 300 homes had flooded.",
            "Residents of Hull",
            id="participle-after-a-comma-speaks-for-the-subject",
        ),
        pytest.param(
            "Critics point out that only 12 of the 40 promised schools have been built.",
            "Critics",
            id="point-out",
        ),
        pytest.param(
            "As the ministry put it, 3 million people need aid.",
            "the ministry",
            id="as-x-put-it",
        ),
        pytest.param(
            "Maria Costa, 44, a nurse, told the inquiry she had worked 70 hours a week.",
            "Maria Costa",
            id="age-and-appositive-before-the-verb",
        ),
        pytest.param(
            "Mayor Tom Hale opened the bridge. A spokeswoman for the council said it cost 3 "
            "million euros. She said 40 workers built it.",
            "A spokeswoman for the council",
            id="she-after-an-unnamed-spokeswoman",
        ),
        pytest.param(
            "Mayor Tom Hale opened the bridge. A spokeswoman for the council said it cost 3 "
            "million euros. He said 40 workers built it.",
            "Tom Hale",
            id="he-skips-the-spokeswoman",
        ),
        pytest.param(
            "The fire destroyed 2,300 hectares, according to regional authorities.",
            "regional authorities",
            id="according-to-a-group-without-determiner",
        ),
        pytest.param(
            "The deficit reached 4.2% of output last year, Eurostat data showed.",
            "Eurostat",
            id="named-data-showed",
        ),
        pytest.param(
            "Data from the weather service show temperatures reached 44.5C on Sunday.",
            "the weather service",
            id="data-from-a-body-show",
        ),
        pytest.param(
            "Local officials in Zaporizhzhia said 3 civilians were killed.",
            "Local officials in Zaporizhzhia",
            id="group-in-a-place",
        ),
        pytest.param(
            "“Not yet,” a senior EU official told reporters. The official said talks on a "
            "further 5 billion euros would start in June.",
            "a senior EU official",
            id="the-official-refers-back",
        ),
        pytest.param(
            "The charity's chair, Rev. Paul Ames, wrote to the council asking for £50,000.",
            "Paul Ames",
            id="clergy-title-in-an-appositive",
        ),
        pytest.param(
            'Rosa Lemos, Chief Operating Officer, said: "We expect 300 jobs."',
            "Rosa Lemos",
            id="capitalised-office-in-an-appositive",
        ),
        pytest.param(
            "The Ministry for Transport said 400 buses had been ordered.",
            "The Ministry for Transport",
            id="organisation-name-with-for",
        ),
        pytest.param(
            "The Bank of England said inflation would fall to 2% next year.",
            "The Bank of England",
            id="organisation-name-with-of",
        ),
        pytest.param(
            "Dr Amal Haddad said 40% of pupils were tired. Ms Haddad added that 12 schools "
            "took part.",
            "Amal Haddad",
            id="british-titles-without-a-full-stop",
        ),
        pytest.param(
            "Jonah Pike KC, for the company, said it had spent £2 million.",
            "Jonah Pike",
            id="letters-after-a-name",
        ),
        pytest.param(
            "Sea Watch's Ida Berg said 30 whales had died.",
            "Ida Berg",
            id="organisation-possessive-before-a-name",
        ),
        pytest.param(
            "Dutch chip maker Wavelight will build a 2 billion euro plant, creating 900 jobs, "
            "the company said on Monday.",
            "Wavelight",
            id="the-company-after-a-described-maker",
        ),
        pytest.param(
            "Floods have covered 3,000 hectares, according to preliminary figures from the "
            "river agency.",
            "the river agency",
            id="according-to-figures-from",
        ),
        pytest.param(
            "A study by the research group Tide Watch, published on Monday, concluded that "
            "seas were 2C warmer.",
            "Tide Watch",
            id="publisher-with-descriptor-and-aside",
        ),
        pytest.param(
            "A survey of 1,500 drivers for motoring insurer RoadSure found 30 per cent had "
            "skipped a service.",
            "RoadSure",
            id="survey-for-a-described-company",
        ),
        pytest.param(
            "Officials put the death toll at 63 on Friday.",
            "Officials",
            id="put-a-figure-at",
        ),
        pytest.param(
            "A survey by Kestrel Research puts the party on 38 percent.",
            "Kestrel Research",
            id="puts-a-party-on",
        ),
    ],
)
def test_speaker_of_the_last_sentence(text: str, claimant: str) -> None:
    assert extract_claims(text)[-1].claimant == claimant


def test_putting_a_plan_on_hold_is_not_speech() -> None:
    text = "Aerolux cut 40 flights. The airline had put a $1.1 billion expansion on hold."
    assert extract_claims(text)[-1].claimant is None


def test_a_chain_quoted_as_saying() -> None:
    claim = extract_claims("The agency quoted the governor as saying 40 people had died.")[-1]
    assert (claim.claimant, claim.via) == ("the governor", ("The agency",))


def test_a_second_source_after_but_speaks_for_its_own_figure() -> None:
    text = (
        "The finance chief, Dana Reyes, insisted the gap was only £4 million, but opposition "
        "councillors said it was closer to £9 million."
    )
    assert speakers_by_figure(text) == {
        "£4 million": "Dana Reyes",
        "£9 million": "opposition councillors",
    }


def test_a_noun_before_a_group_is_not_part_of_it() -> None:
    text = "The Commission said it would send 1.5 billion euros, a sum diplomats called modest."
    claim = extract_claims(text)[-1]
    assert (claim.claimant, claim.via) == ("The Commission", ())


def test_the_number_of_sources_is_not_a_figure_to_check() -> None:
    text = "Two senior officials, speaking anonymously, said ministers were weighing a £2bn fund."
    found = speakers_by_figure(text)
    assert list(found) == ["£2bn"]
    assert found["£2bn"] is not None and found["£2bn"].endswith("senior officials")


def test_a_count_of_people_who_are_not_the_speakers_stays() -> None:
    text = "Three people died in the fire, officials said."
    assert speakers_by_figure(text) == {"Three people": "officials"}


def _claims_by_text(text: str) -> dict[str, str | None]:
    return {c.text: c.claimant for c in extract_claims(text)}


def test_an_aside_names_something_in_passing_and_claims_nothing_else() -> None:
    text = (
        "Rebel fighters crossed the river on Friday along a front about 30 km wide, in what "
        "regional analysts describe as the biggest offensive of the war so far."
    )
    found = _claims_by_text(text)
    # The figure is the outlet's; the analysts claim only what they call it.
    assert found == {
        text: None,
        "the biggest offensive of the war so far.": "regional analysts",
    }


def test_an_aside_beside_a_source_leaves_the_sources_figures_alone() -> None:
    text = (
        "Halmworth Foods will open a £300 million plant near Derby, creating 900 jobs, the "
        "company said on Monday, in what the council called the largest investment in the "
        "city for a generation."
    )
    claims = extract_claims(text)
    assert [(c.quantity.text if c.quantity else None, c.claimant) for c in claims] == [
        ("£300 million", "Halmworth Foods"),
        ("900 jobs", "Halmworth Foods"),
        (None, "the council"),
    ]
    assert claims[-1].text == "the largest investment in the city for a generation."


def test_an_aside_in_a_sentence_without_figures_keeps_the_event_the_outlets() -> None:
    text = (
        "Pensioners in Wales will be offered a shingles booster from Monday, in what health "
        "officials describe as the widest rollout the service has attempted."
    )
    found = _claims_by_text(text)
    assert found[text] is None
    assert found["the widest rollout the service has attempted."] == "health officials"


def test_what_a_source_says_was_a_record_is_that_sources_claim() -> None:
    text = (
        "The walkout comes at the end of what the ferry operator says has been its busiest "
        "season on record, with crossings in June up 9% on last year."
    )
    assert speakers_by_figure(text) == {"9%": "the ferry operator"}
    text = (
        "The sale follows what brokers said was the weakest quarter for the chain in a "
        "decade, with sales down 14%."
    )
    assert speakers_by_figure(text) == {"14%": "brokers"}


@pytest.mark.parametrize(
    ("text", "figure", "claimant"),
    [
        (
            "Chancellor Rachel Weybridge said inflation had fallen to 2.3% in April, and the "
            "Institute for Fiscal Studies said taxes would rise by £18bn by 2028.",
            "£18bn",
            "the Institute for Fiscal Studies",
        ),
        (
            "Mayor Joan Elswick said the city would plant 10,000 trees, while opposition "
            "councillor Derek Hume insisted the plan would cost £4m.",
            "£4m",
            "Derek Hume",
        ),
        (
            "The government says 95% of homes now have superfast broadband, a figure disputed "
            "by the Rural Connectivity Alliance, which says the true number is 81%.",
            "81%",
            "the Rural Connectivity Alliance",
        ),
    ],
)
def test_a_second_speaker_in_a_clause_of_its_own_is_not_reported_via_the_first(
    text: str, figure: str, claimant: str
) -> None:
    claim = next(c for c in extract_claims(text) if c.quantity and c.quantity.text in figure)
    assert (claim.claimant, claim.via) == (claimant, ())


def test_a_chain_inside_anothers_words_keeps_its_via() -> None:
    text = "The minister said the president had said 40 people had died."
    claim = extract_claims(text)[-1]
    assert claim.claimant == "the president" and claim.via == ("The minister",)


@pytest.mark.parametrize(
    ("text", "figure", "claimant"),
    [
        (
            "The Bank of Canada cut its key interest rate to 4.75 per cent, Governor Tiff "
            "Macklem said.",
            "4.75 per cent",
            "Tiff Macklem",
        ),
        (
            "Elena Roth, the governor of the National Bank of Morvania, spoke on Monday. The "
            "bank now expects inflation to fall to 2.2% in the fourth quarter, she said.",
            "2.2%",
            "Elena Roth",
        ),
    ],
)
def test_a_bodys_figure_told_by_its_person_is_the_persons(
    text: str, figure: str, claimant: str
) -> None:
    claim = next(c for c in extract_claims(text) if c.quantity and c.quantity.text == figure)
    assert (claim.claimant, claim.via) == (claimant, ())


def test_citing_data_from_a_source_names_the_source_not_the_data() -> None:
    text = (
        "The Centers for Disease Control and Prevention said Tuesday that 1,100 measles cases "
        "had been reported, citing data from state health departments."
    )
    claim = next(c for c in extract_claims(text) if c.quantity)
    assert (claim.claimant, claim.via) == (
        "state health departments",
        ("The Centers for Disease Control and Prevention",),
    )


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        pytest.param(
            "Anna Berg, a spokeswoman for the Swedish Coast Guard, said, citing provisional "
            "figures, that 1,200 vessels had been inspected in April.",
            "Anna Berg",
            id="citing-before-that",
        ),
        pytest.param(
            "Road deaths fell to 212 last year, the transport ministry said, citing "
            "preliminary data.",
            "the transport ministry",
            id="citing-at-the-end",
        ),
        pytest.param(
            "The airline said, citing internal figures, that 340 flights had been cancelled.",
            "The airline",
            id="citing-internal-figures",
        ),
    ],
)
def test_citing_data_with_no_owner_leaves_the_words_with_the_speaker(
    text: str, claimant: str
) -> None:
    claim = next(c for c in extract_claims(text) if c.quantity)
    assert (claim.claimant, claim.via) == (claimant, ())


def test_a_quoted_name_given_by_an_office_and_its_holder_is_theirs_alone() -> None:
    text = (
        "The province said on Friday it would pay 8,000 pesos to each farmer, a payment the "
        'agriculture minister, Luis Ortega, described as "a bridge for farmers, not a rescue."'
    )
    claims = extract_claims(text)
    payment = next(c for c in claims if c.quantity is not None)
    assert payment.claimant == "The province"
    named = next(c for c in claims if c.quantity is None)
    assert named.claimant == "Luis Ortega"
    assert named.quote.startswith('"a bridge')


def test_an_unquoted_name_for_a_move_is_no_claim_of_its_own() -> None:
    claims = extract_claims("The council raised bus fares by 6%, a move critics called reckless.")
    assert [c.claimant for c in claims] == [None]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            'A total of 4.7 tonnes published by a trade journal was, she said, "simply wrong".',
            "4.7 tonnes",
            "a trade journal",
        ),
        (
            "The £12.5m quoted by the landlord was never paid, the tenants said.",
            "£12.5m",
            "the landlord",
        ),
    ],
)
def test_a_counted_figure_given_by_another_is_theirs(text: str, figure: str, expected: str) -> None:
    assert claimant_of(text, figure) == expected


def test_a_document_owned_by_the_one_spoken_of_speaks_through_the_speaker() -> None:
    text = (
        "Ms Okafor said his own ministry's assessment, published in March, estimated that "
        "only 18,000 farms would apply."
    )
    claim = next(c for c in extract_claims(text) if c.quantity is not None)
    assert claim.claimant == "ministry"
    assert claim.via == ("Ms Okafor",)


def test_a_speakers_own_members_stay_in_the_speakers_account() -> None:
    text = "The union said about 4,000 of its members had reported assaults."
    assert claimant_of(text, "about 4,000 of its members") == "The union"


def test_told_by_inside_anothers_words_is_the_innermost_source() -> None:
    text = (
        "The head teacher said the school had been told by county officials that about 25 "
        "classroom assistants would be cut."
    )
    claim = next(c for c in extract_claims(text) if c.quantity)
    assert (claim.claimant, claim.via) == ("county officials", ("The head teacher",))


def test_citing_that_opens_a_sentence_names_the_innermost_source() -> None:
    text = (
        "The audit office published its review on Tuesday. Citing analysis by the Hollis "
        "Institute, the office said bus journeys were 9 per cent below their 2019 level. "
        "Rail journeys rose 3 per cent in 2024, the report said."
    )
    claims = [c for c in extract_claims(text) if c.quantity]
    assert [(c.claimant, c.via) for c in claims[:1]] == [("Hollis Institute", ("the office",))]
    assert claims[-1].claimant != "Hollis Institute"  # the office's report, not the cited one


def test_a_source_beside_a_noun_summing_up_speaks_only_of_that_noun() -> None:
    text = (
        "Councillor Ines Marlow said the council had asked the regulator to review the "
        "scheme, a request the regulator confirmed it had received."
    )
    claim = extract_claims(text)[0]
    assert (claim.claimant, claim.via) == ("Ines Marlow", ())


def test_a_warning_issued_for_a_figure_is_the_issuers_before_anothers_clause() -> None:
    text = (
        "The weather service has issued an amber warning for up to 80mm of rain on Friday, "
        "and the river authority said 12 flood alerts were in force."
    )
    assert speakers_by_figure(text) == {
        "up to 80mm": "The weather service",
        "12 flood alerts": "the river authority",
    }


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "The coastguard agency had issued a warning on Thursday for swells of up to "
            "6 metres off the headland.",
            "The coastguard agency",
        ),
        (
            "The Met Office has issued a yellow warning for gusts of up to 70mph on the coast.",
            "The Met Office",
        ),
        (
            "Chile's Mining, Water and Geology Agency issued an alert late on Monday for "
            "tremors of up to 5.5 in magnitude.",
            "Chile's Mining, Water and Geology Agency",
        ),
    ],
)
def test_a_warning_for_a_figure_issued_on_a_day_is_the_issuers(text: str, issuer: str) -> None:
    claims = [c for c in extract_claims(text) if c.quantity is not None]
    assert claims and claims[0].claimant == issuer


def test_a_sentence_ending_on_no_is_not_joined_to_the_next_speakers() -> None:
    text = (
        "Tom Reyes has run the port for 30 months, and the unions mostly hear him say no. "
        "At a meeting on Monday, he says, 12 pilots asked him for a pay rise."
    )
    assert speakers_by_figure(text) == {"30 months": None, "12 pilots": "Tom Reyes"}


def test_according_to_tacked_on_ends_before_and_was_with_a_new_deed() -> None:
    text = (
        "The airline collapsed in 2019 owing about 80 million euros, according to the "
        "receivers' final report, and was fined 3 million euros by the regulator."
    )
    assert speakers_by_figure(text) == {
        "about 80 million euros": "receivers",
        "3 million euros": None,
    }


def test_according_to_tacked_on_still_holds_and_has_with_its_figure() -> None:
    text = (
        "The gang has demanded $5 million, according to the hospital, and has leaked 30 gigabytes."
    )
    assert speakers_by_figure(text) == {
        "$5 million": "the hospital",
        "30 gigabytes": "the hospital",
    }


def test_a_closing_whose_clause_after_reported_words_is_the_outlets() -> None:
    text = (
        "Senior aides said the minister would announce a £500m grant for rural bus firms, whose "
        "share of journeys has dropped from about 25% in 2000 to 11% now."
    )
    assert speakers_by_figure(text) == {"£500m": "Senior aides", "about 25%": None, "11%": None}


def test_a_whose_clause_before_the_speaker_stays_in_the_words() -> None:
    text = "The grant will help bus firms, whose share of journeys has dropped to 11%, he said."
    assert speakers_by_figure(text) == {"11%": "he"}


def test_a_figure_that_others_disputed_is_their_aside() -> None:
    text = (
        "The mayor said the city had saved £40 million, a figure that auditors from two "
        "rival firms disputed."
    )
    assert speakers_by_figure(text) == {
        "£40 million": "The mayor",
        "two rival firms": "auditors from two rival firms",
    }


def test_a_second_speakers_own_clause_in_a_sentence_without_figures() -> None:
    text = (
        "The fire chief, Ana Ruiz, called the blaze contained, while the mayor of Ellon, "
        "Marta Gil, said families had been given almost no warning to leave their homes."
    )
    claims = extract_claims(text)
    assert claims[0].claimant == "Ana Ruiz"
    second = [c for c in claims if c.claimant == "Marta Gil"]
    assert second and second[0].text.startswith("said families")
    assert second[0].checkworthiness < 0.5  # the whole sentence is queued already


@pytest.mark.parametrize(
    "text",
    [
        'Councillor Ines Marlow told the meeting that the depot was "a liability, not an '
        'asset", a remark the opposition leader quoted back to her twice.',
        'Councillor Ines Marlow told the meeting that the depot was "a liability, not an '
        'asset", a comment the council leader later repeated.',
    ],
)
def test_a_remark_quoted_back_by_another_stays_the_first_speakers(text: str) -> None:
    claim = extract_claims(text)[0]
    assert (claim.claimant, claim.via) == ("Ines Marlow", ())


def test_which_a_second_source_believes_is_an_aside_of_the_first_sources_claim() -> None:
    text = (
        "A fire service source told us that neither man is suspected of starting the Marlow "
        "fire, which investigators believe was caused by a discarded barbecue."
    )
    found = _claims_by_text(text)
    assert found[text] == "A fire service source"
    assert found["was caused by a discarded barbecue."] == "investigators"


def test_so_after_a_trailing_according_to_is_the_writers_inference() -> None:
    text = (
        "The village's population grew by about 4% over the decade, according to the "
        "statistics office, so the rate per resident rose by roughly 19%."
    )
    assert speakers_by_figure(text) == {"about 4%": "the statistics office", "roughly 19%": None}
    text = "Output fell 2%, according to the ministry, so far the steepest drop this year."
    assert speakers_by_figure(text) == {"2%": "the ministry"}


def test_a_span_of_time_in_the_outlets_clause_before_and_x_said_is_the_outlets() -> None:
    text = (
        "Fewer than half of ferry sailings ran on Friday, the third day of a 96-hour strike "
        "by deckhands, and the union behind the dispute said it would announce new dates."
    )
    assert speakers_by_figure(text)["96-hour"] is None
    text = "Moreno, who has run the bakery for 30 years, said rents had doubled."
    assert speakers_by_figure(text)["30 years"] == "Moreno"


def test_which_a_source_says_speaks_for_the_relative_clause_alone() -> None:
    text = "The deal opens with a 60-day truce, which both sides say they want to extend."
    assert speakers_by_figure(text) == {"60-day": None}


@pytest.mark.parametrize(
    ("text", "claimant", "via"),
    [
        (
            "RIA Novosti reported, quoting the regional governor, Igor Belov, that 14 homes had "
            "been damaged.",
            "Igor Belov",
            ("RIA Novosti",),
        ),
        (
            "Fourteen homes had been damaged, the agency reported, quoting local officials.",
            "local officials",
            ("the agency",),
        ),
        (
            "Xinhua reported, citing the provincial flood office, that 14 homes had collapsed.",
            "the provincial flood office",
            ("Xinhua",),
        ),
    ],
)
def test_quoting_a_source_is_a_chain_like_citing(
    text: str, claimant: str, via: tuple[str, ...]
) -> None:
    claim = extract_claims(text)[-1]
    assert (claim.claimant, claim.via) == (claimant, via)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "His Labour rival, Tom Okoro, countered that traders expected footfall to fall by "
            "a quarter.",
            "a quarter",
            "Tom Okoro",
        ),
        (
            "The landlord told reporters that investors had expected a 10% return.",
            "10%",
            "The landlord",
        ),
        (
            "Grace Abara argued economists expected unemployment to reach 6%.",
            "6%",
            "Grace Abara",
        ),
        ("Economists expected inflation of 2.4% in May.", "2.4%", "Economists"),
    ],
)
def test_what_forecasters_expect_in_someones_words_is_that_persons_account(
    text: str, figure: str, expected: str
) -> None:
    assert claimant_of(text, figure) == expected
