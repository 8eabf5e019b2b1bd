"""Word lists shared by the sentence, attribution and check-worthiness rules."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string."""
    return frozenset(text.split())


# Verbs that introduce reported speech, in the forms news copy uses them.
SPEECH_VERBS: frozenset[str] = words(
    """said says say told tells claimed claims added adds insisted insists warned warns
    denied denies announced announces stated states argued argues asserted asserts
    explained explains noted notes wrote writes tweeted posted acknowledged acknowledges
    admitted admits confirmed confirms reported reports estimated estimates predicted
    predicts unveiled unveils dismissed dismisses suggested suggests declared declares maintained
    maintains replied responded contended contends alleged alleges promised promises
    pledged pledges vowed vows boasted boasts countered counters conceded concedes
    stressed stresses emphasized emphasised emphasizes emphasises revealed reveals
    disclosed discloses testified testifies recalled recalls repeated repeats indicated
    indicates complained complains observed observes commented comments agreed agrees
    believes believed thinks thought asked asks fumed fumes raged rages blasted slammed
    slams hailed urged urges cautioned cautions quipped joked lamented pleaded demanded
    forecast forecasts projected expects expect remarked reminded reminds recommends
    recommended accepted accepts blamed blames reckon reckons reckoned plans intends aims
    assured assures reiterated reiterates reaffirmed reaffirms restated restates clarified
    clarifies"""
)
# Before "to" and a verb of saying, the speech is still to come: "is expected to say that"
FORETOLD: frozenset[str] = words("expected due set poised going likely")
SPEECH_VERBS_PATTERN: str = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))

# Words that name an office or a kind of speaker; they precede or replace a name.
ROLE_WORDS: frozenset[str] = words(
    """president vice prime minister secretary senator sen. rep. representative congressman
    congresswoman governor gov. mayor chancellor general gen. chief director spokesman
    spokeswoman spokesperson ceo chairman chairwoman chair judge justice king queen
    prince princess pope dr. mr. mrs. ms. prof. professor commissioner ambassador
    adviser advisor envoy leader premier speaker minister deputy foreign defence defense
    finance health interior economy economic trade home state treasury attorney
    lieutenant colonel col. lt. captain capt. commander admiral officer sheriff
    executive founder head analyst economist researcher scientist expert official
    spokesperson president-elect candidate lawmaker mp senior former acting top national
    security energy climate education justice opposition party press communications
    government federal regional junior assistant associate lead councillor councilor
    alderman cllr atty atty. engr engr. prosecutor lawyer barrister solicitor advocate detective
    superintendent inspector sergeant constable brigadier brig. marshal
    coach manager editor backbench backbencher shadow director-general secretary-general
    attorney-general governor-general solicitor-general auditor-general inspector-general
    surgeon-general commissioner-general editor-in-chief commander-in-chief coroner actor
    actress singer rapper comedian presenter broadcaster nurse midwife striker midfielder
    defender goalkeeper footballer boxer skipper boss star academic fisherman farmer teacher
    shopkeeper pensioner grandmother grandfather grocer carmaker retailer mec cs treasurer
    taoiseach tánaiste td mla mpp dcp acp igp cp pastor archbishop bishop imam rabbi
    cardinal witness trawlerman tenant promoter referee gp engineer retired plumber
    electrician mechanic paramedic firefighter pharmacist surgeon carer campaigner activist
    ranger warden ecologist conservationist volunteer
    businessman businesswoman landlord publican chef architect accountant surveyor builder
    statistician-general statistician registrar-general accountant-general surveyor-general
    comptroller auditor ombudsman meteorologist forecaster epidemiologist virologist
    pathologist psychologist psychiatrist dentist historian novelist author photographer
    filmmaker headteacher headmaster headmistress policymaker great-grandmother
    great-grandfather"""
)

# Lower-case words that make a capitalised sequence an organisation rather than a person.
ORG_WORDS: frozenset[str] = words(
    """ministry agency bank party council company corporation corp inc ltd group university
    department office committee commission news times post journal reuters institute
    association union court parliament congress senate house army navy police service
    services board authority fund organisation organization foundation federation bureau
    administration government kremlin pentagon centre center network press tribune
    herald guardian telegraph gazette associated club league airlines airways motors
    bureau tass interfax xinhua ria research observatory united data analytics partners
    capital holdings systems energy aviation mobility logistics technologies labs media
    lifeline institute watch alliance coalition forum trust council commission
    statistics society water rail railways mining metals steel foods pharmaceuticals
    insurance telecom utilities industries ventures biologics orbital robotics therapeutics
    solutions brands airport chamber chambers treasury confederation college community
    tv television radio broadcasting securities economics macroeconomics consulting
    consultants advisers advisors investments associates"""
)

# Nouns that stand for an organisation already named: "the company", "the airline".
ORG_NOUNS: frozenset[str] = words(
    """company firm group carrier airline club charity agency platform report study survey
    poll union federation association organisation organization operator insurer bank
    retailer manufacturer carmaker automaker business developer council authority
    ministry department office observatory institute watchdog regulator pollster
    broadcaster newspaper network website site portal lender utility supplier maker
    producer giant chain start-up startup trust grocer supermarket housebuilder brewer
    drugmaker chipmaker exporter university college hospital provider consultancy broker
    think-tank distributor alliance guild commission committee service bureau
    administration telco conglomerate refiner reinsurer paper daily tabloid panel inquiry
    tribunal society hospice school army planemaker shipbuilder steelmaker fund brand miner
    installer"""
)

PRONOUNS: frozenset[str] = frozenset(["he", "she", "they", "it", "we", "i"])

# Capitalised words that start sentences or name times and places, never people.
NOT_NAMES: frozenset[str] = words(
    """the a an he she it they we i you his her its their our my this that these those
    there here but and or so yet in on at by for from to with as if when while after
    before since although though however meanwhile still then now last earlier later
    according what who why how where some many most all no one mr mrs ms dr monday
    tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep
    sept oct nov dec today yesterday tomorrow both each every asked speaking writing
    despite during under over about around nearly more than also officials police
    sources critics experts analysts shares tonight unlike among amid amidst following
    without within across beyond besides including unless whether once because instead
    overall until throughout upon nor"""
)

# What a sentence opening "Sales rose 12%, the company said" measures: no company's name.
MEASURE_NOUNS: frozenset[str] = words(
    """revenue revenues sales turnover profit profits pre-tax earnings income headcount
    output exports imports inflation unemployment prices orders bookings margins costs
    spending borrowing debt demand production traffic growth deliveries attendance footfall
    subscribers membership enrolment enrolments volumes emissions wages pay rents losses"""
)

# "a memo seen by the Wire": who saw a document, not who wrote it
SEEN_BY = words("seen obtained reviewed viewed leaked")

# Speaker phrases: what opens, qualifies or heads them.
DETERMINERS = words("""the a an one another his her its their our your my this that these those""")
# Words that open a relative clause: "the plan, which critics say ...", "X, who ..., said".
RELATIVES = words("which who whom whose that where")
# Words that qualify a noun but never head a speaker phrase: "the full report",
# "the latest estimate" are nouns, not "the full" reporting.
NON_HEADS = words(
    """full latest final initial original first second new annual interim
    preliminary previous same whole entire own overall revised updated detailed recent
    next last early late leaked internal independent separate further additional"""
)
# Adjectives that may open a sentence before a body's name and its document or people:
# "Leaked Treasury papers", "Internal Home Office documents"
OPENING_ADJECTIVES = words("internal leaked confidential secret unpublished latest official")
PLURAL_SPEAKERS = words(
    """officials police analysts experts critics residents witnesses authorities
    prosecutors investigators doctors economists scientists researchers sources
    diplomats lawmakers protesters organisers organizers campaigners locals activists
    managers executives voters people staff workers unions parents teachers observers
    forecasters medics rescuers officers engineers regulators ministers leaders
    commanders media traders dealers bankers brokers insiders farmers nurses builders cops
    detectives crew"""
)
DOCUMENTS = words(
    """report survey poll study figures data analysis assessment statement transcript
    bulletin accounts estimate estimates projections forecast records filing draft memo
    papers documents findings results inspection audit review tally evaluation breakdown
    statistics document dashboard email letter minutes briefing probe meta-analysis surveys
    polls audits forecasts prospectus filings filing notice note statements submission
    submissions tables plan plans proposals strategy indictment manifesto chargesheet sheet
    emails memos"""
)


# Words that scale a figure written before them: "the $4.61 billion analysts expected".
SCALE_WORDS = words("thousand million billion trillion bn m crore lakh")
# Nouns of a change in a figure: "the 2.1% drop economists had expected".
CHANGE_NOUNS = words("drop rise fall increase decrease cut gain jump decline growth hike")
