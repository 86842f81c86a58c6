"""Text hygiene: cleaning, language guessing, and refusing binary or non-UTF-8 bytes.

Reusable by any reader: nothing here knows about Documents or input formats. Offsets of
every later stage index into the text `clean_text` returns.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from collections import Counter
from typing import Any

import ftfy

from eventwire.errors import BinaryInput, EncodingError

__all__ = ["check_binary", "clean_text", "decode", "decode_html", "guess_language"]

_SNIFF = 8192

# Leading bytes of formats that are certainly not text.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF media file"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
# Bytes that occur in text: printable ASCII, tab, newlines, form feed, escape, and all
# bytes >= 0x80 (UTF-8 sequences). Whatever is left after deleting these is binary.
_TEXT_BYTES = bytes([9, 10, 12, 13, 27, *range(0x20, 0x7F), *range(0x80, 0x100)])

_NEWLINES = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
# When ftfy is worth its cost. UTF-8 read as Latin-1 or cp1252 puts a lead byte
# (U+00C2-U+00F4) before a continuation byte (U+0080-U+00BF or a cp1252 punctuation
# letter); ftfy also handles HTML entities ("&amp;", "&#39;": an ampersand alone, as in
# "Q&A", is not one), escapes, C1 controls, ligatures, full-width forms and surrogates.
# Other text (most news, accented or not) skips ftfy, which is slow.
_CP1252 = "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d"
_CP1252 += "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
_FTFY_NEEDED = re.compile(
    f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252}]|[\x1b\x80-\x9f\ufb00-\ufb06\uff01-\uff5e\ud800-\udfff]"
    r"|&#?[0-9A-Za-z]{1,24};"  # an HTML entity, as ftfy finds them
)
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_BLANK_LINES = re.compile(r"\n{3,}")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def clean_text(text: str) -> str:
    """Repair mojibake, drop control and zero-width characters, normalise newlines.

    Offsets of every later stage index into this cleaned text.
    """
    # Each pattern is applied only where a plain search (far faster than the regex's
    # scan) finds what it may match: most texts need none of them.
    if _may_need_ftfy(text) and _FTFY_NEEDED.search(text):
        text = ftfy.fix_text(text, uncurl_quotes=False)  # typographic quotes are kept
    elif not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if any(c in text for c in _NEWLINE_CHARS):
        text = _NEWLINES.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    if " \n" in text or "\t\n" in text:
        text = _TRAILING_SPACE.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


_NEWLINE_CHARS = "\r\x0b\x0c\x85\u2028\u2029"  # what `_NEWLINES` replaces


def _may_need_ftfy(text: str) -> bool:
    """Whether `_FTFY_NEEDED` may match: whether the text holds a character that a
    match starts with (an ampersand, an escape, ...; one search for a character class
    costs a quarter of the full pattern's, and most news has none of them)."""
    if text.isascii():
        return "&" in text or "\x1b" in text
    return _FTFY_START.search(text) is not None


# The characters a match of `_FTFY_NEEDED` starts with.
_FTFY_START = re.compile("[\u00c2-\u00f4\x1b\x80-\x9f\ufb00-\ufb06\uff01-\uff5e\ud800-\udfff&]")


# --- language ---------------------------------------------------------------------------

# Frequent function words: the fallback when py3langid is unsure.
_WORD_LISTS = {
    "en": "the of and to in a is that for on was with as by it at from he she said his her"
    " were are be has have had an they their which not but this who been will its",
    "fr": "le la les de des du et à un une est que qui dans pour pas sur au aux par avec ce il"
    " elle sont ont été",
    "es": "el la los las de del y en un una que es por con para se su al lo como más pero fue han",
    "de": "der die das und ist nicht ein eine zu den von mit sich des auf für dem im auch es"
    " wurde sind",
    "pt": "o os a as de do da dos das e em um uma que é para com não por se na no foi",
    "it": "il lo la gli le di del della e è un una che per con non si sono nel",
    "nl": "de het een en van is in dat op te niet zijn met voor er die",
}
_FUNCTION_WORDS = {code: frozenset(words.split()) for code, words in _WORD_LISTS.items()}
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ar", re.compile("[\u0600-\u06ff]")),
    ("ru", re.compile("[\u0400-\u04ff]")),
    ("el", re.compile("[\u0370-\u03ff]")),
    ("he", re.compile("[\u0590-\u05ff]")),
    ("hi", re.compile("[\u0900-\u097f]")),
    ("th", re.compile("[\u0e00-\u0e7f]")),
    ("ja", re.compile("[\u3040-\u30ff]")),
    ("ko", re.compile("[\uac00-\ud7af]")),
    ("zh", re.compile("[\u4e00-\u9fff]")),
)
_WORD = re.compile(r"[^\W\d_]+")
_NON_LATIN = re.compile("[\u0370-\u1fff\u3040-\u9fff\uac00-\ud7af]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


_LANGID_CHARS = 1000  # py3langid's time grows with the sample; news is clear well before
_MIXED_CHARS = 400  # shorter samples are classified whole
_LANGID_CONFIDENCE = 0.7
_MIN_WORDS = 3


def guess_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or "und" when it is unclear.

    py3langid classifies a bounded prefix (fast whatever the length), and each half of
    it: halves confidently in two languages make the text "und" (mixed). Halves that
    are both plainly English (`_plainly_english`) are English without it. A text of
    fewer than three words is "und"; one py3langid is unsure of (a list of names, a
    headline) falls back to the function-word guess, "und" when nothing is clear.
    """
    sample = text[:_LANGID_CHARS]
    if len(_WORD.findall(sample)) < _MIN_WORDS:
        return "und"
    if len(sample) >= _MIXED_CHARS:
        half = len(sample) // 2
        if _plainly_english(sample[:half]) and _plainly_english(sample[half:]):
            return "en"
        codes = {_langid(sample[:half]), _langid(sample[half:])}
        if len(codes) == 1 and None not in codes:
            return codes.pop() or "und"
        if None not in codes:  # each half sure of itself, in two languages
            return "und"
    return _langid(sample) or _function_word_guess(sample)


# Frequent words of English prose that other languages written in Latin letters use
# rarely or never (not "to", "by", "for", "was", "had": frequent Czech, Polish, Danish,
# German and Dutch words; Dutch "of", "or", is far rarer than English "of").
_ENGLISH_MARKERS = frozenset(
    "the and of with that said were have from which this would their they been".split()
)
_ENGLISH_SHARE = 0.08  # English prose has about 0.14; Dutch, the nearest, well under 0.01


def _plainly_english(part: str) -> bool:
    """Whether a part of the sample is plainly English: English function words make up
    `_ENGLISH_SHARE` of its words (of any script). Such text needs no language model
    (py3langid reads a text byte by byte in Python, a twentieth of the cost of reading
    a page); a part that is less plain goes to py3langid."""
    words = _WORD.findall(part.lower())
    markers = sum(1 for word in words if word in _ENGLISH_MARKERS)
    return len(words) >= _MIN_WORDS and markers >= _ENGLISH_SHARE * len(words)


def _langid(sample: str) -> str | None:
    """py3langid's language for the sample when it is confident, else None."""
    code, probability = _identifier().classify(sample)
    if probability < _LANGID_CONFIDENCE:
        return None
    return "und" if code == "zxx" else _LANGID_ALIASES.get(code, str(code))  # zxx: no language


@functools.cache
def _identifier() -> Any:
    """py3langid's identifier with normalised probabilities, loaded once per process."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


# Regional labels of py3langid folded into the language a reader would name.
_LANGID_ALIASES = {"ary": "ar", "arz": "ar", "hbo": "he", "uzs": "uz", "wuu": "zh", "yue": "zh"}


def _function_word_guess(sample: str) -> str:
    """Language by script, then by function-word ratio; "und" when nothing is clear.

    A text mostly in a non-Latin script gets that script's main language; otherwise
    the listed language whose function words make up the largest share of the words
    (at least a tenth; ties go to "en").
    """
    if not sample.isascii() and _NON_LATIN.search(sample):
        latin = len(_LATIN.findall(sample))
        counts = {code: len(rx.findall(sample)) for code, rx in _SCRIPTS}
        script = max(counts, key=counts.__getitem__)
        if counts[script] > latin:
            return script
    words = Counter(_WORD.findall(sample.lower()))
    total = sum(words.values())
    if not total:
        return "und"
    scores = {code: sum(words[w] for w in vocab) for code, vocab in _FUNCTION_WORDS.items()}
    best = max(scores, key=scores.__getitem__)  # ties go to "en", listed first
    return best if scores[best] * 10 >= total else "und"


# --- bytes -------------------------------------------------------------------------------


def check_binary(data: bytes) -> None:
    """Raise BinaryInput for images, archives and other non-text bytes."""
    head = data[:_SNIFF]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise BinaryInput(f"binary data ({what}), not text")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise EncodingError("UTF-16 text; only UTF-8 is read")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BinaryInput(f"binary data (NUL byte at offset {nul}), not text")
    controls = len(head.translate(None, _TEXT_BYTES))
    if controls * 10 > len(head):
        raise BinaryInput(
            f"binary data ({controls} control bytes in the first {len(head)}), not text"
        )


def decode(data: bytes, encoding: str = "utf-8") -> str:
    """Text of `data`, refusing binary data and undecodable bytes (with their offset)."""
    check_binary(data)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"invalid {encoding} at byte offset {exc.start} (0x{data[exc.start]:02x});"
            " only UTF-8 is read"
        ) from None


def decode_html(data: bytes) -> str:
    """UTF-8, or the charset the page declares when it is not valid UTF-8."""
    try:
        return decode(data)
    except EncodingError:
        declared = _declared_charset(data)
        if declared is None:
            raise
        return decode(data, declared)


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return None if name == "utf-8" else name
