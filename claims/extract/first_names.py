"""Common given names by the gender news copy usually gives them, for "he"/"she".

Only a hint: a person whose first name is here starts with that gender, so a "she" two
sentences on skips the man quoted in between. A title ("Mrs", "spokeswoman") or an
earlier pronoun decides when the name is not listed; names used for both are left out.
"""

from __future__ import annotations

from claims.extract.lexicon import words

FEMALE: frozenset[str] = words(
    """abigail ada adriana agnes aisha alexandra alice alicia alina amanda amelia amy ana
    anastasia andrea angela angelica anita anja ann anna anne annette antonia astrid
    barbara beatrice bella bettina bianca birgit brenda bridget camille carla carmen
    carol caroline catherine cecilia charlotte chiara christina christine claire clara
    claudia colette cristina daniela deborah diana dolores dorothy edith elena eleanor
    elisa elizabeth ella ellen elsa emilia emily emma erin eva eve fatima fiona francesca
    freya gabriela gemma georgia giulia grace greta hanna hannah harriet heidi helen
    helena helga ilse ines ingrid irene irina iryna isabel isabella jane janet jasmine
    jennifer jessica joanna johanna josephine judith julia julie karen karin katarzyna
    kate katharina katherine kathleen katrin laura lea leah lena linda lisa liz lotte
    louise lucia lucy lydia magda magdalena maja margaret margarethe maria marie marina
    marta martha mary maya megan melanie mia michelle monika nadia natalia natasha nicola
    nina nora olga olivia paola patricia paula petra priya rachel rebecca renate rita
    rosa rose ruth sabine sandra sara sarah silvia simone sofia sonia sophie stella
    susan susanne svetlana tamara tanya teresa tina ursula valentina vanessa vera
    veronica victoria wendy yasmin yulia zainab zoe zofia"""
)
MALE: frozenset[str] = words(
    """aaron abdul adam adrian ahmed alan albert aleksandr alexander alexei ali andreas
    andrew andrzej anton antonio arthur bart ben benjamin bernard bill bob boris brian
    bruno carl carlos charles chris christian christopher colin daniel david dennis
    dieter dmitry dominic donald douglas edward emmanuel eric erik ernst felix fernando
    frank franz frederick gary george gerhard giovanni giuseppe gordon graham gregory
    hans harry heinrich henry hugo ian igor ivan jack jacob jakob james jan javier jean
    jeffrey jim johan johannes john jonathan jorge jose joseph juan jurgen karl keith
    kenneth klaus kevin lars leon leonard liam lorenzo louis luca lucas ludwig luis marco
    marcus mark martin matthew max michael miguel mikhail mohammed muhammad nicholas niels
    nikolai oleg oleksandr oliver omar oscar pablo patrick paul pavel pedro peter philip
    pierre pieter piotr rafael ralph ramon raymond ricardo richard robert roberto roger
    ronald rui ryan samuel sean sebastian sergei sergey simon stefan stephen steven
    thomas tim timothy tobias tom tomas tony victor viktor vincent vladimir volodymyr
    walter werner william wolfgang yuri"""
)


def gender_of(first_name: str) -> str | None:
    """ "f", "m", or None when the name is not a listed one."""
    lowered = first_name.lower()
    if lowered in FEMALE:
        return "f"
    if lowered in MALE:
        return "m"
    return None
