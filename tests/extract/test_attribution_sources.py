"""Sources that news copy names in passing: a person "of" an organisation, an office
written in lower case before a name, data and accounts that "show", a study's team, a
spokesman speaking for the body just quoted, "it" and "her" inside the sentence.

Every sentence here was written for this test; the claimant is what a fact-checker would
write in the "who said it" column.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from tests.extract.claimants import claimant_of


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
            "The club accepted a bid of £58 million, according to two people with knowledge "
            "of the negotiations.",
            "£58 million",
            "two people with knowledge of the negotiations",
            id="unnamed-sources-with-knowledge-of",
        ),
        pytest.param(
            "Batteries supplied a record 1,140 MW at the peak, according to GridCo's regional "
            "operations manager, Lachlan Pryde.",
            "1,140 MW",
            "Lachlan Pryde",
            id="a-body-s-officer-named-after-the-role",
        ),
        pytest.param(
            "Detective Sergeant Ian Marsh of Avon and Somerset Police's economic crime unit "
            "said officers had examined more than 40,000 bank transactions.",
            "more than 40,000 bank transactions",
            "Ian Marsh",
            id="person-of-a-force-with-and-in-its-name",
        ),
        pytest.param(
            "Harlow Systems reported its results on Tuesday. Two large clients have left, "
            "according to a filing the company made with regulators last month. The filing "
            "said the two clients accounted for about 11% of revenue.",
            "about 11%",
            "Harlow Systems",
            id="a-filing-the-company-made",
        ),
        pytest.param(
            "The Audit Commission's report put numbers on the drift: the scheme is £1.9bn "
            "over budget and 41 months late.",
            "£1.9bn",
            "Audit Commission",
            id="a-document-before-a-colon-speaks-for-what-follows",
        ),
        pytest.param(
            "About 5.4 million tonnes of nylon are made each year, the release says, citing "
            "industry estimates.",
            "About 5.4 million tonnes",
            "industry estimates",
            id="a-source-cited-by-name-of-no-publisher-is-still-the-source",
        ),
        pytest.param(
            "SUKKUR, Pakistan (Meridian Press) — The United Nations' top humanitarian official "
            "in Pakistan warned on Thursday that 400 clinics had been damaged.\n\n"
            "Henrike Vollmer, the UN resident coordinator, called for more funding.",
            "400 clinics",
            "Henrike Vollmer",
            id="a-lede-s-office-after-a-dateline-with-a-country-is-the-person-named-next",
        ),
        pytest.param(
            "Two officials with direct knowledge of the talks said 40 jobs would go.",
            "40 jobs",
            "Two officials with direct knowledge of the talks",
            id="unnamed-sources-with-direct-knowledge-before-the-verb",
        ),
        pytest.param(
            "The fee was agreed on Monday, said two people familiar with the talks. The striker "
            "earns about £95,000 a week, the second person said.",
            "about £95,000",
            "two people familiar with the talks",
            id="the-second-person-is-one-of-the-sources",
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


TABLOID_STUDY = (
    "A massive study of more than 60,000 Brits found night owls were a FIFTH more likely to "
    "get diabetes.\n\n"
    "And the researchers reckon nearly 3,000 cases a year are down to late nights.\n\n"
    "The shock findings, from the Carrow Sleep Institute, were published yesterday.\n\n"
    "Snacking was 30 per cent higher among the latest sleepers, the study found.\n"
)


@pytest.mark.parametrize(
    "figure",
    [
        pytest.param("more than 60,000 Brits", id="a-study-of-a-counted-name"),
        pytest.param("nearly 3,000 cases", id="and-the-researchers-reckon"),
        pytest.param("30 per cent", id="the-findings-from-an-institute"),
    ],
)
def test_a_tabloid_study_speaks_through_its_institute(figure: str) -> None:
    assert claimant_of(TABLOID_STUDY, figure) == "Carrow Sleep Institute"


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
        pytest.param(
            "Some 42 climbers were rescued last winter, according to data from regional "
            "mountain guides' associations.",
            "Some 42 climbers",
            "regional mountain guides' associations",
            id="plural-owner-before-a-body-noun",
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


def test_a_similar_study_elsewhere_is_not_the_study() -> None:
    text = (
        "Researchers at the University of Hallam followed 9,000 streets. He pointed out that "
        "a similar study in Rotterdam had found an effect of around 3%."
    )
    assert claimant_of(text, "around 3%") != "University of Hallam"


@pytest.mark.parametrize(
    "text",
    [
        "Mr Okoro said doctors had told him that 14 operations a week were being cancelled.",
        "Ms Reyes said engineers told her 14 bridges needed urgent repairs.",
    ],
)
def test_a_group_who_told_the_speaker_speaks_through_them(text: str) -> None:
    claim = next(c for c in extract_claims(text) if c.quantity is not None)
    assert claim.claimant in {"doctors", "engineers"}
    assert claim.via in {("Mr Okoro",), ("Ms Reyes",)}


def test_a_group_that_reported_in_the_speakers_account_stays_the_speakers() -> None:
    text = "Mr Okoro said nurses had reported 14 falls a week."
    assert claimant_of(text, "14 falls") == "Okoro"


def test_a_passive_teller_before_that_speaks_for_what_follows() -> None:
    text = "He said the family had been told by a nurse on the ward that 3 beds were free."
    claim = next(c for c in extract_claims(text) if c.quantity is not None)
    assert claim.claimant == "a nurse on the ward"
    assert claim.via == ("He",)


def test_a_passive_agent_tacked_on_still_speaks_for_the_clause() -> None:
    assert claimant_of("The toll of 12 deaths was confirmed by police.", "12 deaths") == "police"


def test_its_document_after_a_sentence_opening_with_a_bodys_possessive() -> None:
    text = (
        "The Dale Tenants Union said 60 flats had no heating. The housing department's own "
        "figures paint a different picture. Its inspection records showed that 14 flats were "
        "waiting for a boiler."
    )
    assert claimant_of(text, "14 flats") != "The Dale Tenants Union"
    assert claimant_of(text, "14 flats") == "The housing department"


def test_the_review_is_the_review_named_not_a_commission_named_since() -> None:
    text = (
        "The Harrow Vale Care Review, an inquiry into care homes in the county, was published "
        "on Tuesday. The Social Care Commission rated four of the homes inadequate in 2023. "
        "The largest payout was about £2 million, the review notes."
    )
    assert claimant_of(text, "about £2 million") == "Harrow Vale Care Review"


def test_a_count_of_sources_from_a_body_speaks() -> None:
    text = "Three officials from the transport ministry said the line would reopen within 12 days."
    claim = next(c for c in extract_claims(text) if c.quantity)
    assert (claim.quantity.text, claim.claimant) == (
        "12 days",
        "Three officials from the transport ministry",
    )


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "A poll by Civica Research had shown the mayor 6 points ahead.",
            "6 points",
            "Civica Research",
            id="a-poll-that-had-shown",
        ),
        pytest.param(
            "A poll by Civica Research published March 3 showed the mayor 6 points ahead.",
            "6 points",
            "Civica Research",
            id="published-on-a-date-without-a-preposition",
        ),
        pytest.param(
            "The council has shown 300 families round the new flats.",
            "300 families",
            None,
            id="shown-by-a-body-is-a-deed",
        ),
    ],
)
def test_a_poll_that_has_shown_a_figure(text: str, figure: str, expected: str | None) -> None:
    assert claimant_of(text, figure) == expected


def test_which_said_after_a_description_is_the_body_described() -> None:
    text = (
        "Rents rose again, according to a tally by the Harbour Lettings Index, an Edinburgh "
        "research group, which said rents were up 8% on a year earlier."
    )
    claim = next(c for c in extract_claims(text) if c.quantity)
    assert (claim.claimant, claim.via) == ("the Harbour Lettings Index", ())


@pytest.mark.parametrize(
    "text",
    [
        "Documents shown to the tribunal revealed that the owner had ignored 14 warnings.",
        "Papers presented to the court showed that the owner had ignored 14 warnings.",
    ],
)
def test_the_hearing_a_document_was_handed_to_is_no_author(text: str) -> None:
    assert claimant_of(text, "14 warnings") is None


def test_a_titled_document_after_its_owners_possessive_is_the_owners() -> None:
    text = (
        "Ofrail's latest Network Capacity Review, published in May, forecasts passenger "
        "numbers to reach 2.1 billion by 2030."
    )
    assert claimant_of(text, "2.1 billion") == "Ofrail"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "Shares in Kelso Retail fell after customer data was stolen. Records of 12,400 "
            "staff were also copied, according to an internal email sent to employees.",
            "12,400 staff",
            "Kelso Retail",
            id="an-internal-email",
        ),
        pytest.param(
            "Harrow College is to close its drama school. About 45 of the posts to go are "
            "teaching posts, according to a briefing paper circulated to department heads.",
            "About 45 of the posts",
            "Harrow College",
            id="a-paper-circulated-to-its-staff",
        ),
    ],
)
def test_a_bodys_internal_papers_are_the_bodys(text: str, figure: str, expected: str) -> None:
    assert claimant_of(text, figure) == expected


def test_what_those_surveyed_said_is_the_surveys_owners() -> None:
    text = (
        "Waiting times rose by 9% last year, and in the watchdog's own survey 58% of "
        "patients said they had given up trying to book."
    )
    assert claimant_of(text, "9%") is None
    assert claimant_of(text, "58%") == "the watchdog"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Surveyors hired by the council said 300 homes were at risk.",
            "Surveyors hired by the council",
        ),
        (
            "Independent experts employed by the insurer said 40% of the pipes were corroded.",
            "Independent experts employed by the insurer",
        ),
    ],
)
def test_people_hired_by_a_body_speak_not_the_body(text: str, expected: str) -> None:
    claim = next(c for c in extract_claims(text) if c.quantity)
    assert claim.claimant == expected


@pytest.mark.parametrize(
    "text",
    [
        "The latest estimate, from the Carrow institute in 2024, put the number at 61,000.",
        "The latest estimate, by the Carrow institute in 2024, put the number at 61,000.",
    ],
)
def test_a_documents_source_between_commas_without_its_year(text: str) -> None:
    assert claimant_of(text, "61,000") == "the Carrow institute"


def test_those_who_responded_to_a_bodys_survey() -> None:
    text = (
        "Of the 1,200 members who responded to Unison's survey in March, 61 per cent said "
        "they had worked unpaid overtime."
    )
    assert claimant_of(text, "61 per cent") == "Unison"


def test_a_tabloids_mood_is_no_part_of_the_group() -> None:
    assert claimant_of("Horrified teachers say 40 pupils fainted in the heat.", "40 pupils") == (
        "teachers"
    )


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "The Greens fought the election on free school meals, which the council's own "
            "treasurer costed at £4.2 million a year.",
            "£4.2 million",
            "the council's own treasurer",
        ),
        (
            "Ministers scrapped the rail link, which Harbury Analytics had priced at about "
            "£3 billion.",
            "about £3 billion",
            "Harbury Analytics",
        ),
    ],
)
def test_a_valuation_in_a_relative_clause_is_its_subjects(
    text: str, figure: str, expected: str
) -> None:
    """ "..., which X costed at £N": the object stands before X, so "at" follows the verb."""
    assert claimant_of(text, figure) == expected


def test_a_value_without_a_relative_subject_is_nobodys() -> None:
    text = "The council sold its stake in the port, valued at £46 million, to a pension fund."
    assert claimant_of(text, "£46 million") is None


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "The housing minister assured MPs that 3,000 new homes would be finished by 2027.",
            "3,000 new homes",
            "The housing minister",
        ),
        (
            "Ms Vane told the tribunal that the surveyor had assured her at a site visit in "
            "2022 that the wall could bear 40 tonnes.",
            "40 tonnes",
            "the surveyor",
        ),
        (
            "The late goal assured the club of a place in the final with 12 points.",
            "12 points",
            None,
        ),
    ],
)
def test_assuring_a_listener_that_is_speech(text: str, figure: str, expected: str | None) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "The minister said the department had accepted Norland Energy's assessment that "
            "the plant would pay for itself within 6.5 years.",
            "6.5 years",
            "Norland Energy",
        ),
        (
            "The council rejected the developer's estimate that the scheme would create 400 jobs.",
            "400 jobs",
            "the developer",
        ),
        (
            "Harcourt Foods has denied claims by the Unite union that 200 factory jobs are at "
            "risk, calling the review routine.",
            "200 factory jobs",
            "Unite",
        ),
        (
            "The council disputed an estimate from the Hollis Institute that the bypass would "
            "cost £40m.",
            "£40m",
            "the Hollis Institute",
        ),
    ],
)
def test_an_owners_estimate_that_is_the_owners_claim(text: str, figure: str, expected: str) -> None:
    assert claimant_of(text, figure) == expected


def test_a_review_that_will_report_by_a_date_reports_nothing_yet() -> None:
    text = (
        "An independent review of the trust's finances by the auditors Deane Hartley will "
        "report to the board by October, the chief executive said."
    )
    assert [c.claimant for c in extract_claims(text)] == ["the chief executive"]


def test_a_body_that_declared_a_thing_a_kind_claims_it() -> None:
    text = "The Insurance Council of Northland has declared the floods a catastrophe."
    assert [c.claimant for c in extract_claims(text)] == ["The Insurance Council of Northland"]
    text = "The returning officer declared the result after a recount."
    assert [c.claimant for c in extract_claims(text)] == [None]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "The Liberal Democrats launched their manifesto in Harrogate on Monday. The "
            "manifesto promises 380,000 new homes a year by 2030.",
            "380,000 new homes",
            "Liberal Democrats",
        ),
        (
            "The Enforcement Directorate has filed a charge sheet against three bank managers "
            "in Pune. The charge sheet says the accused laundered ₹112 crore through shell firms.",
            "₹112 crore",
            "Enforcement Directorate",
        ),
        (
            "The Kafue Basin Authority issued an update on Friday as the dam filled. The "
            "statement said the reservoir stood at 976.2 metres.",
            "976.2 metres",
            "Kafue Basin Authority",
        ),
        (
            "The county council sent a letter to households in Ashby. The letter said 4,000 "
            "homes would lose their weekly collection.",
            "4,000 homes",
            "The county council",
        ),
    ],
)
def test_a_document_is_the_bodys_that_issued_it_before(
    text: str, figure: str, expected: str
) -> None:
    assert claimant_of(text, figure) == expected


def test_a_statement_that_read_a_quotation_is_its_issuers() -> None:
    text = (
        "The Kafue Basin Authority issued a statement on Friday as the dam filled. The "
        "statement read: “The reservoir stands at 976.2 metres, 0.8 metres below its limit.”"
    )
    assert claimant_of(text, "976.2 metres") == "Kafue Basin Authority"
    assert claimant_of("The sign read: “Closed for 14 days.”", "14 days") is None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "State prosecutors in Newark say the ring preyed on veterans. Their filing alleges "
            "that Dale Cuthbert and four others stole $9.8 million in benefits.",
            "$9.8 million",
        ),
        (
            "State prosecutors in Newark said on Tuesday that the ring preyed on veterans. "
            "Their indictment says Dale Cuthbert cashed 1,400 pension cheques.",
            "1,400 pension cheques",
        ),
    ],
)
def test_their_document_is_the_group_that_spoke_before(text: str, figure: str) -> None:
    assert claimant_of(text, figure) == "State prosecutors in Newark"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Gusts reached 70mph on the coast overnight, per the Met Office.",
            "70mph",
            "the Met Office",
        ),
        (
            "Per the statistics office, output grew 0.4% in the quarter.",
            "0.4%",
            "the statistics office",
        ),
        ("Diesel costs $1.90 per litre, per the motoring group.", "$1.90", "the motoring group"),
        ("Diesel costs $1.90 per litre in the capital.", "$1.90", None),
        ("The clinic treated 45 patients per day last winter.", "45 patients", None),
        ("Per Destatis, factory orders fell 3.1% in April.", "3.1%", "Destatis"),
        ("Per Statistics Norway, salmon exports rose 6% in June.", "6%", "Statistics Norway"),
        ("Per Lindqvist, a salmon farmer, said exports rose 6% in June.", "6%", "Per Lindqvist"),
        ("Per Lindqvist told the paper that exports rose 6% in June.", "6%", "Per Lindqvist"),
    ],
)
def test_per_a_source_is_according_to_it(text: str, figure: str, expected: str | None) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Hanwa Shipping said it would reroute 30 vessels, citing heightened North Korean "
            "missile testing.",
            "30 vessels",
            "Hanwa Shipping",
        ),
        (
            "The carmaker will cut 1,500 jobs in Ohio, citing weaker American demand for sedans.",
            "1,500 jobs",
            None,
        ),
        (
            "Wheat exports fell 8% in May, according to Ukrainian state media.",
            "8%",
            "Ukrainian state media",
        ),
        (
            "Twelve soldiers were killed in the raid, the agency said, citing Turkish officials.",
            "Twelve soldiers",
            "Turkish officials",
        ),
        ("Some 2.1 million people fled, according to UN figures.", "Some 2.1 million people", "UN"),
    ],
)
def test_a_nationality_before_a_noun_is_no_name(
    text: str, figure: str, expected: str | None
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Internal Ministry of Justice papers seen by the Courier show that the prison held "
            "1,140 inmates in August.",
            "1,140 inmates",
            "Ministry of Justice",
        ),
        (
            "Leaked Environment Agency papers show that 46 sewage works breached their permits.",
            "46 sewage works",
            "Environment Agency",
        ),
        (
            "Papers seen by the Courier show that the prison held 1,140 inmates in August.",
            "1,140 inmates",
            None,
        ),
    ],
)
def test_a_bodys_documents_seen_by_an_outlet_are_the_bodys(
    text: str, figure: str, expected: str | None
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "In the words of the WHO's regional director for Africa, Amina Diallo, cholera has "
            "now killed more than 900 people.",
            "more than 900 people",
            "Amina Diallo",
        ),
        (
            "According to the EU's special envoy for the Sahel, Marta Lindgren, 26 people were "
            "arrested.",
            "26 people",
            "Marta Lindgren",
        ),
        (
            "About 4,000 homes lost power, according to the grid operator, and Energex, the local "
            "distributor, said crews were working overnight.",
            "About 4,000 homes",
            "the grid operator",
        ),
    ],
)
def test_a_name_set_beside_the_office_cited_is_who_spoke(
    text: str, figure: str, expected: str
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Analyst Priya Nair's forecast: the index will end the year at 24,000 points.",
            "24,000 points",
            "Priya Nair",
        ),
        ("The governor's bold prediction: turnout will top 70%.", "70%", "The governor"),
        ("Turnout rose to 64%: in the governor's view, a record.", "64%", None),
    ],
)
def test_a_statement_owned_before_a_colon_is_its_owners(
    text: str, figure: str, expected: str | None
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Former health secretary Joan Pryce has turned on her old boss, Tom Croft. Croft's "
            "spokesman called the book spiteful. Her memoir, published on Thursday, claims "
            "that Croft ignored 14 warnings about the hospital.",
            "14 warnings",
            "Joan Pryce",
        ),
        (
            "Sir Alan Moss has written about his decade in office. His autobiography, out "
            "this week, says that 40 ministers resigned under him.",
            "40 ministers",
            "Alan Moss",
        ),
    ],
)
def test_her_memoir_is_the_person_who_wrote_it(text: str, figure: str, expected: str) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "A nurse has sued Harlow Health, alleging she was sacked for speaking out. The "
            "complaint, filed by Mary Ode in the High Court, alleges that 300 patients were "
            "put at risk.",
            "300 patients",
            "Mary Ode",
        ),
        (
            "The claim, filed by the GMB union last week, says 2,000 workers were underpaid.",
            "2,000 workers",
            "GMB",
        ),
    ],
)
def test_a_lawsuit_speaks_for_whoever_filed_it(text: str, figure: str, expected: str) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "A report by the housing charity Safe Roof has called for more hostels in Leeds. "
            "Councillor Amy Dale welcomed the report but questioned its sums. The report "
            "found that 42% of rough sleepers had been turned away.",
            "42%",
            "Safe Roof",
        ),
        (
            "Spending plans published by Wexford District Council ahead of Monday's vote "
            "would close two libraries. Council leader Ian Ross said the cuts were painful. "
            "According to the same plans, the council must save £3.2 million.",
            "£3.2 million",
            "Wexford District Council",
        ),
    ],
)
def test_the_report_is_the_body_an_earlier_report_was_by(
    text: str, figure: str, expected: str
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Jo Price, who chairs the Federation of Small Bakers, said costs were crippling. "
            "The Treasury said support was targeted. A survey of the federation's members, "
            "published on Monday, found that 38% expected to close.",
            "38%",
            "Federation of Small Bakers",
        ),
        (
            "Union leader Sam Ode said morale was low. A poll of the union's members, "
            "released on Friday, found 61% would back a strike.",
            "61%",
            "the union",
        ),
    ],
)
def test_a_survey_of_a_bodys_members_is_the_bodys(text: str, figure: str, expected: str) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "The Bank of Canada held its key rate at its April meeting. Economist Ann Hale "
            "said a cut was close. Minutes of the meeting, released on Wednesday, show "
            "policymakers expected inflation to reach 2.9% by the autumn.",
            "2.9%",
            "Bank of Canada",
        ),
        (
            "The Reserve Bank of New Zealand cut rates after its May meeting. The minutes "
            "show that 3 members had wanted a bigger cut.",
            "3 members",
            "Reserve Bank of New Zealand",
        ),
    ],
)
def test_the_minutes_are_the_body_that_met(text: str, figure: str, expected: str) -> None:
    assert claimant_of(text, figure) == expected


def test_the_statement_is_the_body_whose_statement_quoted_someone_before() -> None:
    text = (
        "Hadley Foods' founder, Ann Reed, is to retire after 20 years. Finance chief Tom "
        "Bell, quoted in the firm's statement, thanked her. Under Reed, the statement said, "
        "sales had risen to £90 million."
    )
    assert claimant_of(text, "£90 million") == "Hadley Foods"


@pytest.mark.parametrize(
    "text",
    [
        "A poll by Delta Polling for the Saturday Herald, carried out last week, puts the "
        "party on 41%.",
        "A survey by Delta Polling for the Sunday Post says the party is on 41%.",
    ],
)
def test_a_poll_for_a_weekend_paper_is_the_pollsters(text: str) -> None:
    assert claimant_of(text, "41%") == "Delta Polling"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "A memo from Raj Patel, finance director of Dunmore District Council, seen by "
            "the Echo, warns of a £4 million gap.",
            "£4 million",
            "Raj Patel",
        ),
        (
            "A report by Grant Hale, a former judge, seen by the Mail, finds 40 failings.",
            "40 failings",
            "Grant Hale",
        ),
    ],
)
def test_a_letter_from_a_named_officer_seen_by_the_paper_is_the_writers(
    text: str, figure: str, expected: str
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "The government says its apprenticeship levy will create 80,000 places. The "
            "think tank Skills Forward is less hopeful. Its estimate, published on Friday, is "
            "that fewer than 20,000 places will be filled.",
            "fewer than 20,000 places",
            "Skills Forward",
        ),
        (
            "The treasurer said the economy was strong. The Reserve Bank of Australia is more "
            "cautious. Its latest forecast has unemployment rising to 4.6% next year.",
            "4.6%",
            "Reserve Bank of Australia",
        ),
        (
            "The report has been delayed until 2026, when 40 councils will reply.",
            "40 councils",
            None,
        ),
    ],
)
def test_a_documents_estimate_is_that_or_has_a_thing_happening(
    text: str, figure: str, expected: str | None
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "Libraries across Wales have shut 58 branches since 2019, according to a Courier "
            "analysis of council budgets.",
            "58 branches",
            None,
            id="a-newspapers-analysis",
        ),
        pytest.param(
            "A review by the Chronicle found that 19 of the county's 33 fire stations were "
            "short of crews.",
            "19 of the county's 33 fire stations",
            None,
            id="a-review-by-the-newspaper",
        ),
        pytest.param(
            "A Sunday Beacon investigation found that 27 of the city's 90 care homes had "
            "failed a fire inspection.",
            "27 of the city's 90 care homes",
            None,
            id="a-sunday-papers-investigation",
        ),
        pytest.param(
            "An analysis by the Evening Lantern found that 31 bus routes had been cut since 2022.",
            "31 bus routes",
            None,
            id="an-analysis-by-the-evening-paper",
        ),
        pytest.param(
            "LISBON (Meridian Wire) - Tejo Energia said on Monday it would sell two dams. Its "
            "shares have risen about 21% this year, according to Meridian Wire calculations.",
            "about 21%",
            None,
            id="the-datelines-own-wire",
        ),
        pytest.param(
            "Prices rose 7% in a year, according to the Financial Times.",
            "7%",
            "the Financial Times",
            id="a-publisher-named-as-a-source-stays-one",
        ),
        pytest.param(
            "LISBON (Meridian Wire) - Bond yields fell to 3.1%, according to Bloomberg "
            "calculations.",
            "3.1%",
            "Bloomberg",
            id="another-wires-calculations",
        ),
    ],
)
def test_the_outlets_own_work_is_its_own_voice(
    text: str, figure: str, expected: str | None
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "A Moscow-appointed governor in the area, Pavel Sorokin, was quoted by the state "
            "news agency Tass as saying that 800 residents had been evacuated.",
            "800 residents",
            "Pavel Sorokin",
            id="the-name-beside-the-office",
        ),
        pytest.param(
            "A spokesman for the Indian trade ministry was quoted by the Press Trust of India "
            "as saying exports had fallen 11% in a year.",
            "11%",
            "A spokesman for the Indian trade ministry",
            id="a-spokesman-for-a-ministry",
        ),
    ],
)
def test_the_subject_quoted_by_an_agency_as_saying_is_the_source(
    text: str, figure: str, expected: str
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "Floods closed roads across Devon. Depot manager Sam Ortiz: “We cleared 140 "
            "fallen trees by midnight.”",
            "140 fallen trees",
            "Sam Ortiz",
            id="an-office-and-a-name",
        ),
        pytest.param(
            "Gritters were out all night. Harbury Roads' Nadia Pell: “We spread 900 tonnes "
            "of salt.”",
            "900 tonnes",
            "Nadia Pell",
            id="a-bodys-person",
        ),
        pytest.param(
            "Ella Frost of Westvale Trains: “We ran 60 extra services on Sunday.”",
            "60 extra services",
            "Ella Frost",
            id="a-person-of-a-body",
        ),
        pytest.param(
            "Budget 2025: “We will build 300,000 homes.”",
            "300,000 homes",
            None,
            id="no-name-before-the-colon",
        ),
    ],
)
def test_a_name_before_a_colon_and_a_quotation_speaks_it(
    text: str, figure: str, expected: str | None
) -> None:
    assert claimant_of(text, figure) == expected


def test_a_plural_bodys_possessive_before_a_name_is_the_person() -> None:
    text = "Harbury Roads' Nadia Pell said 900 tonnes of salt had been spread."
    assert claimant_of(text, "900 tonnes") == "Nadia Pell"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "Food inflation, as Ostrava Capital economist Petr Novak put it, is still running "
            "at an awkward 5.2%.",
            "5.2%",
            "Petr Novak",
            id="a-name-with-an-office",
        ),
        pytest.param(
            "The backlog, as the inspector put it, had grown to 4,000 cases.",
            "4,000 cases",
            "the inspector",
            id="a-role",
        ),
    ],
)
def test_as_someone_put_it_inside_the_sentence_is_an_attribution(
    text: str, figure: str, expected: str
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "Sources close to the board say the sale could raise £40 million.",
            "£40 million",
            "Sources close to the board",
            id="sources-close-to",
        ),
        pytest.param(
            "Insiders familiar with the bid say 250 jobs are at risk.",
            "250 jobs",
            "Insiders familiar with the bid",
            id="insiders-familiar-with",
        ),
    ],
)
def test_sources_close_to_a_body_speak_with_a_plain_present(
    text: str, figure: str, expected: str
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "Health secretary Omar Quint will open a clinic in Leeds on Friday. He is "
            "expected to say that 900 new GPs will be trained.",
            "900 new GPs",
            "Omar Quint",
            id="expected-to-say-that",
        ),
        pytest.param(
            "The mayor is due to tell councillors that 70 bus routes will be saved.",
            "70 bus routes",
            "The mayor",
            id="due-to-tell-someone-that",
        ),
        pytest.param(
            "The firm refused to say that 60 staff had been laid off.",
            "60 staff",
            None,
            id="refusing-to-say-is-no-saying",
        ),
    ],
)
def test_a_speech_expected_to_say_something_is_the_speakers(
    text: str, figure: str, expected: str | None
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "Warden Ruth Dalby has surveyed the bay for a decade. She believes there are now "
            "about 400 seals on the sandbanks.",
            "about 400 seals",
            "Ruth Dalby",
            id="believes-there-are",
        ),
        pytest.param(
            "Professor Ian Cole studies the moor's adders. He thinks they number fewer than "
            "200 now.",
            "fewer than 200",
            "Ian Cole",
            id="thinks-they",
        ),
        pytest.param(
            "The mayor, Dana Welch, promised hundreds of new homes. Welch's office later "
            "clarified that the figure was 120 homes.",
            "120 homes",
            "Dana Welch's office",
            id="clarified-that",
        ),
        pytest.param(
            "The ministry clarified the rules for 300 schools.",
            "300 schools",
            None,
            id="clarified-an-object-is-no-speech",
        ),
    ],
)
def test_a_belief_or_clarification_with_its_clause_is_the_speakers(
    text: str, figure: str, expected: str | None
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "Thousands rallied in Lyon. City officials put the crowd at closer to 18,000.",
            "18,000",
            "City officials",
            id="closer-to",
        ),
        pytest.param(
            "The fire service put the damage at well over £2 million.",
            "well over £2 million",
            "The fire service",
            id="well-over",
        ),
    ],
)
def test_putting_a_figure_at_a_hedged_number_is_a_claim(
    text: str, figure: str, expected: str
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "TV star Gemma Holt spent £60,000 on her new kitchen, a pal has revealed.",
            "£60,000",
            "a pal",
        ),
        (
            "A close friend revealed that the singer had turned down a £2m deal.",
            "£2m",
            "A close friend",
        ),
        (
            "The couple paid £1.4m for the cottage, a source revealed.",
            "£1.4m",
            "a source",
        ),
        ("The vote showed 60% of the town wanted a bridge.", "60%", None),
    ],
)
def test_a_tabloids_unnamed_informant_reveals(text: str, figure: str, expected: str | None) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Anglers say the river has been ruined. The clean-up will cost at least £30m, by "
            "the Environment Agency's own estimate.",
            "at least £30m",
            "Environment Agency",
        ),
        ("About 2,000 people were displaced, by Oxfam's count.", "About 2,000 people", "Oxfam"),
        (
            "By the Office for National Statistics' count, 3,000 jobs went in March.",
            "3,000 jobs",
            "Office for National Statistics",
        ),
    ],
)
def test_by_a_named_bodys_own_estimate_is_the_bodys(text: str, figure: str, expected: str) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "The verdict from Omar Haddad, who runs a barber shop opposite the site, was blunt: "
            "trade is down 40% since the road closed.",
            "40%",
            "Omar Haddad",
        ),
        (
            "The message from the council was clear: 3,000 homes must be built by 2030.",
            "3,000 homes",
            "the council",
        ),
    ],
)
def test_a_verdict_from_someone_before_a_colon_is_theirs(
    text: str, figure: str, expected: str
) -> None:
    assert claimant_of(text, figure) == expected


def test_a_man_named_per_speaks_himself_not_through_his_surname() -> None:
    (claim,) = extract_claims("Per Lindqvist, 61, told reporters that 240 salmon had died.")
    assert (claim.claimant, claim.via) == ("Per Lindqvist", ())
