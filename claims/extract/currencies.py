"""Currencies as copy writes them: signs and prefixes before a figure ("$", "HK$", "KSh",
"Rs", "R350 million"), ISO codes, and currency words after it ("25,000 rupees",
"Canadian dollars"), and whether "pounds" after a figure are money or weight."""

from __future__ import annotations

import re

from claims.extract.lexicon import words

ISO_CODES = sorted(  # not COP (COP28), PHP (PHP 8), SAR (search and rescue), TRY, PEN
    words(
        """USD EUR GBP INR JPY CNY RMB MXN BRL ZAR KES NGN AUD CAD CHF SGD HKD NZD IDR MYR PKR
        BDT EGP GHS UGX TZS ARS CLP THB VND KRW RUB UAH PLN SEK NOK DKK AED"""
    )
)
CURRENCY_SYMBOLS = {
    "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "A$": "AUD",
    "C$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "₱": "PHP",
    "₦": "NGN", "₩": "KRW", "₺": "TRY", "₽": "RUB", "₴": "UAH", "KSh": "KES", "Ksh": "KES",
    "Sh": "KES", "Rs": "INR", "Rs.": "INR", "Rp": "IDR", "RM": "MYR", "Tk": "BDT",
    "GH¢": "GHS", "GH₵": "GHS", "₵": "GHS",
    "R": "ZAR", "N": "NGN", "P": "PHP",  # "R350 million", "N1,200", "R14.60", "P1.4
    # billion": the rand, the naira and the Philippine peso, with a scale, grouped thousands
    # or cents (not the R71 road, an N95 mask, a P45 form)
    **{code: code for code in ISO_CODES}, "RMB": "CNY",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY",
    "rupee": "INR", "rouble": "RUB", "ruble": "RUB", "hryvnia": "UAH", "franc": "CHF",
    "rand": "ZAR", "zloty": "PLN", "shekel": "ILS", "koruna": "CZK", "forint": "HUF",
    "naira": "NGN", "ringgit": "MYR", "rupiah": "IDR", "lira": "TRY", "pence": "GBX",
    "penny": "GBX", "reais": "BRL", "dirham": "AED", "riyal": "SAR", "taka": "BDT",
    "cedi": "GHS", "baht": "THB",
}  # fmt: skip
DOLLARS = {"Canadian": "CAD", "Australian": "AUD", "New Zealand": "NZD", "Hong Kong": "HKD",
           "Singapore": "SGD"}  # fmt: skip
# What may stand before a figure's digits, for a verbose pattern's "cur" group.
CURRENCY_PREFIX = (
    r"""US\$|[ACURS]\$|HK\$|NZ\$|[$€£¥₹₱₦₩₺₽₴]|K[Ss]h\s?|Sh(?=\d)
    |Rs\.?\s?|Rp\s?|RM\s?|Tk\s?
    |GH¢\s?|GH₵\s?|₵
    |[RNP](?=\d{1,3}(?:,\d{3})+|\d+\.\d\d(?!\d|\.\d)|\d+(?:\.\d+)?[\s-]?(?:million|billion|trillion|bn|m|tn|trn|B|M)\b
    |\d{2,3}\s+(?:a|per)\s+(?:litre|liter|kg|kilo|bag|loaf|day|week|month|year)\b)
    |(?:"""
    + "|".join(ISO_CODES)
    + r""")\s?"""
)
# Currencies named by a nation and a word another currency shares: "Swiss francs".
NATIONAL_CURRENCIES = {
    ("Swiss", "franc"): "CHF", ("Congolese", "franc"): "CDF", ("CFA", "franc"): "XOF",
    ("Rwandan", "franc"): "RWF", ("Burundian", "franc"): "BIF", ("Guinean", "franc"): "GNF",
    ("Egyptian", "pound"): "EGP", ("Sudanese", "pound"): "SDG", ("Lebanese", "pound"): "LBP",
    ("Syrian", "pound"): "SYP", ("South Sudanese", "pound"): "SSP",
}  # fmt: skip
_NATIONS = [*DOLLARS, *dict.fromkeys(nation for nation, _ in NATIONAL_CURRENCIES)]
# A currency word after a figure: "25,000 rupees", "40 Canadian dollars", "5 million Swiss
# francs"
CURRENCY_WORD_AFTER = re.compile(
    r"\s+(?:US\s+|American\s+|(?P<nation>"
    + "|".join(nation.replace(" ", r"\s+") for nation in sorted(_NATIONS, key=len, reverse=True))
    + r")\s+)?(?P<word>"
    + "|".join(CURRENCY_WORDS)
    + r")s?\b"
)


def pounds_are_money(sentence: str, pos: int, value: float) -> bool:
    """ "400,000 pounds" recovered is money; "400,000 pounds of cargo" and what something
    weighs are not. Small sums stay ambiguous ("lost 30 pounds") and are left as weight."""
    if _POUNDS_OF_GOODS.match(sentence, pos):
        return False  # "1.2 million pounds of food", "300,000 pounds of cocaine"
    if value >= 1e6:
        return True
    weight = _POUNDS_OF.match(sentence, pos) or _WEIGHS.search(sentence)
    return value >= 1000 and weight is None


_POUNDS_OF = re.compile(r"\s+pounds?\s+of\b", re.IGNORECASE)
_POUNDS_OF_GOODS = re.compile(
    r"\s+pounds?\s+of\s+(?:[a-z-]+\s+){0,2}?(?:food|produce|meat|beef|pork|chicken|fish|"
    r"seafood|fruit|vegetables|potatoes|rice|flour|sugar|coffee|cheese|butter|milk|grain|"
    r"cocaine|heroin|cannabis|marijuana|methamphetamine|fentanyl|drugs|explosives?|fireworks|"
    r"waste|trash|garbage|rubbish|plastic|debris|scrap|steel|metal|copper|ore|coal|feed)\b"
)
_WEIGHS = re.compile(r"\bweigh|\bheav(?:y|ier)\b|\bpayload|\bcargo\b", re.IGNORECASE)


def currency_after(sentence: str, pos: int, value: float) -> tuple[str, int] | None:
    """The currency a word after a figure at `pos` names ("25,000 rupees", "40 Canadian
    dollars"), and where it ends; pounds only when they are money."""
    found = CURRENCY_WORD_AFTER.match(sentence, pos)
    if found is None:
        return None
    word = found.group("word")
    if word == "pound" and not pounds_are_money(sentence, pos, value):
        return None
    nation = " ".join((found.group("nation") or "").split())
    currency = (
        NATIONAL_CURRENCIES.get((nation, word))
        or (DOLLARS.get(nation) if word == "dollar" else None)
        or CURRENCY_WORDS[word]
    )
    return currency, found.end()
