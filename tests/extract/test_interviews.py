"""A Q&A interview: the answers carry no attribution, the introduction named the
interviewee once. Every text here was written for this test."""

from __future__ import annotations

import pytest

from tests.extract.claimants import claimant_of

QA = (
    "Nurses at 40 hospitals walked out on Monday. Priya Dhanda leads the Allied Nurses "
    "Union. We met her at its offices in Leeds.\n\n"
    "How many of your members are on strike?\n\n"
    "We have about 52,000 members, and most of them are out today.\n\n"
    "Ministers say 4% is generous. Is it?\n\n"
    "Pay has fallen by 9% in real terms since 2015. That is not generous.\n\n"
    "The health department says the deal would cost £900m.\n\n"
    "It would cost half that. Our own costing puts it at £450m.\n\n"
    "What happens next?\n\n"
    "I will meet the health secretary on Thursday. We want a deal by 1 May.\n\n"
    "---\n\n"
    "A hospital manager in Bradford said 120 operations had been postponed.\n"
)


LABELLED = (
    "Dr Omar Haddad became chief executive of Riverside Trust in May.\n\n"
    "Q: How long are the waits?\n\n"
    "A: The median is 14 weeks. We have 1,900 people waiting over a year.\n\n"
    "The backlog was 2,400 in the spring, and it is falling.\n\n"
    "Q: Some of your surgeons have told us that 300 operations were cancelled.\n\n"
    "A: It was 210, and every one was rebooked.\n\n"
    "Q: What does agency staff cost?\n\n"
    "A: £3.2 million a month.\n"
)


LINE_BY_LINE = (  # a Q&A typed with no blank line between question and answer
    "Heike Brandauer runs Voltringer, a maker of heat pumps in Stuttgart.\n\n"
    "Q: Why cut jobs now?\n"
    "A: Demand has fallen 25% since 2019.\n"
    "Q: How many jobs will go?\n"
    "A: About 400 this year.\n"
    "Q: What will it save?\n"
    "A: Roughly 30 million euros.\n"
)


TRANSCRIPT = (
    "HOST: Minister, good morning. You announced on Friday a package worth £1.6 billion. "
    "What is in it?\n\n"
    "RUTH OKAFOR: Good morning. There are 5,000 missiles in it.\n\n"
    "HOST: When do they arrive? Last year's deliveries were 6 months late.\n\n"
    "OKAFOR: Before April. More than 90% arrived on time last year.\n\n"
    "HOST: Jobs. You said this would support 2,000 jobs. Where?\n\n"
    "OKAFOR: About 1,100 of them are in Belfast.\n"
)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(TRANSCRIPT, "5,000 missiles", "Ruth Okafor", id="a-transcript-answer"),
        pytest.param(TRANSCRIPT, "£1.6 billion", "Ruth Okafor", id="you-announced-is-the-guest"),
        pytest.param(TRANSCRIPT, "2,000 jobs", "Ruth Okafor", id="you-said-is-the-guest"),
        pytest.param(TRANSCRIPT, "6 months", None, id="the-interviewer-is-the-outlet"),
        pytest.param(QA, "about 52,000 members", "Priya Dhanda", id="answer-after-a-question"),
        pytest.param(QA, "9%", "Priya Dhanda", id="answer-without-first-person"),
        pytest.param(QA, "£450m", "Priya Dhanda", id="answer-to-a-claim-put-to-her"),
        pytest.param(QA, "£900m", "health department", id="the-claim-put-keeps-its-source"),
        pytest.param(QA, "120 operations", "A hospital manager in Bradford", id="after-the-rule"),
        pytest.param(QA, "40 hospitals", None, id="the-introduction-is-the-outlet"),
        pytest.param(LABELLED, "1,900 people", "Omar Haddad", id="a-labelled-answer"),
        pytest.param(LABELLED, "2,400", "Omar Haddad", id="the-answer-goes-on-unlabelled"),
        pytest.param(LABELLED, "300 operations", "your surgeons", id="a-claim-put-in-a-question"),
        pytest.param(LABELLED, "£3.2 million", "Omar Haddad", id="a-short-answer"),
        pytest.param(LINE_BY_LINE, "25%", "Heike Brandauer", id="answers-line-by-line"),
        pytest.param(
            LINE_BY_LINE, "Roughly 30 million euros", "Heike Brandauer", id="the-last-line"
        ),
    ],
)
def test_an_interview_speaks_through_the_interviewee(
    text: str, figure: str, expected: str | None
) -> None:
    found = claimant_of(text, figure)
    assert (found or "").removeprefix("The ").removeprefix("the ") == (expected or "")


def test_an_explainer_with_question_headings_stays_in_the_outlets_voice() -> None:
    explainer = (
        "The council leader, Sam Ortiz, announced the budget on Tuesday.\n\n"
        "How much will council tax rise?\n\n"
        "Bills for a typical home will go up by 4.99%, the maximum allowed.\n\n"
        "What is being cut?\n\n"
        "Spending on roads falls by £2.1m and three libraries will shut.\n\n"
        "Who decides?\n\n"
        "Councillors vote on the plan on 26 February.\n"
    )
    assert claimant_of(explainer, "4.99%") is None
    assert claimant_of(explainer, "£2.1m") is None


BULLETIN = (
    "SALLY OKORO (PRESENTER): Good evening. Hackers have published data. Jamie, what do we "
    "know?\n\n"
    "JAMIE ROWE (REPORTER): The attack began on 2 March and 40 gigabytes of files are out. "
    "The council's chief executive told me it had refused to pay.\n\n"
    "SALLY OKORO: What happens next?\n\n"
    "JAMIE ROWE: The council expects 12 more days of disruption, a spokesperson said.\n"
)


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        pytest.param("40 gigabytes", None, id="a-reporter-speaks-for-the-outlet"),
        pytest.param("12 more days", "The council", id="a-reporter-s-source-keeps-it"),
    ],
)
def test_a_broadcast_s_own_people_speak_in_its_voice(figure: str, expected: str | None) -> None:
    assert claimant_of(BULLETIN, figure) == expected


def test_a_correspondent_introduced_as_ours_speaks_for_the_outlet() -> None:
    bulletin = (
        "HELEN MARSH: Good afternoon. Our Central Africa correspondent, Daniel Okoro, is in "
        "Goma. Daniel, what happened?\n\n"
        "DANIEL OKORO: The government side released 214 people it says are rebel fighters.\n\n"
        "HELEN MARSH: Is the truce holding?\n\n"
        "DANIEL OKORO: Broadly. The UN mission says it has recorded four violations.\n"
    )
    assert claimant_of(bulletin, "214 people") is None
    assert claimant_of(bulletin, "four violations") == "The UN mission"


def test_the_host_who_opens_with_a_greeting_speaks_for_the_outlet() -> None:
    phone_in = (
        "GEMMA OKAFOR: Good morning. Veltra says 1,650 jobs will go.\n\n"
        "STEVE MADDOX: Morning, Gemma. It has been coming for a while.\n\n"
        "GEMMA OKAFOR: You said on Tuesday the line was running three days a week. Analysts "
        "reckon the closure will cost Veltra 500 million euros.\n\n"
        "STEVE MADDOX: That's right. And I'll say this: the boss is paid 4.2 million euros.\n"
    )
    assert claimant_of(phone_in, "three days") == "Steve Maddox"
    assert claimant_of(phone_in, "500 million euros") == "Analysts"
    assert claimant_of(phone_in, "4.2 million euros") == "Steve Maddox"
    podcast = (
        "MAYA OKONJO: Welcome back to Downtime. Lumora cut roughly 11% of its staff.\n\n"
        "ELENA VOSS: Thanks for having me. The memo said 4,800 roles would go.\n"
    )
    assert claimant_of(podcast, "roughly 11%") is None


def test_a_fact_check_s_headings_are_no_speakers() -> None:
    fact_check = (
        "Mayor Bryce Holland told a rally on Saturday that crime was out of control.\n\n"
        'THE CLAIM: Violent crime in the city has "doubled" since 2019.\n\n'
        "THE FACTS: Police figures show 4,100 violent crimes in 2019 and 4,560 in 2024.\n\n"
        "VERDICT: Misleading.\n"
    )
    assert claimant_of(fact_check, "4,100 violent crimes") != "THE FACTS"
    assert claimant_of(fact_check, "4,560") != "THE FACTS"


def test_a_fact_checks_claim_heading_is_the_checked_persons_words() -> None:
    fact_check = (
        "Councillor Nadia Ferrante spoke at the budget meeting on Tuesday. Ferrante made "
        "three claims, and we checked them.\n\n"
        'CLAIM 1: "We have lost 600 teaching assistants in five years."\n\n'
        "THE FACTS: Council data show 410 fewer posts. Ferrante's office said she had "
        "counted vacancies.\n\n"
        "VERDICT: Exaggerated.\n"
    )
    assert claimant_of(fact_check, "600 teaching assistants") == "Nadia Ferrante"
    assert claimant_of(fact_check, "410 fewer posts") != "Nadia Ferrante"


def test_the_interviewer_named_in_the_introduction_does_not_answer() -> None:
    interview = (
        "Its chief executive, Gareth Mallinson, has run the bank since 2021. He spoke to Owen "
        "Brightwater at the bank's headquarters.\n\n"
        "Q: How do you defend the bonuses?\n\n"
        "A: The average award across the whole bank is about £26,000.\n\n"
        "Q: And the branches?\n\n"
        "A: We'll close 96 this year, yes.\n\n"
        "Q: What about jobs?\n\n"
        "A: It's around 2,300 roles over two years.\n"
    )
    assert claimant_of(interview, "about £26,000") == "Gareth Mallinson"


def test_the_interviewee_is_not_a_queen_named_in_the_introduction() -> None:
    interview = (
        "Dunford Athletic will leave Mill Road, their home since the reign of Queen "
        "Victoria, next summer. The club's chief executive, Lorna Keddie, talked to us.\n\n"
        "Q: What will the stadium cost?\n\n"
        "A: We expect £210m, because steel went up by about 30%.\n\n"
        "Q: How is it paid for?\n\n"
        "A: £120m is a loan. The rest is equity from our owner.\n\n"
        "Q: And the wage bill?\n\n"
        "A: Our wages are 94% of turnover, and we will get that under 75%.\n"
    )
    assert claimant_of(interview, "about 30%") == "Lorna Keddie"
    assert claimant_of(interview, "under 75%") == "Lorna Keddie"


def test_the_reporter_the_interviewee_spoke_to_asks_the_questions() -> None:
    text = (
        "Fire Chief Rosalind Akers has led the department for nine years. She spoke to "
        "the Chronicle's Mark Tessier.\n\n"
        "Q: What did the fire cost the town?\n\n"
        "A: Our direct costs are about $3.8 million so far.\n\n"
        "Q: How many homes were lost?\n\n"
        "A: We lost 41 homes in an afternoon.\n\n"
        "Q: When will people return?\n\n"
        "A: We hope 6,200 residents will be home by October."
    )
    assert "Rosalind Akers" in (claimant_of(text, "41 homes") or "")


def test_a_transcript_label_in_capitals_is_the_person_introduced() -> None:
    text = (
        "PRESENTER: Welcome back. With me is Ruth Abana, head of the Northshore Fishermen's "
        "Association.\n\n"
        "ABANA: Catches are down 40% on last year.\n\n"
        "PRESENTER: The government says quotas have increased by 5%.\n\n"
        "ABANA: That is simply not true.\n"
    )
    assert claimant_of(text, "40%") == "Ruth Abana"


def test_a_full_name_in_capitals_is_written_as_a_name() -> None:
    text = (
        "MARK ELWOOD: Joining me is the energy minister.\n\n"
        "SAIRA QADIR: We have installed 80,000 heat pumps this year.\n\n"
        "MARK ELWOOD: Critics say that is far below target.\n"
    )
    assert claimant_of(text, "80,000 heat pumps") == "Saira Qadir"


def test_a_transcript_set_one_turn_a_line_speaks_through_each_speaker() -> None:
    transcript = (
        "Interviewer: How many homes will you build?\n"
        "Mayor Lucy Tran: We will build 5,000 homes by 2030.\n"
        "Interviewer: And the deficit?\n"
        "JOHN SMITH: The deficit is £40bn, whatever she says.\n"
    )
    assert claimant_of(transcript, "5,000 homes") == "Lucy Tran"
    assert claimant_of(transcript, "£40bn") == "John Smith"


def test_two_labelled_questions_make_an_interview() -> None:
    interview = (
        "We spoke to Dr Amina Yusuf, medical director of the trust, about staffing.\n\n"
        "Q: How many staff have left?\n\n"
        "A: Around 300 nurses left last year, and we hired 420.\n\n"
        "Q: Is that enough?\n\n"
        "A: No. We need another 1,000 nurses.\n"
    )
    assert claimant_of(interview, "Around 300 nurses") == "Amina Yusuf"
    assert claimant_of(interview, "1,000 nurses") == "Amina Yusuf"


def test_two_questions_without_labels_stay_in_the_outlets_voice() -> None:
    explainer = (
        "Ministers have announced a new levy on landlords.\n\n"
        "What is the levy?\n\n"
        "It is a charge of £500 a year on each rented home.\n\n"
        "Who pays it?\n\n"
        "About 2.8 million landlords in England.\n"
    )
    assert claimant_of(explainer, "About 2.8 million landlords") is None


SHORT_QA = (
    "Our reporter spoke to the harbour master at Kilmore, Declan Foley, after the storm.\n\n"
    "Q: How many boats were damaged?\n\n"
    "A: We counted 23 boats with serious damage, and four sank at their moorings.\n\n"
    "Q: What will repairs cost?\n\n"
    "A: Our first estimate is about €260,000.\n"
)


def test_a_labelled_q_and_a_with_two_questions_speaks_through_the_interviewee() -> None:
    assert claimant_of(SHORT_QA, "23 boats") == "Declan Foley"
    assert claimant_of(SHORT_QA, "about €260,000") == "Declan Foley"


LINE_TRANSCRIPT = (  # a broadcast transcript typed with no blank lines between turns
    "PRESENTER: With me is the transport secretary, Mark Ellery.\n"
    "ELLERY: Good morning. We have added 1,400 bus routes since March.\n"
    "PRESENTER: Operators say 600 of them run once a day.\n"
    "ELLERY: That is not right. Fewer than 90 run that rarely.\n"
)


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        pytest.param("1,400 bus routes", "Mark Ellery", id="a-turn-on-its-own-line"),
        pytest.param("Fewer than 90", "Mark Ellery", id="a-later-turn-on-its-own-line"),
        pytest.param("600", "Operators", id="the-presenter-s-source-keeps-it"),
    ],
)
def test_a_transcript_typed_line_by_line(figure: str, expected: str) -> None:
    assert claimant_of(LINE_TRANSCRIPT, figure) == expected


INLINE = (  # turns run on inside one paragraph, each opening after a sentence
    "Tom Ashby, managing director of Fernhill Bakeries, spoke to the Money Desk after the "
    "results. Q: How many shops will shut, and when? A: We're looking at 35 across the "
    "country, mostly on high streets, by March.\n\n"
    "HOST: Joining me now is the head of the county's schools board, Councillor Priya Shah. "
    "PRIYA SHAH: Thank you. The plain truth is that schools are spending £40 million a year "
    "on agency staff.\n\n"
    "INTERVIEWER: Dan Mercer, you're the housing minister. Last year you said 20,000 new "
    "homes would be finished by the spring. Where are they? DAN MERCER: Well, many are "
    "already built, and the rest are coming.\n"
)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(INLINE.split("\n\n")[0], "35", "Tom Ashby", id="q-and-a-in-one-paragraph"),
        pytest.param(INLINE.split("\n\n")[1], "£40 million", "Priya Shah", id="a-guest-s-turn"),
        pytest.param(
            INLINE.split("\n\n")[2], "20,000 new homes", "Dan Mercer", id="put-back-to-the-guest"
        ),
        pytest.param(
            "The minister was asked about the plan. NOTE: the figures are provisional. About "
            "4,000 homes are affected.",
            "About 4,000 homes",
            None,
            id="one-capitalised-label-is-no-transcript",
        ),
    ],
)
def test_turns_written_inline_in_one_paragraph(
    text: str, figure: str, expected: str | None
) -> None:
    assert claimant_of(text, figure) == expected
