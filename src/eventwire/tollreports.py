"""One incident's toll from the figures that several sentences of a report give.

ACLED's codebook: when sources conflict on fatalities, the lowest credible figure is
coded; figures are revised when later information confirms a different one. A report
often tells one incident in several sentences, and a later sentence's figure may

- *update* the toll: "the death toll rose to seven", "the toll has climbed to 12". This
  is a later, confirmed total of the same dead, not a conflicting report: it replaces
  the earlier figure (ACLED revises its own figures the same way);
- *add* to it: "four more bodies were found", "another two died in hospital", "one of
  the injured later died": more dead of the same incident, counted on top;
- *conflict* with it: "residents said seven were killed", "unconfirmed reports put the
  toll at ten", "as many as 12 are feared dead", "the army said only one died": another
  source's, a hedged or a corrected figure for the same dead, so the lower of the two
  stands (the lowest credible figure), and a hedged addition ("seven other deaths are
  feared but unconfirmed") adds nothing;
- give no figure but the days the incident lasted ("the fighting raged over four
  days"): the toll known was over those days, and ACLED spreads it;
- tell that the one victim lived ("officers rescued the youth moments before his death"): a
  lynching or a beating told first as if fatal killed no one;
- or just give a figure again ("Eight people were killed in the blast" after "Gunmen
  attacked a bus"): the higher stands, since a first sentence (often a headline) names
  only some of the dead or none ("killed villagers" counts as "several").
"""

from __future__ import annotations

from eventwire.cues import LONG_RUNS, flag
from eventwire.tollseries import days_spanned
from eventwire.tollsyntax import rescued_alive

__all__ = ["deathless", "figureless", "hedged", "is_update", "reconcile"]

_UPDATE = flag(
    r"\b(?:toll|number of (?:the )?dead|number of deaths|fatalities)\b (?:\S+ ){0,4}?"
    r"(?:has |had |have )?(?:rose|risen|climbed|increased|jumped|reached|revised|stands|stood)"
    r"|\b(?:rose|risen|climbed|increased|jumped) to\b"
)
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens)"
_DEAD = r"(?:\w+ ){0,3}?(?:killed|dead|died|deaths|bodies|perished|succumbed)\b"
_ADDED = flag(
    rf"\b{_NUMBER} (?:more|others?|additional|further) {_DEAD}|\banother {_NUMBER} {_DEAD}"
    r"|\blater (?:died|succumbed)|\bsuccumbed\b|\bdied (?:later|in (?:the )?hospital"
    r"|on (?:the )?way|of (?:(?:their|his|her) )?(?:injuries|wounds))"
    r"|\balso (?:been )?(?:killed|died|shot dead)\b"
)
_HEDGED = flag(
    r"\bunconfirmed\b|\bunverified\b"
    r"|\bnot (?:yet )?(?:be |been )?(?:independently )?(?:confirmed|verified)"
    r"|\bfeared\b|\brumou?r|\bas many as\b|\bup to\b"
    r"|\b(?:residents|witnesses|locals|villagers|relatives|activists|sources|others) (?:said"
    r"|say|claimed|put)|\b(?:other|some|conflicting|local|media|earlier) (?:reports?|sources?"
    r"|accounts?)\b|\baccording to (?:residents|witnesses|locals|villagers|some|other|unconfirmed)"
)
# A figure of the sentence's own, not "several" read into a bare plural ("the suspects").
_FIGURED = flag(
    rf"\b(?:{_NUMBER}|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|scores|both)\b"
)
_LATER = flag(r"\b(?:later|also)\b")
# A figure that corrects a higher one: "the army said only one soldier was killed".
_CORRECTED = flag(rf"\b(?:only|just|merely) {_NUMBER}\b")
# Markers of a running total over a long period, not one incident's update.
_RUNNING = flag(r"since\b|so far\b|this year|to date|in total|a total of|cumulative")


def is_update(text: str) -> bool:
    """The sentence revises one incident's toll ("the death toll rose to seven"), not a
    running total over a war or a year ("has risen to 900 since January")."""
    if not _UPDATE.search(text) or _RUNNING.search(text):
        return False
    return not any(word in LONG_RUNS for word in text.lower().split())


def hedged(text: str) -> bool:
    """The sentence gives its figure on a hedge: feared, unconfirmed, rumoured, "as many
    as", or on the word of residents or other reports."""
    return _HEDGED.search(text) is not None


def figureless(text: str) -> bool:
    """The sentence gives no figure of its own: its dead are ones told before ("The
    captives were executed", "they were found dead")."""
    return not _FIGURED.search(text)


def reconcile(known: int, told: int | None, text: str) -> int:
    """The incident's toll once a later sentence (`text`) gives `told` dead, the
    incident having `known` so far (see the module docstring for the six cases)."""
    if not told and known == 1 and rescued_alive(text):
        return 0  # "Officers rescued the youth before his death": the one victim lived
    if not told:
        # no figure (a sentence with no toll codes 0); a span it gives the incident
        # spreads the toll known over those days, as a span told with the toll would
        # ("The siege went on over three days")
        return max(1, known // days_spanned(text)) if known else known
    if not known:
        return told
    if figureless(text) and not _LATER.search(text):
        # "Villagers caught the attackers and lynched them": the dead counted already
        # ("later the captured men were found dead" may be others, and stays below)
        return known
    unsure = hedged(text)
    if _ADDED.search(text):
        return known if unsure else known + told
    corrected = _CORRECTED.search(text) is not None
    if is_update(text) and not corrected:
        return told
    return min(known, told) if unsure or corrected else max(known, told)


# ACLED's demonstrations in which no one is killed by definition: a protest where
# people die at the hands of those who intervene is "Excessive force against
# protesters", one where the crowd kills is a riot.
_DEATHLESS = frozenset({"Peaceful protest", "Protest with intervention"})


def deathless(sub_event_type: str) -> bool:
    """The sub-event type codes no fatalities: a death a peaceful protest's report tells
    is its grievance ("marched over the killing of a teacher"; "a relative said the
    victim was stabbed"), not its toll."""
    return sub_event_type in _DEATHLESS
