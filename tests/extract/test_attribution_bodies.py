"""Bodies, offices and sources as blind-written copy names them: unnamed spokespeople for
their body, offices a lede names before the person, companies reporting their own
figures, sources in the passive, places that are no speakers.

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
            "The Tarnish health ministry said 20 clinics had opened. Doctors said 50 nurses "
            "had left. A ministry spokesperson said a delivery of 600,000 doses was due.",
            "600,000 doses",
            "Tarnish health ministry",
            id="a-ministry-spokesperson-after-the-ministry-spoke",
        ),
        pytest.param(
            "Jet2 and easyJet said bookings to Greece were up 18% on last summer.",
            "18%",
            "Jet2 and easyJet",
            id="a-brand-whose-first-letter-is-small-among-two-speakers",
        ),
        pytest.param(
            "Online marketplace eBay said 12 million items were listed in March.",
            "12 million items",
            "eBay",
            id="a-brand-whose-first-letter-is-small-after-its-kind",
        ),
        pytest.param(
            "Harwood told ITV that the clinic would shut in June. The broadcaster also "
            "reported that 1,200 patients were still on its books.",
            "1,200 patients",
            "ITV",
            id="the-broadcaster-is-the-outlet-told-not-the-one-who-told-it",
        ),
        pytest.param(
            "Brindle Foods filed a lawsuit against its former supplier in March. The "
            "complaint says the supplier overcharged it by $3.2 million.",
            "$3.2 million",
            "Brindle Foods",
            id="the-complaint-is-the-filers",
        ),
        pytest.param(
            "Lenders Halden Bank and Corrie Building Society said arrears rose 9% in the "
            "first quarter.",
            "9%",
            "Halden Bank and Corrie Building Society",
            id="a-plural-kind-before-two-bodies-is-not-part-of-the-first",
        ),
        pytest.param(
            "Wildlife charities Buglife and Friends of the Heath said insect numbers fell by "
            "a third between 2010 and 2022.",
            "a third",
            "Buglife and Friends of the Heath",
            id="a-body-and-a-body-named-with-of-the",
        ),
        pytest.param(
            "The Vessland Electoral Commission declared Ana Ruiz the winner with 52.4 percent. "
            "Results read out by the commission's chairman, Tomas Brel, gave her rival 41.9 "
            "percent. Turnout was 68.2 percent, the commission said.",
            "68.2 percent",
            "Vessland Electoral Commission",
            id="the-commission-is-not-its-chairman",
        ),
        pytest.param(
            "The Transport Select Committee said fares had doubled. Ministers disagreed. The "
            "committee said 14 per cent of trains were cancelled in March.",
            "14 per cent",
            "Transport Select Committee",
            id="the-committee-named-before",
        ),
        pytest.param(
            "The Ardlow Department of Forests and Parks closed 40 trails on Monday. According "
            "to a tally the agency released on Tuesday, 812 fires burned this year.",
            "812 fires",
            "Ardlow Department of Forests and Parks",
            id="the-agency-is-the-department-named-before",
        ),
        pytest.param(
            "Tenants say Brookmere Housing Group ignored them for months. Brookmere denies it. "
            "Brookmere has since hired 30 surveyors. Brookmere received 2,140 complaints of damp "
            "last year, according to figures the association published in May.",
            "2,140 complaints",
            "Brookmere Housing Group",
            id="the-association-is-the-body-the-story-is-about",
        ),
        pytest.param(
            "The inquiry heard evidence from Professor Nia Okoro of the Royal College of "
            "Midwives of Scotland, who told MPs that one in six maternity units was short.",
            "one in six",
            "Nia Okoro",
            id="a-person-of-a-long-body-name-who-told",
        ),
        pytest.param(
            "The Senedd committee said waits grew. Among its 12 recommendations, the committee "
            "called for 600 more nurses. It also said 40 clinics should open at weekends.",
            "40 clinics",
            "Senedd committee",
            id="a-sentence-opening-preposition-is-no-body",
        ),
        pytest.param(
            "An internal audit, seen by the Harbour Gazette, found 1,900 repairs were overdue.",
            "1,900 repairs",
            None,
            id="an-audit-seen-by-an-outlet-is-not-the-outlets",
        ),
        pytest.param(
            "Storm losses are likely to reach $2.3 billion, risk modelling firm Pellow Analytics "
            "estimated on Tuesday.",
            "$2.3 billion",
            "Pellow Analytics",
            id="a-firm-described-before-its-name-at-the-end",
        ),
        pytest.param(
            "The Fisheries and Coastal waters Protection Board (FCPB) closed the bay. About 40% "
            "of the catch was undersized, the FCPB said.",
            "About 40%",
            "Fisheries and Coastal waters Protection Board",
            id="an-acronym-spelled-out-with-a-lower-case-word",
        ),
        pytest.param(
            "Dorrow sells the drug. How well does it work?\n\nBetter than the old pill, but not "
            "by much. The company says it cut relapses by 21%.",
            "21%",
            "The company",
            id="a-comparative-opening-a-sentence-is-no-company",
        ),
        pytest.param(
            "Halden Pharmaceuticals makes the vaccine. Halden says it will supply clinics free "
            "under a scheme which it expects to open within 6 weeks.",
            "6 weeks",
            "Halden Pharmaceuticals",
            id="a-second-it-in-the-companys-own-statement",
        ),
        pytest.param(
            "The builder that analysts once dismissed as a minnow has now grown its order book "
            "for nine quarters in a row.",
            "nine quarters",
            None,
            id="what-analysts-once-thought-of-it-is-not-their-figure",
        ),
        pytest.param(
            "Dana Whitlock, the district's health officer, said 40 pupils were ill. The "
            "district said it had traced 12 cases to one bus.",
            "12 cases",
            "The district",
            id="the-district-is-not-its-health-officer",
        ),
        pytest.param(
            "Figures from Statistics Norway (SSB) show 52,000 more people in work. Unemployment "
            "was 4.1% in May, according to SSB.",
            "4.1%",
            "Statistics Norway",
            id="initials-in-brackets-from-another-language",
        ),
        pytest.param(
            "Harrow Quay Terminals (HQT) runs the port. Shipping analysts Portlane said 14 "
            "vessels had been diverted. HQT's final offer is 4.5% for 2026, the company said.",
            "4.5%",
            "Harrow Quay Terminals",
            id="the-company-whose-figure-opens-the-sentence",
        ),
        pytest.param(
            "Volcanologists at the Tarrow Observatory told me they put the chance of another "
            "eruption at around 5 per cent.",
            "around 5 per cent",
            "the Tarrow Observatory",
            id="told-me-they-is-the-same-source",
        ),
        pytest.param(
            "A new poll by the Instituto Marés for the daily Jornal Sul puts the opposition on "
            "31.4%.",
            "31.4%",
            "Instituto Marés",
            id="a-poll-by-a-pollster-for-the-daily-paper",
        ),
        pytest.param(
            "Ostley Banking Group set aside £1.6 billion for bonuses. Its chief executive's own "
            "package for the year was £9.6 million, the annual report shows.",
            "£9.6 million",
            "Ostley Banking Group",
            id="the-annual-report-is-the-companys",
        ),
        pytest.param(
            "The Coastal Survey Agency sent a plane. By Monday the slick was about 18 kilometres "
            "long, according to the agency's surveillance aircraft.",
            "about 18 kilometres",
            "Coastal Survey Agency",
            id="a-thing-of-the-agencys-reports-for-it",
        ),
        pytest.param(
            "Harlow Borough Council declared an emergency. The council's environmental health "
            "department recorded 1,140 cases of food poisoning in July.",
            "1,140 cases",
            "Harlow Borough Council",
            id="a-department-of-the-council-is-the-council",
        ),
        pytest.param(
            "The council's director of highways said 14 kilometres of road had been resurfaced "
            'since January. "We know the roads are tired," said the director, Amos Ndlovu.',
            "14 kilometres",
            "Amos Ndlovu",
            id="an-office-named-with-its-holder-a-sentence-later",
        ),
        pytest.param(
            'Pellham Stores plc ("Pellham" or "the Group") today publishes its trading '
            "statement.\n\n- Group sales: £2.1bn, up 3.1%\n\nThe Group now expects profit of "
            "between £410m and £430m.",
            "between £410m and £430m",
            "Pellham Stores",
            id="a-bullets-group-sales-is-no-body-called-group",
        ),
        pytest.param(
            "Quillon Nanotech makes the sensor, approved by the Food and Drug Administration. "
            "The company says it cut false alarms by 40%.",
            "40%",
            "Quillon Nanotech",
            id="a-company-named-by-the-ending-of-its-name",
        ),
        pytest.param(
            "The observer mission of the Economic Community of Central African States (ECCAS), "
            "which sent 140 monitors, said it had noted irregularities in six districts.",
            "six districts",
            "The observer mission of the Economic Community of Central African States",
            id="a-mission-of-a-community-named-in-full",
        ),
        pytest.param(
            "A source close to the singer said she was devastated. The pal added that she had "
            "sold her £2.4million villa to pay the bill.",
            "£2.4million",
            "A source close to the singer",
            id="the-pal-is-the-source-close-to-her",
        ),
        pytest.param(
            "Its chief economist, Tom Reyes, said the plan to scrap the cap, which the "
            "Chancellor announced to loud cheers, would cost £2.9 billion.",
            "£2.9 billion",
            "Tom Reyes",
            id="a-speaker-in-a-relative-clause-between-commas-speaks-only-there",
        ),
        pytest.param(
            "The Department for Transport defended the offer. A spokesperson said it was fair. "
            "She said the government would fund all but 2 per cent of the cost.",
            "2 per cent",
            "Department for Transport",
            id="she-after-an-unnamed-spokesperson-is-the-body",
        ),
        pytest.param(
            "The Department of Health said the National Health Service (NHS) needs more staff. "
            "NHS's waiting list hit 7.6 million in October, the department said.",
            "7.6 million",
            "Department of Health",
            id="the-department-is-not-the-service-whose-figure-opens-the-sentence",
        ),
        pytest.param(
            "Ryanair cancelled 400 flights on Monday. The airline's passengers said they waited "
            "9 hours for refunds.",
            "9 hours",
            "The airline's passengers",
            id="a-bodys-customers-speak-for-themselves",
        ),
        pytest.param(
            "Halvern Foods said it was cutting 300 jobs. Food bank use in Carlisle rose 12% last "
            "year, the annual survey shows.",
            "12%",
            None,
            id="an-annual-survey-is-not-the-companys-report",
        ),
        pytest.param(
            "The budget was presented by Finance Minister Nirmala Sitharaman (BJP). The BJP said "
            "12 million families would get a subsidy.",
            "12 million families",
            "The BJP",
            id="initials-after-a-person-are-her-party-not-her",
        ),
        pytest.param(
            "Hexham has grown. Hexham is busy. Shops in Hexham are full. The hospital has missed "
            "300 appointments, the trust said.",
            "300 appointments",
            "the trust",
            id="the-trust-is-not-the-town-the-story-is-about",
        ),
        pytest.param(
            "Speaking to reporters in Geneva, the WHO director-general said 2,300 cases had "
            "been confirmed.",
            "2,300 cases",
            "the WHO director-general",
            id="a-hyphenated-office-speaks",
        ),
        pytest.param(
            "Sales rose 8% to $4.2 billion, beating analysts' expectations of $4.1 billion, "
            "according to LSEG data.",
            "$4.2 billion",
            None,
            id="the-data-provider-speaks-for-the-expectation-only",
        ),
        pytest.param(
            "Sales rose 8% to $4.2 billion, beating analysts' expectations of $4.1 billion, "
            "according to LSEG data.",
            "$4.1 billion",
            "LSEG",
            id="the-expectation-is-the-data-providers",
        ),
        pytest.param(
            "Mexico's central bank, Banxico, cut its benchmark rate to 10.25%.",
            "10.25%",
            "Banxico",
            id="the-name-set-beside-a-body-revising-its-rate",
        ),
        pytest.param(
            "The Reserve Bank of India on Friday kept the repo rate unchanged at 6.5 per cent.",
            "6.5 per cent",
            "The Reserve Bank of India",
            id="a-central-bank-keeping-its-repo-rate",
        ),
        pytest.param(
            "The Central Bank of Nigeria raised the Monetary Policy Rate to 27.5% on Tuesday.",
            "27.5%",
            "The Central Bank of Nigeria",
            id="a-rate-spelled-with-capitals-is-not-a-name",
        ),
        pytest.param(
            "The Kenya National Bureau of Statistics data shows 848,000 jobs were created.",
            "848,000 jobs",
            "Kenya National Bureau of Statistics",
            id="the-whole-name-before-its-data",
        ),
        pytest.param(
            "In an interview with Channels TV, the minister said the country loses $10 billion "
            "a year to oil theft.",
            "$10 billion",
            "the minister",
            id="a-tv-channel-is-not-the-minister",
        ),
        pytest.param(
            "Measles vaccination has dropped to 84% among five-year-olds, UKHSA data shows.",
            "84%",
            "UKHSA",
            id="data-shows-closing-the-sentence-is-a-verb",
        ),
        pytest.param(
            "The Reserve Bank of Australia left its cash rate unchanged at 4.35% on Tuesday.",
            "4.35%",
            "The Reserve Bank of Australia",
            id="a-bank-leaving-its-rate-unchanged",
        ),
        pytest.param(
            "The Bank of Canada is expected to cut rates to 2.5% in June, economists polled "
            "by Reuters said.",
            "2.5%",
            "economists polled by Reuters",
            id="a-move-expected-of-a-bank-is-the-forecasters",
        ),
        pytest.param(
            "Moody's put the cost of the storm damage in Queensland at A$1.5 billion.",
            "A$1.5 billion",
            "Moody's",
            id="a-name-with-an-apostrophe-puts-a-figure",
        ),
        pytest.param(
            "Manila Electric Co will raise rates by 0.4 pesos per kilowatt-hour this month, the "
            "utility said.",
            "0.4 pesos",
            "Manila Electric Co",
            id="a-name-ending-in-co-is-a-company",
        ),
        pytest.param(
            "Food prices rose 5% in a year, a survey by Angus Reid found.",
            "5%",
            "Angus Reid",
            id="a-survey-by-a-name-tacked-on-speaks-for-the-sentence",
        ),
        pytest.param(
            '"More than 2,000 people are missing," the UN humanitarian office OCHA told AFP.',
            "More than 2,000 people",
            "OCHA",
            id="an-acronym-after-its-office-after-a-quote",
        ),
        pytest.param(
            "Kenya's central bank raised its benchmark rate to 13%, saying inflation was too high.",
            "13%",
            "Kenya's central bank",
            id="a-country's-body-opening-the-sentence",
        ),
        pytest.param(
            "A signal fault halted trains for 3 hours, Transport for NSW said.",
            "3 hours",
            "Transport for NSW",
            id="transport-for-a-place-is-one-body",
        ),
        pytest.param(
            "Figures obtained by the BBC under freedom of information laws show 5,400 patients "
            "waited.",
            "5,400 patients",
            "the BBC",
            id="the-outlet-that-obtained-figures-under-foi",
        ),
        pytest.param(
            "Losses from the cyberattack were estimated at $22 million by the company's auditors.",
            "$22 million",
            "the company's auditors",
            id="estimated-at-a-figure-by-someone",
        ),
        pytest.param(
            "Officers were called to a house in Bolton, where they found 2kg of cannabis.",
            "2kg",
            None,
            id="a-search-that-found-something-is-no-finding",
        ),
        pytest.param(
            "A spokeswoman for Acme Holdings said sales rose 17%. She said 94 stores were open.",
            "94 stores",
            "Acme Holdings",
            id="she-after-a-spokeswoman-for-a-name-is-the-body",
        ),
        pytest.param(
            "Cook County Sheriff Tom Dart said 60 inmates were sick. He said 12 were in hospital.",
            "60 inmates",
            "Tom Dart",
            id="a-county-office-before-a-name",
        ),
        pytest.param(
            "Wind power alone supplied 33%, the ministry said. It added that 15 gigawatts had "
            "been installed.",
            "15 gigawatts",
            "the ministry",
            id="it-added-is-the-body-that-just-spoke",
        ),
        pytest.param(
            "Telecoms operator Jambotel posted a net profit of Sh46.2 billion. Revenue grew 16%, "
            "the telco said.",
            "16%",
            "Jambotel",
            id="the-telco-is-the-company-named",
        ),
        pytest.param(
            "Jambotel posted a 12.5% rise in net profit.",
            "12.5%",
            "Jambotel",
            id="a-company-posting-a-rise-in-its-profit",
        ),
        pytest.param(
            "The drop was bigger than the 1.9% economists had forecast.",
            "1.9%",
            "economists",
            id="the-figure-a-group-had-forecast",
        ),
        pytest.param(
            "A poll by Axis Insight gave the alliance 190 seats.",
            "190 seats",
            "Axis Insight",
            id="a-poll-by-a-pollster-gave-a-party-seats",
        ),
        pytest.param(
            "Pakistan's government on Tuesday unveiled a budget of 17.57 trillion rupees.",
            "17.57 trillion rupees",
            "Pakistan's government",
            id="a-government-unveiling-its-budget",
        ),
        pytest.param(
            "Prosecutor Martin Flyte said Denise Harrow, 54, made 312 withdrawals. The "
            "54-year-old denies 14 counts of fraud.",
            "14 counts",
            "Denise Harrow",
            id="the-n-year-old-is-the-person-given-that-age",
        ),
        pytest.param(
            "The commission put turnout at a record 81.6%.",
            "81.6%",
            "The commission",
            id="put-at-a-record",
        ),
        pytest.param(
            "A businessman accused of fraud moved £500,000 to Jersey.",
            "£500,000",
            None,
            id="accused-of-is-a-charge-not-speech",
        ),
        pytest.param(
            "The totals were 4,200 votes to 3,100, board chairman Atty. Leonora Bautista "
            "announced.",
            "4,200 votes",
            "Leonora Bautista",
            id="an-attorney-s-title-ends-no-sentence",
        ),
        pytest.param(
            "A Japanese study has found that 1 in 4 adults sleep less than six hours.",
            "1 in 4",
            None,
            id="a-nationality-owns-no-study",
        ),
        pytest.param(
            "A survey of 2,000 people found 61% backed the ban.",
            "61%",
            None,
            id="the-people-a-survey-asked-do-not-speak",
        ),
        pytest.param(
            "A YouGov poll of 2,000 adults found 61% backed the ban.",
            "61%",
            "YouGov",
            id="a-pollster-s-poll-of-a-count",
        ),
        pytest.param(
            "Senator Ada Okoro of the All Progressives Congress said 40% of funds were missing.",
            "40%",
            "Ada Okoro",
            id="a-senator-of-the-all-progressives-congress",
        ),
        pytest.param(
            "Deputy Minister of Employment Sipho Ndlovu said 300,000 jobs were lost.",
            "300,000 jobs",
            "Sipho Ndlovu",
            id="an-office-of-a-portfolio-before-a-name",
        ),
        pytest.param(
            "The Secretary of State said 300 diplomats were expelled.",
            "300 diplomats",
            "The Secretary of State",
            id="an-office-of-a-portfolio-alone",
        ),
        pytest.param(
            "When Treasury Secretary Joseph Mutua presented the budget, he told MPs the deficit "
            "would be 4.3%.",
            "4.3%",
            "Joseph Mutua",
            id="he-after-an-office-and-name-opening-a-clause",
        ),
        pytest.param(
            "At least 58 factories have shut down since August, BGMEA president Mahmud Hasan said.",
            "At least 58 factories",
            "Mahmud Hasan",
            id="an-acronym-s-office-before-a-name-after-the-figure",
        ),
        pytest.param(
            "Insured losses reached $2 billion, reinsurer Munich Re said.",
            "$2 billion",
            "Munich Re",
            id="a-reinsurer-named-after-the-figure",
        ),
        pytest.param(
            "Insured losses reached $2 billion, Swiss Re said.",
            "$2 billion",
            "Swiss Re",
            id="a-nationality-in-a-company-name",
        ),
        pytest.param(
            "In South Kivu, the case fatality rate is around 5%, said Pierre Ngadjole.",
            "around 5%",
            "Pierre Ngadjole",
            id="a-place-opening-the-sentence-does-not-speak",
        ),
        pytest.param(
            "Some 40,000 children are out of school, according to Save the Children.",
            "Some 40,000 children",
            "Save the Children",
            id="the-inside-a-charity-s-name",
        ),
        pytest.param(
            "The count rose to 300 cases, according to DOJ spokesperson Mico Clavano.",
            "300 cases",
            "Mico Clavano",
            id="according-to-a-body-s-spokesperson-by-name",
        ),
        pytest.param(
            "Prosecutors allege Carrow wrote 312 checks to himself.",
            "312 checks",
            "Prosecutors",
            id="writing-checks-is-no-speech",
        ),
        pytest.param(
            "The Reserve Bank of Australia cut the official cash rate to 3.6 per cent.",
            "3.6 per cent",
            "The Reserve Bank of Australia",
            id="the-official-cash-rate",
        ),
        pytest.param(
            "Deputy Prime Minister Datuk Seri Ahmad Zahid Hamidi said aid was ready. Each "
            "household will receive RM1,000, he said.",
            "RM1,000",
            "Ahmad Zahid Hamidi",
            id="malaysian-honorifics-are-titles",
        ),
        pytest.param(
            "The World Food Programme said 2 million people faced hunger. The agency said it "
            "needed $300 million.",
            "$300 million",
            "World Food Programme",
            id="the-agency-is-the-un-programme-named",
        ),
        pytest.param(
            "At least nine people died, the Disaster Management Council said. The agency said "
            "six of the deaths were in the north.",
            "six of the deaths",
            "Disaster Management Council",
            id="the-agency-is-the-council-that-spoke",
        ),
        pytest.param(
            "The World Health Organization said 300 cases were confirmed. The regional health "
            "agency said 38 people were in hospital.",
            "38 people",
            "The regional health agency",
            id="a-described-agency-is-one-of-its-own",
        ),
        pytest.param(
            "But the British Soft Drinks Association hit back, insisting sugar intake had fallen "
            "by 44 per cent.",
            "44 per cent",
            "the British Soft Drinks Association",
            id="a-subject-after-but-insisting",
        ),
        pytest.param(
            "The Department of Agriculture put initial damage at ₱1.4 billion.",
            "₱1.4 billion",
            "The Department of Agriculture",
            id="put-at-a-peso-figure",
        ),
        pytest.param(
            "Deaths rose to 41, data from the county coroner's office shows.",
            "41",
            "the county coroner's office",
            id="data-from-an-office-shows",
        ),
        pytest.param(
            "The BJP won 240 seats, according to final results declared by the Election "
            "Commission of India.",
            "240 seats",
            "the Election Commission of India",
            id="results-declared-by-a-commission",
        ),
        pytest.param(
            "DBS Bank sees growth of 1.5 per cent this year.",
            "1.5 per cent",
            "DBS Bank",
            id="a-bank-sees-growth",
        ),
        pytest.param(
            "Maybank economists Chua Hak Bin and Brian Lee said in a note that they expect "
            "growth of 1.8 per cent.",
            "1.8 per cent",
            "Chua Hak Bin and Brian Lee",
            id="they-after-two-named-economists",
        ),
        pytest.param(
            "Fuel prices rose 9%, according to the Energy and Petroleum Regulatory Authority "
            "(EPRA).",
            "9%",
            "the Energy and Petroleum Regulatory Authority",
            id="and-inside-a-body-s-name",
        ),
        pytest.param(
            "Unemployment stood at 2.2%, according to the Norwegian Labour and Welfare "
            "Administration, NAV.",
            "2.2%",
            "the Norwegian Labour and Welfare Administration",
            id="a-body-s-acronym-after-its-name",
        ),
        pytest.param(
            "Sheriff Dale Pruitt blamed staffing. County Administrator Lorna Whitcomb disagrees. "
            "Raises totalled 9 percent, she said.",
            "9 percent",
            "Lorna Whitcomb",
            id="a-county-administrator-is-an-office",
        ),
        pytest.param(
            "The Federal Statistical Office projects 6.8 million people will need care by 2055.",
            "6.8 million people",
            "The Federal Statistical Office",
            id="a-statistics-office-projects",
        ),
        pytest.param(
            "Losses reached 22%, according to figures the utility presented to parliament.",
            "22%",
            "the utility",
            id="figures-a-body-presented",
        ),
        pytest.param(
            "The company's chief financial officer, Tom Hale, said costs rose 3%. The CFO said "
            "margins would recover to 12%.",
            "12%",
            "Tom Hale",
            id="the-cfo-is-the-chief-financial-officer-named",
        ),
        pytest.param(
            '"We are short," said Sabine Kruger, a nurse who has worked at the home for nine '
            'years. "We need 15 more staff," the nurse said.',
            "15 more staff",
            "Sabine Kruger",
            id="the-nurse-is-the-nurse-who-has-worked-there",
        ),
        pytest.param(
            "The institute's surveys show that catches fell 40 percent.",
            "40 percent",
            "the institute",
            id="a-body-s-surveys-are-the-body-s",
        ),
        pytest.param(
            "Mary Odhiambo runs a solar co-op. The county government has promised to fund 10 "
            "sites. She says the co-op will build 20 more sites.",
            "20 more sites",
            "Mary Odhiambo",
            id="she-is-no-government",
        ),
        pytest.param(
            "Revenue rose to $4.82 billion, ahead of the $4.61 billion analysts had expected.",
            "$4.61 billion",
            "analysts",
            id="the-billions-analysts-had-expected",
        ),
        pytest.param(
            "The Bank's new forecasts show the economy growing 1.2% in 2025.",
            "1.2%",
            "Bank",
            id="a-body-s-forecasts-are-the-body-s",
        ),
        pytest.param(
            "The Central Bank of Nigeria left the cash reserve requirement unchanged at 50%.",
            "50%",
            "The Central Bank of Nigeria",
            id="a-central-bank-s-reserve-requirement",
        ),
        pytest.param(
            "The Ethiopian unit posted a loss of Sh26.8 billion, Daniel Otieno said.",
            "Sh26.8 billion",
            "Daniel Otieno",
            id="a-result-posted-told-by-someone",
        ),
        pytest.param(
            "Oil companies have announced deals worth more than C$30 billion, according to data "
            "provider Enverus.",
            "more than C$30 billion",
            "Enverus",
            id="deals-announced-counted-by-a-data-provider",
        ),
        pytest.param(
            "The government has announced 25 billion rupees for relief, and the ministry said on "
            "Tuesday the floods were a warning.",
            "25 billion rupees",
            "The government",
            id="announced-in-a-clause-of-its-own",
        ),
        pytest.param(
            "Profit rose 12% as the central bank raised rates by 875 basis points.",
            "875 basis points",
            "the central bank",
            id="a-bank-s-move-in-a-clause-after-as",
        ),
        pytest.param(
            "Profit rose 12% as the central bank raised rates by 875 basis points.",
            "12%",
            None,
            id="the-profit-before-as-is-no-bank-s",
        ),
        pytest.param(
            "Health Cabinet Secretary Esther Kirui said the plan was ready. Speaking in Nakuru, "
            "the CS said the ministry had released Sh3.4 billion.",
            "Sh3.4 billion",
            "Esther Kirui",
            id="the-cs-is-the-cabinet-secretary-named",
        ),
        pytest.param(
            "The Centers for Disease Control and Prevention said 60,000 people were hospitalised.",
            "60,000 people",
            "The Centers for Disease Control and Prevention",
            id="centers-for-a-name",
        ),
        pytest.param(
            "The Commissioner for Health, Prof. Akin Abayomi, said 40 cases had been confirmed.",
            "40 cases",
            "Akin Abayomi",
            id="a-commissioner-for-a-portfolio-then-a-titled-name",
        ),
        pytest.param(
            "Amina Bello said the deal was flawed. According to her, the company had paid N3.2 "
            "trillion.",
            "N3.2 trillion",
            "Amina Bello",
            id="according-to-her",
        ),
        pytest.param(
            "Sheriff Lena Briggs told The Associated Press that deputies had found 3 bodies.",
            "3 bodies",
            "Lena Briggs",
            id="deputies-who-found-bodies-do-not-speak",
        ),
        pytest.param(
            "Dayton Police Maj. Carla Stepp said detectives identified a suspect. Officers "
            "recovered 2 handguns, she said.",
            "2 handguns",
            "Carla Stepp",
            id="a-police-rank-before-a-name",
        ),
        pytest.param(
            "Sen. Ramon Villareal said the plan was flawed. The budget would fall 4%, the senator "
            "said.",
            "4%",
            "Ramon Villareal",
            id="the-senator-after-sen",
        ),
        pytest.param(
            "Meanwhile, checks by our correspondent showed petrol sold for N1,150 a litre.",
            "N1,150",
            None,
            id="our-correspondent-is-the-outlet-s-own-voice",
        ),
        pytest.param(
            "Acting Superintendent Megan Tulloch from the Orana Police District said 14 people "
            "were charged.",
            "14 people",
            "Megan Tulloch",
            id="a-person-from-a-police-district",
        ),
        pytest.param(
            "The company's Chief Corporate Communications Officer, Mr. Adekunle Olaseinde, said "
            "300 staff were affected.",
            "300 staff",
            "Adekunle Olaseinde",
            id="a-capitalised-office-then-a-titled-name",
        ),
        pytest.param(
            "The researchers, led by a team at the University of Eastbridge, tracked 40,000 "
            "adults. They found that 12% developed diabetes.",
            "12%",
            "University of Eastbridge",
            id="researchers-led-by-a-team-at-a-university",
        ),
        pytest.param(
            "Exports fell 2.6%, more than the 2.1% drop economists had expected.",
            "2.1%",
            "economists",
            id="the-drop-economists-had-expected",
        ),
        pytest.param(
            "Hospital admissions rose 12% to 4,300, new figures released by Queensland Health on "
            "Wednesday show.",
            "12%",
            "Queensland Health",
            id="new-figures-released-by-a-body-tacked-on",
        ),
        pytest.param(
            "However, Kesses MP Daniel Kosgei termed the price too low, saying farmers needed "
            "Sh3,500 a bag.",
            "Sh3,500",
            "Daniel Kosgei",
            id="however-before-a-subject-saying",
        ),
        pytest.param(
            "Copper demand will rise 4%, according to a note from Valor Research.",
            "4%",
            "Valor Research",
            id="a-note-from-a-research-house",
        ),
        pytest.param(
            "Road Transport Minister Shri Arvind Joshi said 12,000 km of highway would be built.",
            "12,000 km",
            "Arvind Joshi",
            id="shri-after-an-office-is-a-title",
        ),
        pytest.param(
            "Alhaji Musa Bello said 300 farmers had been paid.",
            "300 farmers",
            "Musa Bello",
            id="alhaji-is-a-title",
        ),
        pytest.param(
            "The Electoral Commission declared Asamoah the winner with 56.55 per cent of the vote.",
            "56.55 per cent",
            "The Electoral Commission",
            id="declared-the-winner-with-a-figure",
        ),
        pytest.param(
            "Tony Berridge issued a statement saying the government had inherited 940,000 visa "
            "applications.",
            "940,000 visa applications",
            "Tony Berridge",
            id="issued-a-statement-saying",
        ),
        pytest.param(
            "A YouGov poll released Thursday showed Labour on 40%.",
            "40%",
            "YouGov",
            id="a-poll-released-thursday-showed",
        ),
        pytest.param(
            "Labour and Employment Minister Sunil Rathore said 40,000 jobs were created.",
            "40,000 jobs",
            "Sunil Rathore",
            id="a-portfolio-with-and-before-a-minister",
        ),
        pytest.param(
            "PolitiCheck rated Whitcomb's Medicare claim false, noting that 2 of the votes were "
            "procedural.",
            "2 of the votes",
            "PolitiCheck",
            id="someone-s-claim-is-a-noun",
        ),
        pytest.param(
            "Leader of the Opposition Shahid Awan said the budget would push 10 million people "
            "into poverty.",
            "10 million people",
            "Shahid Awan",
            id="leader-of-the-opposition-before-a-name",
        ),
        pytest.param(
            "A survey by Pulse Asia was published. The poll of 3,600 registered voters put the "
            "Democratic Union on 22%.",
            "22%",
            None,
            id="the-voters-a-poll-asked-do-not-speak",
        ),
        pytest.param(
            "Police in Nairobi said 9 people were killed; rights groups put the toll at 23.",
            "23",
            "rights groups",
            id="a-group-after-a-semicolon-speaks",
        ),
        pytest.param(
            "Tarnish's foreign ministry said talks would resume. Fighting went on. The Tarnish "
            "defence ministry said its air defences had shot down 14 drones.",
            "14 drones",
            "The Tarnish defence ministry",
            id="the-defence-ministry-is-not-the-foreign-ministry",
        ),
        pytest.param(
            "The Dellow Institute of Public Health said 300 people had died. The Tarnish "
            "Medical Association said 40 doctors had quit. In a normal winter the virus puts "
            "around 17,000 adults in hospital in Tarnish, the institute said.",
            "around 17,000 adults",
            "Dellow Institute of Public Health",
            id="a-place-before-the-noun-is-not-that-body",
        ),
        pytest.param(
            "Shares in Pellow's, the department store chain, fell 9% yesterday after it "
            "disclosed that hackers had stolen the details of 2.1 million members.",
            "2.1 million members",
            "Pellow's",
            id="shares-in-a-name-ending-in-s-then-it",
        ),
        pytest.param(
            "Shares in Pellow's fell 9% yesterday. The company said 38,000 shoppers were hit.",
            "38,000 shoppers",
            "Pellow's",
            id="the-company-whose-shares-fell",
        ),
        pytest.param(
            'Tarvel Chips plc ("Tarvel" or "the Company") today reported results. Public '
            "support for the project totals £140 million, the Company said.",
            "£140 million",
            "Tarvel Chips",
            id="a-release-s-defined-term-is-the-company",
        ),
        pytest.param(
            "Tarvel Semiconductors said sales rose. The Welsh Government said it would give "
            "£85m. Work on the site will start in September with 300 builders, the company said.",
            "300 builders",
            "Tarvel Semiconductors",
            id="a-common-noun-opening-the-sentence-is-no-company",
        ),
        pytest.param(
            "Pre-tax profit rose 12% to £40m, the company said.",
            "£40m",
            "the company",
            id="a-measure-opening-the-sentence-is-no-company",
        ),
        pytest.param(
            "Sales fell 3% to £2.1bn in the year, the group said.",
            "3%",
            "the group",
            id="sales-opening-the-sentence-is-no-company",
        ),
        pytest.param(
            "Tarvel Semiconductors said on Thursday it would build a second plant. Its order "
            "backlog stood at £2.3bn at the end of March.",
            "£2.3bn",
            "Tarvel Semiconductors",
            id="its-reported-results-are-the-company-s",
        ),
        pytest.param(
            "Tarvel Semiconductors said on Thursday it would build a second plant. Its shares "
            "rose 9%.",
            "9%",
            None,
            id="its-share-price-is-the-market-s-not-a-result",
        ),
        pytest.param(
            "Colorado Bureau of Investigation figures released in February show a decline "
            "of 5.8% in 2025.",
            "5.8%",
            "Colorado Bureau of Investigation",
            id="figures-released-in-a-month-show",
        ),
        pytest.param(
            "The Denver Police Department said crime rose 3%. The same police figures show "
            "violent crime in the city fell 9% between 2024 and 2025.",
            "9%",
            "Denver Police Department",
            id="police-figures-are-the-force-s",
        ),
        pytest.param(
            "The health ministry said on Wednesday that 1.2 million doses had been given. A "
            "ministry spokesperson said a delivery of 600,000 doses was due on Friday.",
            "600,000 doses",
            "The health ministry",
            id="a-ministry-spokesperson-after-the-health-ministry",
        ),
        pytest.param(
            "The survey was small. Official data suggest the real share is 12%.",
            "12%",
            None,
            id="official-data-have-no-owner-called-official",
        ),
        pytest.param(
            "Internal papers reveal the insurer paid out £14 million in bonuses in 2024.",
            "£14 million",
            None,
            id="internal-papers-have-no-owner-called-internal",
        ),
        pytest.param(
            "Leaked minutes show the trust cut 85 nursing posts last winter.",
            "85 nursing posts",
            None,
            id="leaked-minutes-have-no-owner-called-leaked",
        ),
        pytest.param(
            "Unpublished figures suggest the scheme has cost £9 million so far.",
            "£9 million",
            None,
            id="unpublished-figures-have-no-owner-called-unpublished",
        ),
        pytest.param(
            "Leaked Environment Agency documents show the firm spilled sewage 120 times.",
            "120 times",
            "Environment Agency",
            id="leaked-documents-with-their-owner-named",
        ),
        pytest.param(
            "Internal emails show the insurer paid out £14 million in bonuses in 2024.",
            "£14 million",
            None,
            id="internal-emails-have-no-owner-called-internal",
        ),
        pytest.param(
            "Leaked Environment Agency memos show the firm spilled sewage 120 times.",
            "120 times",
            "Environment Agency",
            id="leaked-memos-with-their-owner-named",
        ),
        pytest.param(
            "Halvard Heat, the Oregon heat-pump installer, went into administration on "
            "Friday. The company said it owed suppliers about $85 million.",
            "about $85 million",
            "Halvard Heat",
            id="an-installer-is-a-company-not-the-state-before-it",
        ),
        pytest.param(
            "Harbury Leisure reported a 6% rise in visitors. Nadia Kerr, an analyst at "
            "Pemberton Securities, said demand was recovering. The company plans to open 25 "
            "new parks.",
            "25 new parks",
            "The company",  # not the broker the analyst works for
            id="the-company-is-not-the-analysts-firm",
        ),
        pytest.param(
            "Lyric Cinemas reported higher admissions. Pemberton Capital economist Nadia Kerr "
            "said the chain was recovering. The chain plans to refit 25 screens.",
            "25 screens",
            "Lyric Cinemas",
            id="the-chain-is-not-the-economists-firm",
        ),
        pytest.param(
            "The Academic Staff Union said 300 posts would go. A petition had gathered more "
            "than 6,200 signatures, according to the students' union.",
            "more than 6,200 signatures",
            "the students' union",
            id="the-students-union-is-not-the-staff-union",
        ),
        pytest.param(
            "Police were called to a flat on Harlow Road in March. The company said it had "
            "since checked all of its 340 carers.",
            "340 carers",
            "The company",
            id="a-road-is-no-company",
        ),
        pytest.param(
            "Brightwater Children's Trust said it had done nothing wrong. In March 2021 a "
            "whistleblower complained to the Charity Commission, and the regulator opened an "
            "inquiry. Its report found that Brightwater had paid £2.4 million to companies.",
            "£2.4 million",
            "Charity Commission",
            id="its-report-is-the-body-the-sentence-before-named",
        ),
        pytest.param(
            "Brightwater Children's Trust said it had spent £40,000 on legal fees.",
            "£40,000",
            "Brightwater Children's Trust",
            id="a-possessive-inside-a-body-s-name",
        ),
        pytest.param(
            "A trust spokesperson has just told us that fewer than 1,100 staff were on strike. "
            "The union says 2,000 were out. Westmoor Hospitals NHS Trust has now confirmed "
            "that 412 operations were postponed.",
            "fewer than 1,100 staff",
            "Westmoor Hospitals NHS Trust",
            id="a-live-blog-s-trust-spokesperson-before-the-trust-is-named",
        ),
        pytest.param(
            "The Treharne Foundation, which he set up in 2007, has funded apprenticeships for "
            "some 6,500 young people, according to its trustees.",
            "some 6,500 young people",
            "Treharne Foundation",
            id="according-to-its-trustees",
        ),
        pytest.param(
            "His group had proposed selling the council's stake in Hartleigh Airport. The "
            "ruling group said the stake could not be sold for 30 million pounds.",
            "30 million pounds",
            "The ruling group",
            id="the-ruling-group-is-no-company",
        ),
        pytest.param(
            "The firm was paid £2.3 million for its work last year, according to council "
            "spending records.",
            "£2.3 million",
            "council",
            id="council-records-with-no-council-named",
        ),
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
            "The Confederation of Tarnish Industry said the cut was overdue. A survey of its "
            "members published in January found that 44% planned to delay investment.",
            "44%",
            "Confederation of Tarnish Industry",
            id="a-survey-of-its-members-is-the-body-s",
        ),
        pytest.param(
            "A poll by Brightline Research for the Harlow Echo had put Ms Vance six points "
            "behind in May.",
            "six points",
            "Brightline Research",
            id="a-poll-by-a-pollster-for-a-paper-is-the-pollsters",
        ),
        pytest.param(
            "Our last poll with Brightline Research had Ms Vance six points ahead.",
            "six points",
            "Brightline Research",
            id="a-poll-puts-a-candidate-points-ahead",
        ),
        pytest.param(
            "Ashcombe Council approved its budget on Wednesday. Council officers estimate the "
            "change will raise about £610,000 a year.",
            "about £610,000",
            "Ashcombe Council",
            id="council-officers-speak-for-the-council-named",
        ),
        pytest.param(
            "Harlow Combined Authority met on Friday. The mayor will take office on Monday "
            "with a budget of £40 million, a spokesperson for the combined authority said.",
            "£40 million",
            "Harlow Combined Authority",
            id="a-spokesperson-for-the-body-named-in-lower-case",
        ),
        pytest.param(
            "Demand hit 3,390 MW, according to the Grid Market Operator (GMO). Imports were "
            "held to about 550 MW, GMO said.",
            "about 550 MW",
            "Grid Market Operator",
            id="an-acronym-said-is-the-body-spelled-out",
        ),
        pytest.param(
            'Chair Gwen Talbot said: "Traffic is up 40 per cent." A Department for Transport '
            "spokesman hit back, saying £62million had been spent. He insisted a new plan "
            "would cost £5m.",
            "£5m",
            "Department for Transport",
            id="a-spokesman-who-hit-back-is-the-he-after",
        ),
        pytest.param(
            "The council hit back, saying 40 roads had been resurfaced.",
            "40 roads",
            "The council",
            id="a-body-that-hit-back",
        ),
        pytest.param(
            "The inquiry into the fire said 72 people had died.",
            "72 people",
            "The inquiry into the fire",
            id="an-inquiry-into-something-speaks-not-the-something",
        ),
        pytest.param(
            "North Calder Borough Council was hacked last week. The Blackfen group has "
            "demanded $2 million, according to the council.",
            "$2 million",
            "North Calder Borough Council",
            id="a-demand-is-what-the-source-says-was-demanded",
        ),
        pytest.param(
            "The Department for Environment, Food and Rural Affairs said 300 farms had been "
            "flooded.",
            "300 farms",
            "The Department for Environment, Food and Rural Affairs",
            id="a-ministry-whose-portfolios-are-listed-with-commas",
        ),
        pytest.param(
            "The National Bank of Morvania cut its main rate. Vesta Bank economist Ana Ruiz "
            "welcomed it. The central bank also said its reserves stood at $41.2 billion.",
            "$41.2 billion",
            "National Bank of Morvania",
            id="the-central-bank-is-no-commercial-bank",
        ),
        pytest.param(
            "Giving evidence, Dr Omar Shah said the wound was deep. The company said it had "
            "checked all of its 340 carers.",
            "340 carers",
            "The company",  # no company named: not "Giving"
            id="a-participle-opening-a-sentence-is-no-company",
        ),
        pytest.param(
            "The Grid Market Operator (GMO) warned of shortages. GMO data show batteries "
            "supplied 1,140 MW.",
            "1,140 MW",
            "Grid Market Operator",
            id="an-acronym-s-data",
        ),
        pytest.param(
            "Imports were held to about 550 MW, GMO said.",
            "about 550 MW",
            "GMO",
            id="an-acronym-never-spelled-out-stays",
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
        pytest.param(
            "One official, who spoke on condition of anonymity, said 300 troops had moved.",
            "300 troops",
            "an official",
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
        pytest.param(
            "Kingsmere Hospitals NHS Trust runs the hospital. Its chief executive, Alan Feeney, "
            "apologised. The trust said it had recruited 65 nurses since April.",
            "65 nurses",
            "Kingsmere Hospitals NHS Trust",
            id="the-trust-is-no-officer-of-it",
        ),
        pytest.param(
            "Severnmoor Water recorded 300 spills, the Sunday Courant has learned. The company "
            "said 12 monitors were faulty.",
            "12 monitors",
            "Severnmoor Water",
            id="a-water-company-is-a-company",
        ),
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
        pytest.param(
            "Seville recorded just 4 millimetres of rain in July.",
            "4 millimetres",
            None,
            id="a-place-that-recorded-rain-is-no-source",
        ),
        pytest.param(
            "Rescue teams freed 14 miners on Friday, the operator said.\n\n"
            "Harlow Mining said the shaft would stay shut. Harlow Mining runs three mines in "
            "the region, and Harlow Mining's shares fell 4%.",
            "14 miners",
            "Harlow Mining",
            id="a-lede-company-named-further-down",
        ),
        pytest.param(
            "The Department of Mines said it had closed the shaft. A department spokesperson, "
            "Lerato Dube, said inspectors had visited. Mines recorded 42 deaths last year, "
            "according to the department.",
            "42 deaths",
            "Department of Mines",
            id="the-department-is-the-body-not-its-spokesperson",
        ),
        pytest.param(
            "The survey of 1,204 adults, carried out by Civic Lab, puts the mayor on 34%.",
            "1,204 adults",
            "Civic Lab",
            id="a-survey-sample-with-its-pollster-in-apposition",
        ),
        pytest.param(
            "The survey of 1,204 adults, carried out by Civic Lab, puts the mayor on 34%.",
            "34%",
            "Civic Lab",
            id="a-survey-figure-with-its-pollster-in-apposition",
        ),
        pytest.param(
            '"Crossings have halved," Border Security Minister Helen Aske told LBC radio. She '
            "went on to say that 4,120 people had been returned.",
            "4,120 people",
            "Helen Aske",
            id="a-portfolio-the-word-lists-lack-is-still-an-office",
        ),
        pytest.param(
            "The Czech National Bank cut rates. The bank's new forecast, published alongside "
            "the decision, sees consumer prices rising by 2.5% next year.",
            "2.5%",
            "Czech National Bank",
            id="a-forecast-that-sees-is-its-owner-s",
        ),
        pytest.param(
            "Norges Bank held its rate at 4%. The bank also lowered its growth forecast to 1.1%.",
            "1.1%",
            "Norges Bank",
            id="an-adverb-is-not-part-of-the-body",
        ),
        pytest.param(
            "The Houthi movement's military spokesman said its forces had fired 12 missiles.",
            "12 missiles",
            "Houthi movement",
            id="a-body-s-spokesman-speaks-for-the-body",
        ),
        pytest.param(
            "The Health Security Agency later put the number of confirmed cases at 2,340.",
            "2,340",
            "The Health Security Agency",
            id="of-confirmed-cases-is-no-verb",
        ),
        pytest.param(
            "Speaking by video link, officials of the Animal and Plant Health Agency said 26 "
            "staff were at work. APHA officials said 4 farms had been cleared.",
            "4 farms",
            "Animal and Plant Health Agency officials",
            id="an-acronym-the-article-spelled-out-in-full",
        ),
        pytest.param(
            "Prices rose 9%, said Hannah Vose of the UK Poultry Producers Association (UKPPA). "
            "The UKPPA said 131 farms had closed.",
            "131 farms",
            "UK Poultry Producers Association",
            id="an-acronym-with-a-country-s-letters",
        ),
        pytest.param(
            "The average rate was 4.21% in August, according to the data provider Brackley Data.",
            "4.21%",
            "Brackley Data",
            id="a-provider-named-after-its-kind-is-no-document",
        ),
        pytest.param(
            "Records of about 18,000 employees were taken, according to an internal Hadley "
            "Brooks memo seen by Meridian Wire.",
            "about 18,000 employees",
            "Hadley Brooks",
            id="a-memo-seen-by-an-outlet-is-its-writer-s",
        ),
        pytest.param(
            "The East Africa Millers Council, which represents mills in Kenya, Uganda and "
            "Tanzania, said the cargo was worth about $13 million.",
            "about $13 million",
            "The East Africa Millers Council",
            id="places-listed-in-a-relative-clause-are-not-the-speaker",
        ),
        pytest.param(
            "Shares in Hadley Brooks fell 7% on Tuesday. Hadley Brooks declined to comment. A "
            "spokeswoman said the company had 212 stores.",
            "212 stores",
            "Hadley Brooks",
            id="a-company-whose-name-reads-like-a-person-s",
        ),
        pytest.param(
            "Staff records were taken, according to a Tarvel Foods memo. Tarvel Foods, founded "
            "in 1961, employs around 14,500 people.",
            "around 14,500 people",
            None,
            id="a-publisher-s-background-is-the-outlet-s",
        ),
        pytest.param(
            "WildCare said 40 animals had died. The Insurance Council of Australia has "
            "declared the fires a catastrophe. It said 1,900 claims had been lodged.",
            "1,900 claims",
            "The Insurance Council of Australia",  # as written when it declared
            id="it-is-the-body-the-sentence-before-opened-with",
        ),
        pytest.param(
            "Penhallow raised its forecast. The Bristol-based grocer said profit rose 11% to "
            "£212m. It now expects to make £430m for the year.",
            "£430m",
            "Penhallow",
            id="a-place-based-grocer-is-no-name",
        ),
        pytest.param(
            "Rwanda, whose relations with Kinshasa are frozen, has welcomed the truce. Its "
            "foreign ministry said 12 monitors were ready.",
            "12 monitors",
            "Rwanda's foreign ministry",
            id="its-ministry-is-the-state-the-sentence-before-opened-with",
        ),
        pytest.param(
            "According to NHS England figures, there were 28,400 vacancies in March. The "
            "figure was down from 31,900 a year earlier.",
            "31,900",
            "NHS England",
            id="the-figure-taken-up-again-is-its-source-s",
        ),
        pytest.param(
            "Kinshasa says more than 700 people remain unaccounted for.",
            "more than 700 people",
            "Congolese government",
            id="a-capital-for-its-state",
        ),
        pytest.param(
            "Chancellor Bridget Olawale said wages had grown for 22 months. The shadow "
            "chancellor said households were paying about 25% more.",
            "about 25%",
            "The shadow chancellor",
            id="the-shadow-chancellor-is-not-the-chancellor",
        ),
        pytest.param(
            "Brett Kowalczyk, a steel executive, will buy the club. His son, Tyler Kowalczyk, "
            "will run it. Kowalczyk said prices would be frozen for 2 seasons.",
            "2 seasons",
            "Brett Kowalczyk",
            id="a-shared-surname-is-the-one-named-first",
        ),
        pytest.param(
            "Prices rose 0.2% in August. Economists polled by Calloway Newswire had expected "
            "a monthly rise of 0.4%.",
            "0.4%",
            "Economists polled by Calloway Newswire",
            id="what-polled-economists-expected",
        ),
        pytest.param(
            "Callander disputed that figure, saying basic pay was closer to 46,500 pounds.",
            "46,500 pounds",
            "Callander",
            id="a-name-that-disputed-saying",
        ),
        pytest.param(
            "Nationally, the cost is put at £230 million a day by Brightwater Economics, a "
            "consultancy whose figures have been widely quoted.",
            "£230 million",
            "Brightwater Economics",
            id="put-at-a-figure-by-a-consultancy",
        ),
        pytest.param(
            "The toll was confirmed by the ministry, which said 40 people died.",
            "40 people",
            "the ministry",
            id="which-said-after-confirmed-by",
        ),
        pytest.param(
            "Liberal Democrat MP Fiona Rennard said her trust had 212 nursing vacancies.",
            "212 nursing vacancies",
            "Fiona Rennard",
            id="a-party-before-the-office-is-not-the-name",
        ),
        pytest.param(
            "Fiona Rennard said her trust was short-staffed. She said a nurse in her "
            "constituency had told her she had worked with four registered nurses.",
            "four registered nurses",
            "a nurse in Fiona Rennard's constituency",
            id="her-in-a-description-is-the-reporter-s",
        ),
        pytest.param(
            "The Congressional Budget Office (CBO) publishes forecasts. CBO projects net "
            "interest costs of $1.05 trillion in 2026.",
            "$1.05 trillion",
            "Congressional Budget Office",
            id="a-body-that-projects-a-figure",
        ),
        pytest.param(
            "The Great Lakes Conflict Observatory, a research group, counts at least six "
            "ceasefires announced since 2021.",
            "at least six ceasefires",
            "The Great Lakes Conflict Observatory",
            id="a-body-that-counts-a-figure",
        ),
        pytest.param(
            "Severnvale Water's lawyers told the inquiry the company accepted responsibility. "
            "It says it has since spent £38 million on improvements.",
            "£38 million",
            "Severnvale Water",
            id="it-after-a-company-s-lawyers-is-the-company",
        ),
        pytest.param(
            "The Distribution Workers' Alliance represents drivers. The union said on Friday "
            "that at least 300 people could lose their jobs.",
            "at least 300 people",
            "Distribution Workers' Alliance",
            id="the-union-is-the-workers-alliance",
        ),
        pytest.param(
            "Northamptonshire Police said 40 officers were on duty. Four people were "
            "arrested, the force said.",
            "Four people",
            "Northamptonshire Police",
            id="the-force-is-the-police-force-named",
        ),
        pytest.param(
            "The Development Office said 12 roads were shut. Hospitals were treating 63 "
            "people, according to the provincial health office.",
            "63 people",
            "the provincial health office",
            id="the-health-office-is-not-any-office",
        ),
        pytest.param(
            "The Czech National Bank cut rates. The central bank's reserves averaged 152 "
            "billion euros in September, it said.",
            "152 billion euros",
            "Czech National Bank",
            id="the-central-bank-is-the-national-bank",
        ),
        pytest.param(
            "The backlog of claims awaiting an initial decision stood at 71,300.",
            "71,300",
            None,
            id="a-backlog-of-claims-is-no-speaker",
        ),
        pytest.param(
            "A council plumber who came to look at the pipes in May told her the mains had "
            "been dry for 5 months.",
            "5 months",
            "A council plumber",
            id="the-head-of-a-long-relative-clause",
        ),
        pytest.param(
            "Nurse Kelly Morgan, 31, from Wigan, said she had been late for 14 shifts.",
            "14 shifts",
            "Kelly Morgan",
            id="an-age-and-a-home-town-between-commas",
        ),
        pytest.param(
            "The crowd was huge, said the mayor on Monday, adding 40 people were hurt.",
            "40 people",
            "the mayor",
            id="said-the-mayor-inverted",
        ),
        pytest.param(
            "Veltra Automotive will close its plant in Hinckley, Leicestershire, cutting 1,850 "
            "jobs, the Paris-listed carmaker said on Tuesday.",
            "1,850 jobs",
            "Veltra Automotive",
            id="an-automotive-company-is-no-person",
        ),
        pytest.param(
            "A government spokesman says payments of €5,000 per household will start soon.",
            "€5,000",
            "the government",
            id="a-government-spokesman-speaks-for-the-government",
        ),
        pytest.param(
            "The main opposition party has accused the government of failing. Its spokesman "
            "said that only 6 of the 10 planes had been paid for.",
            "6 of the 10 planes",
            "The main opposition party",
            id="its-spokesman-is-the-body-the-sentence-before-opened-with",
        ),
        pytest.param(
            "The Dene Valley Maternity Review was published this morning. The review "
            "concluded that 131 babies died. It also found that 64 babies were injured.",
            "64 babies",
            "Dene Valley Maternity Review",
            id="the-review-and-its-it-are-the-review-named",
        ),
        pytest.param(
            "Russia's Defence Ministry said it shot down 112 drones. The General Staff said its "
            "drones had hit the refinery, which it said processes 7 million tonnes of crude.",
            "7 million tonnes",
            "The General Staff",
            id="which-it-said-is-the-body-speaking",
        ),
        pytest.param(
            "Dean Hollowell won the seat. He promised to hold a surgery in every one of the "
            "constituency's 38 villages.",
            "38 villages",
            "Dean Hollowell",
            id="a-promise-is-its-maker-s",
        ),
        pytest.param(
            "The council will vote on a 2% transport levy that both challengers have pledged "
            "to reverse.",
            "2%",
            None,
            id="a-pledge-describing-a-levy-is-no-speaker",
        ),
        pytest.param(
            "Chief Superintendent Daniel Whitlow spoke. Ch Supt Whitlow said 40 knives were found.",
            "40 knives",
            "Daniel Whitlow",
            id="a-police-rank-abbreviated",
        ),
        # Review of session 9's rules: what they must not do.
        pytest.param(
            "Kestrel Foods reported a loss on Monday. Across Europe, sales fell 5%. It said 200 "
            "stores would close.",
            "200 stores",
            "Kestrel Foods",
            id="across-europe-opening-a-sentence-is-no-body",
        ),
        pytest.param(
            "Ursula Schmidt, a trade lawyer, said tariffs were rising. US officials said 40 "
            "ships had been stopped.",
            "40 ships",
            "US officials",
            id="an-acronym-is-no-person-s-initials",
        ),
        pytest.param(
            "The company's spokeswoman said 200 jobs would go.",
            "200 jobs",
            "The company's spokeswoman",
            id="a-spokeswoman-of-no-named-company",
        ),
        pytest.param(
            "Prices will rise by 5%, said the minister in a statement on Monday.",
            "5%",
            "the minister",
            id="said-the-minister-in-a-statement",
        ),
        pytest.param(
            "Prices will rise by 5%, insisted the minister.",
            "5%",
            "the minister",
            id="insisted-the-minister",
        ),
        pytest.param(
            "Westmoor Hospitals NHS Trust was fined. The hospital trust said 20 beds had closed.",
            "20 beds",
            "Westmoor Hospitals NHS Trust",
            id="the-hospital-trust-is-the-hospitals-trust",
        ),
        pytest.param(
            "Westmoor Hospitals NHS Trust was fined. The struggling trust said 20 beds had closed.",
            "20 beds",
            "Westmoor Hospitals NHS Trust",
            id="an-adjective-does-not-make-another-trust",
        ),
        pytest.param(
            "Morrisons have cut 200 jobs. The company said 40 stores would close.",
            "40 stores",
            "Morrisons",
            id="a-company-with-plural-agreement",
        ),
        pytest.param(
            "Seven Manchester projects at risk include a £40m tram extension.",
            "£40m",
            None,
            id="projects-as-a-noun",
        ),
        pytest.param(
            "Sallowfield Banking Group set aside £1.7bn for bonuses. The bank reported a pre-tax "
            "profit of £7.84 billion for 2025.",
            "£7.84 billion",
            "Sallowfield Banking Group",
            id="a-banking-group-is-the-bank",
        ),
        pytest.param(
            "Thornvale's own figures, submitted to the regulator Ofwat, show it still loses "
            "around 142 million litres a day.",
            "around 142 million litres",
            "Thornvale",
            id="figures-submitted-to-a-regulator-are-their-owner-s",
        ),
        pytest.param(
            "Local officials told me this afternoon that around 60 people are still thought to "
            "be inside it.",
            "around 60 people",
            "Local officials",
            id="still-thought-to-be-is-a-passive",
        ),
        pytest.param(
            "Analysts at Brenmoor Energy Research, a Vienna-based consultancy, estimate that "
            "drone strikes have taken as much as 14% of the country's refining capacity "
            "offline.",
            "as much as 14%",
            "Analysts at Brenmoor Energy Research",
            id="estimate-that-after-an-appositive-is-a-verb",
        ),
        pytest.param(
            "Tarrock Metals shut the smelter in March. The union Mining & Allied says 70% of "
            "the workers laid off have not found new jobs. Tarrock has not given up on the "
            "site. The company says a new furnace could employ about 600 people by 2030.",
            "about 600 people",
            "Tarrock Metals",
            id="the-company-is-the-one-the-sentence-before-named-not-the-union",
        ),
        pytest.param(
            "The levy, proposed by Mayor Denise Achebe in April, is about 4% larger than last "
            'year\'s. "This is a fair budget," Achebe said. She said the city had filled 92% of '
            "its police posts.",
            "92%",
            "Denise Achebe",
            id="a-person-proposed-by-is-a-person-not-a-company",
        ),
        pytest.param(
            "At least 14 people were killed, the country's disaster agency said on Sunday. "
            "Roads were cut. The National Disaster Response and Relief Council said 800 houses "
            "had been destroyed.",
            "At least 14 people",
            "National Disaster Response and Relief Council",
            id="the-country-s-agency-in-a-lede-is-the-body-named-later",
        ),
        pytest.param(
            "The University of Tarnbridge said it would cut 200 jobs. The University and "
            "College Union said the cuts were unnecessary. The university said the new library "
            "had cost £40 million.",
            "£40 million",
            "University of Tarnbridge",
            id="a-union-with-university-in-its-name-is-a-union",
        ),
        pytest.param(
            "Private economists surveyed by the central bank forecast that inflation would end "
            "the year at about 118%.",
            "about 118%",
            "Private economists surveyed by the central bank",
            id="economists-surveyed-by-a-bank-are-the-ones-who-forecast",
        ),
        pytest.param(
            "The federal auditor, the TCE, said last year that school meals were vulnerable to "
            "fraud, with losses estimated at 1.3 billion reais between 2018 and 2022.",
            "1.3 billion reais",
            "TCE",
            id="losses-estimated-at-is-no-speaker",
        ),
        pytest.param(
            "The Dental and Hygiene Council, the profession's regulator, said 1,200 dentists "
            "had been struck off. Unions were angry. The regulator said a further 300 cases "
            "were pending.",
            "300 cases",
            "Dental and Hygiene Council",
            id="the-regulator-in-an-appositive-with-a-possessive",
        ),
        pytest.param(
            "The Irrigation Ministry said it would send 300 tankers. A ministry official, who "
            "asked not to be named, said the $2.5 billion dam was 18 months behind schedule.",
            "$2.5 billion",
            "A ministry official",
            id="an-unnamed-official-stays-as-written",
        ),
        pytest.param(
            "Ministry spokesman Karim Haddad said the southern port handled most shipments, "
            "while about 90,000 barrels a day were sent by truck.",
            "about 90,000 barrels a day",
            "Karim Haddad",
            id="while-after-said-goes-on-with-what-was-said",
        ),
        pytest.param(
            "Poorer countries have called for at least $1 trillion a year, while the current "
            "target is $100 billion a year.",
            "$100 billion",
            None,
            id="while-after-called-for-is-the-outlet-s-contrast",
        ),
        pytest.param(
            "The trust's financial statements show it spent $1.12 billion last year.",
            "$1.12 billion",
            "the trust",
            id="financial-statements-are-their-owner-s",
        ),
        pytest.param(
            "The Civil Aviation Authority said Kestrel Air had rejected 11,600 valid claims. "
            "Kestrel, which is based at Luton, said it regretted the errors. The airline said "
            "it had carried 9.3 million passengers last year.",
            "9.3 million passengers",
            "Kestrel Air",
            id="x-air-is-an-airline-the-airline-not-the-authority",
        ),
        pytest.param(
            "The first damage estimate, given by Interior Minister Clara Voss on Monday, was "
            "350 million euros.",
            "350 million euros",
            "Clara Voss",
            id="an-estimate-given-by-a-minister-is-hers",
        ),
        pytest.param(
            "That is well below the 312 quoted in Parliament by the local MP, Fiona Marr, but "
            "more than double the 91 recorded in October.",
            "312",
            "Fiona Marr",
            id="a-figure-quoted-by-an-mp-is-hers",
        ),
        pytest.param(
            "The count of 400 flooded homes was compiled by volunteers and is higher than the "
            "figure given by the county council on Monday.",
            "400 flooded homes",
            None,
            id="the-figure-compared-with-is-not-the-sentence-s-speaker",
        ),
        pytest.param(
            "According to the Health and Safety Executive, 135 workers died last year.",
            "135 workers",
            "the Health and Safety Executive",
            id="and-inside-an-executive-s-name",
        ),
        pytest.param(
            "The 40,000 figure was confirmed by the Department for Work and Pensions on Monday.",
            "40,000",
            "the Department for Work and Pensions",
            id="and-inside-a-department-for-name",
        ),
        pytest.param(
            "The Data Protection Office fined the lender. The office received 3,105 reports of "
            "breaches last year, according to figures it published in February.",
            "3,105 reports",
            "Data Protection Office",
            id="figures-it-published-are-its",
        ),
        pytest.param(
            "The Tarnish health ministry said 40 clinics opened. According to figures in the "
            "ministry's archive, the 2021 flu campaign took eight weeks to reach one million "
            "doses.",
            "one million doses",
            "Tarnish health ministry",
            id="figures-in-the-ministry-s-archive-are-its",
        ),
        pytest.param(
            "Fenmoor Water was fined £2m last year. It plans to invest £186 million in the "
            "works by 2030.",
            "£186 million",
            "Fenmoor Water",
            id="a-body-s-plan-is-its-claim",
        ),
        pytest.param(
            "The company plans to hire around 2,000 graduates in 2026, he added.",
            "around 2,000 graduates",
            "he",
            id="a-plan-someone-tells-of-is-theirs",
        ),
        pytest.param(
            "About 620 dock workers, all members of Unite, walked out on 15 June. The union "
            "said on Friday that a further 10 days of strikes would start on 6 July.",
            "10 days",
            "Unite",
            id="a-union-known-by-its-bare-name-is-the-union",
        ),
        pytest.param(
            'Tolland Group plc ("Tolland" or "the Group") today announces its interim results. '
            "The Board now expects full-year pre-tax profit of between £430 million and £450 "
            "million.",
            "between £430 million and £450 million",
            "Tolland Group",
            id="a-release-s-board-is-the-company",
        ),
        pytest.param(
            "The Morning Ledger reported the deal on Monday. The newspaper said the contract "
            "was worth 40 million reais.",
            "40 million reais",
            "Morning Ledger",
            id="the-newspaper-is-the-paper-named-before",
        ),
        pytest.param(
            "Documents seen by this paper show that the department paid a City firm £400,000 "
            "last spring.",
            "£400,000",
            None,
            id="seen-by-this-paper-is-the-outlet-s-own",
        ),
        pytest.param(
            "Advocate Lerato Dube argued for bail of R20,000, telling the court her client had "
            "surrendered his passport.",
            "R20,000",
            "Lerato Dube",
            id="a-rand-sum-is-no-name",
        ),
        pytest.param(
            "Finance director Alan Pryce said net debt had fallen to £112m. He said the company "
            "had found £20m of savings.",
            "£20m",
            "Alan Pryce",
            id="money-found-is-no-finding",
        ),
        pytest.param(
            "An IRS special agent, Thomas Ng, testified that Corrigan had reported income of "
            "$71,000 in 2020.",
            "$71,000",
            "Thomas Ng",
            id="income-reported-in-testimony-is-the-witness-s-account",
        ),
        pytest.param(
            "The senator from New Mexico, Rosa Delgado, grew up in Socorro County. The mill "
            "closed in 1998 after losing $2 million in a single year, she said.",
            "$2 million",
            "Rosa Delgado",
            id="she-is-not-a-state-named-new-mexico",
        ),
        pytest.param(
            "Dr Hannah Venter, an ecologist who was not involved in the Kruger National Park "
            "count, disagreed. The Tembe park had lost 198 rhinos in 2024, she noted.",
            "198 rhinos",
            "Hannah Venter",
            id="she-is-not-a-national-park",
        ),
        pytest.param(
            "Coach Brett Rowe spoke on Monday. The coach said his halfback, Tama Lolo, had been "
            "carrying a hamstring complaint for three weeks.",
            "three weeks",
            "Brett Rowe",
            id="the-coach-is-not-the-player-he-spoke-of",
        ),
        pytest.param(
            "Another analyst, Rebecca Strand of Northgate Securities, said the company had "
            "gained about 4 percentage points of market share.",
            "about 4 percentage points",
            "Rebecca Strand",
            id="a-name-of-a-firm-in-an-appositive-speaks",
        ),
        pytest.param(
            "Lou Varga has been mayor of Tenby Falls for 16 years, and he will tell you about "
            "every one of them.",
            "16 years",
            None,
            id="he-will-tell-you-is-no-report",
        ),
        pytest.param(
            "Analysts at Harwood Bank expect Brent to average $60 next year, while Tarlton "
            "Capital sees $66.",
            "$66",
            "Tarlton Capital",
            id="while-x-sees-a-price-is-x-s-forecast",
        ),
        pytest.param(
            "Dr Nadia Shah said the children's ward had admitted 47 children in January.",
            "47 children",
            "Nadia Shah",
            id="a-ward-admitting-children-is-no-confession",
        ),
        pytest.param(
            "The airport handled 40 million passengers, the busiest in Southeast Asia, he said.",
            "40 million passengers",
            "he",
            id="southeast-asia-is-a-place-not-him",
        ),
        pytest.param(
            "U.N. agencies say humanitarian funding fell to $767 million last year.",
            "$767 million",
            "U.N. agencies",
            id="u-n-agencies-say",
        ),
        pytest.param(
            "Some 18% of respondents told Cadmus Research they did not know whom they would "
            "vote for.",
            "Some 18%",
            "Cadmus Research",
            id="respondents-told-a-pollster-is-the-poll-s-finding",
        ),
        pytest.param(
            "Voters told reporters that 40% of the shops had shut.",
            "40%",
            "Voters",
            id="voters-told-reporters-stay-the-voters",
        ),
        pytest.param(
            '"Prices are falling," said Kofi Mensah, secretary of a farmers\' cooperative in '
            "Sefwi, who said traders were offering 4,000 cedis a bag.",
            "4,000 cedis",
            "Kofi Mensah",
            id="who-said-after-a-person-s-office-is-the-person",
        ),
        pytest.param(
            "City Power in Johannesburg said it had recorded 340 outages since Monday.",
            "340 outages",
            "City Power",
            id="a-body-in-a-city-is-the-body",
        ),
        pytest.param(
            "Anna Berg in Pretoria said 340 homes flooded.",
            "340 homes",
            "Anna Berg",
            id="a-person-in-a-city-is-the-person",
        ),
        pytest.param(
            "Agriculture Secretary Ramon dela Paz said rice stocks stood at 2.1 million tonnes.",
            "2.1 million tonnes",
            "Ramon dela Paz",
            id="a-name-with-dela-inside",
        ),
        pytest.param(
            "Brigadier Faisal ibn Rashid said 40 soldiers were killed.",
            "40 soldiers",
            "Faisal ibn Rashid",
            id="a-brigadier-s-name-with-ibn",
        ),
        pytest.param(
            "The annual assessment by the Alpine Ice Network found that glaciers shrank by 2.4% "
            "in 2024. The researchers said a hot August had cut 3% from the ice. A separate "
            "study by researchers at Tarnberg University projected the Alps would lose "
            "two-thirds of their ice.",
            "3%",
            "Alpine Ice Network",
            id="a-separate-study-s-team-is-not-the-researchers",
        ),
        pytest.param(
            "The law intends to raise 4% more revenue.",
            "4%",
            None,
            id="a-law-has-no-plan-of-its-own",
        ),
        pytest.param(
            "Accounts for Ashbourne Rovers filed at Companies House showed a pre-tax loss of "
            "£18.2m.",
            "£18.2m",
            "Ashbourne Rovers",
            id="accounts-filed-at-a-registry-are-the-club-s",
        ),
        pytest.param(
            "Rhino numbers rose 4% last year, with Pretorius saying 240 calves had been born.",
            "240 calves",
            "Pretorius",
            id="with-x-saying-is-x-s-claim",
        ),
        pytest.param(
            "He left the meeting with nothing saying 40 jobs would go.",
            "40 jobs",
            None,
            id="with-nothing-saying-is-no-speaker",
        ),
        pytest.param(
            "The Calderwood Housing Group manages 38,000 homes. The association said it had "
            "received 4,870 reports of mould last year.",
            "4,870 reports",
            "Calderwood Housing Group",
            id="a-housing-group-is-the-association",
        ),
        pytest.param(
            "The Dene Valley Maternity Review heard from 140 families. More than a third had "
            "raised concerns that were not acted on, according to the panel.",
            "More than a third",
            "Dene Valley Maternity Review",
            id="a-review-is-the-panel",
        ),
        pytest.param(
            "Brackenshire County Council faces a £21m gap in its budget next year, according "
            "to its medium-term financial plan.",
            "£21m",
            "Brackenshire County Council",
            id="its-plan-is-the-subjects",
        ),
        pytest.param(
            "Fair Money Watch said the breach was serious. The ICO received 3,105 reports of "
            "cyber incidents last year, according to figures it published in February.",
            "3,105 reports",
            "ICO",
            id="figures-it-published-are-the-subjects",
        ),
        pytest.param(
            "Transport Focus said passengers were angry. Yet Northline's managing director "
            "pocketed a £186,000 bonus last year, the company's own annual report shows.",
            "£186,000",
            "Northline",
            id="the-company-report-of-a-company-named-before",
        ),
        pytest.param(
            "Data from the regulator shows Northline Trains axed 12.6 per cent of its trains."
            " The trains that did run were late. Yet Northline's managing director pocketed a"
            " £186,000 bonus last year, the company's own annual report shows.",
            "£186,000",
            "Northline Trains",
            id="a-name-ending-in-a-plural-the-article-writes-is-a-company",
        ),
        pytest.param(
            'Transport Focus criticised the firm. A Northline spokesman said: "We are truly '
            'sorry. We have recruited 95 new drivers. We know there is more to do." He '
            "insisted Mr Pellow's bonus of £186,000 related to targets met before 2024.",
            "£186,000",
            "Northline",
            id="he-after-a-spokesmans-long-quote",
        ),
        pytest.param(
            "Ofcom fined Streamline Broadband £2.4m on Wednesday. The regulator said 18,000 "
            "customers had been overcharged.",
            "18,000 customers",
            "Ofcom",
            id="an-of-regulator-is-the-regulator",
        ),
        pytest.param(
            "The Pelling Inquiry said 14 warnings had been ignored. The inquiry said the "
            "warnings came from three engineers.",
            "three engineers",
            "Pelling Inquiry",
            id="the-inquiry-named-before",
        ),
        pytest.param(
            "The Employment Appeal Tribunal said Janine Corder was owed £32,000. The tribunal"
            " said 40 staff had been affected.",
            "40 staff",
            "Employment Appeal Tribunal",
            id="the-tribunal-named-before",
        ),
        pytest.param(
            "The Ashcombe Hospice said it had cared for 1,400 patients. The hospice said it "
            "needed £2m to stay open.",
            "£2m",
            "Ashcombe Hospice",
            id="the-hospice-named-before",
        ),
        pytest.param(
            "The Nigeria Centre for Disease Control said 120 people had died of cholera. The "
            "agency said cases had been confirmed in 15 states.",
            "15 states",
            "Nigeria Centre for Disease Control",
            id="a-centre-is-the-agency",
        ),
        pytest.param(
            "Coastal Telco said 3 million customers had been affected by the outage. The "
            "telecoms giant said compensation would cost £20m.",
            "£20m",
            "Coastal Telco",
            id="a-telco-is-the-telecoms-giant",
        ),
        pytest.param(
            "Dr Amaka Obiora, the chief medical director of Lagos General Hospital, said 37 "
            "people had died. The hospital said 1,200 patients had been treated.",
            "1,200 patients",
            "Lagos General Hospital",
            id="the-hospital-named-in-a-role",
        ),
        pytest.param(
            "Police Scotland said 43 people had been arrested after the match. A spokeswoman "
            "for the force said 12 officers had been injured.",
            "12 officers",
            "Police Scotland",
            id="a-spokeswoman-for-the-force",
        ),
        pytest.param(
            "Gwent Police said 14 people had been arrested. A force spokeswoman said 6 "
            "suspects were under 18.",
            "6 suspects",
            "Gwent Police",
            id="a-force-spokeswoman",
        ),
        pytest.param(
            "Kestrel Homes sold 2,400 homes in 2023, the housebuilder said.",
            "2,400 homes",
            "Kestrel Homes",
            id="homes-is-a-company",
        ),
        pytest.param(
            "The Save the Otters Foundation said its membership had grown to 82,000.",
            "82,000",
            "The Save the Otters Foundation",
            id="save-the-in-a-name",
        ),
        pytest.param(
            "Friends of Harrow Park said the council had felled 60 trees without consultation.",
            "60 trees",
            "Friends of Harrow Park",
            id="friends-of-in-a-name",
        ),
        pytest.param(
            "Help the Elderly said 14,000 pensioners were lonely.",
            "14,000 pensioners",
            "Help the Elderly",
            id="help-the-in-a-name",
        ),
        pytest.param(
            "The Campaign to Protect Rural Wessex said 3,000 acres of green belt had been "
            "lost since 2015.",
            "3,000 acres",
            "The Campaign to Protect Rural Wessex",
            id="campaign-to-in-a-name",
        ),
        pytest.param(
            "The Commission on Housing and Planning said 300,000 homes were needed every year.",
            "300,000 homes",
            "The Commission on Housing and Planning",
            id="on-and-in-a-name",
        ),
        pytest.param(
            "The Australian Competition and Consumer Commission fined Coastal Telco A$12m on "
            "Monday. The watchdog said the company had misled 60,000 customers.",
            "60,000 customers",
            "Australian Competition and Consumer Commission",
            id="and-inside-a-commissions-name",
        ),
        pytest.param(
            "The Halden Review found that 80% of the trust's staff had experienced bullying.",
            "80%",
            "The Halden Review",
            id="a-review-by-its-title-is-a-body",
        ),
        pytest.param(
            "The jury was told by pathologist Dr Ian Reeve that the victim had suffered 14 "
            "injuries.",
            "14 injuries",
            "Ian Reeve",
            id="was-told-by-x-that",
        ),
        pytest.param(
            "MPs were told by Network South chief executive Lisa Kerr that 8% of trains had "
            "been cancelled.",
            "8%",
            "Lisa Kerr",
            id="were-told-by-a-chief-executive-that",
        ),
        pytest.param(
            "The court heard from Detective Sergeant Amy Lowe that officers had recovered "
            "£60,000 in cash.",
            "£60,000",
            "Amy Lowe",
            id="the-court-heard-from-x-that",
        ),
        pytest.param(
            "Bristow Water said it had lost 18% of its supply through leaks, but the "
            "regulator Ofwat disputed the figure, saying losses were closer to 24%.",
            "24%",
            "Ofwat",
            id="a-rebuttal-by-a-body-saying",
        ),
        pytest.param(
            "The council said 80 potholes had been filled, but residents' group Fix Our Roads"
            " hit back, insisting that 400 remained.",
            "400",
            "Fix Our Roads",
            id="a-rebuttal-by-a-named-group-insisting",
        ),
        pytest.param(
            "The council said 80 potholes had been filled, but residents' group Fix Our Roads"
            " hit back, insisting that 400 remained.",
            "80 potholes",
            "The council",
            id="the-first-speaker-before-a-rebuttal",
        ),
        pytest.param(
            "Tesmond plc, the supermarket chain, said sales had risen 4% in the first quarter.",
            "4%",
            "Tesmond plc",
            id="a-plc-with-an-apposition",
        ),
        pytest.param(
            "Halverton Motors recalled 42,000 vehicles in the UK last month. The carmaker "
            "said no injuries had been reported.",
            "42,000 vehicles",
            None,
            id="a-product-recall-is-no-memory",
        ),
        pytest.param(
            "The Kerala government said 86,000 people had been moved to relief camps. The "
            "state government said 37 people had died.",
            "37 people",
            "Kerala government",
            id="the-state-government-named-before",
        ),
        pytest.param(
            "The Nigerian government said it had paid N45bn to contractors. The government "
            "said a further N20bn would be released in June.",
            "N20bn",
            "Nigerian government",
            id="the-government-named-before",
        ),
        pytest.param(
            "The government said 40 schools would close.",
            "40 schools",
            "The government",
            id="the-government-never-named",
        ),
        pytest.param(
            "The Bank of England held interest rates at 5.25%. The Bank said inflation would "
            "fall to 2% by the summer.",
            "2%",
            "Bank of England",
            id="the-bank-of-england-then-the-bank",
        ),
        pytest.param(
            "The council's budget papers show it plans to close 9 libraries. According to the"
            " same papers, closing the libraries will save £340,000 a year.",
            "£340,000",
            "the council",
            id="the-same-papers-are-the-councils",
        ),
        pytest.param(
            "Wexmoor University plans to cut 280 posts, according to a consultation document "
            "it circulated to department heads. The three departments have a combined 640 "
            "students, the document says.",
            "640 students",
            "Wexmoor University",
            id="the-document-it-circulated-then-the-document",
        ),
        pytest.param(
            "Wexmoor University plans to cut 280 posts, according to a consultation document "
            "it circulated to department heads.",
            "280 posts",
            "Wexmoor University",
            id="a-document-it-circulated",
        ),
        pytest.param(
            "The health ministry's vaccination dashboard showed that 1,962 care homes had "
            "received a visit. Among care home residents, 74% had been vaccinated, the "
            "dashboard showed.",
            "74%",
            "the health ministry",
            id="the-dashboard-again",
        ),
        pytest.param(
            "The Health Committee's report, published on Tuesday, criticised the plan. The "
            "waiting list stood at 7.18 million, according to NHS England figures quoted in "
            "the report. Private providers carried out 11.4% of procedures, the report said.",
            "11.4%",
            "Health Committee",
            id="figures-quoted-in-a-report-do-not-make-it-theirs",
        ),
        pytest.param(
            "For Hadley Brooks, a maximum fine would be as much as £65 million, Pryce calculated.",
            "as much as £65 million",
            "Pryce",
            id="x-calculated-closing-the-sentence",
        ),
        pytest.param(
            "Graham Tolley said the company's own engineers had calculated that about 380 "
            "kilograms left the works.",
            "about 380 kilograms",
            "Graham Tolley",
            id="calculated-inside-anothers-account",
        ),
        pytest.param(
            "The cost was calculated at £4m by the council.",
            "£4m",
            "the council",
            id="calculated-in-the-passive",
        ),
        pytest.param(
            "Martin Oyelaran runs the trust. Mr Oyelaran yesterday issued an apology and said"
            " the trust would hire 40 midwives.",
            "40 midwives",
            "Martin Oyelaran",
            id="a-titled-subject-then-and-said",
        ),
        pytest.param(
            "The Garda said 40 cars had been seized. Officers said 3 men had been arrested.",
            "3 men",
            "Garda",
            id="officers-of-the-garda",
        ),
        pytest.param(
            "The RCMP said 12 people were hurt. Officers said 3 men had been arrested.",
            "3 men",
            "RCMP",
            id="officers-of-the-rcmp",
        ),
        pytest.param(
            "The US Army said 12 soldiers were hurt. The army said 3 soldiers had been flown "
            "to Germany.",
            "3 soldiers",
            "US Army",
            id="the-army-named-before",
        ),
        pytest.param(
            "The DWP said 12,000 claims were late. The department said 3,000 had been paid.",
            "3,000",
            "DWP",
            id="a-department-by-its-acronym",
        ),
        pytest.param(
            "The Pentagon said 12 soldiers were hurt. The department said 3 soldiers had been"
            " flown home.",
            "3 soldiers",
            "Pentagon",
            id="the-pentagon-is-a-department",
        ),
        pytest.param(
            "Sales rose 4%, the company said, while analysts had expected 6%.",
            "6%",
            "analysts",
            id="while-analysts-had-expected",
        ),
        pytest.param(
            "Sales rose 4%, the company said, while analysts had expected 6%.",
            "4%",
            "the company",
            id="the-result-beside-what-analysts-expected",
        ),
        pytest.param(
            "The Ockley Review was published in March. Figures from NHS Resolution show the "
            "trust paid £212 million. The largest settlement was about £19 million, the "
            "review notes.",
            "about £19 million",
            "Ockley Review",
            id="the-review-named-beats-the-last-publisher",
        ),
        pytest.param(
            "Kitefin admitted hackers had accessed 640,000 accounts. Kitefin said it had told"
            " the police. Kitefin customers were angry. Fair Money Watch said customers "
            "should be compensated. Its latest accounts, filed at Companies House in January,"
            " show a pre-tax loss of £23.7m in 2024.",
            "£23.7m",
            "Kitefin",
            id="its-accounts-are-the-story-company",
        ),
        pytest.param(
            "Boeing delivered 24 jets in April, down from 29 in March, the company said on "
            "Tuesday.",
            "24 jets",
            "Boeing",
            id="a-name-ending-in-ing-that-acts-is-a-name",
        ),
        pytest.param(
            "Boeing said on Tuesday it delivered 24 jets in April. The planemaker said it "
            "expected deliveries to rise to 40 a month.",
            "40",
            "Boeing",
            id="the-planemaker",
        ),
        pytest.param(
            "Giving evidence, Dr Shah said 40 patients had been harmed.",
            "40 patients",
            "Shah",
            id="a-participle-opening-is-no-name",
        ),
        pytest.param(
            "The Kenya Power spokesperson said Sh500m had been spent on repairs.",
            "Sh500m",
            "Kenya Power",
            id="the-named-bodys-spokesperson",
        ),
        pytest.param(
            "The ministry's spokesman said 25,000 tonnes of fertiliser had been distributed.",
            "25,000 tonnes",
            "The ministry's spokesman",
            id="the-bodys-spokesman-unnamed",
        ),
        pytest.param(
            "The Governor of Kaduna State, Uba Sani, disclosed this in a statement signed by "
            "his Chief Press Secretary, Mohammed Shehu, on Tuesday. The statement said 200 "
            "schools would be renovated.",
            "200 schools",
            "Uba Sani",
            id="the-statement-he-spoke-through",
        ),
        pytest.param(
            "The central bank is expected to raise rates by 25 basis points next month, "
            "according to 12 of 15 economists in a Reuters poll.",
            "25 basis points",
            "12 of 15 economists in a Reuters poll",
            id="a-count-of-economists-in-a-poll",
        ),
        pytest.param(
            "The Health Minister, Prof. Ali Pate, who was represented by the Permanent "
            "Secretary, Mrs Daju Kachollom, said 4,000 doctors had left the country in 2023.",
            "4,000 doctors",
            "Ali Pate",
            id="who-was-represented-by",
        ),
        pytest.param(
            "Carmaker Voltis said it would recall 84,000 vehicles. Battery supplier Kerren "
            "Cells said its components met all standards. The carmaker said 14 fires had been"
            " reported.",
            "14 fires",
            "Voltis",
            id="the-carmaker-is-not-the-supplier-named-since",
        ),
        pytest.param(
            "Last night locals blasted the council over the £2m scheme.",
            "£2m",
            "locals",
            id="a-time-phrase-is-not-part-of-the-group",
        ),
        pytest.param(
            "The union rejected the claim, putting the number at 6,000.",
            "6,000",
            "The union",
            id="putting-the-number-at-is-the-subjects",
        ),
        pytest.param(
            "AEMET's seasonal outlook, published last week, gives a 45% chance of a wet autumn.",
            "45%",
            "AEMET",
            id="an-owned-document-gives-a-figure",
        ),
        pytest.param(
            "The Home Office said crossings had risen. By 31 August the Home Office count "
            "for 2025 stood at 27,940.",
            "27,940",
            "the Home Office",
            id="a-bodys-count-stood-at",
        ),
        pytest.param(
            "Data from the Bureau of Mines Statistics showed output fell to 41,000 tonnes in "
            "March.",
            "41,000 tonnes",
            "Bureau of Mines Statistics",
            id="data-from-a-body-whose-name-ends-in-a-document-word",
        ),
        pytest.param(
            "In the words of harbour master Owen Tregear, landings have dropped by 23% in "
            "two seasons.",
            "23%",
            "Owen Tregear",
            id="in-the-words-of-a-named-person",
        ),
        pytest.param(
            "The Carrick Foundation said 2.2 million renters were behind on bills. A bank "
            "chief disagreed. The think tank said 300,000 of them faced eviction.",
            "300,000",
            "Carrick Foundation",
            id="the-think-tank-is-the-foundation-named-before",
        ),
        pytest.param(
            "A study by the Centre for Transport Policy found fares rose 9% in a year. The "
            "think-tank said 14 routes had been cut.",
            "14 routes",
            "Centre for Transport Policy",
            id="the-think-tank-is-the-centre-named-before",
        ),
        pytest.param(
            "Transport for Greater Leeds said 3.1 million journeys were made in March.",
            "3.1 million journeys",
            "Transport for Greater Leeds",
            id="a-name-with-for-opening-the-sentence",
        ),
        pytest.param(
            "Bank of Morvania figures show 5,200 mortgages were approved in April.",
            "5,200 mortgages",
            "Bank of Morvania",
            id="figures-of-a-name-with-of-opening-the-sentence",
        ),
        pytest.param(
            "The Chartered Institute of Plumbers said 3,000 members had retired. The body said "
            "1,400 apprentices were in training.",
            "1,400 apprentices",
            "Chartered Institute of Plumbers",
            id="the-body-is-the-body-that-spoke",
        ),
        pytest.param(
            "The Retail Trade Forum said footfall fell 6% in April. The industry body said 220 "
            "shops had closed.",
            "220 shops",
            "Retail Trade Forum",
            id="the-industry-body-is-the-body-that-spoke",
        ),
        pytest.param(
            "The IMF lowered its growth forecast for Ghana to 2.8%. In its latest review, the "
            "fund said inflation would average 19%.",
            "19%",
            "IMF",
            id="the-fund-is-the-imf",
        ),
        pytest.param(
            "The Miners' Welfare Fund said it would pay out £30m this year. The relief fund "
            "said 4,100 families had applied.",
            "4,100 families",
            "Miners' Welfare Fund",
            id="the-fund-with-an-epithet-is-the-fund-named-before",
        ),
        pytest.param(
            "Nato said 23 of its members now met the target. The alliance said spending "
            "would rise 11% this year.",
            "11%",
            "Nato",
            id="the-alliance-is-nato",
        ),
        pytest.param(
            "The Reserve Bank of Morvania (RBM) kept the repo rate at 6.25% on Friday.",
            "6.25%",
            "The Reserve Bank of Morvania",
            id="a-central-bank-keeping-its-rate-after-its-initials-in-brackets",
        ),
        pytest.param(
            "Inflation eased to 3.2% in April, the CSO said. Food prices rose 4.8%, the "
            "statistics body added.",
            "4.8%",
            "CSO",
            id="the-statistics-body-after-a-body-known-by-initials",
        ),
        pytest.param(
            "The Royal College of Midwives said 2,000 midwives had left. The midwives' body "
            "said 600 more would retire this year.",
            "600",
            "Royal College of Midwives",
            id="the-body-named-by-a-word-of-its-name",
        ),
        pytest.param(
            "The Nuffield Trust published research on Tuesday showing 2.6 million people were "
            "waiting for community care.",
            "2.6 million people",
            "The Nuffield Trust",
            id="a-body-published-research-showing",
        ),
        pytest.param(
            "The signing came a month after Ashbourne Rovers published accounts showing a "
            "pre-tax loss of £18.2 million.",
            "£18.2 million",
            "Ashbourne Rovers",
            id="published-accounts-showing-inside-a-clause",
        ),
        pytest.param(
            "The Met Office released figures that showed 181mm of rain fell in March.",
            "181mm",
            "The Met Office",
            id="released-figures-that-showed",
        ),
        pytest.param(
            "Dunmore Borough Council has valued the depot site at £6.8m.",
            "£6.8m",
            "Dunmore Borough Council",
            id="a-body-valued-something-at-a-figure",
        ),
        pytest.param(
            "The takeover valued the bakery chain at £420m, the Ledger reported.",
            "£420m",
            "the Ledger",
            id="a-deal-that-valued-a-company-is-no-speaker",
        ),
        pytest.param(
            "The tribunal fined Kelvor R2.4 billion. Kelvor said it had already set aside R900 "
            "million.",
            "R900 million",
            "Kelvor",
            id="a-currency-figure-is-no-part-of-the-name-before-it",
        ),
        pytest.param(
            "Moody's expects Ghana's economy to grow 4.1% next year.",
            "4.1%",
            "Moody's",
            id="a-name-with-an-apostrophe-expects",
        ),
        pytest.param(
            "Halden Capital now forecasts copper at $9,800 a tonne by June.",
            "$9,800",
            "Halden Capital",
            id="a-body-now-forecasts",
        ),
        pytest.param(
            "The Vessland Electoral Commission declared turnout at 71.2% on Sunday.",
            "71.2%",
            "The Vessland Electoral Commission",
            id="declared-turnout-at-a-figure",
        ),
        pytest.param(
            "The figures were published by the Department for Transport on Friday. They show "
            "412 people died on the roads last year.",
            "412 people",
            "Department for Transport",
            id="they-show-after-figures-published-by-a-body",
        ),
        pytest.param(
            "The Campaign for Cleaner Rivers said 41 beaches failed tests. The pressure group "
            "said 12 of them were in Devon.",
            "41 beaches",
            "The Campaign for Cleaner Rivers",
            id="a-campaign-for-something-is-read-whole",
        ),
        pytest.param(
            "The Clean Seas Alliance said 41 beaches failed tests. The pressure group said 12 "
            "sewage outfalls had spilled for a week.",
            "12 sewage outfalls",
            "Clean Seas Alliance",
            id="the-pressure-group-is-the-campaign-that-spoke",
        ),
        pytest.param(
            "Petrona said profits fell to $6.1bn. The oil major said it would buy back $2bn of "
            "shares.",
            "$2bn",
            "Petrona",
            id="the-oil-major-is-the-company-that-spoke",
        ),
        pytest.param(
            "The watchdog's report, published on Monday, said 9 prisons were unsafe. It also "
            "found that 1,700 inmates spent 22 hours a day in their cells.",
            "1,700 inmates",
            "the watchdog",
            id="it-also-found-after-an-unnamed-body-s-report",
        ),
        pytest.param(
            "Halvard Securities said the bid undervalued the group. The Halvard analysts said "
            "the shares were worth 340p.",
            "340p",
            "Halvard Securities",
            id="the-firm-s-analysts-are-the-firm-named-before",
        ),
        pytest.param(
            "Shares in Tolvane fell 8% after it cut its forecast. Analysts at Brook Hale had "
            "expected £82m.",
            "£82m",
            "Analysts at Brook Hale",
            id="analysts-at-a-firm-had-expected",
        ),
        pytest.param(
            "Some 900 people lost their jobs when Arnholt Steel shut the factory. The owner "
            "had said it was losing £250,000 a week.",
            "£250,000",
            "Arnholt Steel",
            id="the-owner-is-the-company-that-closed-the-plant",
        ),
        pytest.param(
            "Wexbrook Water's own figures show spills fell by 31%. Firms across the region "
            "discharged sewage for 410,000 hours last year, official figures show.",
            "410,000 hours",
            None,
            id="official-figures-are-not-the-last-publisher-s",
        ),
        pytest.param(
            "The Reserve Bank of Morvania held its cash rate at 4.1%. In a statement, the "
            "central bank's board said inflation would return to 2.5% in 2026.",
            "2.5%",
            "Reserve Bank of Morvania",
            id="the-central-bank-s-board-is-the-bank",
        ),
        pytest.param(
            "Harlow Water said 9,000 homes had no supply. The utility's board said £4m would "
            "be spent on new pumps.",
            "£4m",
            "Harlow Water",
            id="the-utility-s-board-is-the-utility",
        ),
        pytest.param(
            "The survey by Norvik Research found 47% of tenants backed the cap. It interviewed "
            "1,320 renters by telephone.",
            "1,320 renters",
            "Norvik Research",
            id="it-interviewed-after-a-survey-by-a-pollster",
        ),
        pytest.param(
            "A Norvik poll found 58% opposed the levy. The poll questioned 2,050 adults online.",
            "2,050 adults",
            "Norvik",
            id="the-poll-questioned-after-a-pollster-s-poll",
        ),
        pytest.param(
            "The death toll was confirmed as 23 by the provincial governor, Rosa Medina.",
            "23",
            "Rosa Medina",
            id="confirmed-as-a-figure-by-someone",
        ),
        pytest.param(
            "A figure of 2,400 job losses was given by the union on Monday.",
            "2,400 job losses",
            "the union",
            id="a-figure-was-given-by-someone",
        ),
        pytest.param(
            "Montclaire said sales fell 18% to £302m. The luxury brand said it would "
            "close 12 stores.",
            "12 stores",
            "Montclaire",
            id="the-luxury-brand-is-the-company-that-spoke",
        ),
        pytest.param(
            "Under the plans unveiled by Harlow District Council, 620 homes will be built on "
            "the old airfield.",
            "620 homes",
            "Harlow District Council",
            id="under-the-plans-unveiled-by-a-body",
        ),
        pytest.param(
            "Under the ministry's proposals, 1,100 rural schools would share head teachers.",
            "1,100 rural schools",
            "the ministry",
            id="under-a-body-s-proposals",
        ),
        pytest.param(
            "By 30 June the Border Agency count for 2025 stood at 14,310.",
            "14,310",
            "the Border Agency",
            id="a-body-s-count-stood-at",
        ),
        pytest.param(
            "The ministry's tally of deaths reached 212 on Sunday.",
            "212",
            "The ministry",
            id="a-body-s-tally-reached",
        ),
        pytest.param(
            "Saturday's total was 340 arrests across the county.",
            "340 arrests",
            None,
            id="a-day-s-total-is-no-body-s",
        ),
        pytest.param(
            "The Environment Agency now has 31 flood warnings in force across Cumbria.",
            "31 flood warnings",
            "The Environment Agency",
            id="a-body-has-warnings-in-force",
        ),
        pytest.param(
            "Residents had 3 warnings before the river burst its banks.",
            "3 warnings",
            None,
            id="residents-with-warnings-issued-none",
        ),
        pytest.param(
            "Brevik cut jobs worldwide. In Portugal, the company has told staff around "
            "150 roles are affected.",
            "around 150 roles",
            "Brevik",
            id="a-place-after-in-is-no-company",
        ),
        pytest.param(
            "Harwell Water undercounted its leaks. The company's annual return to the "
            "regulator for the same year listed 1,940.",
            "1,940",
            "Harwell Water",
            id="a-body-s-annual-return-lists",
        ),
        pytest.param(
            "The club's return to the top flight brought 40,000 fans to the final game.",
            "40,000 fans",
            None,
            id="a-club-s-return-is-no-filing",
        ),
        pytest.param(
            "Met Éireann's seasonal outlook, published on Friday, gives a 60% chance of a "
            "drier than normal summer.",
            "60%",
            "Met Éireann",
            id="a-body-s-outlook-gives",
        ),
        pytest.param(
            "The Norvik Central Bank cut its rate to 3.5%. The bank's new forecast path, "
            "published alongside the decision, implies a rate of about 3% by December.",
            "about 3%",
            "Norvik Central Bank",
            id="the-bank-s-forecast-path-implies",
        ),
        pytest.param(
            "A poll of 840 voters carried out for the Courier by Ashdown Research last week put "
            "the Greens 3 points ahead.",
            "840 voters",
            "Ashdown Research",
            id="a-poll-s-sample-carried-out-for-a-paper-by-a-pollster",
        ),
        pytest.param(
            "Market share, as measured by the shopping panel BasketWatch over the 12 weeks to "
            "March, rose to 9.4%.",
            "9.4%",
            "BasketWatch",
            id="as-measured-by-a-named-panel",
        ),
        pytest.param(
            "Inflation, as measured by the consumer prices index, fell to 2.6%.",
            "2.6%",
            None,
            id="as-measured-by-an-index-is-no-source",
        ),
        pytest.param(
            "Halvorn Motors said it would shut its Derby plant. It booked a restructuring "
            "charge of €340 million in the quarter.",
            "€340 million",
            "Halvorn Motors",
            id="it-booked-a-charge",
        ),
        pytest.param(
            "The ship's manifest, released by the operator Bahari Lines, listed 312 passengers.",
            "312 passengers",
            "Bahari Lines",
            id="a-document-released-by-its-owner-between-commas",
        ),
        pytest.param(
            "The national seismic institute puts it at magnitude 5.8, the strongest in years.",
            "5.8",
            "The national seismic institute",
            id="puts-it-at-magnitude",
        ),
        pytest.param(
            "The Vessland Electoral Commission declared opposition leader Ana Ruiz the winner "
            "on Sunday with 51.3 percent.",
            "51.3 percent",
            "The Vessland Electoral Commission",
            id="declared-a-long-named-candidate-the-winner",
        ),
        pytest.param(
            "A Department for Environment and Rural Affairs spokesperson said 3,100 farms had "
            "been inspected.",
            "3,100 farms",
            "Department for Environment and Rural Affairs",
            id="a-spokesperson-of-a-long-name-with-and",
        ),
        pytest.param(
            "According to the Department for Culture, Media and Sport, 1,300 museums applied.",
            "1,300 museums",
            "the Department for Culture, Media and Sport",
            id="according-to-a-department-with-listed-portfolios",
        ),
        pytest.param(
            "A Department for Culture, Media and Sport spokesperson said 1,300 museums had "
            "applied.",
            "1,300 museums",
            "Department for Culture, Media and Sport",
            id="a-spokesperson-of-a-department-with-listed-portfolios",
        ),
        pytest.param(
            "A Bank of Morvania Monetary Policy Committee member said rates could fall to 3%.",
            "3%",
            "A Bank of Morvania Monetary Policy Committee member",
            id="a-member-of-a-long-named-body-stays-as-written",
        ),
        pytest.param(
            "Northgate Economics believes house prices will fall 4% next year.",
            "4%",
            "Northgate Economics",
            id="believes-without-that-before-a-forecast",
        ),
        pytest.param(
            "The Royal College of Midwives and Unison said 6,000 staff would strike. They said "
            "pay had fallen 18% since 2010.",
            "18%",
            "Royal College of Midwives and Unison",
            id="they-after-two-bodies-said",
        ),
        pytest.param(
            "Police Scotland's own data shows knife crime rose 7% last year.",
            "7%",
            "Police Scotland",
            id="police-scotland-s-own-data",
        ),
        pytest.param(
            "Corran Diagnostics, the Edinburgh firm that makes the test, has priced it at £495.",
            "£495",
            "Corran Diagnostics",
            id="a-body-that-priced-a-thing-at-a-figure",
        ),
        pytest.param(
            "The union is demanding a 12% rise for its 4,000 members.",
            "12%",
            "The union",
            id="a-union-demanding-a-figure",
        ),
        pytest.param(
            "Junior doctors want a 35% pay rise, the BMA said.",
            "35%",
            "the BMA",
            id="a-want-reported-by-a-body-is-the-bodys",
        ),
        pytest.param(
            "Acme Ltd will cut 400 jobs, its chief executive said.",
            "400 jobs",
            "Acme Ltd's chief executive",
            id="its-chief-executive-is-the-bodys-named-in-the-sentence",
        ),
        pytest.param(
            "Acme Ltd will cut 400 jobs. Its chief executive said 200 more could go.",
            "200",
            "Acme Ltd's chief executive",
            id="its-chief-executive-after-the-body-opened-the-sentence-before",
        ),
        pytest.param(
            "The Fenwick Food Bank Network opened two new depots in March. The network's "
            "volunteers have since delivered 3,000 parcels. They say demand has doubled to "
            "1,200 families a week.",
            "1,200 families",
            "Fenwick Food Bank Network volunteers",
            id="they-after-a-bodys-people-opened-the-sentence-before",
        ),
        pytest.param(
            "Harland Water was fined last year. The company's own engineers had counted 40 "
            "leaks by June. They found that 12 leaks were on the main pipe.",
            "12 leaks",
            "Harland Water engineers",
            id="they-after-a-companys-own-engineers",
        ),
        pytest.param(
            "Trading standards officers from Harnley Borough Council raided the warehouse in "
            "June. They found 2,400 fake chargers.",
            "2,400 fake chargers",
            "Harnley Borough Council",
            id="they-after-people-from-a-named-body-opened-the-sentence-before",
        ),
        pytest.param(
            "Prosecuting, Ruth Dale said the firm had ignored warnings. Inspectors from "
            "Harnley Borough Council visited the site in May. According to Ms Dale, they "
            "found 31 faulty heaters.",
            "31 faulty heaters",
            "Harnley Borough Council",
            id="they-after-according-to-counsel-is-the-inspectors-body",
        ),
        pytest.param(
            "Maxwell Hart has cut its forecast after a wet summer, as the retailer struggled "
            "to sell garden furniture. The Derby-based chain said sales fell 9% in August.",
            "9%",
            "Maxwell Hart",
            id="a-name-like-a-persons-the-same-sentence-calls-the-retailer",
        ),
        pytest.param(
            "Maxwell Hart has cut its forecast after a wet summer. The chain said sales fell "
            "9% in August.",
            "9%",
            "The chain",
            id="a-name-like-a-persons-no-sentence-calls-a-company-stays-unknown",
        ),
        pytest.param(
            "Oliver Grant lost his job last spring, as the retailer closed two depots. The "
            "chain said 300 staff had left.",
            "300 staff",
            "The chain",
            id="a-person-who-lost-his-job-as-the-firm-closed-is-no-company",
        ),
        pytest.param(
            "Bin collections in Wexcombe will move to every three weeks. Council officers "
            "expect the change to save £1.2 million a year.",
            "£1.2 million",
            "the council",
            id="council-officers-when-the-article-never-names-the-council",
        ),
        pytest.param(
            "Schools reopened on Monday after the floods, the education ministry said. Most "
            "buses ran late, Coachline said. A ministry spokesman said 40 schools were still "
            "closed.",
            "40 schools",
            "the education ministry",
            id="a-ministry-spokesman-after-the-unnamed-ministry-spoke-and-another-body",
        ),
        pytest.param(
            "Tenants of Marsh Lane Homes complained of leaks for two years. The landlord says "
            "it will replace 800 roofs by the spring.",
            "800 roofs",
            "Marsh Lane Homes",
            id="the-landlord-after-a-housing-body-is-that-body",
        ),
        pytest.param(
            "Drinkers at the Crown watched the final on a big screen. The landlord said 300 "
            "pints were sold.",
            "300 pints",
            "The landlord",
            id="the-landlord-of-a-pub-stays-as-written",
        ),
        pytest.param(
            "Carers' charity Hearthside Trust surveyed 1,150 families on the respite scheme "
            "last autumn.",
            "1,150 families",
            "Hearthside Trust",
            id="a-body-that-surveyed-people-counts-them",
        ),
        pytest.param(
            "The regional health board surveyed 820 parents in March.",
            "820 parents",
            "The regional health board",
            id="a-board-that-surveyed-parents-counts-them",
        ),
        pytest.param(
            "Bank records showed 17 payments into the firm's account, the jury was told.",
            "17 payments",
            None,
            id="bank-records-name-no-bank",
        ),
        pytest.param(
            "Waiting lists will keep growing unless NHS England finds an extra 1.4 million "
            "appointments a year, a cross-party committee of MPs has warned.",
            "1.4 million appointments",
            "a cross-party committee of MPs",
            id="a-committee-of-mps-after-the-claim-and-no-finding-after-unless",
        ),
        pytest.param(
            "Rents will rise by 12% next year, a coalition of NGOs said.",
            "12%",
            "a coalition of NGOs",
            id="a-coalition-of-bodies-after-the-claim",
        ),
        pytest.param(
            "A rescue fund of $2.4 billion was announced on Monday by Brazil's finance ministry.",
            "$2.4 billion",
            "Brazil's finance ministry",
            id="a-day-between-the-passive-and-its-by-and-a-countrys-ministry",
        ),
        pytest.param(
            "The closure of 14 branches was confirmed late on Friday by the bank.",
            "14 branches",
            "the bank",
            id="late-on-a-day-before-by",
        ),
        pytest.param(
            "Exports fell 9% in March, according to Chile's central bank.",
            "9%",
            "Chile's central bank",
            id="according-to-a-countrys-body-in-lower-case",
        ),
    ],
)
def test_the_claimant_of_a_figure(text: str, figure: str, expected: str | None) -> None:
    assert claimant_of(text, figure) == expected


def test_a_denial_is_no_inverted_speaker() -> None:
    text = (
        "His co-defendant, the scheme's former investment adviser Anil Dutta-Marsh, denies "
        "one count of conspiracy to defraud."
    )
    assert all("count" not in (c.claimant or "") for c in extract_claims(text))


def test_said_she_planned_is_no_inverted_speaker() -> None:
    text = (
        "Two officials from the Cifuentes campaign, who asked not to be named because the "
        "appointments had not been announced, said she planned to name her finance minister "
        "within 10 days."
    )
    assert all(c.claimant != "she" for c in extract_claims(text))


def test_states_in_a_country_s_name_is_no_verb() -> None:
    text = (
        "A Western diplomat in the region, who asked not to be named, said the Houthis "
        "appeared to be testing whether navies would respond to attacks on ships with no "
        "clear link to Israel or the United States."
    )
    (claim,) = extract_claims(text)
    assert (claim.claimant, claim.via) == ("A Western diplomat in the region", ())


# The claimant column's usual forms (`claimant_forms.py`): a capital standing for its state
# names the state; one unnamed source of several is "a" source.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv says 28 villages are now under its control.", "Ukrainian government"),
        ("Moscow's defence chiefs claim 2,000 troops were lost.", "Russian defence chiefs"),
        ("Beijing said it would impose tariffs of 34% on US goods.", "Chinese government"),
        ("London's mayor said 300 buses would be added.", "London's mayor"),
        ("Kate Washington said 40 people came. Washington added that 20 left.", "Kate Washington"),
        ("One military insider said 1,250 sq km had been taken.", "a military insider"),
        ("One official said 300 people had fled.", "an official"),
        ("One Labour MP said 300 people had fled.", "One Labour MP"),
        ("One union official said 30 staff had left.", "a union official"),
        ("One other official said 30 staff had left.", "another official"),
        ("THE MINISTER, WHO SAID 40 JOBS WOULD GO, RESIGNED.", "THE MINISTER"),
        ("Nguyen Van Do said 300 people had fled.", "Nguyen Van Do"),
    ],
)
def test_the_claimant_in_its_usual_form(text: str, expected: str) -> None:
    assert extract_claims(text)[-1].claimant == expected


def test_police_scotland_is_a_force_not_a_country() -> None:
    assert extract_claims("Police Scotland said three men had been charged.")[0].claimant == (
        "Police Scotland"
    )


def test_the_who_is_a_body_not_a_relative_pronoun() -> None:
    text = (
        "The World Health Organization (WHO) said on Monday that 40 people had died. The WHO "
        "added that 12 more were ill."
    )
    assert extract_claims(text)[-1].claimant == "World Health Organization"
    assert extract_claims("The WHO said 2,000 cases were reported.")[0].claimant == "The WHO"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Bank of England held interest rates at 5.25% on Thursday.", "The Bank of England"),
        ("The Federal Reserve left rates unchanged at 4.5%.", "The Federal Reserve"),
        ("Lenders raised mortgage rates to 6%.", None),
        ("Barclays Bank cut interest rates to 4%.", None),
    ],
)
def test_a_central_bank_setting_its_rate_is_its_claim(text: str, expected: str | None) -> None:
    assert extract_claims(text)[0].claimant == expected


def test_a_company_named_with_inc_and_a_full_stop_is_one_body() -> None:
    text = (
        'Tarvel Inc. reported a 9% rise in sales on Monday. "It was a solid quarter," said '
        "Ruth Marr, an analyst at Ostrow Partners. Tarvel also said it would cut 300 jobs. "
        "The company said it planned to close 12 stores in Ohio."
    )
    stores = [c for c in extract_claims(text) if c.quantity and c.quantity.text == "12 stores"]
    assert stores[0].claimant is not None
    assert stores[0].claimant.startswith("Tarvel")


def test_an_indefinite_kind_between_commas_after_by_says_what_the_body_is() -> None:
    text = (
        "Prices rose 4% in March, according to Brackwater Energy Analytics. Analysis for this "
        "newspaper by the Ember Trust, a fuel-poverty charity, suggests 2 million homes will "
        "struggle. Renters are worse off: the charity estimates that 30% of them went cold."
    )
    assert claimant_of(text, "30%") == "Ember Trust"


def test_work_done_for_the_paper_by_a_body_is_the_bodys() -> None:
    text = "Modelling for this newspaper by the Ember Trust suggests 2 million homes will struggle."
    assert (claimant_of(text, "2 million homes") or "").removeprefix("the ") == "Ember Trust"


def test_a_name_before_a_place_of_work_is_the_company() -> None:
    text = (
        "Flooding closed a road near Ashby on Tuesday. The MP said she had met staff at the "
        "Marlow Crisps factory who feared for their jobs. The company has said all 140 jobs "
        "are safe."
    )
    claim = next(c for c in extract_claims(text) if c.quantity)
    assert claim.claimant == "Marlow Crisps"


def test_a_ministry_with_another_topic_is_another_ministry() -> None:
    text = (
        "The disaster management ministry now says 1,200 homes were flooded. By noon the total had "
        "risen to 1,500, a ministry spokesman told reporters. Clinics treated 40 residents "
        "for heat exhaustion, the health ministry says."
    )
    assert claimant_of(text, "40 residents") == "the health ministry"


def test_a_spokesperson_after_a_bodys_officials_speaks_for_the_body() -> None:
    text = (
        "Treasury officials told the Gazette that 1,200 grants had been paid. A spokesperson "
        "said 300 more were due."
    )
    assert claimant_of(text, "300") == "Treasury"


def test_the_company_after_a_firm_named_as_an_agency() -> None:
    text = (
        "Lee Carr, 41, of Mill Road, Dunsby, was jailed on Monday. He had worked for the "
        "agency Verity Cleaning for a year.\n\nVerity Cleaning said in a statement that Carr "
        "had been vetted. The company said it had since checked all of its 220 cleaners."
    )
    assert claimant_of(text, "220 cleaners") == "Verity Cleaning"


def test_it_after_a_sentence_opening_with_a_kind_and_a_name() -> None:
    text = (
        "Harlow Council said it had spent £2 million on repairs.\n\n"
        "Tenants' watchdog Fairhomes Harlow surveyed 500 renters last month. It found that "
        "38 per cent had waited over a year for repairs."
    )
    assert claimant_of(text, "38 per cent") == "Fairhomes Harlow"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Marlow Foods, the region's biggest bakery chain, said on Monday that sales fell "
            "3.4% over the winter. It will close 18 of its shops by March, putting about 260 "
            "jobs at risk.",
            "18 of its shops",
        ),
        (
            "Marlow Foods said on Monday that sales fell 3.4% over the winter. It is also "
            "recruiting 120 delivery drivers.",
            "120 delivery drivers",
        ),
    ],
)
def test_a_bodys_plans_right_after_it_spoke_are_its_claim(text: str, figure: str) -> None:
    assert claimant_of(text, figure) == "Marlow Foods"


@pytest.mark.parametrize(
    "text",
    [
        # a person spoke: "It" is no one's plan of theirs
        "Chief executive Dana Marsh said on Monday that sales fell 3.4%. It will close 18 "
        "shops by March.",
        # the body did not open the sentence before
        "Sales fell 3.4% over the winter, Marlow Foods said on Monday. It will close 18 "
        "shops by March.",
    ],
)
def test_it_after_a_person_or_a_tacked_on_source_stays_the_outlets(text: str) -> None:
    assert claimant_of(text, "18 shops") is None


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Denver is asking a federal court to make the government repay its migrant costs. "
            "In its filing, the city said it had spent $38 million on hotel rooms since May.",
            "$38 million",
            "Denver",
        ),
        (
            "Arizona has sued the Bureau of Reclamation over cuts to its water allocation. The "
            "state said it stood to lose 512,000 acre-feet a year.",
            "512,000 acre-feet",
            "Arizona",
        ),
        (
            "Mayor Lorna Quist is asking councillors for more money. The city said it had "
            "spent $12 million on shelters.",
            "$12 million",
            "The city",
        ),
    ],
)
def test_the_city_is_the_place_that_acted_as_a_body(text: str, figure: str, expected: str) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Kestrel Resources has cut its forecast for the year. Chief executive Ann Lee "
            "told analysts the outlook was weak. The miner said output would fall 12% this "
            "year.",
            "12%",
            "Kestrel Resources",
        ),
        (
            "A miner trapped for two days was rescued on Monday. The miner said he had "
            "survived on 2 litres of water.",
            "2 litres",
            "The miner",
        ),
    ],
)
def test_the_miner_is_the_resources_company_named_before(
    text: str, figure: str, expected: str
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "Pellmore will shut its bottling plant in Leeds. Industry minister Tom Avery "
            "called the closure a blow. The company said 300 jobs would go.",
            "300 jobs",
            "Pellmore",
            id="a-portfolio-before-an-office",
        ),
        pytest.param(
            "Quarrow will close two depots. Culture and media secretary Ruth Ames said she "
            "was disappointed. The firm said 140 staff would be offered new roles.",
            "140 staff",
            "Quarrow",
            id="two-portfolios-before-an-office",
        ),
    ],
)
def test_a_capitalised_portfolio_before_an_office_is_no_body(
    text: str, figure: str, expected: str
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "Halsberg Trucks will stop making buses in Bremen. The company said 450 jobs would go.",
            "450 jobs",
            "Halsberg Trucks",
            id="a-truck-maker-is-a-company",
        ),
        pytest.param(
            "The Fair Rent Network, run by Dana Cole, wants evictions halted. Tenants are "
            "owed about £2 million in deposits, the group says.",
            "about £2 million",
            "Fair Rent Network",
            id="a-network-is-a-group",
        ),
        pytest.param(
            "The Clean Rivers Campaign has called for a ban on discharges. Sewage was "
            "released 3,400 times last year, the group says.",
            "3,400 times",
            "Clean Rivers Campaign",
            id="a-campaign-is-a-group",
        ),
        pytest.param(
            "Ardnish Distillers will build a new warehouse near Elgin. Its head of "
            "operations, Moira Grant, said the site had been long awaited. The company "
            "expects to spend £9 million on the project.",
            "£9 million",
            "Ardnish Distillers",
            id="distillers-are-a-company-not-a-person",
        ),
        pytest.param(
            "Fenwick Retail has warned on profits. The company said 30 stores would close.",
            "30 stores",
            "Fenwick Retail",
            id="a-retail-name-is-a-company",
        ),
    ],
)
def test_a_bodys_name_says_what_kind_it_is(text: str, figure: str, expected: str) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "Dunmore Holdings reported annual results on Tuesday that beat forecasts. "
            "Analyst Priya Shah of Kellaway Partners said the recovery looked solid. Its "
            "revenue was £840 million, up 6%.",
            "£840 million",
            "Dunmore Holdings",
            id="its-revenue-after-an-analyst-of-a-firm",
        ),
        pytest.param(
            "Ashby Foods reported a first-quarter loss on Wednesday. Broker Tom Reilly of "
            "Marlow Capital called the figures grim. Their sales were £310 million, down 9%.",
            "£310 million",
            "Ashby Foods",
            id="their-sales-after-a-broker",
        ),
    ],
)
def test_its_measures_after_its_results_are_the_companys(
    text: str, figure: str, expected: str
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "Kelso Pharmaceuticals has beaten expectations. Chief executive Ruth Dale said "
            "demand for its vaccines was holding up. The drugmaker posted a pre-tax profit of "
            "£212 million for the year.",
            "£212 million",
            "Kelso Pharmaceuticals",
            id="a-pre-tax-profit",
        ),
        pytest.param(
            "Brackley Motors had a strong year. The carmaker posted a first-half loss of "
            "€40 million nonetheless.",
            "€40 million",
            "Brackley Motors",
            id="a-first-half-loss",
        ),
    ],
)
def test_results_a_company_posted_with_a_hyphenated_word_are_its(
    text: str, figure: str, expected: str
) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param(
            "9.15am: The Met Office has extended its yellow warning for snow across northern "
            "Scotland. Transport Secretary Mark Dale urged drivers to take care. Up to 20cm of "
            "snow could fall on higher ground, the forecaster said.",
            "Up to 20cm",
            "Met Office",
            id="met-office-after-a-minister",
        ),
        pytest.param(
            "The National Weather Service issued a flood watch for the county. Up to 4 inches "
            "of rain could fall by Tuesday, the forecaster said.",
            "Up to 4 inches",
            "National Weather Service",
            id="a-weather-service",
        ),
        pytest.param(
            "Meteorologist Jane Hardy of the Bureau of Meteorology spoke on Monday. Up to 40mm "
            "of rain could fall, the forecaster said.",
            "Up to 40mm",
            "Jane Hardy",
            id="a-meteorologist-named-stays-the-forecaster",
        ),
    ],
)
def test_the_forecaster_is_the_weather_service_named(text: str, figure: str, expected: str) -> None:
    assert claimant_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Youth unemployment in Geelong rose to 11.2 per cent in May, Jobs and Skills "
            "Australia's figures show, the highest level since 2020.",
            "11.2 per cent",
            "Jobs and Skills Australia",
        ),
        (
            "Call-outs to chimney fires rose to 4,900 last winter, Fire and Rescue NSW data show.",
            "4,900",
            "Fire and Rescue NSW",
        ),
    ],
)
def test_a_bodys_name_with_and_before_its_figures_is_read_whole(
    text: str, figure: str, expected: str
) -> None:
    assert claimant_of(text, figure) == expected
