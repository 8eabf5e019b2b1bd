"""Common given names by the gender news copy usually gives them, for "he"/"she".

Only a hint: a person whose first name is here starts with that gender, so a "she" two
sentences on skips the man quoted in between. A title ("Mrs", "spokeswoman") or an
earlier pronoun decides when the name is not listed; names used for both are left out.
"""

from __future__ import annotations

from claims.extract.lexicon import words

FEMALE: frozenset[str] = words(
    """abigail ada adriana agnes aileen aisha alexandra alice alicia alina alison amanda
    amber amelia amy ana anastasia andrea angela angelica anita anja anjali ann anna
    annabel anne annette antonia anya aoife astrid barbara beatrice beatriz bella bethan
    bettina bianca birgit brenda bridget brigid caitlin camille carla carmen carol
    caroline carys catherine catriona cecilia ceri cerys charlotte chiara chidinma chloe
    christina christine claire clara clarissa claudia colette constance cora cristina
    daniela daphne dawn deborah delia denise diana diane dolores donna dorota dorothy
    edith eileen elaine eleanor elena elisa elizabeth ella ellen eloise elsa emilia emily
    emma erin esther eva eve evelyn fatima felicity fiona florence francesca freya
    gabriela gemma georgia gillian giulia grace greta gwen gwyneth hanna hannah harriet
    hazel heather heidi helen helena helga hilary ilse imogen ines ingrid irene irina
    iryna isabel isabella isla jacqueline jane janet janice jasmine jemima jennifer
    jessica jill joan joanna jocelyn johanna josephine joyce judith judy julia julie june
    karen karin katarzyna kate katharina katherine kathleen katrin kirsty lara laura
    lauren lea leah leanne lena linda lisa liz lorna lorraine lotte louise lucia lucy
    lydia lynn magda magdalena mairead maja marcia margaret margarethe margot maria marian
    marie marina marjorie marta martha mary maureen maxine maya megan mei melanie mia
    michelle miriam moira molly monika morag nadia nadine naomi natalia natasha ngozi
    niamh nicola nina nkechi nora norah olga olivia pamela paola patricia paula pauline
    penelope petra philippa phoebe polly priya rachel rebecca renate rhiannon rita roisin
    rosa rosalind rose rosemary roxanne ruth sabine sadie samantha sandra sara sarah
    shannon sharon sheila shirley sian silvia simone sinead siobhan sofia sonia sonya
    sophie stella susan susanna susanne svetlana tabitha tamara tanya tara teresa tessa
    theresa tina tracey ursula valentina valerie vanessa vera veronica victoria vivienne
    wendy winifred yasmin yulia yvonne zainab zara zoe zofia"""
)
MALE: frozenset[str] = words(
    """aaron abdul abdullah adam adrian ahmad ahmed aidan alan alasdair albert aleksandr
    alexander alexei ali alistair amir andreas andrew andrzej angus anil anthony anton
    antonio archie arjun arthur barry bart ben benedict benjamin bernard bill bob boris
    bradley brendan brian bruno callum calum cameron carl carlos charles chris christian
    christopher ciaran clive colin connor craig cyril daniel darren david dean declan
    dennis derek desmond dieter dmitry dominic dominik donald douglas duncan dylan eamon
    edward emmanuel eric erik ernst euan ewan felix fergus fernando finn francis frank
    franz frederick gareth gary gavin geoffrey george gerald gerhard giovanni giuseppe
    glen glenn gordon graham gregory gustav hamish hans harold harry heinrich henry howard
    hugo hussein huw iain ian ibrahim ifan igor imran isaac ivan ivor jack jacob jakob
    james jan javier jeffrey jeremy jim johan johannes john jonas jonathan jorge jose
    joseph joshua juan julian jurgen kareem karl keith kenneth kevin klaus kwame lachlan
    lars lawrence leon leonard lewis liam lorenzo louis luca lucas ludwig luis luke
    malcolm marco marcus marek mark martin matthew matthias max mehmet michael miguel
    mikhail mohammed muhammad neil nicholas niels nigel nikolai noel norman oleg oleksandr
    oliver omar oscar owen pablo patrice patrick paul pavel pedro perry peter philip
    pierre pieter piotr quentin rafael raj rajesh ralph ramon ravi raymond reginald rhodri
    rhys ricardo richard robert roberto roderick rodney roger ronald rory ross rui rupert
    russell ryan samuel scott seamus sean sebastian sergei sergey shaun simon stefan
    stephen steven stuart terence theo thomas tim timothy tobias tom tomas tony trevor
    tristan victor vikram viktor vincent vladimir volodymyr walter wayne werner william
    wilmer wolfgang yuri yusuf"""
)


def gender_of(first_name: str) -> str | None:
    """ "f", "m", or None when the name is not a listed one."""
    lowered = first_name.lower()
    if lowered in FEMALE:
        return "f"
    if lowered in MALE:
        return "m"
    return None
