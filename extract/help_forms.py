"""Which one form of medical assistance (住院救助, 门诊救助 …) the text around a figure names, where the figure's own
words name only 医疗救助 or 救助资金: its numbered section's heading, the point of an enumeration it follows, the clause
opening its ；-run, its paragraph's heading sentence (GUIDELINES §8). A mixin of extract.medical.ProgramReader, which
gives it the page's text, its program words (`_in`) and their programs (`program`)."""
from __future__ import annotations

from extract.segment.lines import heading_sentence_end, last_point, opens_numbered_section
from extract.spans import Window, run_start
from rules.pattern_cache import compiled
from rules.taxonomy import sets

_SENTENCE_END = compiled(r"[。!?！？]")


class HelpForms:
    def _section_help(self, w: Window) -> str | None:
        """四、住院救助比例是多少 over (二)低保对象按75%比例救助: the form of help a numbered section's heading names."""
        if w.headline is None or not opens_numbered_section(self.text[w.headline[0]:w.headline[1]]):
            return None
        return self._one_help(*w.headline)

    def _point_help(self, w: Window) -> str | None:
        """二是开展住院救助。共救助…N人次,发放救助金X万元: the form of help an enumeration's point names, after it."""
        point = last_point(self.text, w.paragraph[0], w.sentence[0])
        end = _SENTENCE_END.search(self.text, point, w.sentence[0]) if point >= 0 else None
        return self._one_help(point, end.start()) if end is not None else None

    def _run_help(self, w: Window) -> str | None:
        """住院救助对…,特困人员按100%救助;低保对象按70%救助: the one form of help opening a clause of the run, on its line."""
        lo = run_start(self.text, w)
        if lo >= w.sentence[0] or "\n" in self.text[lo:w.sentence[0]]:
            return None
        opening = [h for h in self._in(lo, w.sentence[0]) if self.program(h) in sets().specific_helps
                   and (h.start == lo or self.text[h.start - 1] in ",，:：")]
        return self.program(opening[0]) if len({self.program(h) for h in opening}) == 1 else None

    def _heading_help(self, w: Window) -> str | None:
        """（二）住院救助。全年…;五保对象1035人次: the one form of help its paragraph's heading sentence names."""
        head = heading_sentence_end(self.text, w.paragraph[0], w.sentence[0])
        return self._one_help(w.paragraph[0], head) if head > 0 and "\n" not in self.text[head:w.start] else None

    def _one_help(self, lo: int, hi: int) -> str | None:
        """The one specific form of help (住院救助, 门诊救助 …) text[lo:hi] names, if it names one."""
        named = {self.program(x) for x in self._in(lo, hi)} & sets().specific_helps
        return named.pop() if len(named) == 1 else None
