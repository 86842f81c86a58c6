"""Sentence-level cues the event coder reads beside a sentence's triggers.

Aerial means, suicide attacks, shelling, crowds and the police, armed and civilian
nouns, running totals and history: case-blind patterns anchored at a word start
(`flag`) and word sets written as prose (`words`), read by `eventwire.triggers` and
the coder's modules as `cues.X`. Pure data; nothing here loads a resource.
"""

from __future__ import annotations

import re

from eventwire.triggerphrases import ROADS


def words(text: str) -> frozenset[str]:
    """The set of space-separated words in `text` (lexicons are written as prose)."""
    return frozenset(text.split())


def flag(pattern: str) -> re.Pattern[str]:
    """A case-blind cue pattern anchored at a word start."""
    return re.compile(rf"\b(?:{pattern})", re.IGNORECASE)


AERIAL = flag(
    r"air ?strikes?|airstrikes?|air raids?|drones?|warplanes?|jets?\b|aircraft|helicopter"
    r"|air force|aerial|gunships?|(?:military|fighter|war|bomber|army|enemy) planes?"
)
SUICIDE = flag(r"suicide|blew (?:himself|herself|themselves) up")
SHELLING = flag(r"shell|artillery|mortar|rockets?\b|missiles?\b|projectiles?\b|bombard|howitzer")
# A chemical plant or factory attacked is no chemical weapon.
CHEMICAL = flag(
    r"chemical(?! (?:plants?|factory|factories|facility|facilities|company|companies|industry"
    r"|complex|warehouse|depot|engineer|tankers?|spill|fire))|chlorine|sarin|mustard gas"
    r"|nerve agent|toxic gas"
)
# Arrests are read from the parse (`subtypes`): "protested the arrest of" is no intervention.
INTERVENTION = flag(
    r"tear[ -]?gas|rubber bullets?|water cannons?|batons?|dispers|scatter(?:ed|ing|s)?\b|beat"
    r"|interven|broke up|broken up|break(?:ing|s)? up|cordon|warning shots|in(?:to)? the air"
    # other less-lethal means, and a crowd removed by force ("forcefully removed")
    r"|pepper[ -]?spray|(?:forcefully|forcibly) (?:removed|ejected|evicted|pushed)"
    # the crowd kept out ("were barred from the hall"), not a candidate ("want him barred
    # from the race"): who bars the crowd is read by `POLICE_STOPPED`
    r"|(?:was|were|been|being|got) barred|sealed"
    r"|injur(?:ed|ing) (?:\S+ ){0,3}(?:protesters|demonstrators|marchers)"
    # the police brought in to deal with the crowd, or holding it off
    r"|(?:was|were) called in\b|stand-?off"
    # a note's shorthand for it: "Police involved.", "Police reported involvement." (not
    # "no reported police involvement", nor the police "involved in" the killing protested)
    r"|(?<!no )(?<!reported )police (?:were |was )?(?:reported(?:ly)? )?"
    r"involve(?:d|ment)\b(?! in\b)"
)
# The police acting on the crowd without a weapon named: "police stopped the march",
# "were ejected by security guards" (ACLED: Protest with intervention).
POLICE_STOPPED = flag(
    r"(?:police|officers|security (?:forces|guards|officers)|soldiers|troops|askaris)"
    r" (?:\S+ ){0,3}(?:stopped|blocked|barred|prevented|chased|confiscated|ejected|evicted"
    r"|pushed back|halted|foiled|thwarted|roughed|attacked|attacking|assaulted|harassed"
    r"|manhandled|whipped|tear-?gassed|repulsed|repelled|turned (?:away|back)|clobbered|flogged"
    r"|caned|kicked|shoved|confronted)\b"
    r"|\b(?:stopped|blocked|barred|chased|ejected|evicted|halted|repulsed|repelled|turned away"
    r"|turned back|cut short|removed|clobbered|flogged|caned|kicked|shoved|confronted)"
    r" (?:\S+ ){0,4}by"
    r" (?:the )?(?:(?:anti-)?riot |armed |local )?(?:police|officers|security|soldiers|troops)"
    # "officers disrupted a sit-in", "a picket quelled by troops", kept to the
    # police's own verb ("police said protesters disrupted traffic" is the crowd's)
    r"|(?:police|officers|security forces|soldiers|troops|askaris) (?:(?!said |says )\S+ ){0,2}"
    r"(?:disrupted|disrupting|quelled|quelling)\b"
    r"|\b(?:disrupted|quelled) by (?:the )?(?:(?:anti-)?riot )?(?:police|officers|security|troops)"
)
# People hurt in a demonstration with no force named: the crowd's own violence (ACLED
# codes the demonstration violent).
HURT_IN_DEMO = flag(
    r"(?:injured|hurt|wounded|died|killed) (?:\S+ ){0,4}(?:during|in) (?:an? |the )?(?:\S+ ){0,2}"
    r"(?:protests?|demonstrations?|riots?|rall(?:y|ies)|march(?:es)?)\b"
)
# Lethal force on a protest; a killing is read from the parse (`subtypes`), since the
# protest may be about one ("protested the killing of a driver by police").
EXCESSIVE = flag(
    r"live (?:ammunition|rounds|bullets|fire)|shot (?:\S+ )?(?:dead|and (?:killed|injured|wounded))"
    r"|(?:were|was|been|being) shot\b|opened fire|fired (?:live )?(?:bullets |rounds )?"
    r"(?:on|at|into)|gunshot|bullet wounds?"
)
VIOLENT_CROWD = flag(
    r"stones?\b|ston(?:ed|ing)\b|rocks\b|molotov|petrol bombs?|torch|set fire|burn|vandal|loot"
    r"|clash|smash|shatter|destroy|pelt|ransack|attacked police|running battles?|barricad"
    r"|violent(?:ly)?\b|rowdy|unrest\b|bonfires?|tyres|tires\b|lit fires|stormed"
    r"|into violence|turned ugly|chaos|chaotic|alight|ablaze|setting fire|sets fire|storm\b"
    r"|storming\b"
    r"|forcibl[ey](?! (?:dispers|remov|evict|broke|break|eject))|rioters?\b|rioting\b|riotous"
    # ACLED: "road-blocking using barricades, burning tires" is a demonstration's violence
    rf"|block(?:ed|ing|s)? (?:off )?(?:\S+ ){{0,4}}{ROADS}"
    r"|(?:light|lights|lighting|lit) (?:\S+ )?fires?\b|set (?:a |an )?fires?\b"
    # property the crowd damaged or broke into ("caused destruction of property")
    r"|destruction of (?:\S+ ){0,2}property|property destruction|br(?:oke|eak|eaking) into\b"
    r"|damag(?:ed|ing) (?:\S+ ){0,2}property"
)
# Mob justice: a community punishing someone it accuses ("stoned to death by villagers",
# killed as a suspected witch); ACLED codes it as mob violence, not an armed group's attack.
_JUSTICE = (
    r"|mob justice|jungle justice|ston(?:e|es|ed|ing) (?:\S+ ){0,3}to death"
    r"|witch(?:craft|es)?\b"
)
# Residents killing someone they suspect of a crime punish him as a community (read only
# where the killing's doers are not armed: `subtypes`).
SUSPECTED_BY_LOCALS = flag(
    r"(?:residents|villagers|locals|members of the public) (?:\S+ ){0,10}?"
    r"(?:suspected|suspecting|accused|accusing)\b"
)
# A killing told as punishment for a theft ("beaten to death for stealing a goat"): mob
# justice when no armed doer is named (read where the killing's doers are not armed).
KILLED_FOR_THEFT = flag(
    r"(?:killed|murdered|beaten|lynched|burnt|burned|stoned)\b (?:\S+ ){0,5}?"
    r"(?:for|after) (?:allegedly |reportedly )?(?:stealing\b|theft\b)"
)
MOB = flag(r"mob\b|mobs\b|lynch|vigilante" + _JUSTICE)
LYNCH = flag(r"lynch|vigilante" + _JUSTICE)
_GATHERED = (
    r"protest(?:ers?|ors?|ing)\b|demonstrat(?:ors?|ing)\b|marchers|rioters?|mobs?\b|crowds?\b"
)
# People gathered: protesters, rioters, a crowd or mob.
GATHERING = flag(_GATHERED)
CROWD = flag(_GATHERED + r"|youths\b")
# A demonstration going on: its crowd's violence is a violent demonstration, not a mob's.
PROTEST_CONTEXT = flag(
    r"protest|demonstrat|march(?:ed|ing|ers)\b|rall(?:y|ies|ied)\b|sit-in|strik(?:e|ing)\b"
    r"|picket|riot|dispers|tear ?gas|blocked (?:the )?(?:main )?(?:road|highway)|roadblocks?\b"
    r"|hartal|bandh|banda\b|blockade|shutdown|procession|road roko|gherao|dharna"
    # a demonstration's tactics: barricades, bonfires, burning tyres, blocked roads
    rf"|barricad|bonfires?|tyres\b|tires\b|block(?:ed|ing|s)? (?:off )?(?:\S+ ){{0,4}}{ROADS}"
)
# Unarmed partisans: their clashes (with each other or the police) are riots, not battles.
PARTISANS = flag(
    r"activists?\b|supporters?\b|cadres?\b|youths?\b|students?\b|learners\b|pupils\b|enforcers?\b"
    r"|agitators?\b"
    r"|protesters?\b|demonstrators?\b|followers\b|villagers\b|residents\b|locals\b"
    r"|rival groups|two groups|groups of|mob\b|crowds?\b|party workers?\b|voters\b"
    r"|workers of (?:the )?(?:rival|two|both)\b"
    # politicians and party or union members fighting are unarmed partisans too
    r"|lawmakers?\b|legislators?\b|MPs\b|MCAs\b|delegates\b|politicians\b"
    r"|(?:party|union) members\b|members of (?:\S+ ){0,4}(?:party|parties|union|assembly)\b"
    r"|rival (?:political |party )\S+|political (?:groups|rivals)\b"
    # a party's or a coalition's factions fighting over its leadership (factions named
    # alone may be an armed group's)
    r"|(?:party|coalition|political) factions\b"
    r"|factions of (?:the )?(?:\S+ ){0,3}(?:party|coalition|alliance|movement)\b"
    # unarmed civilians at work or at a match: traders, refugees, fans
    r"|traders\b|hawkers\b|vendors\b|refugees\b|journalists\b|fans\b|squatters\b"
    r"|drivers\b|operators\b|workers\b|passengers\b|commuters\b|parents\b|teachers\b"
    r"|employees\b|tribals\b"
    # a crowd told as unruly, whoever it is: "rowdy party followers", "an unruly crowd"
    r"|rowdy\b|unruly\b"
    # faiths fighting each other, two parties' men (South Asian reports); communities
    # are left out: pastoralist communities fighting are armed (ACLED: communal militias)
    r"|group clash(?:es)?\b|Hindus\b|Muslims\b|Christians\b"
    r"|Buddhists\b|Sikhs\b|\S+ and \S+ (?:members|men|workers|supporters)\b"
    r"|members (?:\S+ ){0,2}clash"
)
# Crowds fighting each other, not the police: mob violence (ACLED), even when police
# then intervene.
RIVALS = flag(
    r"between\b|rival\b|each other|one another|two groups|opposing\b"
    # one side's partisans fighting "those of" another side
    r"|with (?:those|the supporters|supporters|followers) of\b"
)
# The police as the other side of a fight ("clashed with police", "between police and").
POLICE_SIDE = flag(
    r"(?:with|between|against|and) (?:the )?(?:anti-riot |riot )?"
    r"(?:police|security (?:forces|personnel|officers|agents)|troops|soldiers|officers)"
)
ARMED_WORDS = flag(
    r"armed\b|guns?\b|gunm[ae]n|gunfire|firearms?|rifles?|militants?|rebels?|insurgents?"
    r"|militi|troops|soldiers|army\b|military|jihad|terrorist|fighters|gun ?battles?"
    r"|gunfights?|firefights?|shoot-?outs?|exchange of fir|encounters?\b|opened fire"
    r"|fir(?:ed|ing) (?:at|on|upon) each other|bullets?\b|arrows\b|spears?\b"
)
# Both sides used force: an attack met with fire is an armed clash (ACLED).
FIRE_EXCHANGED = flag(
    r"\b(?:fired|firing|shot|shooting|fought|fighting|hit) back\b|\breturn(?:ed|ing|s)? fire"
    r"|\bexchang(?:ed|ing|es?) (?:of )?(?:heavy )?(?:fire|gunfire|shots)|\bshoot-?outs?\b"
    r"|\bshoot outs?\b|\bgun ?fights?\b|\bgun ?battles?\b|\bfire ?fights?\b"
    r"|\bresist(?:ed|ing) arrest|\bensuing (?:fight|fighting|battle|clash|gunfire|exchange)"
)
# The attacked side fighting back with no fire told: "the villagers fought back",
# "residents put up stiff resistance", "traders defended themselves with machetes".
RESISTED = flag(
    r"\bfought (?:back|off)\b|\bfighting back\b|\bdefend(?:ed|ing)? themselves\b"
    r"|\b(?:put|puts|putting|offered|mounted|responded with|met with)(?: \w+){0,2} resistance\b"
)
# Victims the report says were unarmed: violence against civilians, whoever they were.
# Off-duty or retired officers are attacked as civilians, not as a force on duty.
UNARMED = flag(
    r"\bunarmed\b|\binnocent\b|\bbystanders?\b|\boff[- ]duty\b|\bretired (?:police|army|officer"
    r"|soldier|general|colonel|major|captain|inspector)"
    # a killing told as an execution was of people who could not fight back (ACLED codes
    # extrajudicial killings as violence against civilians)
    r"|\bextra-?\s?judicial|\bin cold blood\b|\bexecut(?:ed|ing|ion)\b"
)
GRENADE = flag(r"grenades?\b")
# Doers that make property destruction or stone-throwing a riot ("youths burned tyres").
CROWD_NOUNS = words(
    "youth crowd mob protester protestor demonstrator rioter supporter activist enforcer"
    " blockader agitator picketer cadre student learner pupil"
)
# A demonstration's own crowd, named as such: its violence, whoever it hits, is the
# demonstration's (ACLED: a violent demonstration).
DEMONSTRATORS = words("protester protestor demonstrator marcher picketer")
# Crowds whose killing is mob violence, not a demonstration turned violent.
MOB_NOUNS = words("mob crowd vigilante youth resident local villager neighbour neighbor")
POLICE = flag(r"police|security forces|riot police|troops|soldiers|gendarmes")
# A report that the crowd did no violence: "no violence was reported", "no reports of
# violence by the crowd", "broke up the march without incident".
NO_VIOLENCE = flag(
    r"no (?:reports? of |reported )?(?:\S+ )?violence|without (?:any )?(?:incident|violence)"
)
# A takeover told with no fight: "without resistance", "no violence was reported".
NONVIOLENT = flag(
    r"without (?:a fight|resistance|fighting|a shot|violence|bloodshed)|handed over|peacefully"
    r"|unopposed|no (?:violence|fighting|resistance|clash(?:es)?) (?:was |were )?reported"
)
# A withdrawal makes a takeover peaceful only when no capture verb says force was used.
WITHDRAWAL = flag(r"withdrew|withdrawn|withdrawal|pulled (?:out|back)|retreated")
# A running total, not one incident: "killed since the coup", "so far this year".
AGGREGATE = flag(
    r"since\b|so far\b|this year|to date|in total|a total of|cumulative"
    r"|death toll (?:has )?(?:risen|rose|climbed)"
)
# Weeks or months of something told in the perfect: "has come under repeated shelling
# in recent months", "have raided villages for weeks".
RECENT_RUN = flag(
    r"in recent (?:weeks|months|years)|for (?:weeks|months|years)\b"
    r"|(?:in|over|during) the (?:past|last) (?:(?:few|several|two|three|\d+) )?"
    r"(?:weeks|months|years)"
)
# What lasts too long to be one incident: "killed in the war", "the conflict has killed".
LONG_RUNS = words("war conflict insurgency uprising crisis decade year")
HISTORY = flag(r"years ago|decades ago|back in (?:19|20)\d\d|anniversary of")

ARMED_NOUNS = words(
    "soldier troop army police policeman officer militant fighter rebel insurgent jihadist"
    " gunman guard militiaman combatant commander force personnel trooper checkpoint base"
    " convoy patrol position stronghold barracks outpost raider bandit gang gangster rustler"
    " attacker assailant kidnapper robber pirate prison jail station military armed security"
    " reservist ranger warden guardsman sniper militia militiaman bomber carjacker thug post"
    " hijacker poacher constable cop jawan sergeant corporal lieutenant colonel brigadier warrior"
    " separatist guerrilla terrorist extremist maoist naxalite hideout"
    " commando paramilitary gendarme peshmerga"
)
CIVILIAN_NOUNS = words(
    "civilian people person villager resident student child woman man worshipper farmer"
    " passenger family journalist teacher pupil shopper mourner pilgrim refugee herder"
    " trader girl boy village market school church mosque hospital home house camp"
    " bus wedding funeral pedestrian commuter motorist worker herdsman fisherman vendor"
    " customer guest tourist patient nurse doctor priest pastor imam christian muslim elder"
    # office holders, candidates, voters and party supporters are civilians unless armed
    " candidate politician official voter chief mp mca legislator lawmaker councillor councilor"
    " mayor governor senator minister"
    " administrator leader chairman supporter businessman businesswoman driver operator rider"
    " motorist cyclist reporter photographer photojournalist cameraman aid staff employee"
    " labourer laborer miner teenager baby infant wife husband son daughter mother father"
    " relative cleric bishop monk nun informer informant"
)
# Civilians named after those they inform ("a police informer", "army informants"): the
# force word says whom they serve, not who they are (`forces`, `roles`, `sides`).
INFORMERS = words("informer informant")
PLACE_NOUNS = words(
    "town city village base district area neighbourhood neighborhood position territory"
    " hill airport bridge road province region stronghold outskirts quarter camp crossing"
    " border airbase port island valley checkpoint part side half bank edge centre center"
    " suburb street complex compound building palace garrison ministry fort headquarters"
    " post outpost"
)
STATE_NOUNS = words("army troop soldier military police policeman government marine commando")
WEAPON_NOUNS = words(
    "weapon arm ammunition explosive cache bomb rocket missile drone ied device landmine mine"
    " grenade"
)
DISRUPT_LEMMAS = words(
    "defuse dismantle seize find discover recover intercept confiscate uncover remove disable"
    " neutralise neutralize"
)
# Doers that make taking someone an abduction, not an arrest (ACLED: arrests are by states).
NON_STATE_NOUNS = words(
    "militant gunman rebel insurgent jihadist fighter militia militiaman bandit kidnapper"
    " assailant attacker raider gang gangster separatist guerrilla terrorist extremist"
)
REGAIN_LEMMAS = words("retake retook recapture regain liberate")
VIOLENT_KINDS = words("attack kill bomb shell strike grenade clash")


# People or a group an incident can involve: the armed, civilians, crowds, and the
# groups and counts news names them by.
PEOPLE_NOUNS = (
    ARMED_NOUNS
    | CIVILIAN_NOUNS
    | CROWD_NOUNS
    | MOB_NOUNS
    | words(
        "member group community people resident family party faction clan tribe employee"
        " worker villager trader official leader supporter thousand hundred dozen score"
    )
)
# Endings of nouns for people by what they do ("squatters", "loyalists", "shippers").
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant")


DEATH_LEMMAS = words(
    "kill die dead death slay slain murder massacre behead execute assassinate perish lynch"
    " eliminate"
)
