"""Text taken from a laid-out page (a PDF report, a journal): running heads and feet repeated on
every page, paragraphs a page break cut in two, and words the typesetter broke with a hyphen at a
line end ('Kyr-\\ngyzstan'). Left as they are, a running head splits a sentence and a broken
word is no name at all; a reader of the page never sees either.

Only what the text itself proves is changed:
- a running line is a short line that recurs (its numbers aside) at least twice between blank
  lines, is no table row, and is either two parts set far apart ('Review 2025/2      Security',
  '14      Caspian Policy Review') or a page number alone ('Page 14 of 20', '- 14 -'); its first
  appearance stays when it opens the document (it is the best title there is), the others go;
- a paragraph that ends without a sentence mark where a running line was taken out goes on in
  the next one when that opens in lower case;
- a word broken at a line end is joined on the first line; its hyphen goes unless the first part
  is a prefix that keeps one ('then-', 'ex-', 'co-'), the second part ends a compound
  ('Russian-|brokered', 'state-|owned') or the text writes the word with a hyphen elsewhere.
  A hyphen before a capital ('Russia-\\nKazakhstan') is kept where it is.
"""

from __future__ import annotations

import re
from collections import Counter

from database.dates import MONTH_PATTERN

RUNNING_LINE_MAX = 100
_NUMBER = re.compile(r"\d+")
# 'Page 14', 'Page 14 of 20', '- 14 -': a page number alone ('14' alone may be a year or a cue).
_PAGE_NUMBER_LINE = re.compile(r"(?i:page)\s+#(?:\s+(?i:of)\s+#)?|[-–—]\s*#\s*[-–—]")
_PARTS_APART = re.compile(r"\S\s{3,}\S")
_TABLE_MARKS = re.compile(r"\||\t|\.{3,}|…")
_DATE_WORDS = re.compile(
    rf"\b{MONTH_PATTERN}\s+\d|\d\s+{MONTH_PATTERN}(?!\w)|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
)
# Second parts of compounds a line end may break: 'Russian-|brokered', 'state-|owned'.
_COMPOUND_ENDS = frozenset(
    [
        "based",
        "led",
        "backed",
        "brokered",
        "owned",
        "run",
        "funded",
        "financed",
        "sponsored",
        "friendly",
        "related",
        "made",
        "built",
        "born",
        "speaking",
        "minded",
        "oriented",
        "wide",
        "level",
        "term",
        "style",
        "like",
        "free",
        "controlled",
        "dominated",
        "held",
        "linked",
        "affiliated",
        "designated",
        "appointed",
        "elected",
        "supported",
        "aligned",
        "allied",
        "armed",
        "trained",
        "equipped",
        "bound",
        "centred",
        "centered",
        "focused",
        "specific",
        "scale",
        "range",
        "time",
        "year",
        "month",
        "day",
        "party",
        "state",
    ]
)
_SENTENCE_END = re.compile(r"[.!?:;…]['\"”’)\]]*\s*$")
_BROKEN_WORD = re.compile(
    r"(?P<left>\b[^\W\d_][\w’']*)-\n(?P<indent>[ \t]*)(?P<right>[a-z][\w’']*)(?P<mark>[.,;:!?)\]”’\"]*)[ \t]?"
)
_WORD = re.compile(r"[^\W\d_][\w’']*")
_SUSPENDED_HYPHEN_AFTER = frozenset(["and", "or", "nor", "to", "as", "than"])
_KEEPS_HYPHEN = frozenset(
    [
        "then",
        "ex",
        "co",
        "non",
        "self",
        "well",
        "so",
        "all",
        "half",
        "cross",
        "anti",
        "pro",
        "vice",
        "semi",
        "multi",
        "mid",
        "post",
        "pre",
        "full",
        "high",
        "low",
        "long",
        "short",
        "far",
        "near",
        "de",
    ]
)


def unpaginate(text: str) -> str:
    """The text with running heads and feet taken out, cut paragraphs joined and broken words
    whole (see the module's docstring); text laid out in no pages comes back unchanged."""
    text = _without_running_lines(unsubtitle(text))
    if "-\n" in text:
        words = Counter(_WORD.findall(_BROKEN_WORD.sub(" ", text.lower())))  # as written whole
        text = _BROKEN_WORD.sub(lambda found: _joined(found, text.lower(), words), text)
    return text


def words_rejoined(paragraphs: list[str], text: str) -> list[str]:
    """Paragraphs whose only line breaks are words broken at a column's edge ('with-\\ndrawn'),
    each on one line with its words whole, by the rules of `unpaginate` and the words of `text`."""
    if not any("-\n" in paragraph for paragraph in paragraphs):
        return paragraphs
    lowered = text.lower()
    words = Counter(_WORD.findall(_BROKEN_WORD.sub(" ", lowered)))
    return [
        _BROKEN_WORD.sub(
            lambda found: _joined(found, lowered, words).rstrip("\n \t") + " ", paragraph
        ).rstrip(" ")
        if "-\n" in paragraph
        else paragraph
        for paragraph in paragraphs
    ]


def _shape(line: str) -> str:
    return _NUMBER.sub("#", " ".join(line.split()))


def _without_running_lines(text: str) -> str:
    lines = text.split("\n")
    candidates = Counter(
        _shape(line)
        for index, line in enumerate(lines)
        if _alone_between_blanks(lines, index)
        and len(line.strip()) <= RUNNING_LINE_MAX
        and not _TABLE_MARKS.search(line)
        and not _DATE_WORDS.search(
            line
        )  # 'Day 1      5 May 2024', a letter's dateline: content, not a page's
        and (_PARTS_APART.search(line.strip()) or _PAGE_NUMBER_LINE.fullmatch(_shape(line)))
    )
    running = {shape for shape, count in candidates.items() if count >= 2}
    if not running:
        return text
    first_content = next((index for index, line in enumerate(lines) if line.strip()), 0)
    removed = [
        index != first_content and _alone_between_blanks(lines, index) and _shape(line) in running
        for index, line in enumerate(lines)
    ]
    kept: list[str] = []
    index = 0
    while index < len(lines):
        if not removed[index]:
            kept.append(lines[index])
            index += 1
            continue
        gap_end = index  # A run of running lines and blank lines: a page break.
        while gap_end < len(lines) and (removed[gap_end] or not lines[gap_end].strip()):
            gap_end += 1
        while kept and not kept[-1].strip():
            kept.pop()
        before = kept[-1] if kept else ""
        after = lines[gap_end] if gap_end < len(lines) else ""
        if before and after[:1].islower() and not _SENTENCE_END.search(before):
            index = gap_end  # The page broke a paragraph: it goes on in the next line.
        else:
            kept.append("")
            index = gap_end
    return "\n".join(kept)


def _alone_between_blanks(lines: list[str], index: int) -> bool:
    """A non-blank line with a blank line (or the text's edge) on both sides: a table's header
    or a signature block's 'For A      For B' line has its rows right under it."""
    if not lines[index].strip():
        return False
    before = lines[index - 1] if index else ""
    after = lines[index + 1] if index + 1 < len(lines) else ""
    return not before.strip() and not after.strip()


def _joined(found: re.Match[str], lowered: str, words: Counter[str]) -> str:
    """The broken word on one line: 'Kyr-|gyzstan' is Kyrgyzstan; 'then-|commander' and
    'Russia-|led' (two words the text uses on their own, never joined) keep their hyphen."""
    left, right = found.group("left"), found.group("right")
    if right.lower() in _SUSPENDED_HYPHEN_AFTER or found.string.startswith("-", found.end("right")):
        return found.group()  # 'Kazakh-|and Russian-language', 'tit-|for-tat': not a broken word
    joined = f"{left}{right}".lower()
    keeps = (
        left.lower() in _KEEPS_HYPHEN
        or right.lower() in _COMPOUND_ENDS
        or (left[:1].isupper() and words[left.lower()] > 0)  # 'Pamir-|region': a name the text writes alone
        or (
            joined not in words
            and (
                f"{left}-{right}".lower() in lowered or (words[left.lower()] > 0 and words[right.lower()] > 0)
            )
        )
    )
    word = f"{left}-{right}" if keeps else f"{left}{right}"
    return f"{word}{found.group('mark')}\n{found.group('indent')}"


# A subtitle file (SRT, WebVTT): numbered cues, each with its times, a sentence often cut
# across cues. '00:00:13,900 --> 00:00:17,600'.
_CUE_TIMES = re.compile(
    r"^\s*(?P<start>(?:\d{1,2}:)?\d{2}:\d{2})[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3}(?:\s+\S.*)?$"
)
_SPEAKER_LABEL = re.compile(
    r"^\s*(?:-\s*)?(?P<name>[A-Z][A-Z.'’ -]{1,40}|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})"
    r"(?:\s*\([^()]{0,80}\))?\s*:\s"
)
_DIALOGUE_DASH = re.compile(r"^\s*-\s")
# WebVTT: its header, NOTE and STYLE blocks; a voice tag '<v Aidar Bekov>' names the speaker.
_VTT_BLOCK = re.compile(r"^\s*(?:WEBVTT|NOTE|STYLE|REGION)\b")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+(?P<name>[^>]+)>")
_MARKUP = re.compile(r"</?[a-z][^>]*>|\{\\[^}]*\}")
_TAG_ONLY = re.compile(r"^\s*[\[(♪][^\])]*[\])♪]?\s*$")
MIN_CUES = 3


def unsubtitle(text: str) -> str:
    """A subtitle file as the transcript it is: the cue numbers and times go, the cues of one
    speaker's turn run on as one paragraph (a sentence cut across cues reads whole), and each
    turn starts with the time it begins ('[00:00:05] NARRATOR: …'). Other text is unchanged."""
    read = [(block, _cue(block)) for block in re.split(r"\n[ \t]*\n", text)]
    if sum(cue is not None for _, cue in read) < MIN_CUES:
        return text
    read = [(block, cue) for block, cue in read if cue or not _VTT_BLOCK.match(block)]  # WebVTT header, NOTEs
    paragraphs: list[str] = []
    turn: list[str] = []
    turn_start = ""
    speaker = ""

    def close() -> None:
        if turn:
            paragraphs.append(f"[{turn_start}] " + " ".join(turn))
            turn.clear()

    for block, cue in read:
        if cue is None:
            close()
            if block.strip():
                paragraphs.append(block.strip("\n"))
            continue
        start, words = cue
        if not words or (not paragraphs and not turn and _TAG_ONLY.match(words)):
            continue  # no words, or only '[music]' before anyone speaks
        label = _SPEAKER_LABEL.match(words)
        if label and turn and label.group("name").strip() == speaker:
            words = words[label.end() :]  # the same voice goes on ('<v A>… | <v A>…')
        elif (
            not turn
            or label
            or _DIALOGUE_DASH.match(words)
            or _TAG_ONLY.match(words)
            or _TAG_ONLY.match(turn[-1])
        ):
            close()
            turn_start = start
            speaker = label.group("name").strip() if label else ""
        turn.append(words)
    close()
    return "\n\n".join(paragraphs) + ("\n" if text.endswith("\n") else "")


def _cue(block: str) -> tuple[str, str] | None:
    """(start time, the cue's words on one line, voice tags made speaker labels and other markup
    gone) of a cue block (its number or identifier line first, if any), or None for other text."""
    lines = [line for line in block.split("\n") if line.strip()]
    if len(lines) > 1 and not _CUE_TIMES.match(lines[0]):
        lines = lines[1:]
    if not lines:
        return None
    times = _CUE_TIMES.match(lines[0])
    if times is None:
        return None
    words = " ".join(line.strip() for line in lines[1:])
    words = _MARKUP.sub("", _VOICE.sub(lambda voice: f"{voice.group('name').strip()}: ", words))
    return times.group("start"), " ".join(words.split())
