"""Figures: value at full scale, canonical unit, SI normalisation, hedges, non-figures."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract import Quantity, extract_claims, find_quantities
from claims.extract.main_figures import independent_figures


def only(sentence: str) -> Quantity:
    found = find_quantities(sentence)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "approximate", "text"),
    [
        (
            "Troops hold around 1,000 sq km of land.",
            1000,
            "square_kilometer",
            True,
            "around 1,000 sq km",
        ),
        ("The pact was signed by 92 countries.", 92, "country", False, "92 countries"),
        ("The lead grew by 12 points.", 12, "point", False, "12 points"),
        ("Turnout fell 2.5 percentage points.", 2.5, "point", False, "2.5 percentage points"),
        ("Prices rose 45 percent.", 45, "percent", False, "45 percent"),
        ("Prices rose 3.1% in May.", 3.1, "percent", False, "3.1%"),
        ("The count gave Tomas Brel 41.9 percent.", 41.9, "percent", False, "41.9 percent"),
        ("Farmers lost Sh2.4 billion.", 2.4e9, "KES", False, "Sh2.4 billion"),
        ("The levy raised KSh 1.8 billion.", 1.8e9, "KES", False, "KSh 1.8 billion"),
        ("The contract is worth R$4.5 billion.", 4.5e9, "BRL", False, "R$4.5 billion"),
        ("The city spent R350 million on pipes.", 3.5e8, "ZAR", False, "R350 million"),
        ("Petrol now costs N1,200 a litre.", 1200, "NGN", False, "N1,200"),
        ("Earnings per share rose to R14.60.", 14.6, "ZAR", False, "R14.60"),
        ("The death toll rose to five on Monday.", 5, "person", False, "five"),
        (
            "The ice sheet held 46 cubic kilometres.",
            46,
            "cubic_kilometer",
            False,
            "46 cubic kilometres",
        ),
        (
            "The food bank gave out 1.2 million pounds of food.",
            1.2e6,
            "pound",
            False,
            "1.2 million pounds",
        ),
        (
            "The council spent 2 million pounds of public money.",
            2e6,
            "GBP",
            False,
            "2 million pounds",
        ),
        ("About 20 police vans arrived.", 20, "van", True, "About 20 police vans"),
        ("About 40 police were hurt.", 40, "police officer", True, "About 40 police"),
        ("The trial is expected to last three weeks.", 3, "week", False, "three weeks"),
        (
            "Inflation fell by 0.6 of a percentage point.",
            0.6,
            "point",
            False,
            "0.6 of a percentage point",
        ),
        ("The appeal seeks 5 million Swiss francs.", 5e6, "CHF", False, "5 million Swiss francs"),
        ("Bread costs 6,500 Sudanese pounds.", 6500, "SDG", False, "6,500 Sudanese pounds"),
        ("The city spent Tk 42 crore on spraying.", 4.2e8, "BDT", False, "Tk 42 crore"),
        ("Jets flew 40 sorties.", 40, "sortie", False, "40 sorties"),
        ("Police seized 12 minibuses.", 12, "minibus", False, "12 minibuses"),
        (
            'Cuts would hit "fewer than 10" teachers.',
            10,
            "teacher",
            True,
            'fewer than 10" teachers',
        ),
        (
            "The CAA said complaints about airlines had risen to 22,000.",
            22000,
            "complaint",
            False,
            "22,000",
        ),
        ("It overturned a majority of 14,000.", 14000, "vote", False, "14,000"),
        ("Petrol sold for N650 a litre.", 650, "NGN", False, "N650"),
        ("Damage reached P1.4 billion in Isabela.", 1.4e9, "PHP", False, "P1.4 billion"),
        ("The party received 381,442 second votes.", 381442, "vote", False, "381,442 second votes"),
        ("The bridge costs ₱12 billion.", 1.2e10, "PHP", False, "₱12 billion"),
        ("The budget is Rs 3,200 crore.", 3.2e10, "INR", False, "Rs 3,200 crore"),
        ("The scheme costs ₹2.5 lakh crore.", 2.5e12, "INR", False, "₹2.5 lakh crore"),
        ("Headcount stood at 1,17,640.", 117640, None, False, "1,17,640"),
        ("It lost 4.5 billion reais.", 4.5e9, "BRL", False, "4.5 billion reais"),
        ("MXN 3,000 a month was paid.", 3000, "MXN", False, "MXN 3,000"),
        (
            "Output fell to 1.2 million barrels a day.",
            1.2e6,
            "barrel_per_day",
            False,
            "1.2 million barrels a day",
        ),
        ("Output rose to 9.8 million bpd.", 9.8e6, "barrel_per_day", False, "9.8 million bpd"),
        ("CO2 levels reached 424 ppm.", 424, "ppm", False, "424 ppm"),
        ("PM2.5 levels hit 480 µg/m3.", 480, "microgram_per_cubic_meter", False, "480 µg/m3"),
        ("The ship carried 2,400 TEU.", 2400, "TEU", False, "2,400 TEU"),
        (
            "The reservoir holds 2 million acre-feet.",
            2e6,
            "acre_foot",
            False,
            "2 million acre-feet",
        ),
        ("A magnitude 6.1 earthquake struck.", 6.1, "magnitude", False, "6.1"),
        ("A 7.2-magnitude quake hit.", 7.2, "magnitude", False, "7.2-magnitude"),
        ("It cost $2.5-billion.", 2.5e9, "USD", False, "$2.5-billion"),
        ("Vendors sold 5,000 olives.", 5000, "olive", False, "5,000 olives"),
        (
            "The 52 additional midwives start in May.",
            52,
            "midwife",
            False,
            "52 additional midwives",
        ),
        (
            "Levels reached 1,480 nanograms per litre.",
            1480,
            "nanogram_per_liter",
            False,
            "1,480 nanograms per litre",
        ),
        ("Engineers measured the magnitude at 7.1.", 7.1, "magnitude", False, "7.1"),
        (
            "The quake, measuring 6.2 on the Richter scale, hit at dawn.",
            6.2,
            "magnitude",
            False,
            "6.2 on the Richter scale",
        ),
        ("A 5,000-strong crowd gathered.", 5000, None, False, "5,000"),
        ("He was jailed for 30 months.", 30, "month", False, "30 months"),
        ("He was jailed for four and a half years.", 4.5, "year", False, "four and a half years"),
        (
            "Its population is put at between 15 million and 21 million.",
            15e6,
            None,
            True,
            "between 15 million and 21 million",
        ),
        ("At least 40 people died.", 40, "person", True, "At least 40 people"),
        ("It sent more than 2,000 troops.", 2000, "troop", True, "more than 2,000 troops"),
        ("It lost no more than 90 tanks.", 90, "tank", True, "no more than 90 tanks"),  # a ceiling
        ("Not fewer than 60 ships sailed.", 60, "ship", True, "Not fewer than 60 ships"),
        ("The plant costs $4.2 billion.", 4.2e9, "USD", False, "$4.2 billion"),
        ("Brussels pledged €350 million.", 3.5e8, "EUR", False, "€350 million"),
        ("The club lost £1.2bn.", 1.2e9, "GBP", False, "£1.2bn"),
        ("Fans raised £350m for the club.", 3.5e8, "GBP", False, "£350m"),
        ("The firm spent $4.2 bln on it.", 4.2e9, "USD", False, "$4.2 bln"),
        ("Evacuees get 10,000 roubles each.", 10000, "RUB", False, "10,000 roubles"),
        ("Nearly 9,000 doses were given.", 9000, "dose", True, "Nearly 9,000 doses"),
        ("Some 120,000 people fled.", 120000, "person", True, "Some 120,000 people"),
        (
            "It will open 14 walk-in vaccination clinics.",
            14,
            "clinic",
            False,
            "14 walk-in vaccination clinics",
        ),
        (
            "The plant will make up to 30 gigawatt-hours a year.",
            30,
            "gigawatt_hour",
            True,
            "up to 30 gigawatt-hours",
        ),
        (
            "It spans a 2.1 million-square-foot site.",
            2.1e6,
            "square_foot",
            False,
            "2.1 million-square-foot",
        ),
        ("They signed a 20-year agreement.", 20, "year", False, "20-year"),
        ("The party opened a 12-point lead.", 12, "point", False, "12-point"),
        ("The world has warmed by about 1.2C so far.", 1.2, "degree_Celsius", True, "about 1.2C"),
        ("It was 40°C in the shade.", 40, "degree_Celsius", False, "40°C"),
        ("The river rose more than two metres.", 2, "meter", True, "more than two metres"),
        ("It flew at about 33,000 feet.", 33000, "foot", True, "about 33,000 feet"),
        ("Three people were hurt.", 3, "person", False, "Three people"),
        ("Only 84 percent were vaccinated.", 84, "percent", False, "84 percent"),
        ("Below 40 cm, barges cannot pass.", 40, "centimeter", True, "Below 40 cm"),
        ("It's 1,250 sq km and counting.", 1250, "square_kilometer", False, "1,250 sq km"),
        (
            "The NHS did 1.6 million more operations.",
            1.6e6,
            "operation",
            False,
            "1.6 million more operations",
        ),
        (
            "The union says about 4,000 of its members quit.",
            4000,
            "member",
            True,
            "about 4,000 of its members",
        ),
        (
            "The group will close nine of its larger stores by February.",
            9,
            "store",
            False,
            "nine of its larger stores",
        ),
        (
            "The union says about 1,400 of its members across the state walked out.",
            1400,
            "member",
            True,
            "about 1,400 of its members",
        ),
        ("There were 212 measles cases.", 212, "case", False, "212 measles cases"),
        ("All 23 crew were safe.", 23, "crew", False, "23 crew"),
        ("The inspectors visited 26 NHS trusts.", 26, "trust", False, "26 NHS trusts"),
        ("26 APHA staff were working.", 26, "staff", False, "26 APHA staff"),
        ("He was held with about 60 other men.", 60, "man", True, "about 60 other men"),
        ("Four infected premises were cleared.", 4, "premises", False, "Four infected premises"),
        ("Prices were 2.6 times earnings in 2016.", 2.6, "times", False, "2.6 times"),
        (
            "The bill passed despite a revolt by 31 of the PM's own MPs.",
            31,
            "MP",
            False,
            "31 of the PM's own MPs",
        ),
    ],
)
def test_quantity(sentence: str, value: float, unit: str, approximate: bool, text: str) -> None:
    quantity = only(sentence)
    assert quantity.value == pytest.approx(value)
    assert (quantity.unit, quantity.approximate, quantity.text) == (unit, approximate, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops crossed on Aug. 6.",
        "It was the worst attack since World War 2.",
        "Prices peaked in July 2022.",
        "The law was passed in 2023.",
        "A Boeing 737 landed safely.",
        "An F-16 escorted it.",
        "The call starts at 10 a.m. on Monday.",
        "The COVID-19 pandemic closed schools.",
        "A 45-year-old man was arrested.",
        "The 1990s were calm.",
        "She finished 3rd in the race.",
        "The score was 3-1 at half time.",
        "The iPhone 15 sold well.",
        "Article 5 was invoked.",
        "Two weeks ago the talks collapsed.",
        "Prices rose over the past 12 months.",
        "Results arrived on 6 August.",
        "Delegates met at COP 28 in Dubai.",
        "The PHP 8 release came out.",
    ],
)
def test_not_a_quantity(sentence: str) -> None:
    assert [q for q in find_quantities(sentence) if q.unit is not None] == []


def test_normalisation_into_si_units() -> None:
    area = only("Forces hold around 1,000 sq km.")
    assert (area.normalized_value, area.normalized_unit) == (1e9, "square_meter")
    mass = only("It emitted 57.1 billion tonnes.")
    assert (mass.normalized_value, mass.normalized_unit) == (5.71e13, "kilogram")
    temperature = only("It hit 30°C.")
    assert temperature.normalized_value == pytest.approx(303.15)
    assert temperature.normalized_unit == "kelvin"
    money = only("It cost $5 million.")
    assert (money.normalized_value, money.normalized_unit) == (5e6, "USD")


def test_a_bare_number_takes_the_noun_it_elides() -> None:
    found = find_quantities("Built for 400 people, the centre held more than 1,600 on Monday.")
    assert [(q.value, q.unit, q.approximate) for q in found] == [
        (400, "person", False),
        (1600, "person", True),
    ]


def test_several_figures_in_reading_order() -> None:
    found = find_quantities(
        "The Alliance is on 38 percent, Renewal on 26 percent and the Greens on 9."
    )
    assert [(q.value, q.unit) for q in found] == [(38, "percent"), (26, "percent"), (9, "percent")]


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "approximate", "text"),
    [
        (
            "The council spent a quarter of a billion pounds on the bypass.",
            2.5e8,
            "GBP",
            False,
            "a quarter of a billion pounds",
        ),
        ("Half a million people lined the route.", 5e5, "person", False, "Half a million people"),
        (
            "The levy raised a third of a billion dollars.",
            1e9 / 3,
            "USD",
            False,
            "a third of a billion dollars",
        ),
        (
            "Three-quarters of a million voters stayed home.",
            7.5e5,
            "voter",
            False,
            "Three-quarters of a million voters",
        ),
        (
            "Nearly two-thirds of a million homes lost power.",
            2e6 / 3,
            "home",
            True,
            "Nearly two-thirds of a million homes",
        ),
        (
            "The fund was worth half a billion euros.",
            5e8,
            "EUR",
            False,
            "half a billion euros",
        ),
    ],
)
def test_fractions_of_a_scale_word(
    sentence: str, value: float, unit: str, approximate: bool, text: str
) -> None:
    quantity = only(sentence)
    assert quantity.value == pytest.approx(value)
    assert (quantity.unit, quantity.approximate, quantity.text) == (unit, approximate, text)


def test_a_fraction_of_a_counted_group_is_not_a_scale() -> None:
    found = find_quantities("A quarter of the 400 staff left.")
    assert [(q.value, q.unit) for q in found] == [(25.0, "percent"), (400.0, "staff")]


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "approximate", "text"),
    [
        ("About one in three pupils slept badly.", 33.3, "percent", True, "About one in three"),
        ("One in five primary pupils owns a phone.", 20.0, "percent", False, "One in five"),
        ("Two-thirds of voters backed the plan.", 66.7, "percent", False, "Two-thirds"),
        ("Costs rose by a third last year.", 33.3, "percent", False, "a third"),
        ("Users were a quarter more likely to be tired.", 25.0, "percent", False, "a quarter"),
        ("Nearly half of the workers left.", 50.0, "percent", True, "Nearly half"),
        ("They slept almost an hour less.", 1.0, "hour", True, "almost an hour"),
        ('The offer covers "barely a fifth" of carers.', 20.0, "percent", True, "barely a fifth"),
        ("Barely 300 people turned up.", 300.0, "person", True, "Barely 300 people"),
    ],
)
def test_shares_and_a_hedged_single_unit(
    sentence: str, value: float, unit: str, approximate: bool, text: str
) -> None:
    quantity = only(sentence)
    assert (quantity.value, quantity.unit, quantity.approximate, quantity.text) == (
        value,
        unit,
        approximate,
        text,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "An hour later the rain stopped.",
        "He spent half an hour at the scene.",
        "The second half of the match was dull.",
        "Sales fell in the first half of the year.",
        "It happened more than a year ago.",
    ],
)
def test_everyday_halves_and_hours_are_not_figures(sentence: str) -> None:
    assert find_quantities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Officials counted UP TO 40 boats.", "UP TO 40 boats"),
        ("The mine holds in excess\nof 300 tonnes.", "in excess\nof 300 tonnes"),
        ("Police said as many as 2,000 people marched.", "as many as 2,000 people"),
        ("It cost an estimated $4 million.", "an estimated $4 million"),
    ],
)
def test_hedges_whatever_their_case_and_spacing(sentence: str, text: str) -> None:
    quantity = only(sentence)
    assert quantity.approximate and quantity.text == text


@pytest.mark.parametrize(
    "sentence",
    ["The jet left from Gate 12 late.", "Flight NO. 12 left late.", "It rained on SEPT. 12 again."],
)
def test_designations_and_dates_whatever_their_case(sentence: str) -> None:
    assert find_quantities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        pytest.param(
            "The yard would need between 3,000 and 4,500 extra welders.",
            "between 3,000 and 4,500 extra welders",
            3000,
            "welder",
            id="between-and",
        ),
        pytest.param(
            "Repairs could take six to nine months.",
            "six to nine months",
            6,
            "month",
            id="words-to-words",
        ),
        pytest.param(
            "The bill is put at $12 to $15 billion.",
            "$12 to $15 billion",
            12e9,
            "USD",
            id="the-scale-written-once",
        ),
        pytest.param(
            "Between 40% and 45% of voters backed it.",
            "Between 40% and 45%",
            40,
            "percent",
            id="a-share-range",
        ),
        pytest.param(
            "The bank expects inflation of 2.5 to 3.5 per cent next year.",
            "2.5 to 3.5 per cent",
            2.5,
            "percent",
            id="a-share-range-with-the-sign-written-once",
        ),
        pytest.param(
            "Wages should rise between 2 and 3 per cent.",
            "between 2 and 3 per cent",
            2,
            "percent",
            id="between-two-numbers-and-per-cent",
        ),
    ],
)
def test_a_range_is_one_figure_at_its_low_end(
    sentence: str, text: str, value: float, unit: str
) -> None:
    (quantity,) = find_quantities(sentence)
    assert (quantity.text, quantity.value, quantity.unit, quantity.approximate) == (
        text,
        value,
        unit,
        True,
    )


def test_a_change_from_one_figure_to_another_is_not_a_range() -> None:
    found = find_quantities("Turnout rose from 52% to 61% in the city.")
    assert [(q.value, q.approximate) for q in found] == [(52, False), (61, False)]


@pytest.mark.parametrize(
    "sentence",
    ["Operating profit climbed 31% to £88.4m.", "Sales jumped 18% to £412.6m."],
)
def test_a_rise_then_the_new_level_is_not_a_range(sentence: str) -> None:
    found = find_quantities(sentence)
    assert [(q.unit, q.approximate) for q in found] == [("percent", False), ("GBP", False)]


def test_money_then_a_share_is_not_a_range() -> None:
    found = find_quantities("Fees of £3 to 4% of turnover were charged.")
    assert [q.value for q in found if q.unit == "percent"] == [4]


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("She had written to 40 ministers.", "40 ministers", 40),  # not "ten to 40"
        ("The often-cited 7 to 9 hours of sleep.", "7 to 9 hours", 7),
        ("Output grew 1,500 to 2,000 tonnes.", "2,000 tonnes", 2000),  # "500 to" is no low end
    ],
)
def test_a_range_starts_at_a_whole_word(sentence: str, text: str, value: float) -> None:
    assert [(q.text, q.value) for q in find_quantities(sentence)][-1] == (text, value)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Homicides dropped to 31 last year.", [(31, "homicide")]),
        ("Car thefts rose to 2,400, from 1,900.", [(2400, "theft"), (1900, "theft")]),
        ("Arrests fell to about 900.", [(900, "arrest")]),
        ("Prices rose to 5 in the spring.", [(5, None)]),  # a price is no count
    ],
)
def test_a_plural_subject_counts_the_level_it_moved_to(
    sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("He vowed to deport every one of the 40,000 people.", "40,000 people"),
        ("One of the 12 victims was a child.", "12 victims"),
    ],
)
def test_one_of_a_whole_is_the_whole(sentence: str, text: str) -> None:
    assert [q.text for q in find_quantities(sentence)] == [text]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Bacteria were found in 17 of the 22 weeks tested.", "17 of the 22 weeks", 17, "week"),
        ("The river failed in 17 out of 22 weeks.", "17 out of 22 weeks", 17, "week"),
        ("It affects nine out of ten wards.", "nine out of ten wards", 90, "percent"),
        ("Crowding hit 9 out of 10 hospitals.", "9 out of 10 hospitals", 90, "percent"),
        ("23 of Kenya's 47 counties are dry.", "23 of Kenya's 47 counties", 23, "county"),
        ("Six of the city's 19 libraries shut.", "Six of the city's 19 libraries", 6, "library"),
        ("46 of the first 60 trains were late.", "46 of the first 60 trains", 46, "train"),
    ],
)
def test_a_part_of_a_whole_counts_the_whole_s_noun(
    sentence: str, text: str, value: float, unit: str
) -> None:
    (quantity,) = find_quantities(sentence)
    assert (quantity.text, quantity.value, quantity.unit) == (text, value, unit)


def test_a_part_of_some_weeks_is_no_period() -> None:
    claims = extract_claims("Inspectors found faults in 17 of the 22 weeks.")
    assert [c.quantity.text for c in claims if c.quantity] == ["17 of the 22 weeks"]


def test_a_death_toll_counts_people() -> None:
    *_, quantity = find_quantities(
        "The death toll from the floods in the two valley towns rose to 57 on Sunday."
    )
    assert (quantity.value, quantity.unit) == (57, "person")


def test_a_bare_number_far_from_a_share_does_not_become_one() -> None:
    found = find_quantities(
        "Sales fell 6% in the quarter, well short of the roughly 90,000 the firm had hoped for."
    )
    assert [(q.value, q.unit) for q in found] == [(6, "percent"), (90000, None)]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        pytest.param(
            "Heatwaves are now at least ten times more likely.",
            "at least ten times",
            10,
            "times",
            id="a-multiplier",
        ),
        pytest.param(
            "Staff raised the fault three times last month.",
            "three times",
            3,
            "time",
            id="occasions",
        ),
        pytest.param(
            "The site breached its permit 63 times over the years.",
            "63 times",
            63,
            "time",
            id="occasions-over-a-period",
        ),
        pytest.param(
            "The loan was paid back three times over.",
            "three times",
            3,
            "times",
            id="a-multiplier-with-over",
        ),
        pytest.param(
            "Only 97mm of rain fell in spring.", "97mm", 97, "millimeter", id="millimetres-attached"
        ),
        pytest.param(
            "The repairs will cost 4.2 million rand.", "4.2 million rand", 4.2e6, "ZAR", id="rand"
        ),
        pytest.param(
            "In a poll in March, 58% of members backed the deal.",
            "58%",
            58,
            "percent",
            id="a-share-after-a-month-and-a-comma",
        ),
        pytest.param(
            "Fees have more than doubled since 2019.", "more than doubled", 2, "times", id="doubled"
        ),
        pytest.param(
            "Rents rose almost twice as fast as wages.", "almost twice", 2, "times", id="twice-as"
        ),
        pytest.param(
            "Flooding hit four of its 11 districts.",
            "four of its 11 districts",
            4,
            "district",
            id="part-of-a-whole",
        ),
    ],
)
def test_more_units(sentence: str, text: str, value: float, unit: str) -> None:
    found = find_quantities(sentence)
    assert [(q.text, q.value, q.unit) for q in found] == [(text, value, unit)]


def test_twice_a_week_is_no_multiple() -> None:
    assert find_quantities("She swims twice a week.") == []


def test_the_period_of_another_figure_is_not_a_figure_of_its_own() -> None:

    sentence = "Prices rose 40% over the past five years."
    figures = independent_figures(find_quantities(sentence), sentence)
    assert [q.text for q in figures] == ["40%"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("The dividend is 18.4 pence a share.", [("18.4 pence", 18.4)], id="words"),
        pytest.param(
            "Shares closed at 1,150p, up 3p.", [("1,150p", 1150), ("3p", 3)], id="attached"
        ),
    ],
)
def test_pence_are_pence(sentence: str, expected: list[tuple[str, float]]) -> None:
    found = find_quantities(sentence)
    assert [(q.text, q.value, q.unit) for q in found] == [(t, v, "GBX") for t, v in expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The colony has around 300 breeding pairs.",
            [("around 300 breeding pairs", 300.0, "pair")],
            id="a-participle-before-the-noun",
        ),
        pytest.param(
            "The bank serves 2.6 million personal and business customers.",
            [("2.6 million personal and business customers", 2600000.0, "customer")],
            id="two-modifiers-joined-by-and",
        ),
        pytest.param(
            "Thirty-one government MPs rebelled.",
            [("Thirty-one government MPs", 31.0, "MP")],
            id="an-acronym-plural",
        ),
        pytest.param(
            "A full pension will need 38 qualifying years, up from 35.",
            [("38 qualifying years", 38.0, "year"), ("35", 35.0, "year")],
            id="a-period-compared-with-up-from",
        ),
        pytest.param(
            "The number of nurses leaving rose to 4,100.",
            [("4,100", 4100.0, "nurse")],
            id="the-number-of-names-the-noun",
        ),
        pytest.param(
            "Of the 12 taking part, 5 won.",
            [("12", 12.0, None), ("5", 5.0, None)],
            id="a-verb-after-the-number-is-no-modifier",
        ),
    ],
)
def test_counted_nouns_named_around_the_number(
    sentence: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(sentence)] == expected


def test_indian_scales() -> None:
    found = find_quantities("Profit rose to ₹3,412 crore from ₹45 lakh a decade ago.")
    assert [(q.text, q.value, q.unit) for q in found][:2] == [
        ("₹3,412 crore", 34_120_000_000.0, "INR"),
        ("₹45 lakh", 4_500_000.0, "INR"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lava flowed at 2,000 cubic metres per second.",
            ("2,000 cubic metres per second", 2000.0, "cubic_meter_per_second"),
        ),
        (
            "Ash reached 4 milligrams per cubic metre.",
            ("4 milligrams per cubic metre", 4.0, "milligram_per_cubic_meter"),
        ),
        ("The club has recovered 400,000 pounds so far.", ("400,000 pounds", 400000.0, "GBP")),
        ("The lorry carried 40,000 pounds of steel.", ("40,000 pounds", 40000.0, "pound")),
        ("Growth of 6-8 per cent is expected.", ("6-8 per cent", 6.0, "percent")),
        ("The night fell to minus 183C.", ("183C", -183.0, "degree_Celsius")),
        ("The margin is plus or minus 2.2 points.", ("2.2 points", 2.2, "point")),
        ("It cost 62 million Canadian dollars.", ("62 million Canadian dollars", 62e6, "CAD")),
        ("Around four in ten homes flooded.", ("Around four in ten", 40.0, "percent")),
        (
            "They opened 1,100 additional general and acute beds.",
            ("1,100 additional general and acute beds", 1100.0, "bed"),
        ),
    ],
)
def test_rates_ranges_signs_and_currencies(sentence: str, expected: tuple[str, float, str]) -> None:
    quantity = only(sentence)
    assert (quantity.text, quantity.value, quantity.unit) == expected


def test_a_describing_figure_beside_the_main_one_is_kept_but_not_queued() -> None:
    from claims.extract import extract_claims

    claims = extract_claims(
        "Daniel Okoro, who shares a three-bedroom flat with two colleagues, said his rent "
        "rose by £150 a month in March."
    )
    scores = {c.quantity.text: c.checkworthiness for c in claims if c.quantity}
    assert scores["£150"] >= 0.5
    assert scores["three-bedroom"] < 0.5 and scores["two colleagues"] < 0.5


def test_a_quarter_of_a_percentage_point_is_a_quarter_of_a_point() -> None:
    found = find_quantities("The bank cut its rate by a quarter of a percentage point to 3.75%.")
    assert [(q.value, q.unit) for q in found] == [(0.25, "point"), (3.75, "percent")]


@pytest.mark.parametrize(
    ("sentence", "points"),
    [
        ("The Bank of Canada is expected to cut rates by a quarter point in June.", 0.25),
        ("The Fed delivered a half-point cut on Wednesday.", 0.5),
        ("The bank raised rates by half a percentage point.", 0.5),
    ],
)
def test_a_quarter_point_and_a_half_point_are_points(sentence: str, points: float) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == [(points, "point")]


def test_a_subject_moved_from_one_bare_number_to_another_counts_both() -> None:
    found = find_quantities("Police data confirm carjackings rose from 48 to 98.")
    assert [(q.value, q.unit) for q in found] == [(48, "carjacking"), (98, "carjacking")]


def test_a_subject_that_moved_by_a_bare_number_counts_it() -> None:
    found = find_quantities("Full-time jobs increased by 60,900.")
    assert [(q.value, q.unit) for q in found] == [(60900, "job")]


def test_a_road_and_a_mask_are_no_rand_nor_naira() -> None:
    assert find_quantities("Take the R71 north; nurses wore N95 masks.") == []


def test_the_second_half_point_of_a_plan_is_no_figure() -> None:
    assert find_quantities("The second half point of the plan was dropped.") == []


def test_a_range_with_its_scale_written_twice() -> None:
    (found,) = find_quantities("Profit will be between £430 million and £450 million.")
    assert (found.value, found.unit, found.approximate) == (430e6, "GBP", True)


def test_half_a_unit_is_half_of_it_but_half_a_year_is_no_figure() -> None:
    (found,) = find_quantities("The men were trapped half a mile below the surface.")
    assert (found.value, found.unit) == (0.5, "mile")
    assert find_quantities("It took half a year to agree.") == []


def test_a_polls_margin_after_a_name_is_no_designation() -> None:
    # "Boeing 737" is a name; "Vance 4 points ahead" is the margin a poll gives.
    assert only("The poll had Vance 4 points ahead.").value == 4
    assert only("The poll had Vance 4 points ahead.").unit == "point"
    assert [q for q in find_quantities("The Boeing 737 points north.") if q.unit] == []


@pytest.mark.parametrize(
    "sentence",
    ["Three men, aged 19, 22 and 31, were charged.", "Children aged 5 to 11 will be seen."],
)
def test_ages_after_aged_are_not_counts(sentence: str) -> None:
    ages = {19, 22, 31, 5, 11}
    assert [q.text for q in find_quantities(sentence) if q.value in ages] == []


def test_a_toll_after_a_magnitude_counts_people() -> None:
    found = find_quantities("The toll from a magnitude 6.0 quake has risen to 1,400.")
    assert [(q.value, q.unit) for q in found] == [(6.0, "magnitude"), (1400, "person")]


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("There were 94.3 cases per 100,000 people.", [(94.3, "case")]),
        ("The rate rose to 12 for every 1,000 births.", [(12.0, None)]),
    ],
)
def test_a_rate_s_base_is_no_figure_of_its_own(
    sentence: str, figures: list[tuple[float, str | None]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == figures


def test_n_of_them_with_a_noun_counts_that_noun() -> None:
    found = find_quantities("Sixty people were hurt, 22 of them children.")
    assert [(q.value, q.unit) for q in found] == [(60, "person"), (22, "child")]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Eskom will invest R1.5-billion in new transmission lines.", 1.5e9, "ZAR"),
        ("Nigeria's debt rose to ₦121.7trn at the end of March.", 121.7e12, "NGN"),
        ("UK public debt rose to £2.7trn in April.", 2.7e12, "GBP"),
        ("Ghana's central bank sold GH¢1.2 billion in treasury bills.", 1.2e9, "GHS"),
        ("Two dozen workers were injured when a crane collapsed.", 24, "worker"),
        ("Lead levels in the water reached 0.04 mg/L at the school.", 0.04, "milligram_per_liter"),
        ("The airline will add 12 Airbus A320 jets to its fleet.", 12, "jet"),
        ("The army received 24 F-16 fighter jets.", 24, "jet"),
        ("The fleet includes 9 Boeing 787 Dreamliners.", 9, "dreamliner"),
        ("The firm sold 3 million iPhone 15 handsets.", 3e6, "handset"),
        ("The particles were 2.5 micrometres wide.", 2.5, "micrometer"),
        ("PFAS in the well reached 70 parts per trillion.", 70, "part_per_trillion"),
        ("Arsenic in the supply was 12 ppb.", 12, "part_per_billion"),
        ("The drug was found at 5 ng/mL in her blood.", 5, "nanogram_per_milliliter"),
        ("The mayor said the city had spent P2.5B on flood control.", 2.5e9, "PHP"),
        ("The startup raised $2.5B last year.", 2.5e9, "USD"),
        ("The deal is worth $5M.", 5e6, "USD"),
        ("The state has spent Rs. 1,200 crore on the scheme, the minister said.", 1.2e10, "INR"),
        ("He told The Sun he had lost two stone since March.", 2, "stone"),
    ],
)
def test_figures_as_copy_around_the_world_writes_them(
    sentence: str, value: float, unit: str
) -> None:
    quantity = next(q for c in extract_claims(sentence) if (q := c.quantity) is not None)
    assert (quantity.value, quantity.unit) == (pytest.approx(value), unit)


def test_a_range_is_not_a_model_name() -> None:
    quantity = find_quantities("Forecasters expect 20 to 30 millimetres of rain.")[0]
    assert (quantity.value, quantity.unit) == (20, "millimeter")


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue rose 14% to £1.1bn in the 12 months to March, the retailer said.",
        "Wages grew 5.7% in the three months to March.",
        "The firm posted a profit of R2.4 billion for the six months ended February.",
    ],
)
def test_the_period_a_result_covers_is_no_figure(sentence: str) -> None:
    assert not [q for q in find_quantities(sentence) if q.unit == "month"]


def test_a_stretch_of_months_that_is_the_news_stays() -> None:
    assert [q.text for q in find_quantities("The strike lasted 12 months to March.")] == [
        "12 months"
    ]


def test_a_company_called_3m_is_no_figure_of_millions() -> None:
    assert [q.value for q in find_quantities("3M said 40 jobs would go.")] == [40]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Phoenix hit 118F on Wednesday.", [(118, "degree_Fahrenheit")]),
        ("Daytime highs will reach 95F in Dallas.", [(95, "degree_Fahrenheit")]),
        ("A 5F grade was given to the essay.", []),  # no weather: a grade, not degrees
    ],
)
def test_degrees_fahrenheit_written_with_a_bare_f(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Temperatures reached 46.2C (115.2F) in the city.", [(46.2, "degree_Celsius")]),
        ("The fire spread over 120 km (75 miles).", [(120, "kilometer")]),
        ("The deal is worth £100m ($127m), the company said.", [(100e6, "GBP")]),
        # two counts in brackets are two figures, not one converted
        ("The council has 14 councillors (12 men).", [(14, "councillor"), (12, "man")]),
    ],
)
def test_a_figure_converted_in_brackets_is_not_a_second_figure(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == expected


def test_the_converted_figure_does_not_take_the_date_from_the_figure() -> None:
    (claim,) = extract_claims(
        "Temperatures reached 46.2C (115.2F) in the city on Wednesday.", dt.date(2024, 5, 16)
    )
    assert (claim.quantity and claim.quantity.unit, claim.date_text) == (
        "degree_Celsius",
        "Wednesday",
    )


def test_a_number_hyphened_to_a_name_is_no_figure() -> None:
    assert find_quantities("A 7-Eleven clerk was hurt in the robbery.") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Cases have risen fivefold since March.", 5),
        ("There was a 20-fold increase in claims.", 20),
        ("Prices have trebled in a year.", 3),  # no "doubled" or "tripled" in the sentence
        ("Output has quadrupled.", 4),
    ],
)
def test_multiples_in_words(sentence: str, value: float) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == [(value, "times")]


@pytest.mark.parametrize(
    "sentence", ["Anyone with information should call 101.", "He dialled 999 at 3am."]
)
def test_a_number_dialled_is_no_figure(sentence: str) -> None:
    assert find_quantities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The river peaked at 15ft 6in on Monday.", "15ft 6in", 15.5, "foot"),
        ("She finished in 2 hours 40 minutes.", "2 hours 40 minutes", 2.6667, "hour"),
        ("He ran the mile in 3min 51.2sec.", "3min 51.2sec", 3.8533, "minute"),
        ("The baby weighed 7lb 4oz.", "7lb 4oz", 7.25, "pound"),
    ],
)
def test_one_measure_in_two_units_is_one_figure(
    sentence: str, text: str, value: float, unit: str
) -> None:
    (quantity,) = find_quantities(sentence)
    assert (quantity.text, quantity.value, quantity.unit) == (text, value, unit)


def test_a_share_of_a_unit_is_a_measure() -> None:
    (quantity,) = find_quantities("The bale weighed nearly a quarter of a tonne.")
    assert (quantity.value, quantity.unit, quantity.text) == (
        0.25,
        "tonne",
        "nearly a quarter of a tonne",
    )


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Smith had 12 previous convictions.", "conviction"),
        ("He had 3 prior arrests for theft.", "arrest"),
    ],
)
def test_previous_and_prior_modify_the_counted_noun(sentence: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(sentence)] == [unit]


def test_the_figure_economists_had_expected_counts_what_they_expected() -> None:
    found = find_quantities(
        "The economy added 175,000 jobs, fewer than the 240,000 economists had expected."
    )
    assert [(q.value, q.unit) for q in found] == [(175_000, "job"), (240_000, "job")]
    assert [q.unit for q in find_quantities("About 300 economists expected a cut.")] == [
        "economist"
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("About 40pc of homes were affected.", 40), ("House prices rose 4.5pc last year.", 4.5)],
)
def test_pc_is_per_cent(sentence: str, value: float) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == [(value, "percent")]


def test_an_m_strong_body_counts_millions_not_metres() -> None:
    (quantity,) = find_quantities("The 3.5m-strong union voted to strike.")
    assert (quantity.value, quantity.unit) == (3_500_000, None)


def test_money_over_a_span_of_years_is_one_figure() -> None:
    sentence = "The department said it had provided £1.07bn over five years."
    figures = independent_figures(find_quantities(sentence), sentence)
    assert [(q.value, q.unit) for q in figures] == [(pytest.approx(1.07e9), "GBP")]


def test_a_number_word_after_a_figure_starts_another_figure() -> None:
    found = find_quantities("The toll reached 48 on Friday, up from 31 two days earlier.")
    assert [(q.text, q.unit) for q in found] == [("48", "person"), ("31", "person")]


def test_a_hedged_range_is_one_figure_not_its_low_end_too() -> None:
    found = find_quantities("Some 12 to 15 per cent of staff left.")
    assert [(q.value, q.unit) for q in found] == [(12, "percent")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Exports reached ¥8.3 trillion last year.", 8.3e12),  # not 8300000000000.001
        ("The fund holds between 0.7 and 1.1 trillion yen.", 0.7e12),
        ("Some seven hundred thousand people fled.", 700_000),  # both scale words
    ],
)
def test_a_scaled_figure_is_the_number_written(sentence: str, value: float) -> None:
    """Exact, not approximately: the value goes into CSV exports and ClaimReview as is."""
    quantity = only(sentence)
    assert (quantity.value, str(quantity.normalized_value)) == (value, str(float(value)))
