"""The relation rules: for each language, regular expressions over slotted sentences that say who
belongs to which organisation, in which role, and whether still (``affiliations`` applies them).

``{P}`` is a person, ``{O}`` an organisation the person belongs to with the rule's status, ``{X}``
one the person has left, ``{R}`` a job title, ``{U}`` the name of a unit the person leads.
``{PS}``/``{OS}``/``{XS}`` accept lists ("bei Alibaba DAMO Academy und QuantConnect"), ``{PA}`` lists
of people with appositions ("fondée par Camille Roux, ancienne chercheuse du CEA-Leti, et ..."). A rule
without a person applies to the sentence's subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .result import Status

_ITEM_START = r"(?:par |chez |bei |at |von |de |d['’])?(?:der |die |dem |den |des |the |la |le |les |l['’])?"
_AND = r"(?:und|and|et|sowie|as well as|ou|or)"
# After a bare comma, an item ends the list or another follows: in "docteur de l'université Grenoble
# Alpes, Ondo emploie 80 personnes", Ondo starts the main clause.
_LIST = "(?:,? " + _AND + r"\s" + _ITEM_START + "{one}|," + r"\s" + _ITEM_START + "{one}(?=[,.;)]| " + _AND + r"\s|$))*"
# A person in a list may carry an apposition with a title or an organisation: "Camille Roux, ancienne
# chercheuse du CEA-Leti, et Karim Haddad"
_APPOSITION = r"(?:, [^⟦⟧.;,]{0,30}?(?:⟦[OR]\d+⟧[^⟦⟧.;,]{0,25}?){1,2}(?=,))?"
_HONORIFICS = r"(?:(?:Dr\.|Prof\.|Mr\.|Mrs\.|Ms\.|M\.|Mme|Herr|Frau) )*"
_MACROS = {
    "P": _HONORIFICS + r"(?P<p>⟦P\d+⟧)",
    "PS": r"(?P<p>(?:⟦R\d+⟧ )?⟦P\d+⟧" + _LIST.format(one=r"(?:⟦R\d+⟧ )?⟦P\d+⟧") + ")",
    # founders, each perhaps with an apposition (elsewhere an apposition after a list is about all of it)
    "PA": r"(?P<p>⟦P\d+⟧" + _APPOSITION + _LIST.format(one=r"⟦P\d+⟧" + _APPOSITION) + ")",
    "O": r"(?P<o>⟦O\d+⟧)",
    "OS": r"(?P<o>⟦O\d+⟧" + _LIST.format(one=r"⟦O\d+⟧") + ")",
    "X": r"(?P<x>⟦O\d+⟧)",
    "XS": r"(?P<x>⟦O\d+⟧" + _LIST.format(one=r"⟦O\d+⟧") + ")",
    "R": r"(?P<r>⟦R\d+⟧)",
    "U": r"(?P<u>[\w-]+(?: [\w-]+){0,3}?)",
    # an article, and a company noun before a name: "la société Mistral AI", "das Start-up Lumenio"
    "ART": r"(?:der |die |das |dem |den |des |eine[rmn]? |the |a |an |its |le |la |les |l['’]|un |une |du |de la )?"
           r"(?:(?:société|entreprise|start-up|jeune pousse|équipementier|constructeur|fabricant|éditeur|groupe|company"
           r"|firm|Firma|Unternehmen|Konzern|Start-up|Hersteller|Zulieferer) )?",
    "GAP": r"[^⟦⟧.;]{0,70}?",
    "GAPO": r"(?:[^⟦⟧.;]|⟦[OR]\d+⟧){0,90}?",  # may pass organisations and titles
    "GAPR": r"(?:[^⟦⟧.;]|⟦R\d+⟧){0,70}?",  # may pass titles
    "AN": r"(?:an der |an dem |am |an |im |in der |in )",
    "W": r"(?:[\w-]+ ){0,3}",
    "RQ": r"(?: [^⟦⟧,.;]{0,50}?)? ",  # what a title is of: "directeur de la recherche sur les moteurs ... de X"
}
# Org-level titles: "Firmenchef Wang Chuanfu" belongs to the company the article is about.
ORG_LEVEL = {"ceo", "president", "founder", "co-founder", "chair", "cfo", "cto", "coo", "chief ai officer",
              "vice president", "managing director", "board member"}


@dataclass(frozen=True)
class Rule:
    """A pattern, the status it gives {O}, its role when no title is matched, and whether an
    organisation not named in the match may be taken from the context: "" never, "title" for
    organisation-level titles only ("Firmenchef Wang"), "any" always ("joins as a researcher"),
    "nearest" the one named last before ("Moderna said ... Daniel Okafor, its head of research"),
    "subject" the sentence's first ("TRI, the research arm of Toyota, has named P as its new R")."""

    pattern: str
    status: Status = "current"
    role: str = ""
    context_org: str = ""


_RULES: dict[str, list[Rule]] = {
    "de": [
        Rule(r"(?:[Ee]hemalige[rn]?|[Ff]rühere[rn]?|Ex-) ?{O}-{R} {P}", "former"),
        Rule(r"{O}-{R},? {P}"),
        Rule(r"{O} {R} {P}"),
        Rule(r"{R} (?:von |bei |beim |des |der |im ){ART}{O},? {P}"),
        Rule(r"{R}(?: und ⟦R\d+⟧)? (?:von |bei |beim |des |der ){ART}{O} (?:ist|wird|bleibt) {P}"),
        Rule(r"{P}, {ART}(?:[Ee]hemalige[rn]?|[Ff]rühere[rn]?) {W}{R} (?:von |bei |beim |des |der |im ){ART}{O}",
             "former"),
        Rule(r"{P}, {ART}{W}{R} (?:von |bei |beim |des |der |im ){ART}{O}"),
        Rule(r"{P} (?:ist|wird|bleibt) {ART}{W}{R} (?:von |bei |beim |des |der |im ){ART}{O}"),
        Rule(r"{P} war {ART}{W}{R} (?:von |bei |beim |des |der |im ){ART}{O}", "former"),
        Rule(r"{R} {P}", context_org="title"),
        Rule(r"wechselt\w* {GAP}von {ART}{X} (?:zu|nach|an) {ART}{O}"),
        Rule(r"{O} (?:hat|holt|holte|hatte)\b{GAPR}{P}{GAPO}(?:abgeworben|angeworben|eingestellt|geholt|verpflichtet"
             r"|berufen|engagiert|ernannt|gewonnen)"),
        Rule(r"{O} (?:holt|holte|verpflichtet|verpflichtete|beruft|berief|ernennt|ernannte) {GAPR}{P}"),
        Rule(r"{P}{GAPO}\b(?:zu|nach) {ART}{O} (?:gewechselt|gegangen|zurückgekehrt|gestoßen)"),
        Rule(r"(?:kommt|wechselt|stößt|geht)\b[^⟦]{0,30}?(?:langjährige|bisherige|ehemalige)[rn]? {X}-{R} {P}",
             "former"),
        # ... and comes to the company the article is about
        Rule(r"(?:kommt|wechselt|stößt)\b[^⟦]{0,30}?(?:langjährige|bisherige|ehemalige)[rn]? ⟦O\d+⟧-⟦R\d+⟧ {P}",
             context_org="any"),
        Rule(r"(?:zuvor|bisher|bislang|zuletzt|ehemals|vormals) {ART}{W}{R}{GAP}(?:von |bei |des |der ){ART}{X}",
             "former"),
        Rule(r"{O} (?:bekommt|erhält|hat) (?:eine[nr]? )?neue[nr]? {R}: {P}"),
        Rule(r"(?:der|die|hat|hatte) {ART}{X} {GAP}verlassen", "former"),
        Rule(r"(?:inzwischen|mittlerweile|nun|jetzt|heute) {ART}{W}{R} (?:bei |von |des |der ){ART}{O}"),
        Rule(r"(?:inzwischen|mittlerweile|nun|jetzt|heute) (?:bei|beim) {ART}{W}{O} {ART}{U} "
             r"(?:leitet|führt|verantwortet)", role="head of {U}"),
        Rule(r"(?:inzwischen|mittlerweile|nun|jetzt|heute) (?:bei|beim) {ART}{W}{O}", role="employee"),
        Rule(r"{P}{GAPO}\bwechselt\b[^⟦⟧;]{0,50}? (?:zu|nach) {ART}{O}"),
        Rule(r"(?:der|die) {GAP}bei {ART}{X} (?:führte|leitete|verantwortete|arbeitete|tätig war)", "former"),
        Rule(r"{P} hatte {ART}{X} {GAP}(?:geführt|geleitet)", "former", role="head"),
        Rule(r"übernimmt (?:[^⟦⟧;]{0,30}? )?(?:die|den) (?:[a-zäöü]\w* )?(?:Führung|Leitung|Vorsitz)"
             r"(?: der Geschäftsführung| des Vorstands| des Aufsichtsrats| des Verwaltungsrats)?"
             r" (?:von |bei |der |des ){ART}{O}", role="head"),
        Rule(r"{P}{GAPO}\bübernimmt {GAP}(?:die|den) (?:[a-zäöü]\w* )?(?:Führung|Leitung|Vorsitz)"
             r"(?! (?:der|des|von) ⟦)", role="head", context_org="any"),
        Rule(r"hat {AN}{ART}{OS} (?:[A-ZÄÖÜ][\w-]* )?(?:promoviert|studiert)", "former", role="alumni"),
        Rule(r"vor (?:ihrer|seiner) Zeit bei {ART}{X}", "former"),
        Rule(r"arbeitete {GAPO}(?:Jahre?|lang) als {ART}{W}{R} (?:bei|für) {ART}{XS}", "former"),
        Rule(r"{P} (?:von der|vom) {O}(?=[.,]|$)", role="member"),
        Rule(r"(?:der|die) bei {ART}{X} (?:zuletzt |bislang |bisher |lange )?{GAPR}(?:führte|leitete|verantwortete"
             r"|arbeitete|tätig war)", "former"),
        Rule(r"{P}{GAPO}\bwird {ART}{W}{R}(?! (?:von|bei|des|der) ⟦)", context_org="any"),
        Rule(r"{P}{GAP}in den (?:Verwaltungsrat|Aufsichtsrat|Vorstand|Beirat) (?:von |des |der |bei ){ART}{O}",
             role="board member"),
        Rule(r"[Bb]ei {ART}{X} (?:hatte|war)(?: {P})? {GAPR}(?:geleitet|geführt|verantwortet|gearbeitet|tätig)"
             r"(?! ⟦O)", "former"),
        Rule(r"{P} (?:soll|wird)(?: ab \w+| künftig| nun| dort)? {ART}(?:[a-zäöüß][\w-]* )*{U} "
             r"(?:leiten|führen|verantworten)", role="head of {U}", context_org="any"),
        Rule(r"{P}{GAP}von {ART}{XS} (?:ab|an)?(?:geworben|gezogen|geholt|gekommen|gewechselt)", "former"),
        Rule(r"{P}{GAPO}(?:abgeworben|angeworben|geholt|eingestellt|berufen|verpflichtet)[^⟦]{0,30}?"
             r"um {ART}{O}? ?{U} zu (?:leiten|führen|verstärken)", role="head of {U}"),
        Rule(r"{O}{GAP}\b{U} unter (?:der )?(?:Leitung|Führung) (?:von |des |der )?{W}{P}", role="head of {U}"),
        Rule(r"{P} (?:leitet|führt|verantwortet) (?:seit \S+ )?{ART}{O}? ?{U}(?=[ ,.])", role="head of {U}"),
        Rule(r"{P}{GAP}zu (?:einer|einem) {W}(?:im|in der|bei|von) {O}", role="member"),
        Rule(r"arbeitet(?: {P})? {GAPR}(?:bei |für |{AN}){ART}{OS}", role="employee"),
        Rule(r"(?:arbeitete|forschte|tätig war)(?: {P})? {GAPR}(?:bei |für |{AN}){ART}{OS}", "former", role="employee"),
        Rule(r"war {GAP}(?:als {ART}{W}{R} )?(?:bei|für) {OS} (?:tätig|beschäftigt|angestellt)", "former",
             role="employee"),
        Rule(r"(?:[Zz]uvor|[Vv]orher|[Ff]rüher|[Dd]avor)(?: \w+)?(?: {P})? {GAPR}(?:bei |beim |für |{AN}){ART}{W}{OS}",
             "former",
             role="employee"),
        Rule(r"(?:hatte|war)(?: {P})? {GAPO}bei {ART}{XS} {GAP}(?:gearbeitet|tätig|beschäftigt|geforscht)", "former"),
        Rule(r"(?:[Ss]tudiert|[Pp]romoviert)(?: und (?:promoviert|studiert))? hat(?: {P})? {GAP}{AN}{ART}{OS}",
             "former", role="alumni"),
        Rule(r"als (?:Doktorand\w*|Student\w*|Absolvent\w*) (?:{AN}|bei ){ART}{OS}", "former", role="alumni"),
        Rule(r"{P} (?:führt|leitet) {ART}{O} als {ART}{R}"),
        Rule(r"die (?:Leitung|Führung) (?:der|des|von) {GAPO}{O}{GAP}übernommen", role="head"),
        Rule(r"(?:im|in den) (?:Beirat|Aufsichtsrat|Verwaltungsrat|Vorstand) (?:von |des |der )?{ART}{O}",
             role="board member"),
        Rule(r"{P}{GAPO}\bleitet (?:ab sofort |künftig |nun |seit \S+ )?{ART}(?:[a-zäöüß][\w-]* )*{U} "
             r"(?:von |bei |des |der ){ART}{O}", role="head of {U}"),
        Rule(r"{P},? (?:der|die) (?:{AN}|bei |beim ){ART}{O}{GAPO}\b(?:führt|leitet|arbeitet|forscht|verantwortet)",
             role="employee"),
        Rule(r"{P}{GAPO}\bverlässt {ART}{X}", "former"),
        Rule(r"\bkehrt {GAP}(?:zu|zum|zur) {ART}{W}{O} zurück"),
        Rule(r"(?:^|\. )Neue[rn]? {R} (?:wird|ist) {P}", context_org="any"),
        Rule(r"(?:schloss|beendete) {GAP}Studium {GAP}an {ART}{OS} ab", "former", role="alumni"),
        Rule(r"(?:studierte|promovierte|habilitierte|studiert) {GAP}{AN}{ART}{OS}", "former", role="alumni"),
        Rule(r"(?:der|die) {AN}{ART}{OS} (?:[A-ZÄÖÜ][\w-]* ){0,3}(?:studierte|promovierte|studiert hat|promoviert hat)",
             "former", role="alumni"),
        Rule(r"als {ART}{W}{R} (?:bei|für) {ART}{O}{GAP}(?:arbeitete|tätig war|forschte|beschäftigt war)", "former"),
        Rule(r"{P} (?:kommt|kam) (?:\w+ )?(?:von|vom) {ART}{XS}", "former"),
        Rule(r"an die Spitze (?:der |des |von )?{ART}(?:[\w-]+ )?{O}", role="head"),
        Rule(r"Absolvent(?:in)? {ART}{OS}", "former", role="alumni"),
        Rule(r"{O}{GAP}(?:mit)?gegründet (?:von|durch) {ART}{W}{PS}", role="founder"),
        Rule(r"{O}{GAP}(?:von|durch) {PS} (?:mit)?gegründet", role="founder"),
        Rule(r"(?:Gegründet|Mitbegründet) wurde {O} (?:\d{4} |im Jahr \d{4} )?(?:von|durch) {PS}", role="founder"),
        Rule(r"{O} wurde (?:\d{4} |im Jahr \d{4} )?(?:von|durch) {ART}{W}{PS} (?:mit)?gegründet", role="founder"),
        Rule(r"{PS} {GAP}(?:hat|hatte|haben) {ART}{O} {GAP}(?:mit)?gegründet", role="founder"),
        Rule(r"{PS},? (?:der|die)? ?{ART}{O} {GAP}(?:mit)?gründete", role="founder"),
        Rule(r"{P} (?:mit)?gründete {GAP}{ART}{O}", role="founder"),
    ],
    "en": [
        Rule(r"(?:former|ex-) ?{O}(?:['’]s)? {R} {P}", "former"),
        Rule(r"{O}(?:['’]s)? {W}{R},? {P}"),
        Rule(r"{R} (?:of|at) {ART}{O},? {P}"),
        Rule(r"{P}, {ART}(?:former|ex-) ?{W}{R} (?:of|at) {ART}{O}", "former"),
        Rule(r"{P}, {ART}{W}{R} (?:of|at) {ART}{O}"),
        Rule(r"{P}, {O}(?:['’]s)? {W}{R}"),
        Rule(r"{P},? (?:who is|is|became|becomes|was named|has been named|was appointed|has been appointed|"
             r"will become|remains) {ART}{W}{R} (?:of|at) {ART}{O}"),
        Rule(r"{P},? (?:who was|was|had been) {ART}{W}{R} (?:of|at) {ART}{O}", "former"),
        Rule(r"{R} {P}", context_org="title"),
        Rule(r"{P}, {ART}{W}{R},", context_org="title"),
        Rule(r"{ART}{R}, {P},", context_org="title"),
        Rule(r"(?:the )?(?:appointment|arrival|hiring|hire) of {P}", context_org="any"),
        Rule(r"(?:Founded|Co-founded|Set up) (?:in \d{4} )?by {PA}{GAPO}, {O}", role="founder"),
        Rule(r"after (?:[\w\s]{0,20}years|a stint|stints) (?:at|with|at the helm of|running|leading) {ART}{XS}",
             "former"),
        Rule(r"{P}{GAP}(?:joins|joined|will join|to join) the (?:supervisory |advisory )?board of {ART}{O}",
             role="board member"),
        Rule(r"(?:left|quit) {ART}{X} (?:in \w+ )?(?:for|to join) {ART}{O}"),
        Rule(r"(?:took|takes|will take) over (?:the )?(?:leadership|helm|running) of {ART}{O}", role="head"),
        Rule(r"{O},? where {P} (?:is|will be|has become|became) (?:now )?{ART}{W}{R}"),
        Rule(r"(?:is now|is|now|became|becomes) {ART}{W}{R} (?:to|of|at) {ART}{O}"),
        Rule(r"co-?found(?:ing|ed) {ART}{O}", role="co-founder"),
        Rule(r"(?:was|had been) {ART}{W}{R} (?:at|of|with) {ART}{X}", "former"),
        Rule(r"(?:will be |is |are )?(?:run|led|headed|overseen) by {P}", context_org="any", role="head"),
        Rule(r"(?:previously|formerly|until recently|most recently) {ART}{W}{R}{GAP}(?:at|of|with) {ART}{X}", "former"),
        Rule(r"(?:PhD|doctoral|graduate|master['’]s) students? at {ART}{OS}", "former", role="alumni"),
        Rule(r"(?:came|comes|arrives|arrived|joins|joined|(?:was |been )?(?:himself |herself )?(?:recruited|hired"
             r"|poached|lured)) from {ART}{XS}", "former"),
        Rule(r"{P}, (?:the|a|an) {W}{R},? who (?:had )?(?:led|ran|headed|oversaw|managed) {GAP}(?:at|of) "
             r"(?:rival |its rival )?{ART}{X}", "former"),
        Rule(r"{P}, (?:an?|the) (?:former )?{X} (?:alum|alumna|alumnus|veteran)", "former"),
        Rule(r"{P}, (?:an?|the) {O} graduate", "former", role="alumni"),
        Rule(r"(?:with|holds|has) (?:an?|his|her|their) (?:[\w'’-]+ ){0,3}?(?:degree|doctorate|PhD|MBA|master['’]s"
             r"|bachelor['’]s) (?:from|at) {ART}{OS}", "former", role="alumni"),
        Rule(r"(?:worked|had worked|served|spent [\w\s-]{1,25}) as {ART}{W}{R} (?:at|of|with|for) {ART}{O}",
             "former"),
        Rule(r"{P}, (?:its|their) {W}{R}", context_org="nearest"),
        Rule(r"(?:joining|joins|joined|join|will join) {O}(?:['’]s)? (?:supervisory |advisory )?board",
             role="board member"),
        Rule(r"{P},? who (?:had |most recently |previously |until recently )?(?:run|ran|led|headed) {ART}{U} "
             r"(?:at|of) {ART}{O}", "former",
             role="head of {U}"),
        Rule(r"{P},? who (?:had )?(?:run|ran|led|headed) {ART}{O}", "former", role="head"),
        Rule(r"{P}{GAPO}(?:joins|joined|has joined|will join|is joining) {ART}{O} from {ART}{X}"),
        Rule(r"{P} (?:moved|moves|switched|defected) from {ART}{X} to {ART}{O}"),
        Rule(r"{O}(?: (?:in|on|last|this|earlier this) \w+)? (?:has |have |had )?(?:also |now |just |recently )?"
             r"(?:hired|poached|recruited|lured|appointed|named|brought in|tapped) {GAP}{P}"
             r"(?!{GAPO}\bas {ART}{W}⟦R\d+⟧ (?:of|at) )"),
        Rule(r"{P}{GAPO}\bas {ART}{W}{R} (?:of|at) {ART}{W}{O}"),
        Rule(r"{P}, {ART}(?:former|ex-) ?{O}(?:['’]s)? {W}{R}", "former"),
        Rule(r"(?:remain|remains|stay|stays|will remain|will stay) with {ART}{O} as {ART}{W}{R}"),
        Rule(r"(?:began|started|begun) (?:his|her|their) career (?:at|with) {ART}{XS}", "former"),
        Rule(r"(?:start|found|launch|set up|started|founded|launched) (?:his|her|their) own "
             r"(?:company|start-?up|firm|business),? {O}", role="founder"),
        Rule(r"{P}{GAP}\bfrom {ART}{XS}", "former"),
        Rule(r"{P}{GAPO}(?:to lead|to head|to run) {ART}{O}? ?{U}(?=[ ,.])", role="head of {U}"),
        Rule(r"{P}{GAPO}(?:joins|joined|will join|would join|is joining|to join) as {ART}{W}{R}", context_org="any"),
        Rule(r"{P} (?:is|serves as|became|becomes|remains) {ART}{W}{R}(?=[;.,]|$)", context_org="title"),
        Rule(r"{P}{GAPO}\bas (?:its|their|the company['’]s) (?:new )?{W}{R}", context_org="subject"),
        Rule(r"(?:left|quit) {ART}⟦O\d+⟧ (?:in \w+ )?to (?:co-?found|found|start|launch|set up) {ART}{O}",
             role="founder"),
        Rule(r"{P} (?:leads|heads|runs|will lead|will head) {ART}{O}(?:['’]s)? {U}(?=[ ,.])", role="head of {U}"),
        Rule(r"(?:formerly|previously|earlier) (?:at|with|of) {ART}{XS}", "former"),
        Rule(r"{P} (?:works|is working) {GAP}(?:at|for) {ART}{OS}", role="employee"),
        Rule(r"(?:worked|spent [\w\s-]{1,25}|had worked)(?: as an? [\w-]+(?: [\w-]+)?)? (?:at|for|with) {ART}{OS}",
             "former", role="employee"),
        Rule(r"(?:left|quit|departed) {ART}{OS}", "former", role="employee"),
        Rule(r"(?:studied|studying|graduated|(?:earned|received|holds|obtained) (?:a|an|his|her|their) [\w\s'’-]{0,30}?"
             r"(?:degree|doctorate|PhD|MBA|master['’]s|bachelor['’]s)) {GAP}(?:at|from) {ART}{OS}", "former",
             role="alumni"),
        Rule(r"(?:[Aa] graduate|[Aa]n alumn\w+) of {ART}{OS}", "former", role="alumni"),
        Rule(r"{O},? (?:[^⟦⟧,.;]{0,40}? )?(?:which was |was |that was )?(?:co-?founded|founded|set up|started|created) "
             r"(?:in \d{4} )?by {PS}", role="founder"),
        Rule(r"{PS},? (?:who )?(?:co-?founded|founded|set up|started) {ART}{O}", role="founder"),
    ],
    "fr": [
        Rule(r"{PS}, {ART}(?:deux |trois )?(?:ancien|ancienne|anciens|anciennes|ex-) ?{R}{RQ}"
             r"(?:de |d['’]|du |des |chez )?{ART}{O}", "former"),
        Rule(r"(?:ancien|ancienne|ex-) ?{R}{RQ}(?:de |d['’]|du |des |chez )?{ART}{O}, {P}", "former"),
        Rule(r"{P}, {ART}{W}{R}{RQ}(?:de |d['’]|du |des |chez )?{ART}{O}"),
        Rule(r"{ART}{R}{RQ}(?:de |d['’]|du |des |chez )?{ART}{O},? {P}"),
        Rule(r"{P},? (?:est|devient|reste) (?:aujourd['’]hui |désormais |actuellement |toujours )?{ART}{W}{R}{RQ}"
             r"(?:de |d['’]|du |des |chez )?{ART}{O}"),
        Rule(r"{P} en est (?:aujourd['’]hui |désormais |toujours )?{ART}{R}", context_org="any"),
        Rule(r"{ART}{R}(?: [\w'’-]+){0,3}, {P}(?:,| \()", context_org="title"),
        Rule(r"(?:l['’]arrivée|le recrutement|l['’]embauche|la nomination) (?:de |d['’]){P}(?: au poste de {ART}{R})?"
             r"(?!{RQ}(?:de |d['’]|du ){ART}⟦O)", context_org="any"),  # the post's organisation is named: next rule
        Rule(r"(?:nomination|recrutement|arrivée) (?:de |d['’]){P}{GAP}au poste de {ART}{R}{RQ}(?:de |d['’]|du )"
             r"{ART}{O}"),
        Rule(r"(?:prend|prendra|a pris) la (?:direction|tête|présidence) (?:de |d['’]|du ){ART}{O}", role="head"),
        Rule(r"(?:^|\. |, )[Aa]ncienn?e? (?:de |d['’]|du ){ART}{XS}", "former"),
        Rule(r"(?:^|\. |, )[Pp]assée?s? (?:auparavant |notamment |aussi |également |ensuite )?(?:par|chez) {ART}{XS}",
             "former"),
        Rule(r"(?:^|, )(?:cet?t?e? )?[Aa]ncienn?e? {R}{RQ}(?:de |d['’]|du |des |chez )?{ART}{O}", "former"),
        Rule(r"{PS}, (?:deux|trois|tous deux|toutes deux) ancien(?:ne)?s (?:du |de la |de l['’]|des |de |d['’])"
             r"(?:[\w-]+ ){0,3}?(?:de |d['’]|du )?{ART}{XS}", "former"),
        Rule(r"jusqu['’](?:ici|à présent|alors|à récemment) {ART}{W}{R}{RQ}(?:de |d['’]|du |des |chez ){ART}{O}",
             "former"),
        Rule(r"{P}{GAP}(?:à la tête|prend la tête|prendra la tête|prendre la tête) (?:de |d['’]|du ){ART}{O}"
             r"(?=[ ,.;]|$)", role="head"),
        Rule(r"{P},? (?:était|a été)(?: depuis \d{4}| jusqu['’]en \d{4})? {ART}{W}{R}{RQ}(?:de |d['’]|du |des |chez )?"
             r"{ART}{X}", "former"),
        Rule(r"(?:parti|partie|est parti|est partie)(?: en \w+)? (?:chez|pour|à) {ART}{O}"),
        Rule(r"{O},? où {P} (?:occupe|occupera)(?: désormais| aujourd['’]hui)? le poste de {ART}{R}"),
        Rule(r"{P},? qui préside {ART}{O}", role="president"),
        Rule(r"(?:rejoint|rejoindra|a rejoint) {ART}{O} (?:comme|en tant que) {ART}{R}"),
        Rule(r"{P} \((?:ex-|ancien de |ancienne de )?{X}\)", "former"),
        Rule(r"(?:[Cc]réée?|[Ff]ondée?|[Cc]ofondée?) (?:en \d{4} )?par {PA}{GAPO}, {O}", role="founder"),
        Rule(r"{P},? (?:était|a été) {ART}{W}{R}{RQ}(?:de |d['’]|du |des |chez )?{ART}{O}", "former"),
        Rule(r"{R} {P}", context_org="title"),
        Rule(r"{P},? qui dirige {ART}{O}", role="ceo"),
        Rule(r"{O},? (?:dirigée?|présidée?) par {P}", role="ceo"),
        Rule(r"{PS},? {GAPO}passée?s? (?:par|chez) {ART}{XS}", "former"),
        Rule(r"{P} (?:a rejoint|rejoint|rejoindra|va rejoindre) {ART}{O}(?: en provenance de {ART}{X})?"),
        Rule(r"{O}(?: [^⟦⟧,.;]{0,60}?)? (?:a |vient de )?(?:également |aussi |récemment )?(?:recruté|débauché"
             r"|embauché|nommé) {GAP}{P}"),
        Rule(r"(?:pour rejoindre|rejoint|a rejoint|rejoindra|va rejoindre) {ART}{O}"),
        Rule(r"{P}{GAP}(?:entre|est entrée?|entrera|rejoint|rejoindra) (?:au|le) conseil (?:d['’]administration"
             r"|de surveillance) (?:de |d['’]|du ){ART}{O}", role="board member"),
        Rule(r"{PS} (?:venai(?:t|ent)|vient|viennent|sont venus|est venue?) (?:de |d['’]|du |de chez |chez ){ART}{XS}",
             "former"),
        Rule(r"{P},? qui dirigeait {ART}{U} (?:de |d['’]|du ){ART}{O}", "former", role="head of {U}"),
        Rule(r"{P},? qui dirige {ART}{U} (?:de |d['’]|du ){ART}{O}", role="head of {U}"),
        Rule(r"(?:a dirigé|avait dirigé|dirigeait) {GAP}{ART}{U} (?:de |d['’]|du |chez ){ART}{O}", "former",
             role="head of {U}"),
        Rule(r"après (?:[\w\s]{0,20}(?:ans|années)|un passage) (?:chez |à |au sein de |au sein d['’]){ART}{XS}",
             "former"),
        Rule(r"(?:est |était )?(?:un|une) ancienn?e? (?:de |d['’]|du ){ART}{XS}", "former"),
        Rule(r"(?:a|avait) passé [\w\s]{0,20}(?:ans|années) (?:chez |à |au sein de |au sein d['’]){ART}{XS}",
             "former"),
        Rule(r"quitté {ART}{X} (?:en \w+ |fin \w+ )?pour (?:rejoindre )?{ART}{O}"),
        Rule(r"{O},? où {P} (?:est|sera|devient) (?:désormais |aujourd['’]hui |actuellement )?{ART}{R}"),
        Rule(r"{P}{GAP}(?:débauchée?|recrutée?|venue?|arrivée?) (?:de |d['’]|du |de chez |chez ){ART}{XS}", "former"),
        Rule(r"(?:a quitté|quitte|avait quitté) {ART}{XS}", "former"),
        Rule(r"en provenance (?:de |d['’]|du ){ART}{XS}", "former"),
        Rule(r"{P}{GAP}(?:pour diriger|pour prendre la tête de|à la tête de) {ART}{O}? ?{U}(?=[ ,.])",
             role="head of {U}"),
        Rule(r"travaille {GAP}(?:chez|pour) {ART}{OS}", role="employee"),
        Rule(r"(?:travaillait|a travaillé|avait travaillé) {GAP}(?:chez|pour) {ART}{OS}", "former", role="employee"),
        Rule(r"(?:[Dd]iplômée?s?|[Ff]ormée?s?|[Dd]octeure?s?|a étudié|a fait ses études|a soutenu sa thèse) {GAP}"
             r"(?:de |d['’]|du |à |à l['’]|"
             r"de l['’])?{ART}{OS}", "former", role="alumni"),
        Rule(r"{O},? {GAP}(?:co)?(?:fondée?|créée?) {GAP}par {PS}", role="founder"),
        Rule(r"{PS},? (?:qui )?(?:a|ont) (?:co)?(?:fondé|créé) {ART}{O}", role="founder"),
    ],
}


@lru_cache(maxsize=8)
def compiled_rules(language: str) -> list[tuple[re.Pattern[str], Rule]]:
    rules = _RULES.get(language, [])
    expand = re.compile(r"\{(" + "|".join(_MACROS) + r")\}")
    return [(re.compile(expand.sub(lambda m: _MACROS[m.group(1)], rule.pattern)), rule) for rule in rules]
