"""Cross-source matching: when two written figures can be one figure, and what follows."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest import figures, match
from claims.ingest.contradict import contradiction
from claims.ingest.match import Probe

_HEDGES = ("about", "around", "roughly", "some", "more than", "over", "at least", "up to")
_HEDGES += ("nearly", "almost", "fewer than", "less than", "under", "no ", "not ")


def _figure(words: str, value: float, unit: str = "GBP", text: str | None = None) -> Probe:
    hedged = words.lower().startswith(_HEDGES) or words.endswith("+") or " to " in words
    return Probe(
        text or f"The council said it had spent {words} on the scheme.",
        value=value,
        unit=unit,
        normalized_value=value,
        normalized_unit=unit,
        approximate=hedged,
        quantity_text=words,
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("about £1,000", 1000), ("£1,050", 1050)),
        (("more than £2,000", 2000), ("£2,000", 2000)),
        (("more than £1,400", 1400), ("£1,437", 1437)),
        (("nearly £6m", 6e6), ("£5.8m", 5.8e6)),
        (("up to £30m", 30e6), ("£30m", 30e6)),
        (("$4.2bn", 4.2e9), ("$4,213m", 4.213e9)),
        (("about 1.3 million", 1.3e6), ("1.25 million", 1.25e6)),
        (("2,140+", 2140), ("more than 2,200", 2200)),
    ],
)
def test_a_figure_rounded_or_hedged_is_the_same_figure(
    first: tuple[str, float], second: tuple[str, float]
) -> None:
    a, b = _figure(*first), _figure(*second)
    assert figures.same_figure(a, b) and figures.same_figure(b, a)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("more than £44,000", 44_000), ("£41,600", 41_600)),  # a floor above the other
        (("almost £900,000", 900_000), ("more than £1 million", 1e6)),  # ceiling below floor
        (("less than £400,000", 400_000), ("£410,000", 410_000)),
        (("nearly £2,400", 2400), ("more than £2,400", 2400)),
        (("around £21 million", 21e6), ("roughly £22 million", 22e6)),  # one precision
        (("some £298,000", 298_000), ("about £310,000", 310_000)),  # 298,000 is not 310,000
        (("£1,849", 1849), ("£1,851", 1851)),
        (("not more than £1,000", 1000), ("£1,040", 1040)),  # "not" turns a floor to a ceiling
        (("no more than £1,000", 1000), ("more than £1,000", 1000)),
    ],
)
def test_figures_a_hedge_or_their_rounding_keeps_apart_are_not_one(
    first: tuple[str, float], second: tuple[str, float]
) -> None:
    a, b = _figure(*first), _figure(*second)
    assert not figures.same_figure(a, b) and not figures.same_figure(b, a)


def test_a_fraction_in_words_is_as_rough_as_it_sounds() -> None:
    quarter = _figure("about a quarter", 25, "percent")
    assert figures.same_figure(quarter, _figure("27%", 27, "percent"))
    assert figures.same_figure(
        _figure("about a third", 100 / 3, "percent"), _figure("33%", 33, "percent")
    )


def test_a_range_is_left_to_the_tolerance() -> None:
    rain = _figure("30 to 50 mm", 30, "millimeter")
    assert figures.same_figure(rain, _figure("31 mm", 31, "millimeter"))


def test_a_floor_above_a_rival_figure_is_a_contradiction() -> None:
    minister = _figure(
        "41,600 patients",
        41_600,
        "patient",
        "The Harwick trust said 41,600 patients waited more than 12 hours in A&E in March.",
    )
    rival = _figure(
        "more than 44,000 patients",
        44_000,
        "patient",
        "Figures from the Harwick trust show more than 44,000 patients waited more than 12 "
        "hours in A&E in March.",
    )
    decision = match.decide(rival, [(3, minister)])
    assert decision.same_as is None and decision.similar == []
    assert [claim_id for claim_id, _ in decision.contradicts] == [3]


def _gwh(text: str, words: str, value: float = 30, **extra: object) -> Probe:
    return Probe(
        text,
        value=value,
        unit="gigawatt_hour",
        normalized_value=value * 3.6e12,
        normalized_unit="joule",
        approximate=words.startswith("up to"),
        quantity_text=words,
        **extra,  # type: ignore[arg-type]
    )


def test_a_physical_measure_given_to_two_digits_is_evidence() -> None:
    release = _gwh(
        "The factory is designed to produce up to 30 gigawatt-hours of battery cells a year, "
        "enough for around 300,000 cars.",
        "up to 30 gigawatt-hours",
    )
    wire = _gwh(
        "The factory will have an annual capacity of 30 gigawatt-hours, the company said.",
        "30 gigawatt-hours",
        claimant="Brellmoor Motors",
    )
    assert release.specific and match.compare(wire, release).evidence
    assert [i for i, _ in match.decide(wire, [(4, release)]).similar] == [4]
    # One digit is a figure any story may give: "6 metres" of a river, "6 metres" of a wall.
    river = Probe(
        "The river rose 6 metres.",
        value=6,
        unit="meter",
        normalized_value=6,
        normalized_unit="meter",
        quantity_text="6 metres",
    )
    assert not river.specific


def _share(text: str, words: str = "9%") -> Probe:
    return Probe(
        text,
        value=9,
        unit="percent",
        normalized_value=9,
        normalized_unit="percent",
        quantity_text=words,
    )


def test_another_uncommon_figure_both_texts_give_is_evidence() -> None:
    local = _share("Average water and sewerage bills in the area rose by 9% to £634 in April.")
    tabloid = _share("Meanwhile bills have rocketed by 9% to £634 a year for the firm's customers.")
    assert match.compare(tabloid, local).evidence
    assert [i for i, _ in match.decide(tabloid, [(5, local)]).similar] == [5]
    # A share alone is no evidence: 9% turns up in every other story about bills.
    other = _share("Meanwhile bills have rocketed by 9% a year for the firm's customers.")
    assert not match.compare(other, local).evidence


def test_two_ranges_are_one_figure_only_when_both_ends_agree() -> None:
    forecast = _figure("between £230m and £250m", 230e6)
    earlier = _figure("£210 million to £230 million", 210e6)
    assert figures._bound("£210 million to £230 million") is None  # a range, units and all
    assert not figures.same_figure(forecast, earlier) and not figures.same_figure(earlier, forecast)
    assert figures.same_figure(forecast, _figure("£230 million to £250 million", 230e6))
    assert figures.same_figure(forecast, _figure("about £235m", 235e6))  # a range and a figure


def test_a_vague_figure_makes_a_shared_figure_no_rarer() -> None:
    airline = _figure(
        "around 400 jobs",
        400,
        "job",
        "The union says the airline cut around 400 jobs at its Dunmere base last year.",
    )
    college = _figure(
        "385 jobs",
        385,
        "job",
        "Brackley College is to cut 385 jobs and close its drama department.",
    )
    assert figures.same_figure(airline, college) and college.specific and not airline.specific
    assert not match.compare(college, airline).evidence  # "around 400" is any story's
    assert match.decide(college, [(6, airline)]).similar == []
    # The uncommon figure given to the letter on both sides is still evidence.
    local = _figure("385 jobs", 385, "job", "Brackley College will shed 385 jobs, the union said.")
    assert match.compare(college, local).evidence


def test_a_round_figure_two_stories_share_links_nothing() -> None:
    schools = _figure(
        "around £95 million",
        95e6,
        text="Equipping every state primary school would cost around £95 million a year.",
    )
    club = _figure(
        "£95 million",
        95e6,
        text="The club's owner has put £95 million into it in loans and share capital.",
    )
    pupils = _figure(
        "about 1,100 children",
        1100,
        "child",
        "We had about 1,100 children with asthma, which sounds a lot.",
    )
    farmers = _figure(
        "1,100 farmers",
        1100,
        "farmer",
        "The landowners' forum said 1,100 farmers had been left waiting for a grid link.",
    )
    for new, old in ((club, schools), (farmers, pupils)):
        assert not match.compare(new, old).evidence
        decision = match.decide(new, [(6, old)])
        assert decision.same_as is None and decision.similar == []


def _mass(text: str, words: str, value: float, unit: str, kilograms: float) -> Probe:
    return Probe(
        text,
        value=value,
        unit=unit,
        normalized_value=kilograms,
        normalized_unit="kilogram",
        approximate=True,
        quantity_text=words,
    )


def test_two_units_of_one_physical_measure_can_contradict() -> None:
    company = _mass(
        "Dralmoor Chemicals said about 380 kilograms of solvent leaked from its Ashby tanks.",
        "about 380 kilograms",
        380,
        "kilogram",
        380,
    )
    paper = _mass(
        "An estimated 2.3 tonnes of solvent leaked from the Dralmoor tanks at Ashby.",
        "An estimated 2.3 tonnes",
        2.3,
        "tonne",
        2300,
    )
    assert [claim_id for claim_id, _ in match.decide(paper, [(5, company)]).contradicts] == [5]
    # 2.3 tonnes is 2,300 kilograms: the same figure, written in another unit.
    same = _mass(
        "Dralmoor Chemicals said about 2,300 kilograms of solvent leaked from its Ashby tanks.",
        "about 2,300 kilograms",
        2300,
        "kilogram",
        2300,
    )
    assert match.decide(paper, [(6, same)]).contradicts == []
    # Two currencies, or two counted nouns, are not one measure.
    assert not figures.one_measure(
        Probe("x", value=5, unit="GBP", normalized_value=5, normalized_unit="GBP"),
        Probe("x", value=6, unit="USD", normalized_value=6, normalized_unit="USD"),
    )


def test_a_bare_figure_is_the_same_number_of_things_counted_elsewhere() -> None:
    """ "Headcount fell to 231,400" gives no noun; another outlet's "231,400 employees"
    is the same figure, and 231,000 employees is not."""
    bare = Probe(
        "Headcount fell by 3,150 to 231,400 at the end of December, the company said.",
        value=231_400,
        quantity_text="231,400",
    )

    def employees(value: float, words: str) -> Probe:
        return Probe(
            f"The workforce stood at {words} as of December 31.",
            value=value,
            unit="employee",
            normalized_value=value,
            normalized_unit="employee",
            quantity_text=words,
        )

    same, other = employees(231_400, "231,400 employees"), employees(231_000, "231,000 employees")
    assert figures.same_figure(bare, same) and figures.same_figure(same, bare)
    assert not figures.same_figure(bare, other)


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("man", "inmate", True),  # "Four men" / "Four inmates have taken their own lives"
        ("role", "job", True),  # "2,300 roles" / "2,300 jobs"
        ("wildfire", "fire", True),
        ("blaze", "bushfire", True),
        ("inmate", "home", False),
        ("fire", "job", False),
    ],
)
def test_nouns_that_count_the_same_things(one: str, other: str, same: bool) -> None:
    def counted(noun: str) -> Probe:
        return Probe(
            f"Officials said 2,300 {noun}s were counted.",
            value=2300,
            unit=noun,
            normalized_value=2300,
            normalized_unit=noun,
            quantity_text=f"2,300 {noun}s",
        )

    assert figures.same_figure(counted(one), counted(other)) is same


@pytest.mark.parametrize(
    ("first", "second", "rivals"),
    [
        (("More than 1,000 homes", 1000), ("At least 1,120 homes", 1120), False),
        (("at least 35 homes", 35), ("37 homes", 37), False),
        (("up to 50 homes", 50), ("46 homes", 46), False),
        (("More than 1,000 homes", 1000), ("1,500 homes", 1500), True),  # too far apart
        (("nearly 250 homes", 250), ("212 homes", 212), True),  # the usual rival
    ],
)
def test_a_hedge_that_leaves_room_for_the_other_figure_is_no_contradiction(
    first: tuple[str, float], second: tuple[str, float], rivals: bool
) -> None:
    text = "The Harwick council said {} were flooded in the Harwick valley on Monday."
    a = _figure(*first, "home", text.format(first[0]))
    b = _figure(*second, "home", text.format(second[0]))
    decision = match.decide(b, [(3, a)])
    assert ([claim_id for claim_id, _ in decision.contradicts] == [3]) is rivals


def test_runners_and_participants_of_one_race_are_one_count() -> None:
    runners = _figure("18,500 runners", 18_500, "runner")
    field = _figure("18,500 participants", 18_500, "participant")
    assert figures.same_figure(runners, field)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("12 miles", 12, "mile", 19_312), ("19 km", 19, "kilometer", 19_000)),
        (("37 miles", 37, "mile", 59_546), ("60km", 60, "kilometer", 60_000)),
    ],
)
def test_a_measure_converted_and_rounded_is_one_figure(
    first: tuple[str, float, str, float], second: tuple[str, float, str, float]
) -> None:
    a, b = (
        Probe(f"The line runs {w}.", None, v, u, n, "meter", False, w)
        for w, v, u, n in (first, second)
    )
    assert figures.same_figure(a, b)


def test_temperatures_in_two_scales_keep_a_tight_tolerance() -> None:
    celsius = Probe("It hit 41C.", None, 41, "degree_Celsius", 314.15, "kelvin", False, "41C")
    fahrenheit = Probe(
        "It hit 100F.", None, 100, "degree_Fahrenheit", 310.93, "kelvin", False, "100F"
    )
    assert not figures.same_figure(celsius, fahrenheit)


def test_a_range_and_a_hedge_reaching_into_it_agree() -> None:
    forecast = _figure("between 8 and 15 mm", 8, "millimeter")
    assert figures.bounds_agree(forecast, _figure("up to 15 mm", 15, "millimeter"))
    assert figures.bounds_agree(_figure("11 mm", 11, "millimeter"), forecast)
    assert not figures.bounds_agree(forecast, _figure("more than 20 mm", 20, "millimeter"))


def _crossings(value: int, words: str, when: dt.date, date_text: str) -> Probe:
    return Probe(
        f"{words} people crossed the Channel in small boats {date_text}, the Home Office said.",
        claimant="the Home Office",
        value=value,
        unit="person",
        normalized_value=value,
        normalized_unit="person",
        approximate=words.startswith("About"),
        quantity_text=f"{words} people",
        event_date=when,
        date_text=date_text,
    )


def test_figures_for_two_periods_do_not_contradict_but_two_days_of_saying_do() -> None:
    year = _crossings(41_200, "About 41,200", dt.date(2025, 1, 1), "in 2025")
    month = _crossings(3_115, "Some 3,115", dt.date(2026, 6, 1), "in June")
    assert contradiction(month, year) is None  # a year's total and a month's
    monday = _crossings(41_200, "About 41,200", dt.date(2026, 1, 5), "on Monday")
    tuesday = _crossings(33_000, "Some 33,000", dt.date(2026, 1, 6), "on Tuesday")
    assert contradiction(tuesday, monday) is not None  # two days someone spoke
