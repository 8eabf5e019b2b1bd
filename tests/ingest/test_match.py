"""Cross-source matching: keys, figures, and what gets linked (and what must not)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy.orm import Session

from claims.ingest import contradict, figures, keys, match, stories
from claims.ingest.match import Probe
from claims.models import Claim

KURSK_WIRE = Probe(
    text="Ukrainian forces control around 1,000 sq km of Russia's Kursk region, the commander "
    "of Ukraine's armed forces, Oleksandr Syrskyi, said on Monday.",
    claimant="Oleksandr Syrskyi",
    value=1000.0,
    unit="square_kilometer",
    normalized_value=1e9,
    normalized_unit="square_meter",
    approximate=True,
    quantity_text="around 1,000 sq km",
    event_date=dt.date(2024, 8, 12),
)


def _area(text: str, value: float, words: str, **extra: object) -> Probe:
    return Probe(
        text=text,
        value=value,
        unit="square_kilometer",
        normalized_value=value * 1e6,
        normalized_unit="square_meter",
        approximate=bool(extra.pop("approximate", True)),
        quantity_text=words,
        **extra,  # type: ignore[arg-type]
    )


def test_keys_are_numbers_units_dates_and_names() -> None:
    found = keys.keys_for(KURSK_WIRE)
    [words] = [k for k in found if k.startswith("t:")]
    assert keys.keys_for(Probe(KURSK_WIRE.text.upper() + "!")) & {words} == {words}
    assert found - {words} == {
        "n:1000",
        "u:square_kilometer",
        "d:2024-08-12",
        "w:ukrain",
        "w:russia",
        "w:kursk",
        "w:oleksa",
        "w:syrsky",
    }


def test_names_skip_sentence_openers_months_and_datelines() -> None:
    text = "KYIV, Aug 13 (Meridian Wire) - The minister said on Monday that Putin had agreed."
    assert keys.names(text) == {"kyiv", "putin"}


def test_figures() -> None:
    assert figures.same_figure(KURSK_WIRE, _area("x", 1000, "roughly 1,000 square kilometres"))
    assert figures.same_figure(KURSK_WIRE, _area("x", 1050, "1,050 sq km", approximate=False))
    assert not figures.same_figure(KURSK_WIRE, _area("x", 1250, "1,250 sq km"))
    settlements = Probe(
        "x", value=28, unit="settlement", normalized_value=28, normalized_unit="settlement"
    )
    villages = Probe("y", value=28, unit="village", normalized_value=28, normalized_unit="village")
    km = Probe("z", value=28, unit="kilometer", normalized_value=28000, normalized_unit="meter")
    assert figures.same_figure(settlements, villages)  # counts of the same kind of thing
    assert not figures.same_figure(settlements, km)

    def count(value: float, noun: str) -> Probe:
        return Probe(noun, value=value, unit=noun, normalized_value=value, normalized_unit=noun)

    for one, other in [("count", "charge"), ("store", "shop"), ("premises", "farm")]:
        assert figures.same_figure(count(17, one), count(17, other)), (one, other)
    assert figures.same_figure(count(23, "crew"), count(23, "seafarer"))
    assert not figures.same_figure(count(17, "charge"), count(17, "shop"))
    celsius = Probe(
        "a",
        value=1.2,
        unit="degree_Celsius",
        normalized_value=274.35,
        normalized_unit="kelvin",
        approximate=True,
    )
    warmer = Probe(
        "b",
        value=3.1,
        unit="degree_Celsius",
        normalized_value=276.25,
        normalized_unit="kelvin",
        approximate=True,
    )
    assert not figures.same_figure(celsius, warmer)  # not "within 10 %" in kelvin
    assert figures.specific_figure(123_000) and figures.specific_figure(212)
    assert not figures.specific_figure(3) and not figures.specific_figure(2000)
    assert not figures.specific_figure(120_000) and not figures.specific_figure(95e6)


def test_the_same_claim_in_other_words_is_the_same_claim() -> None:
    tabloid = _area(
        "Kyiv's top general Oleksandr Syrskyi boasted on Monday that his forces now hold "
        "roughly 1,000 square kilometres of the Kursk region.",
        1000,
        "roughly 1,000 square kilometres",
        claimant="Oleksandr Syrskyi",
        event_date=dt.date(2024, 8, 12),
    )
    decision = match.decide(tabloid, [(7, KURSK_WIRE)])
    assert decision.same_as == 7
    assert decision.score >= match.CONFIDENT


def test_a_weaker_match_is_a_similar_link() -> None:
    feature = _area(
        "By then his troops held about 1,000 square kilometres of Russia, most of it farmland.",
        1000,
        "about 1,000 square kilometres",
    )
    decision = match.decide(feature, [(7, KURSK_WIRE)])
    assert decision.same_as is None
    assert [claim_id for claim_id, _ in decision.similar] == [7]
    assert match.SIMILAR <= decision.similar[0][1] < match.CONFIDENT


def test_a_rival_figure_for_the_same_measure_is_a_contradiction() -> None:
    insider = _area(
        "A military insider said Ukrainian forces now control 1,250 sq km of the Kursk region.",
        1250,
        "1,250 sq km",
        approximate=False,
    )
    decision = match.decide(insider, [(7, KURSK_WIRE)])
    assert decision.same_as is None and decision.similar == []
    assert [claim_id for claim_id, _ in decision.contradicts] == [7]


def test_unrelated_sentences_on_the_same_topic_are_not_linked() -> None:
    evacuees = Probe(
        text="Some 120,000 people have been evacuated from border districts of the Kursk "
        "region, according to the regional administration.",
        value=120_000,
        unit="person",
        normalized_value=120_000,
        normalized_unit="person",
        approximate=True,
        quantity_text="Some 120,000 people",
    )
    putin = Probe(
        text="Putin called the attack on the Kursk region a large-scale provocation.",
        claimant="Vladimir Putin",
    )
    soldiers = Probe(
        text="Ukrainian troops took more than 100 Russian soldiers prisoner in the Kursk region.",
        value=100,
        unit="soldier",
        normalized_value=100,
        normalized_unit="soldier",
        approximate=True,
        quantity_text="more than 100 Russian soldiers",
    )
    for new in (evacuees, putin, soldiers):
        decision = match.decide(new, [(7, KURSK_WIRE)])
        assert decision == match.Decision(), new.text
    # Same number, same kind of unit, different stories: chance, not a match.
    families = Probe(
        "The plant was bought from three families.",
        value=3,
        unit="family",
        normalized_value=3,
        normalized_unit="family",
        quantity_text="three families",
    )
    summers = Probe(
        "Three summers on the front line have changed her.",
        value=3,
        unit="summer",
        normalized_value=3,
        normalized_unit="summer",
        quantity_text="Three summers",
    )
    assert match.decide(summers, [(1, families)]) == match.Decision()


def test_candidates_come_from_the_key_index(session: Session) -> None:
    claims = [Claim(text=f"claim {i}", checkworthiness=0.5) for i in range(5)]
    session.add_all(claims)
    session.flush()
    keys.add_keys(
        session,
        [
            (claims[0].id, {"n:1000", "w:kursk"}),
            (claims[1].id, {"n:1000", "w:kursk", "d:2024-08-12"}),
            (claims[2].id, {"w:kursk"}),
            (claims[3].id, {"n:42"}),
        ],
    )
    found = keys.candidate_ids(
        session, [{"n:1000", "w:kursk", "d:2024-08-12"}, {"n:7"}], exclude={claims[2].id}
    )
    assert found == [[claims[1].id, claims[0].id], []]


def _count(text: str, value: float, unit: str, words: str, claimant: str | None = None) -> Probe:
    return Probe(
        text,
        claimant=claimant,
        value=value,
        unit=unit,
        normalized_value=value,
        normalized_unit=unit,
        quantity_text=words,
    )


def test_rival_counts_of_one_story_contradict() -> None:
    delgado = _count(
        'Ray Delgado told the crowd the plant would bring "3,000 good-paying jobs" to the valley.',
        3000,
        "job",
        "3,000 good-paying jobs",
        "Ray Delgado",
    )
    release = _count(
        "The facility will create 2,500 permanent jobs when fully operational.",
        2500,
        "job",
        "2,500 permanent jobs",
    )
    assert stories.story_contradiction(delgado, release) is not None
    # A yearly total against a daily one is not a rival figure, whatever the story.
    yearly = _count("The network carried 41 million passengers.", 41e6, "passenger", "41 million")
    daily = _count("The line will carry 35,000 passengers a day.", 35e3, "passenger", "35,000")
    assert stories.story_contradiction(yearly, daily) is None


def test_a_hedged_count_that_makes_room_for_the_other_is_no_rival() -> None:
    text = "More than 300 homes were flooded in Marlow on Wednesday."
    council = _count(text, 300, "home", "More than 300 homes")
    other = _count("Floodwater swamped 340 homes in Marlow on Wednesday.", 340, "home", "340 homes")
    assert stories.story_contradiction(other, council) is None
    more = _count("Floodwater swamped 420 homes in Marlow on Wednesday.", 420, "home", "420 homes")
    assert stories.story_contradiction(other, more) is not None


def test_a_hedged_count_and_one_it_makes_room_for_are_left_to_the_words() -> None:
    council = _count(
        "More than 300 homes were flooded in Marlow Vale on Wednesday, the district council said.",
        300,
        "home",
        "More than 300 homes",
        "the district council",
    )
    retold = _count(
        "Floodwater swamped 340 homes in Marlow Vale on Wednesday, according to the district "
        "council.",
        340,
        "home",
        "340 homes",
        "the district council",
    )
    decision = match.decide(retold, [(1, council)])
    assert [claim_id for claim_id, _ in decision.similar] == [1] or decision.same_as == 1
    assert decision.contradicts == []


def test_unrelated_figures_sharing_a_unit_are_not_contradictions() -> None:
    ships = _count(
        "Some 40 ships were waiting to enter the port of Rotterdam on Monday.", 40, "ship", "40"
    )
    staff = _count("The Harbour Hotel in Brighton said it had hired 40 staff.", 40, "staff", "40")
    navy = _count("The navy sent 12 ships to the exercise in the Baltic.", 12, "ship", "12 ships")
    for new, old in ((staff, ships), (ships, staff), (navy, ships), (ships, navy)):
        assert match.decide(new, [(1, old)]).contradicts == [], new.text
    assert stories.story_contradiction(staff, ships) is None  # different measures


def test_a_gap_is_not_a_rival_figure() -> None:
    council = Probe(
        "The Eastside tram extension will cost £1.2bn, Ashport City Council admitted.",
        value=1.2e9, unit="GBP", normalized_value=1.2e9, normalized_unit="GBP",
        quantity_text="£1.2bn",
    )  # fmt: skip
    gap = Probe(
        "Ashport's Eastside tram extension could cost a quarter of a billion pounds more "
        "than the council admitted.",
        value=2.5e8, unit="GBP", normalized_value=2.5e8, normalized_unit="GBP",
        quantity_text="a quarter of a billion pounds",
    )  # fmt: skip
    level = Probe(
        "Ashport's Eastside tram extension could cost £1.45 billion, a leaked report says.",
        value=1.45e9, unit="GBP", normalized_value=1.45e9, normalized_unit="GBP",
        quantity_text="£1.45 billion",
    )  # fmt: skip
    assert match.compare(gap, council).contradiction is None
    assert stories.story_contradiction(gap, council) is None
    assert match.compare(level, council).contradiction is not None


def _measure(text: str, value: float, words: str, unit: str, base: str, factor: float) -> Probe:
    """A physical measure: `value` in `unit`, `factor` of the SI `base` unit each."""
    return Probe(
        text, value=value, unit=unit, normalized_value=value * factor,
        normalized_unit=base, quantity_text=words,
    )  # fmt: skip


def _tonnes(text: str, value: float, words: str, claimant: str | None = None) -> Probe:
    return dataclasses.replace(
        _measure(text, value, words, "tonne", "kilogram", 1000), claimant=claimant
    )


def _megawatts(text: str, value: float, words: str) -> Probe:
    return _measure(text, value, words, "megawatt", "watt", 1e6)


def test_names_that_only_begin_alike_are_not_one_subject() -> None:
    one = _tonnes(
        "Grain exports from Stozelmon fell to 4,500 tonnes, the port said.", 4500, "4,500 tonnes"
    )
    other = _tonnes(
        "Grain exports from Stozeldor fell to 9,100 tonnes, the port said.", 9100, "9,100 tonnes"
    )
    assert contradict.contradiction(one, other) is None
    russia = _tonnes(
        "Grain exports from Russia's ports fell to 4,500 tonnes.", 4500, "4,500 tonnes"
    )
    russians = _tonnes(
        "Grain exports by Russians fell to 9,100 tonnes, ports said.", 9100, "9,100 tonnes"
    )
    assert contradict.contradiction(russia, russians) is not None


def test_two_people_sharing_a_name_are_not_one_subject() -> None:
    """Unrelated stories quote a Smith, or a John, on the same measure: a name their
    claimants share is no tie when the claimants are two people (or two bodies)."""
    mayor = _tonnes(
        "Grain exports fell to 4,500 tonnes in May, John Smith, the mayor, said.",
        4500, "4,500 tonnes", "John Smith",
    )  # fmt: skip
    economist = _tonnes(
        "Grain exports rose to 9,100 tonnes in June, Mary Smith, an economist, said.",
        9100, "9,100 tonnes", "Mary Smith",
    )  # fmt: skip
    namesake = _tonnes(
        "Grain exports rose to 9,100 tonnes in June, John Brown, an economist, said.",
        9100, "9,100 tonnes", "John Brown",
    )  # fmt: skip
    chamber = _tonnes(
        "According to the Leeds chamber of commerce, grain exports fell to 4,500 tonnes.",
        4500, "4,500 tonnes", "the Leeds chamber of commerce",
    )  # fmt: skip
    other_chamber = _tonnes(
        "According to the York chamber of commerce, grain exports rose to 9,100 tonnes.",
        9100, "9,100 tonnes", "the York chamber of commerce",
    )  # fmt: skip
    for new, old in ((economist, mayor), (namesake, mayor), (other_chamber, chamber)):
        assert contradict.contradiction(new, old) is None, new.text
        assert match.decide(new, [(1, old)]).contradicts == [], new.text
    # The same person, named in full once and by surname once, still ties the two.
    smith = _tonnes(
        "“We are looking at 9,100 tonnes of grain exports,” Smith told reporters.",
        9100, "9,100 tonnes", "Smith",
    )  # fmt: skip
    assert contradict.contradiction(smith, mayor) is not None
    # And a place both name still does, whoever speaks.
    leeds = _tonnes(
        "Grain exports from Leeds rose to 9,100 tonnes in June, Mary Smith said.",
        9100, "9,100 tonnes", "Mary Smith",
    )  # fmt: skip
    assert contradict.contradiction(leeds, chamber) is not None


def _tally(text: str, value: float, unit: str, words: str) -> Probe:
    return Probe(
        text=text,
        value=value,
        unit=unit,
        normalized_value=value,
        normalized_unit=unit,
        quantity_text=words,
        claimant="the Harwick council",
    )


def test_counts_of_different_kinds_of_thing_are_not_one_figure() -> None:
    deaths = _tally("x", 312, "death", "312 deaths")
    homes = _tally("y", 312, "home", "312 homes")
    people = _tally("z", 312, "person", "312 people")
    jobs = _tally("w", 312, "job", "312 jobs")
    assert not figures.same_figure(deaths, homes)
    assert figures.same_figure(deaths, people)
    assert figures.same_figure(people, jobs)  # "hire 312 people" and "create 312 jobs"
    graduates = _tally("v", 2000, "graduate", "about 2,000 graduates")
    freshers = _tally("u", 2000, "fresher", "around 2,000 freshers")
    assert figures.same_figure(graduates, freshers)  # two words for the new hires


def _reading(text: str, value: float, unit: str, normalized: tuple[float, str]) -> Probe:
    words = text.split(" ", 2)[2].rstrip(".")  # "Port Augusta reached 47.1°C."
    return Probe(text, value=value, unit=unit, normalized_value=normalized[0],
                 normalized_unit=normalized[1], quantity_text=words)  # fmt: skip


def test_a_reading_in_degrees_is_the_celsius_reading() -> None:
    celsius = _reading("Port Augusta reached 47.1°C.", 47.1, "degree_Celsius", (320.25, "kelvin"))
    degrees = _reading("Port Augusta recorded 47.1 degrees.", 47.1, "degree", (0.822, "radian"))
    warmer = _reading("Adelaide was hit by 45.3 degrees.", 45.3, "degree", (0.79, "radian"))
    assert figures.same_figure(celsius, degrees)
    assert not figures.same_figure(celsius, warmer)


def test_a_qualified_count_does_not_gainsay_the_plain_one() -> None:
    plain = _tally(
        "The Harwick plant will create around 1,800 jobs, the council said.",
        1800,
        "job",
        "around 1,800 jobs",
    )
    indirect = _tally(
        "The Harwick plant will bring more than 4,000 indirect jobs, the council said.",
        4000,
        "job",
        "more than 4,000 indirect jobs",
    )
    rival = _tally(
        "The Harwick plant will create only 900 jobs, the council said.", 900, "job", "900 jobs"
    )
    assert contradict.contradiction(indirect, plain) is None
    assert contradict.contradiction(rival, plain) is not None


def test_a_figure_repeated_within_one_story_is_suggested_as_the_same_claim() -> None:
    wire = _count(
        "The club said it was still pursuing Kaye through the civil courts to recover about "
        "6 million pounds.",
        6e6,
        "GBP",
        "about 6 million pounds",
        "Harbridge Athletic",
    )
    tabloid = _count("The Robins are also chasing him for £6m more.", 6e6, "GBP", "£6m")
    decision = match.Decision()
    stories.story_links([tabloid], [decision], {7: wire})
    assert decision.similar == [(7, stories.STORY_FIGURE_SCORE)]
    # A share, or the same small count, repeats by chance even within one story.
    share = _count("Turnout was 42%.", 42, "percent", "42%")
    other = match.Decision()
    stories.story_links([share], [other], {8: _count("Some 42% backed it.", 42, "percent", "42%")})
    assert other.similar == []
    # ... unless the two sentences are worded alike.
    trapped = _count("Nine miners are still trapped underground.", 9, "miner", "Nine miners")
    still = match.Decision()
    stories.story_links(
        [trapped],
        [still],
        {
            9: _count(
                "Hopes faded for nine workers still trapped below ground.", 9, "worker", "nine"
            )
        },
    )
    assert still.similar == [(9, stories.STORY_FIGURE_SCORE)]


def test_counts_far_apart_in_one_story_are_not_rivals() -> None:
    scheme = _count("The scheme would reach 400,000 homes by 2030.", 4e5, "home", "400,000 homes")
    grant = _count("Some 140,000 homes were upgraded under the old grant.", 1.4e5, "home", "x")
    assert stories.story_contradiction(scheme, grant) is None


def test_two_unknown_counted_nouns_are_different_things() -> None:
    admissions = _count("About 2,300 admissions could be avoided.", 2300, "admission", "2,300")
    nurses = _count("The trust recruited 2,300 more nurses.", 2300, "nurse", "2,300 nurses")
    assert not figures.same_figure(admissions, nurses)


def test_sharing_only_a_year_is_no_evidence() -> None:
    first = Probe(
        "The team said it planned to repeat the analysis next year.",
        event_date=dt.date(2026, 1, 1),
        date_text="next year",
    )
    second = Probe(
        "We will freeze our share of the council tax next year.",
        event_date=dt.date(2026, 1, 1),
        date_text="next year",
    )
    assert not match.compare(first, second).evidence
    on_monday = Probe(
        "The plant closed on Monday.", event_date=dt.date(2026, 1, 5), date_text="Monday"
    )
    again = Probe(
        "The plant shut its doors on Monday.", event_date=dt.date(2026, 1, 5), date_text="Monday"
    )
    assert match.compare(on_monday, again).evidence


def test_a_rival_figure_in_one_story_needs_no_name_when_the_words_agree() -> None:
    wire = _count(
        "The council has also cut the scheme to 40 buses, meaning each Skylark bus will now "
        "cost roughly £450,000 once charging, training and spares are included.",
        450_000,
        "GBP",
        "roughly £450,000",
    )
    analysis = _count(
        "Once spares and training are counted, each bus will cost about £390,000, by the "
        "auditors' reckoning.",
        390_000,
        "GBP",
        "about £390,000",
        "Brackley Audit",
    )
    assert contradict.contradiction(analysis, wire) is None  # no name: not across stories
    assert stories.story_contradiction(analysis, wire) is not None
    # Figures of different sizes are not rival estimates of one thing.
    profit = _count(
        "The grocer said its underlying pre-tax profit rose to £212m once training costs "
        "are counted.",
        212e6,
        "GBP",
        "£212m",
    )
    guidance = _count(
        "It now expects underlying pre-tax profit of £430m once training costs are counted.",
        430e6,
        "GBP",
        "£430m",
    )
    assert stories.story_contradiction(profit, guidance) is None


def test_two_tellings_giving_both_figures_do_not_contradict() -> None:
    wire = _count(
        "The army has cut its order to 312 trucks, from the 450 it planned to buy.",
        450,
        "truck",
        "450",
    )
    analysis = _count(
        "The army will now receive 312 trucks rather than the 450 it ordered.",
        312,
        "truck",
        "312 trucks",
    )
    assert stories.story_contradiction(analysis, wire) is None
    # One text giving both is the rival figure itself: "212 confirmed, but nearly 250".
    agency = _count("Officials have confirmed 212 cases in Harwick.", 212, "case", "212 cases")
    sources = _count(
        "The agency has confirmed 212 cases in Harwick, but hospital sources say the true "
        "tally is nearly 250.",
        250,
        "case",
        "nearly 250",
    )
    assert stories.story_contradiction(sources, agency) is not None


def test_a_claim_repeated_by_its_date_is_found_beside_another_figure() -> None:
    ministry = Probe(
        "A ministry spokeswoman said the department did not accept the auditors' figure, "
        "adding that the Skylark fleet would enter full service in 2029.",
        claimant="Ministry of Transport",
        event_date=dt.date(2029, 1, 1),
        date_text="2029",
    )
    analysis = Probe(
        "Officials insist the Skylark fleet will enter full service in 2029, and say the new "
        "contract caps the council's liability at a further £30m.",
        claimant="Officials",
        value=30e6,
        unit="GBP",
        normalized_value=30e6,
        normalized_unit="GBP",
        quantity_text="£30m",
        event_date=dt.date(2029, 1, 1),
        date_text="2029",
    )
    assert [i for i, _ in match.decide(analysis, [(9, ministry)]).similar] == [9]
    assert not ministry.to_the_day  # "in 2029" names no day, though it ends in two digits
    # Two figures decide between themselves: a date both give does not join them.
    saving = dataclasses.replace(
        analysis,
        text="The minister said the fleet will enter full service in 2029 and cut fares by £30.",
        value=30,
        normalized_value=30,
        quantity_text="£30",
    )
    buses = dataclasses.replace(
        analysis,
        text='She said the fleet would be "around 40 buses" in full service in 2029.',
        value=40,
        unit="bus",
        normalized_value=40,
        normalized_unit="bus",
        quantity_text="around 40 buses",
    )
    assert match.decide(saving, [(10, buses)]).similar == []


def test_colleagues_workmates_and_locals_are_people() -> None:
    release = _count(
        "Six depots will close by June, affecting around 740 colleagues.", 740, "colleague", "x"
    )
    paper = _count("The closures put about 740 jobs at risk.", 740, "job", "about 740 jobs")
    locals_ = _count("The quarry employs around 1,300 locals.", 1300, "local", "1,300")
    people = _count("The quarry employs some 1,300 people.", 1300, "person", "1,300")
    buried = _count("Fourteen of their workmates have died.", 14, "workmate", "Fourteen")
    toll = _count("The death toll rose to 14.", 14, "person", "14")
    for a, b in ((release, paper), (locals_, people), (buried, toll)):
        assert figures.same_figure(a, b) and figures.same_figure(b, a)
    homes = _count("The storm damaged 740 homes.", 740, "home", "740 homes")
    assert not figures.same_figure(release, homes)


def test_two_measures_of_one_story_sharing_a_word_are_not_rivals() -> None:
    demand = _megawatts(
        "South Australian operational demand reached an all-time high of 3,390 MW on "
        "Wednesday evening, according to the market operator.",
        3390,
        "3,390 MW",
    )
    batteries = _megawatts(
        "Grid-scale batteries in South Australia discharged a record 1,140 MW at the height "
        "of the evening peak, covering about a third of demand.",
        1140,
        "1,140 MW",
    )
    assert stories.story_contradiction(demand, batteries) is None
