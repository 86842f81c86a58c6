"""Multi-word trigger patterns: phrases that report an incident ("opened fire", "took to
the streets", "set the bus ablaze", "blocked the highway").

Each pattern is matched over the text of a parsed sentence; `triggers.find_triggers`
takes the syntactic root of the matched span as the trigger token, with the pattern's
kind. Pure data: nothing here loads a resource.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from eventwire.groupactivity import CHANGE_PHRASES, CHANGE_STEMS
from eventwire.misfires import MISFIRE_PHRASES
from eventwire.prefilter import PatternFilter

__all__ = ["CHANGE_STEMS", "MORE_STEMS", "PHRASES", "ROADS", "phrase_matches"]

# More words that may report an incident, for `triggers.CANDIDATE`: firing as a noun
# ("resorted to firing on the posts"), blows and cuts, crossfire, a police charge with
# lathis, batons or canes, a vehicle sprayed with bullets, acid thrown on someone,
# livestock rustled, a crowd chased or scattered (`verbkinds`); a war between
# communities; and a general incident noun (`incidentnouns`) where it may be reported as
# happening: with a verb of happening after it or of reporting before it, "between" two
# sides, or heading the sentence (harm done "during the violence" is a candidate by its
# harm word). Sentences that only mention violence ("domestic violence cases", "fled the
# violence") are many in the news and are not parsed for it.
_GENERAL = r"(?:violence|unrest|chaos|mayhem|pandemonium|commotion)"
MORE_STEMS = (
    r"firing\b|crossfire|thrash|slash|lathi|(?:baton|cane)[- ]?charg|spray|acid|rustl"
    r"|bl(?:ew|own|ows?|owing) up"
    r"|chas(?:e|ed|es|ing)\b|scatter(?:ed|ing|s)?\b"
    r"|br(?:oke|eak|eaking) through|breach|forc(?:ed|ing) (?:their|its) way"
    rf"|{_GENERAL}\W+(?:\w+\W+){{0,4}}?(?:erupt|broke|break|continu|flare|rock|hit|caus|claim"
    r"|left|leav|saw|see|spread|persist|occur|happen|escalat|resum|spill|engulf|grip|rag"
    r"|displac|ensu|result|follow|report)"
    rf"|{_GENERAL} between|(?:report|witness|record|commit|perpetrat|unleash|continu|experienc)"
    rf"\w* (?:\S+ ){{0,4}}{_GENERAL}|^\W*(?:\S+\s+){{0,3}}{_GENERAL}"
    r"|(?:clan|tribal|ethnic|communal)[ -](?:wars?\b|warfare|feud|conflict|hostilit)"
    r"|(?:warring|conflict|feud|hostilities) between"
    # a sit-in or a camp told by its demand (`PHRASES`)
    r"|(?:sat|camped) (?:\S+ ){0,10}?(?:demand|calling for|seeking|urging)"
    r"|charg(?:ed|ing|es?) (?:at|towards)"
)

# What a crowd blocks: roads and the traffic on them.
ROADS = r"(?:roads?|highways?|streets?|avenues?|bypass|traffic|junctions?|routes?)\b"
_COUNTS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|several|many"
    r"|dozens|scores|hundreds"
)
_FOUND = r"discover(?:ed|s)?|f(?:ou|i)nds?|uncover(?:ed|s)?|recover(?:ed|s)?"
_ARMS = (
    r"weapons|arms|ammunition|explosives?|caches?|bombs?|ieds?|(?:explosive )?devices?"
    r"|landmines?|mines|grenades?|rockets?|missiles?"
)
# Multi-word triggers: (pattern over the sentence text, kind). The trigger token is the
# syntactic root of the matched span.
PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), kind)
    for pattern, kind in (
        (r"\b(?:fell|falls|fallen) (?:in)?to\b", "territory"),
        (r"\b(?:took|taken|take|takes|seized|gained|wrested) (?:full )?control\b", "territory"),
        # a takeover told with no fighting is a non-violent transfer (`subtypes`)
        (
            r"\b(?:took|taken|take|takes|taking) over (?:the |a )?(?:\S+ ){0,2}(?:area|town"
            r"|village|city|territory|region|district|camp|station|base|post|island|locality)\b",
            "territory",
        ),
        (
            r"\b(?:drove|driven|drive|pushed|push|forced|expelled|expel)"
            r" (?:\S+ ){0,5}out\b",
            "territory",
        ),
        (r"\b(?:pushed|advanced|moved|entered) (?:deeper |further )?into\b", "territory"),
        (r"\bopen(?:ed|s)? fire\b", "kill"),
        (r"\bshoot-?outs?\b|\bgun ?battles?\b", "clash"),
        (r"\b(?:exchanged|exchanging|exchange|traded|trading) (?:of )?(?:gun)?fire\b", "clash"),
        (r"\b(?:returned|return|returning) (?:the )?fire\b", "clash"),
        (r"\bfired (?:on|at|upon)\b|\bfiring (?:on|at|upon)\b", "kill"),
        # gunfire told as "firing" by armed men (not "the firing of the coach")
        (
            r"\bresort(?:ed|s|ing)? to (?:\S+ )?firing\b"
            r"|\b(?:unprovoked|indiscriminate|retaliatory|cross[- ]border) firing\b"
            r"|\bfiring (?:by|from) (?:the )?(?:\S+ ){0,3}(?:troops|troopers|soldiers|forces|police"
            r"|policemen|militants|gunmen|rebels|insurgents|guards|rangers|army|personnel)\b",
            "clash",
        ),
        # shots fired at someone ("fired gunshots at the crowd"), not gas or warning shots;
        # a vehicle sprayed with bullets; a headline's "police fire on rioters"
        (
            r"\bfired (?:live )?(?:gunshots|shots|bullets|rounds|arrows) (?:on|at|upon)\b"
            r"|\bspray(?:ed|s|ing)? (?:\S+ ){0,4}with bullets\b"
            r"|\b(?:police|troops|soldiers|gunmen|militants|officers|forces) fire (?:on|at|upon)\b",
            "kill",
        ),
        (
            r"\b(?:beat|beaten|beating|stone[ds]?|stoning|hack(?:ed|s|ing)?|clubbed|burn(?:ed|t|s)?"
            r"|bludgeoned|stabbed|slashed|lynched|trampled|strangled|tortured|chopped|axed"
            r"|speared|knifed|kicked|battered|clobbered|thrashed|pummell?ed)"
            r" (?:\S+ ){0,4}to death\b",
            "kill",
        ),
        # a group owning up to deaths: "claimed responsibility for the death of two guards"
        (r"(?:(?<=\bresponsibility for the )|(?<=\bcredit for the ))deaths?(?= of\b)", "kill"),
        # someone shot, told by the wound: "sustained gunshot wounds to the chest"
        (r"\b(?:gunshot|bullet) wounds?\b", "kill"),
        # headline deaths: "shot dead", "gunned down", "4 dead in clashes", bodies found
        (r"\bshot (?:\S+ ){0,2}dead\b|\bgunned (?:\S+ ){0,2}down\b|\bwiped out\b", "kill"),
        (rf"\b(?:\d+|{_COUNTS}) (?:\w+ ){{0,2}}dead\b", "kill"),
        (
            r"\bbod(?:y|ies) (?:\S+ ){0,6}(?:were |was )?(?:found|discovered|recovered|dumped)\b"
            r"|\b(?:found|discovered|recovered) (?:\S+ ){0,3}bod(?:y|ies)\b"
            r"|\b(?:was|were|been|is|are) found (?:\S+ )?dead\b"
            # a headline's passive: "Trader found dead in his shop" (not "found dead fish")
            r"|\bfound dead (?:on|in|at|near|inside|outside|along|beside|by)\b",
            "kill",
        ),
        # burning an effigy or a mock coffin is a protest's act, not property
        # destruction (ACLED)
        (
            r"\b(?:burn(?:ed|t|s|ing)?|torch(?:ed|es|ing)?) (?:\S+ ){0,3}"
            r"(?:effig(?:y|ies)|coffins?)\b",
            "protest",
        ),
        (r"\bset (?:\w+ )?(?:on )?fire\b", "loot"),
        (r"\bblew (?:himself|herself|themselves) up\b", "bomb"),
        # a bomb, a device or explosives that blew up ("a truck packed with explosives
        # blew up at the junction"), not a tyre or a talk that "blew up"
        (
            r"\b(?:bombs?|devices?|explosives?)(?: \S+){0,3}? (?:blew|blows|blown|blowing) up\b"
            r"(?! (?:a|an|the|his|her|its|their)\b)",
            "bomb",
        ),
        # a structure or vehicle someone blew up ("rebels blew up the old rail bridge",
        # "the school was blown up"), not a row or a story that "blew up"
        (
            r"\b(?:blew|blow|blows|blowing) up (?:\S+ ){0,4}"
            r"(?:pipelines?|bridges?|towers?|masts?|pylons?|schools?|buildings?|vehicles?|trucks?"
            r"|cars?|buses|tankers?|railways?|rail tracks?|tracks?|stations?|offices?|houses?"
            r"|homes?|shops?|wells?|checkpoints?|posts?)\b"
            r"|\b(?:was|were|been|being|got) blown up\b",
            "bomb",
        ),
        # communities fighting each other, told as a conflict
        (
            r"\binter-?(?:tribal|communal|clan|ethnic) (?:conflicts?|clash(?:es)?|fighting"
            r"|violence|feuds?)\b",
            "clash",
        ),
        # communities at war: "a clan war over pasture", "warring between two clans"
        (
            r"\b(?:clan|tribal|ethnic|communal|inter-?(?:tribal|communal|clan|ethnic)) wars?\b"
            r"|\bwarring (?:between|clans|communities|tribes|militias)\b",
            "clash",
        ),
        # a raid on herds: armed men making off with livestock, or rustling it (ACLED
        # codes a cattle raid as an attack by the raiders)
        (
            r"\b(?:stole|steal|steals|stealing|drove away|drive away|driving away|made off with"
            r"|rustl(?:ed|es|ing))"
            r" (?:\S+ ){0,5}(?:livestock|cattle|cows|goats|camels|sheep|herds?|flocks?)\b"
            r"|\b(?:cattle|livestock|stock|goat|camel)[- ]rustling\b",
            "attack",
        ),
        # "their vehicle ran over an improvised explosive device": the blast it set off
        (
            r"\b(?:ran|runs?|running|drove|driven|drives?|stepped|steps?|hit|hits|struck"
            r"|set off|sets off|triggered|triggers)"
            r" (?:over |on |onto |upon )?(?:an? |the )?(?:\S+ ){0,2}explosives?(?: devices?)?\b"
            # an explosive that went off: it blew up, whoever carried it
            r"|\b(?:explosives?|explosive devices?|ieds?|bombs?|landmines?|grenades?)"
            r" (?:\S+ ){0,4}(?:went|go|goes|going) off\b",
            "bomb",
        ),
        # an explosive device named as the means ("attacked them with an explosive
        # device", "an IED attack"), whatever case or name the tagger sees in it; one found
        # or defused is no blast (`triggerparse.refine_kind`)
        (r"\b(?:improvised )?explosive devi[cs]es?\b|\bieds?\b", "bomb"),
        (r"\b(?:air|drone|missile) ?(?:strike|raid)s?\b", "strike"),
        (r"\bsexual(?:ly)? (?:assault|abuse|violence)", "sexual"),
        (
            r"\btaken hostage|took (?:\w+ ){0,3}hostage|forcibly disappeared\b"
            r"|\b(?:held|holds?|holding) (?:\S+ ){0,3}(?:hostage|captive)\b",
            "abduct",
        ),
        # a lynching, whatever the parse makes of it ("Mob lynches man": a noun pile)
        (r"\blynch(?:ed|es|ing)?\b", "riot"),
        # stoning a place or a vehicle is a crowd's violence ("stoned to death" is above)
        (r"(?<!\bby )\bston(?:ed|ing)\b(?! to death)", "riot"),  # not "executed by stoning"
        # a crowd taking on the police
        (
            r"\b(?:rioters|protesters|demonstrators|youths|residents)"
            r" (?:\S+ ){0,2}(?:engag(?:ed|ing|es?)|battl(?:ed|ing|es?)) (?:\S+ ){0,2}police\b",
            "clash",
        ),
        # a crowd forcing its way past the police or into a building it was kept out of
        (
            r"\b(?:rioters|protesters|demonstrators|youths|students|residents|crowds?|mobs?"
            r"|marchers) (?:\S+ ){0,3}(?:br(?:oke|eak|eaking) through|breach(?:ed|ing)"
            r"|forc(?:ed|ing) (?:their|its) way (?:in|into|past|through))\b",
            "riot",
        ),
        (r"\bwent on strike|go on strike|general strike\b", "protest"),
        (
            r"\b(?:signed|signs?|reached|reach(?:es)?|agreed|agreed to|announced)"
            r" (?:a |an |the )?"
            r"(?:\w+ ){0,2}(?:agreements?|accords?|deals?|truces?|ceasefires?"
            r"|pacts?|treaty|treaties|memorandum|mou)\b",
            "agreement",
        ),
        (
            # "set base in the hills", "pitched camp": the bare noun too
            r"\b(?:establish(?:ed|es)?|set(?:s|ting)?(?: up)?|opened|built|pitched)"
            r" (?:a |an |its |their |new )*"
            r"(?:\w+ )?(?:base|headquarters|camp|outpost)\b"
            # a noun the word qualifies: "a new base price", "set up a base station"
            r"(?! (?:price|rate|salar|pay|wage|year|line|metal|station|model|level|fee|tax))",
            "base",
        ),
        (r"\bpledged allegiance\b|\bmerged with\b|\bsplit from\b|\bformed a new\b", "change"),
        (r"\bshot down\b", "weapons"),
        # weapons found before use (found bodies are not weapons)
        (rf"\b(?:{_FOUND}) (?:\S+ ){{0,4}}(?:{_ARMS})\b", "weapons"),
        (
            rf"\b(?:{_ARMS}) (?:(?:were|was|is|are|had been|have been) )?(?:\S+ )?(?:{_FOUND})\b",
            "weapons",
        ),
        (
            r"\bhand(?:ed|s|ing)? over (?:control|the (?:town|city|village|area|base|district"
            r"|region|territory|province|airport|position))",
            "territory",
        ),
        (
            r"\btear ?gas|\brubber bullets|\bwater cannons?|\b(?:lathi|baton|cane)[- ]?charg",
            "protest",
        ),
        (
            r"\b(?:threw|throw|throwing|hurled|hurling|pelted|pelting|pelt)\b (?:\S+ ){0,4}"
            r"(?:stones|rocks|bricks|petrol bombs|molotov|cocktails)"
            r"|\bpelted (?:\S+ ){0,4}with stones"
            r"|\b(?:lit|set|burn(?:ed|t|ing)?) (?:\S+ ){0,2}(?:bonfires?|tyres|tires)\b",
            "riot",
        ),
        (
            r"\b(?:sit-ins?|processions?|hartals?|bandhs?|human chains?|road roko|gheraos?"
            r"|dharnas?)\b",
            "protest",
        ),
        (r"\bset (?:\S+ ){0,8}(?:alight|ablaze|afire|on fire)\b|\btorched\b", "loot"),
        (r"\brough(?:ed|ing|s)? up\b", "attack"),
        # a rush at people with weapons or in force: "a gang charged at the officers"
        (
            r"\bcharg(?:ed|ing|es?) (?:at|towards) (?:the |a |an )?(?:\S+ )?(?:police|officers"
            r"|policemen|soldiers|troops|guards|rangers|residents|villagers|protesters|crowd"
            r"|worshippers|students|traders|them|him|her)\b",
            "attack",
        ),
        (r"\b(?:threw|throws?|throwing|poured|pours?|pouring|splashed|hurled) acid\b", "attack"),
        (
            r"\bdamag(?:ed|ing|es?) (?:\S+ ){0,3}(?:property|properties|vehicles?|cars?|buses"
            r"|shops?|buildings?|offices?|houses?|homes?)\b",
            "loot",
        ),
        (
            r"\b(?:took|taken|take|takes|taking) to (?:the )?streets?\b"
            r"|\bchant(?:ed|ing) slogans\b|\blaid (?:a )?siege to\b"
            r"|\b(?:poured|pour|pours|spilled|spill|spills|flooded|flood|floods)"
            r" (?:in|on)?to the streets\b"
            r"|\bled (?:\S+ ){0,4}(?:protesters|protestors|demonstrators|marchers)\b"
            r"|\b(?:protesters|protestors|demonstrators|marchers) (?:\S+ ){0,3}(?:demand(?:ed|s)?"
            r"|gather(?:ed|s)?"
            r"|assembled?|assembles|converged?|converges|rallied|rally|chanted|chant|blocked"
            r"|block|staged?|stages|held|hold)\b",
            "protest",
        ),
        (r"\b(?:laid|lay|laying) down (?:their |his |its )?(?:arms|weapons)\b", "change"),
        # forms of protest named without a protest word
        (
            r"\bhunger strikes?\b|\bfast[- ]unto[- ]death\b|\b(?:indefinite|relay|token)"
            r" (?:hunger )?fasts?\b"
            r"|\b(?:stag(?:ed|es?|ing)|h[eo]ld(?:s|ing)?|began|begin|continued?)"
            r" (?:\S+ ){0,3}sit ins?\b"
            r"|\bgherao(?:ed|ing)?\b|\b(?:rasta|rail) roko\b|\bchakka jam\b"
            r"|\bobserved? a (?:fast|hunger strike)\b|\bboycott(?:ed|ing|s)? (?:\S+ ){0,2}"
            r"(?:classes|elections?|polls?|exams?|work|duties|courts?)\b"
            r"|\bblock(?:ed|ing|s)? (?:the )?(?:\S+ )?"
            r"(?:traffic|roads?|highways?|rail(?:way)? tracks|trains?)"
            r" (?:\S+ ){0,6}(?:protest|demand|seeking|against|over)",
            "protest",
        ),
        # a crowd gathered with a demand, slogans or black flags, or sat or camped with a
        # demand: a demonstration told without a protest word
        (
            r"\b(?:gathered|assembled|converged|congregated|thronged|convened|massed|surrounded"
            r"|besieged|encircled)\b"
            r" (?:\S+ ){0,10}?(?:demanding|(?:to|and) demand(?:ed)?|to protest|against|to oppose"
            r"|in support of"
            r"|in solidarity|to show (?:their )?(?:support|solidarity)|to press|to express"
            r"|seeking|calling (?:for|on)|to call (?:for|on)|asking|urging|to urge"
            r"|(?:raising|shouting|chanting) slogans)\b"
            r"|\b(?:sat|camped) (?:\S+ ){0,10}?(?:demanding|to demand|calling for|seeking|urging)\b"
            r"|\b(?:hit|hits|hitting) the streets?\b"
            r"|\b(?:shout(?:ed|ing)|rais(?:ed|ing)) (?:\S+ )?slogans\b"
            r"|\b(?:wav(?:ed|ing)|show(?:ed|ing)) black flags\b",
            "protest",
        ),
        # a shutdown or blockade called as a protest (South Asian hartal, bandh, blockade)
        (
            r"\b(?:countrywide|nationwide|statewide|citywide|indefinite|transport|general)"
            r" (?:\S+ )?(?:blockades?|shutdowns?)\b"
            r"|\b(?:blockades?|shutdowns?) (?:\S+ ){0,3}(?:enforced|called|observed|sponsored"
            r"|continued|entered)\b",
            "protest",
        ),
        # a crowd blocking or barricading a road (ACLED: road-blocking is a demonstration's
        # violence, see VIOLENT_CROWD)
        (
            rf"\b(?:barricad(?:ed|ing|es?)|block(?:ed|ing|s)?) (?:off )?(?:\S+ ){{0,4}}{ROADS}",
            "protest",
        ),
        # two armed sides firing on each other; South Asian reports' "encounter"
        (
            r"\bfir(?:ed|ing) (?:on|at) each other\b|\b(?:firing|gunfire|shooting) between\b"
            r"|\b(?:an|the|alleged|armed|fierce|brief|police) encounters?\b",
            "clash",
        ),
        # an attack met with force: both sides were armed
        (
            r"\b(?:repuls(?:e|ed|es|ing)|repel(?:s|led|ling)?|fought off|beat back"
            r"|beaten back)\b|\b(?:pushed|drove|driven|forced) back (?:the )?(?:\S+ )?"
            r"(?:attackers|raiders|gunmen|militants|bandits|assailants|insurgents|rebels"
            r"|fighters|militias?|attack|assault)\b",
            "clash",
        ),
        # forces engaging or running into armed men; a shoot-out written as two words
        (
            r"\b(?:engag(?:ed|ing|es?)|encounter(?:ed|ing|s)?) (?:with |in )?(?:an? |the )?"
            r"(?:\S+ ){0,2}(?:armed|militants|gunmen|bandits|raiders|rebels|insurgents|attackers"
            r"|fighters|militia|criminals|gang)\b"
            r"|\b(?:a|the) shoot outs?\b|\bshoot outs? (?:ensued|ensues|erupted|broke out)\b",
            "clash",
        ),
    )
)
# Strategic developments told without a violent word (`groupactivity`, `misfires`); a
# misfire first, so that its blast is not read as a bombing by the phrases above.
PHRASES = MISFIRE_PHRASES + PHRASES + CHANGE_PHRASES
# The same patterns for the lower-cased sentence (no pattern names a capital); only
# those whose literal words occur in it are run (`prefilter`: most candidate sentences
# hold none, and one pass says so in a tenth of the time the patterns take).
_LOWER_PHRASES = tuple((re.compile(p.pattern), kind) for p, kind in PHRASES)
_LOWER_FILTER = PatternFilter([p for p, _ in _LOWER_PHRASES])


def phrase_matches(text: str, lower: str | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of every match of every pattern of `PHRASES` in `text`, pattern
    by pattern in their order (`lower`: `text.lower()`, when the caller has it)."""
    lower = text.lower() if lower is None else lower
    if len(lower) == len(text):  # the offsets hold in both (as in almost every text)
        text, phrases = lower, [_LOWER_PHRASES[i] for i in _LOWER_FILTER.candidates(lower)]
    else:
        phrases = list(PHRASES)
    for pattern, kind in phrases:
        for match in pattern.finditer(text):
            yield match.start(), match.end(), kind
