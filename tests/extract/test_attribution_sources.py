"""Sources that news copy names in passing: a person "of" an organisation, an office
written in lower case before a name, data and accounts that "show", a study's team, a
spokesman speaking for the body just quoted, "it" and "her" inside the sentence.

Every sentence here was written for this test; the claimant is what a fact-checker would
write in the "who said it" column.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims


def claimant_of(text: str, figure: str) -> str | None:
    for claim in extract_claims(text):
        if claim.quantity is not None and claim.quantity.text == figure:
            return claim.claimant
    raise AssertionError(f"no claim for {figure!r} in {[c.text for c in extract_claims(text)]}")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "Inspector Carla Menzies of the county roads unit said crews had filled more "
            "than 3,000 potholes.",
            "more than 3,000 potholes",
            "Carla Menzies",
            id="person-of-an-organisation",
        ),
        pytest.param(
            "Dr Tomasz Wren of the University of Ashdown, who was not involved in the work, "
            "said the result matched about 20 earlier trials.",
            "about 20 earlier trials",
            "Tomasz Wren",
            id="person-of-a-university-with-an-aside",
        ),
        pytest.param(
            '"We moved 14,000 tonnes through the yard in one night," union branch secretary '
            "Gordon Keyes told a meeting outside the depot.",
            "14,000 tonnes",
            "Gordon Keyes",
            id="lower-case-office-before-a-name-after-a-quote",
        ),
        pytest.param(
            "Divers recovered six bodies from the lake overnight, regional fire chief Anton "
            "Brisk told reporters in Melde.",
            "six bodies",
            "Anton Brisk",
            id="trailing-told-reporters-somewhere",
        ),
        pytest.param(
            "The airport served 31 million passengers last year, airport operator data show, "
            "up 6% on the year before.",
            "31 million passengers",
            "airport operator",
            id="lower-case-owner-of-data-after-a-comma",
        ),
        pytest.param(
            "Halvern Foods raised its prices twice this year but said volumes fell 4% in the "
            "spring.",
            "4%",
            "Halvern Foods",
            id="but-said-after-the-subject's-own-act",
        ),
        pytest.param(
            "Officials who asked not to be named said about 90 people were still missing.",
            "about 90 people",
            "Officials",
            id="subject-with-a-relative-clause",
        ),
        pytest.param(
            "Two of the country's biggest lenders, Marlow and Penrose Bank, said they would "
            "cut 1,200 branch jobs.",
            "1,200 branch jobs",
            "Marlow and Penrose Bank",
            id="appositive-names-joined-by-and",
        ),
        pytest.param(
            "The coastguard agency expects the swell to ease on Friday, though it warned that "
            "waves of up to 9 metres were still possible.",
            "up to 9 metres",
            "The coastguard agency",
            id="it-is-the-subject-of-its-own-sentence",
        ),
        pytest.param(
            "Kestrel Athletic lost £9.2m last season, their accounts show.",
            "£9.2m",
            "Kestrel Athletic",
            id="their-accounts-show",
        ),
        pytest.param(
            "Economist Hana Ruell has studied the trade for a decade. By her estimate, the "
            "sector would need 4,000 more welders.",
            "4,000 more welders",
            "Hana Ruell",
            id="by-her-estimate",
        ),
        pytest.param(
            "The Transport Secretary, Helen Marsh, opened the debate. Another MP, Joan Kerr, "
            "asked about costs. The Transport Secretary confirmed the plan would cost £2bn, "
            "which she said would pay for 40 new stations.",
            "40 new stations",
            "Helen Marsh",
            id="she-is-the-person-the-sentence-named-first",
        ),
        pytest.param(
            "Norrland Rail says it expects to cancel about 120 trains tomorrow.",
            "about 120 trains",
            "Norrland Rail",
            id="it-right-after-the-speaker's-verb-is-the-speaker",
        ),
        pytest.param(
            "The union's branch secretary at Ashby, Tom Reed, said members had logged 14 faults.",
            "14 faults",
            "Tom Reed",
            id="the-name-after-a-role-at-a-place",
        ),
        pytest.param(
            "Halden Bank held its rate at 4% on Thursday, the bank said. It now expects "
            "growth of 1.9% next year.",
            "1.9%",
            "Halden Bank",
            id="it-now-expects",
        ),
        pytest.param(
            "The poll of 1,850 voters, carried out by Tessaly Research last week, puts the "
            "mayor on 41%.",
            "41%",
            "Tessaly Research",
            id="carried-out-by-a-pollster",
        ),
        pytest.param(
            "The Office for Rail Safety (ORS) opened a case in May. According to the "
            "prosecution, an inspection by the ORS found 22 cracked sleepers.",
            "22 cracked sleepers",
            "Office for Rail Safety",
            id="an-inspection-by-a-body-named-in-full-before",
        ),
        pytest.param(
            "About 900,000 people live with the condition, according to the charity Lakeside "
            "Hearts. It says treatment costs £3 billion a year.",
            "£3 billion",
            "Lakeside Hearts",
            id="it-after-a-charity-named-by-kind",
        ),
        pytest.param(
            "The Sleep Council recommends nine hours a night for teenagers.",
            "nine hours",
            "The Sleep Council",
            id="recommends",
        ),
        pytest.param(
            "The cost of Harbour Wanderers' new ground has risen to £240 million, the club "
            "confirmed.",
            "£240 million",
            "Harbour Wanderers",
            id="a-football-club-in-the-possessive",
        ),
        pytest.param(
            "A trade body, the Glass Makers Federation, estimated that 3,000 jobs were at risk.",
            "3,000 jobs",
            "Glass Makers Federation",
            id="a-role-then-the-name-in-apposition",
        ),
        pytest.param(
            "Transport minister Dai Rhys visited the depot and promised £12m for repairs.",
            "£12m",
            "Dai Rhys",
            id="and-promised",
        ),
        pytest.param(
            "Meanwhile insurance chiefs warned the bill could reach £90m.",
            "£90m",
            "insurance chiefs",
            id="meanwhile-before-a-group",
        ),
        pytest.param(
            "Health Minister Lena Ortiz said the government had declared a state of emergency "
            "and would send 400 nurses.",
            "400 nurses",
            "Lena Ortiz",
            id="declared-an-emergency-is-an-act",
        ),
        pytest.param(
            "The ship, operated by the Dutch-Belgian charity Harbour Light, reached the boat "
            "about 40 nautical miles offshore, the charity said.",
            "about 40 nautical miles",
            "Harbour Light",
            id="the-charity-named-after-its-kind",
        ),
        pytest.param(
            "But the report, by the accountants Dunlop & Price, warned that the club would need "
            "£30 million more.",
            "£30 million",
            "Dunlop & Price",
            id="a-report-by-a-firm-in-apposition",
        ),
        pytest.param(
            "Mrs Justice Alder dismissed the claim. The judge said the council had saved "
            "£4 million.",
            "£4 million",
            "Alder",
            id="the-judge-is-the-justice",
        ),
        pytest.param(
            (
                "The Department for Transport said 140 stations had been upgraded since 2020. "
                'A spokesman added: "A further 35 stations will follow next year."'
            ),
            "35 stations",
            "The Department for Transport",
            id="a-spokesman-who-adds-speaks-for-the-body-just-quoted",
        ),
        pytest.param(
            (
                "The union said the port's operator, Harwell Docks, had offered 3%. "
                "Harwell Docks said its offer was worth 5.1% to the average worker. "
                "It said it had plans to keep 40 berths open."
            ),
            "40 berths",
            "Harwell Docks",
            id="an-operator-in-apposition-is-an-organisation-it-refers-to",
        ),
        pytest.param(
            (
                "The rockfall at the Dunmore shaft, owned by Kestrel Copper Mining, trapped 14 "
                "men. "
                "The Miners' Union said its members had warned of rock noise. "
                "The company said 11 of the men had been brought up by noon."
            ),
            "11 of the men",
            "Kestrel Copper Mining",
            id="the-company-owns-the-site-not-the-union-that-spoke-last",
        ),
        pytest.param(
            (
                "Economists at Harrow Capital said the bank would hold rates at 4%. "
                "They expect a cut to 3.75% by the end of next year."
            ),
            "3.75%",
            "Economists at Harrow Capital",
            id="they-after-a-group-is-that-group",
        ),
        pytest.param(
            (
                "Researchers at the University of Lindow followed 2,400 cyclists for a year. "
                "The team found that 38% had been injured at least once."
            ),
            "38%",
            "University of Lindow",
            id="researchers-at-a-university-name-the-study-owner",
        ),
    ],
)
def test_the_source_named_in_passing_is_the_claimant(text: str, figure: str, expected: str) -> None:
    assert claimant_of(text, figure) == expected


STUDY = (
    "Adults who cycle to work take 40% fewer sick days, according to a study of more than "
    "9,000 office workers published on Tuesday. The research, led by a team at Carrow "
    "University, followed employees at 61 firms for five years. The researchers estimated "
    "that one in four commuters could switch. They found the effect held for 2,300 part-time "
    "staff too. Ferry Lane Trust, a cycling charity, said 70% of roads lacked safe lanes."
)


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        pytest.param("40%", "Carrow University", id="study-named-later"),
        pytest.param("61 firms", "Carrow University", id="the-research-followed"),
        pytest.param("one in four", "Carrow University", id="the-researchers"),
        pytest.param("2,300 part-time staff", "Carrow University", id="they-are-the-team"),
        pytest.param("70%", "Ferry Lane Trust", id="another-source-after-the-study"),
    ],
)
def test_a_study_speaks_through_its_team(figure: str, expected: str) -> None:
    assert claimant_of(STUDY, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "The Port Safety Agency (PSA) opened an inquiry. A PSA spokesperson said it had "
            "received 210 complaints.",
            "210 complaints",
            "Port Safety Agency",
            id="acronym-spokesperson-speaks-for-the-body",
        ),
        pytest.param(
            "Dunmore Glass Holdings confirmed the closure. A company spokeswoman said 85 staff "
            "would be redeployed.",
            "85 staff",
            "Dunmore Glass Holdings",
            id="company-spokeswoman-speaks-for-the-company",
        ),
        pytest.param(
            "Cabin crew at Westerly Airways walked out at dawn, and the airline says 140 "
            "flights have been cancelled.",
            "140 flights",
            "Westerly Airways",
            id="airways-is-an-airline",
        ),
        pytest.param(
            "The central bank's gold reserves rose to 310 tonnes in June, it said.",
            "310 tonnes",
            "The central bank",
            id="trailing-it-is-the-owner-of-the-subject",
        ),
        pytest.param(
            '"We were promised 40 new homes," she said by telephone from the shelter. '
            "Tamsin Rowe lives there.",
            "40 new homes",
            "she",
            id="said-by-telephone-is-speech",
        ),
        pytest.param(
            "The Harbour Pilots Guild, which says it represents about 600 pilots, called the "
            "plan reckless.",
            "about 600 pilots",
            "The Harbour Pilots Guild",
            id="which-says",
        ),
        pytest.param(
            "Oskar Lind, a spokesman for the port authority, which runs the terminal, said "
            "ships had waited 31 hours.",
            "31 hours",
            "Oskar Lind",
            id="name-before-a-role-with-a-relative-clause",
        ),
        pytest.param(
            "Shop steward Kofi Mensah said workers had reported 12 rock falls since April.",
            "12 rock falls",
            "Kofi Mensah",
            id="said-workers-had-reported-is-still-his-account",
        ),
        pytest.param(
            '"They handed us 2 per cent and called it generous," he fumed. Dai Morgan runs '
            "the branch.",
            "2 per cent",
            "he",
            id="tabloid-verb",
        ),
    ],
)
def test_more_sources_named_in_passing(text: str, figure: str, expected: str) -> None:
    claimant = claimant_of(text, figure)
    if expected in {"he", "she"}:  # a pronoun with nobody named before: kept as written
        assert claimant is not None
    else:
        assert claimant == expected


def test_an_age_after_a_name_is_not_a_figure() -> None:
    claims = extract_claims("Maria Okoro, 46, who runs the bakery, said rents rose 20%.")
    assert [c.quantity.text for c in claims if c.quantity] == ["20%"]


INTERVIEW = (
    "We spoke to the college's principal, Joan Varley, and the union's Peter Osei.\n\n"
    "Is the college in deficit?\n\n"
    "Varley: Yes. We expect a deficit of £3.2 million this year. We have cut 12 courses.\n\n"
    "Osei: Our members counted 19 courses that will close. Students told us 40% skip meals.\n"
)


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        pytest.param("£3.2 million", "Joan Varley", id="name-before-the-colon"),
        pytest.param("12 courses", "Joan Varley", id="the-paragraph-goes-on"),
        pytest.param("19 courses", "Peter Osei", id="the-other-speaker"),
        pytest.param("40%", "Peter Osei", id="a-group-inside-the-answer"),
    ],
)
def test_a_transcript_interview_speaks_through_the_name_before_the_colon(
    figure: str, expected: str
) -> None:
    assert claimant_of(INTERVIEW, figure) == expected


def test_the_interviewer_questions_are_the_outlet() -> None:
    claims = extract_claims(INTERVIEW)
    question = next(c for c in claims if c.text.startswith("Is the college"))
    assert question.claimant is None


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "A Department for Transport spokesperson said 14 stations would close.",
            "14 stations",
            "Department for Transport",
            id="a-body-named-before-the-spokesperson",
        ),
        pytest.param(
            "The Financial Conduct Authority (FCA) fined the firm. A spokesperson for the FCA "
            "said it had received 230 complaints.",
            "230 complaints",
            "Financial Conduct Authority",
            id="a-spokesperson-for-an-acronym",
        ),
        pytest.param(
            "A Harbour Trust spokesman said the dredging would cost £4m. Dredging starts in "
            "May, the spokesman said, and 60 berths will be shut.",
            "60 berths",
            "Harbour Trust",
            id="the-spokesperson-again",
        ),
        pytest.param(
            'A Tidewell Energy spokeswoman denied the claim. "We employ 1,400 people here," '
            "she said.",
            "1,400 people",
            "Tidewell Energy",
            id="she-after-a-body-spokeswoman",
        ),
        pytest.param(
            "More than 90 barges were stuck, the Inland Waterways and Canals Agency said.",
            "More than 90 barges",
            "the Inland Waterways and Canals Agency",
            id="a-body-name-over-and",
        ),
        pytest.param(
            "Some 35 schools were shut, the Department for Education said.",
            "Some 35 schools",
            "the Department for Education",
            id="a-body-name-ending-in-an-office-word",
        ),
        pytest.param(
            "The fire chief put the cost of the damage at a minimum of 30 million euros.",
            "30 million euros",
            "The fire chief",
            id="put-the-cost-at-a-minimum-of",
        ),
        pytest.param(
            "A hospital manager in Bradford said 120 operations had been postponed.",
            "120 operations",
            "A hospital manager in Bradford",
            id="a-role-in-a-place",
        ),
        pytest.param(
            "The fire chief, Ana Reis, called the blaze contained, while the mayor of Vila "
            "do Conde, Rui Matos, said 300 residents had left their homes.",
            "300 residents",
            "Rui Matos",
            id="a-second-source-set-beside-an-office-after-while",
        ),
        pytest.param(
            'The Home Secretary, Dana Forde, opened the debate. "We will act," the secretary '
            "of state said, adding that 4,000 officers had been recruited.",
            "4,000 officers",
            "Dana Forde",
            id="the-secretary-of-state",
        ),
        pytest.param(
            "The contractor, the Bristol-based engineering firm Halden Works, confirmed it "
            "had been paid £2.4m.",
            "£2.4m",
            "Halden Works",
            id="a-name-after-the-kind-of-body-in-apposition",
        ),
        pytest.param(
            "According to a survey published in March by the trade body Retail Wales, 38% of "
            "shops cut their opening hours.",
            "38%",
            "the trade body Retail Wales",
            id="a-survey-published-in-a-month-by",
        ),
        pytest.param(
            "Customers of Harwick Bank were told on Monday. The lender said 12,000 accounts "
            "had been affected.",
            "12,000 accounts",
            "Harwick Bank",
            id="the-lender-is-the-bank",
        ),
        pytest.param(
            "Rosa Lind spoke to a local radio station. She went on to say that 2,300 homes "
            "had been built.",
            "2,300 homes",
            "Rosa Lind",
            id="went-on-to-say",
        ),
        pytest.param(
            "Ministers point to the 900 extra nurses hired this year.",
            "900 extra nurses",
            "Ministers",
            id="point-to",
        ),
        pytest.param(
            "The Met Office recorded 19 days of gales in August.",
            "19 days",
            "The Met Office",
            id="a-body-recorded",
        ),
        pytest.param(
            "Ofwat has let the firms raise £1.2 billion, which the regulator says will add "
            "about £21 to bills.",
            "about £21",
            "Ofwat",
            id="the-regulator-in-a-which-clause-is-the-opening-body",
        ),
    ],
)
def test_a_body_speaks_through_its_spokesperson(text: str, figure: str, expected: str) -> None:
    assert claimant_of(text, figure) == expected


def test_a_place_that_recorded_rain_is_no_source() -> None:
    assert (
        claimant_of("Seville recorded just 4 millimetres of rain in July.", "4 millimetres") is None
    )


def test_a_lede_company_named_further_down() -> None:
    text = (
        "Rescue teams freed 14 miners on Friday, the operator said.\n\n"
        "Harlow Mining said the shaft would stay shut. Harlow Mining runs three mines in "
        "the region, and Harlow Mining's shares fell 4%."
    )
    assert claimant_of(text, "14 miners") == "Harlow Mining"


def test_the_department_is_the_body_not_its_spokesperson() -> None:
    text = (
        "The Department of Mines said it had closed the shaft. A department spokesperson, "
        "Lerato Dube, said inspectors had visited. Mines recorded 42 deaths last year, "
        "according to the department."
    )
    assert claimant_of(text, "42 deaths") == "Department of Mines"


def test_a_survey_with_its_pollster_in_apposition() -> None:
    text = "The survey of 1,204 adults, carried out by Civic Lab, puts the mayor on 34%."
    assert claimant_of(text, "1,204 adults") == "Civic Lab"
    assert claimant_of(text, "34%") == "Civic Lab"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "One official, who spoke on condition of anonymity, said 300 troops had moved.",
            "300 troops",
            "One official",
            id="one-official",
        ),
        pytest.param(
            "The IMF, in its latest outlook, cut its growth forecast to 2.1%.",
            "2.1%",
            "The IMF",
            id="a-body-revising-its-own-forecast",
        ),
        pytest.param(
            "Brightwell kept its forecast for revenue growth of 3% to 5%.",
            "3% to 5%",
            "Brightwell",
            id="a-company-keeping-its-forecast",
        ),
        pytest.param(
            "Eastfield lost £18.7m last season, their accounts show.",
            "£18.7m",
            "Eastfield",
            id="their-accounts-show-is-still-speech",
        ),
    ],
)
def test_anonymous_officials_and_own_forecasts(text: str, figure: str, expected: str) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "Jane Doe chairs the committee. Doe's office said 300 complaints had arrived.",
            "300 complaints",
            "Jane Doe's office",
            id="a-persons-office-named-in-full",
        ),
        pytest.param(
            "Tom Hale was quoted as saying 400 jobs would go.",
            "400 jobs",
            "Tom Hale",
            id="was-quoted-as-saying",
        ),
        pytest.param(
            "The figure of 40,000 jobs was confirmed by the ministry.",
            "40,000 jobs",
            "the ministry",
            id="confirmed-by-in-the-passive",
        ),
        pytest.param(
            "More than 60 aftershocks had been recorded by Tuesday afternoon.",
            "More than 60 aftershocks",
            None,
            id="by-a-day-is-no-source",
        ),
    ],
)
def test_offices_and_passive_sources(text: str, figure: str, expected: str | None) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "The company kept its forecast for revenue growth at 3% to 4%.",
            "3% to 4%",
            "The company",
            id="the-subject-before-the-revising-verb",
        ),
        pytest.param(
            "Tarsen Systems on Wednesday posted a consolidated net profit of ₹3,412 crore.",
            "₹3,412 crore",
            "Tarsen Systems",
            id="a-company-posting-its-results",
        ),
        pytest.param(
            "The group's chair, retired headteacher Ann Holt, said 300 people had signed.",
            "300 people",
            "Ann Holt",
            id="a-name-after-lower-case-role-words",
        ),
        pytest.param(
            "A RegionLink spokesperson said trains were full. Coaches ran all day. Drivers "
            "were on picket lines. So far 212 services have been cancelled, the spokesperson "
            "said.",
            "212 services",
            "RegionLink",
            id="the-spokesperson-of-the-body-named-earlier",
        ),
        pytest.param(
            "Mia Lund flew planes. The Air Digest quoted her in 2009 as saying that she had "
            "flown more than 9,000 hours.",
            "more than 9,000 hours",
            "Mia Lund",
            id="quoted-her-as-saying",
        ),
        pytest.param(
            "Vaccination prevents about 90% of deaths, according to a review published in "
            "2023 by the Hallam Evidence Group.",
            "about 90%",
            "the Hallam Evidence Group",
            id="a-review-published-in-a-year-by",
        ),
        pytest.param(
            "Simon Hart, 52, of Esher, Surrey, had pleaded guilty to 14 counts of fraud.",
            "14 counts",
            None,
            id="a-plea-is-no-claim",
        ),
        pytest.param(
            "The lander, called Tern and built by Halcyon, carried 40 instruments.",
            "40 instruments",
            None,
            id="called-a-name-is-no-speech",
        ),
    ],
)
def test_results_forecasts_and_named_sources(text: str, figure: str, expected: str | None) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "The energy minister was pressed on Thursday over her loans scheme. Rhian Dale "
            "told the station it would work. Later the minister said 12,000 jobs would follow.",
            "12,000 jobs",
            "Rhian Dale",
            id="the-office-a-lede-opens-with-is-the-person-named-next",
        ),
        pytest.param(
            "The foreign minister, Anna Berg, spoke first. Lithuania's energy minister said "
            "prices would fall by up to 15%.",
            "up to 15%",
            "Lithuania's energy minister",
            id="another-portfolio-is-another-minister",
        ),
        pytest.param(
            "Rhian Dale unveiled the plan. The 49-year-old, a former engineer, said the scheme "
            "would support 12,000 jobs.",
            "12,000 jobs",
            "Rhian Dale",
            id="the-n-year-old",
        ),
        pytest.param(
            "Ruth Lowe, an independent MP, spoke next. Only 58.3% of patients in England were "
            "seen within four hours, she said.",
            "58.3%",
            "Ruth Lowe",
            id="a-place-in-the-sentence-is-no-she",
        ),
        pytest.param(
            "Radio Wendle quoted the leader of the district council, Sue Amberley, as saying "
            "400 homes had flooded.",
            "400 homes",
            "Sue Amberley",
            id="quoted-an-office-and-the-name-beside-it",
        ),
        pytest.param(
            "The minister, Nikhil Sarwar, said the figures showed growth and that 300 brownfield "
            "sites would be released.",
            "300 brownfield sites",
            "Nikhil Sarwar",
            id="figures-without-a-publisher-leave-the-minister-speaking",
        ),
        pytest.param(
            "The storm, which claimed the life of a motorist, forced 650 people from their homes.",
            "650 people",
            None,
            id="claimed-a-life-is-no-claim",
        ),
    ],
)
def test_ledes_portfolios_and_places(text: str, figure: str, expected: str | None) -> None:
    assert claimant_of(text, figure) == expected


def test_a_similar_study_elsewhere_is_not_the_study() -> None:
    text = (
        "Researchers at the University of Hallam followed 9,000 streets. He pointed out that "
        "a similar study in Rotterdam had found an effect of around 3%."
    )
    assert claimant_of(text, "around 3%") != "University of Hallam"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "Kingsmere Hospitals NHS Trust runs the hospital. Its chief executive, Alan Feeney, "
            "apologised. The trust said it had recruited 65 nurses since April.",
            "65 nurses",
            "The trust",
            id="the-trust-is-no-officer-of-it",
        ),
        pytest.param(
            "Severnmoor Water recorded 300 spills, the Sunday Courant has learned. The company "
            "said 12 monitors were faulty.",
            "12 monitors",
            "Severnmoor Water",
            id="a-water-company-is-a-company",
        ),
    ],
)
def test_bodies_and_their_nouns(text: str, figure: str, expected: str) -> None:
    assert claimant_of(text, figure) == expected


def test_a_portfolio_the_word_lists_lack_is_still_an_office() -> None:
    text = (
        '"Crossings have halved," Border Security Minister Helen Aske told LBC radio. She went '
        "on to say that 4,120 people had been returned."
    )
    assert claimant_of(text, "4,120 people") == "Helen Aske"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "The department counted 31 homicides, down from 44, Police Chief Renata Okafor "
            "told reporters.",
            "31 homicides",
            "Renata Okafor",
            id="an-office-with-its-force-written-before-the-name",
        ),
        pytest.param(
            'A trust spokesperson has just told us that "fewer than 1,100 staff" were out.',
            "fewer than 1,100 staff",
            "A trust spokesperson",
            id="no-auxiliary-in-the-speaker",
        ),
        pytest.param(
            "The company employs about 41,000 people, and said it planned a second centre.",
            "about 41,000 people",
            None,
            id="a-verb-before-its-object-is-no-part-of-the-subject",
        ),
        pytest.param(
            "The Resolution Foundation published its report. Its analysts said income would "
            "grow by just 0.5% a year.",
            "0.5%",
            "Resolution Foundation",
            id="its-analysts-are-the-bodys",
        ),
        pytest.param(
            "Legal papers lodged in Los Angeles on Tuesday claim the voice copied 40 songs.",
            "40 songs",
            None,
            id="a-place-is-no-speaker",
        ),
        pytest.param(
            "The best previously reported enzyme broke down about 10% of a sample.",
            "about 10%",
            None,
            id="previously-reported-is-an-adjective",
        ),
    ],
)
def test_subjects_trimmed_and_places_left_out(text: str, figure: str, expected: str | None) -> None:
    found = claimant_of(text, figure)
    assert (found.removeprefix("The ") if found else None) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "The ministers will meet in Rome on May 6, a U.S. official said, speaking on "
            "condition of anonymity about the 40 delegations.",
            "40 delegations",
            "a U.S. official",
            id="a-dotted-acronym-in-the-speaker",
        ),
        pytest.param(
            "The forests minister, Jaspreet Dhillon, said six mills in the province had "
            "announced closures, putting about 2,300 workers on layoff.",
            "about 2,300 workers",
            "Jaspreet Dhillon",
            id="the-place-of-a-count-is-no-speaker",
        ),
    ],
)
def test_acronyms_counts_and_spans(text: str, figure: str, expected: str) -> None:
    assert claimant_of(text, figure) == expected
