"""Program of a medical-security figure (GUIDELINES §8), from the words near it (its metric: medical_metric.py).

Evidence, nearest first: the item a 分别 list pairs the figure with (新农合和居民医保的筹资标准分别提高到X元、Y元: X is 新农合's); its clause
(before the figure, else the first program after it); its sentence; the head of its breakdown (其中 …); its paragraph;
the question its answer is under; the heading and headline above it (the first it names). Programs listed as one
(基本医保、大病保险和医疗救助), or a 其中's parts, mean them all; a generic word (医保) continues the scheme before it."""
from __future__ import annotations

from extract.breakdowns import FENBIE, breaks_down
from extract.medical_settle import BASIC, CRITICAL, EMPLOYEE, RESIDENT, SERVICES, SUBSIDY
from extract.medical_metric import Evidence
from extract.drives import TITLE_REACH, drive_title
from extract.help_forms import HelpForms
from extract.premiums import benefit_paid, collects_premiums, pays_premiums
from extract.program_lists import (LIST_JOIN, NOT_MEDICAL, after_reach, all_layers, assistance_form, assistance_forms, bare_item,
                                   broken_into_layers, care_beside_help, care_listed_after, drawn_from, enumerations, every_layer, in_a_breakdown, included,
                                   item_start, other_insurances, page_schemes, paid_before, past_layers, point_scheme, programs, scheme_beside_help, share_program)
from extract.segment.furniture import is_masthead, is_posting_stamp
from extract.segment.lines import heading_sentence_end, last_point
from extract.segment.questions import question_above
from extract.spans import Hit, Sorted, Span, Window, last_of, run_start, within
from rules.fragments import word_pattern
from rules.pattern_cache import compiled
from rules.punctuation import LIST_JOINS
from rules.taxonomy import sets

LIST_REACH = 40  # characters from a listed scheme to the end of its list
_SENTENCE_END, _FULL_STOP, _RUN_BREAK, _CLAUSE_BREAK, _FIGURE = (  # (_FIGURE: a total before 其中, the parts after it)
    compiled(r"[。!?！？]"), compiled(r"[。;；]"), compiled(r"[;；]"), compiled(r"[,;:。!?，；：！？]"), compiled(r"\d"))
_PAYING_IN, _POOLING, _ADDED_UP = compiled(r"缴费|征缴|缴纳"), compiled(r"门诊统筹"), compiled(r"(?:^|[,，；;])\s*(?:再)?加上")
_TOTAL_OPENS = compiled(r"\s*(?:两项|二者|以上)?(?:合计|共计|总计)")
# the next item of a 、 list with its own label and figure (、门诊慢特病支出Y万元), not the next group (为X名低保、特困人员…)
_LABELLED_ITEM = compiled(r"、(?![\d\s一二三四五六七八九十两百千万])(?=[^、,;:。，；：]{1,16}?[\d一二三四五六七八九十两])")
_BOTH = frozenset({EMPLOYEE, RESIDENT})
_NEXT_POINT = compiled(r"[二三四五六七八九十]是|其次|再次|此外")  # (…;二是…, 其次: the next point, a topic of its own)
_ISSUE = compiled(r"(?:简报|动态|信息|通讯)\s*第\s*\d{1,3}\s*期")
_ISSUE_TITLE = compiled(r"(?:\s*\n[^\n]{0,60}){0,2}?\s*\n[^\S\n]*(\S[^\n。！？]{4,40}(?:通报|情况|简报|进展))[^\S\n]*\n")
_HEADING_BELOW = compiled(r"\s*\n[^\S\n]*(\S[^\n]{0,19})\n")  # (a line of at most 20 characters)


class ProgramReader(HelpForms):
    """The program hits of one document, with their enumerations found once."""

    def __init__(self, text: str, hits_: list[Hit], title: Span):
        self.text = text
        # 医保基金(含生育保险基金)的收入, 医疗救助(含住院救助和门诊救助)236人次: what a total includes is not what it is of
        if len(kept := [h for h in hits_ if not included(text, h)]) < len(hits_):
            hits_ = Sorted(kept)
        if any(programs()[h.word][0] == NOT_MEDICAL for h in hits_):
            hits_ = other_insurances(text, hits_)
        self.raw = hits_  # as written: a 分别 item is read in these
        listed = enumerations(text, hits_)
        # an enumeration reads as one hit of both schemes at its last member's place
        self.hits: list[Hit] = []
        for i, h in enumerate(hits_):
            if i in listed and i + 1 in listed and LIST_JOIN.fullmatch(text, h.end, hits_[i + 1].start):
                continue
            self.hits.append(Hit(h.start, h.end, "" if i in listed else h.word))
        self.hits = Sorted(self.hits)
        self.drive_title, self.title_scheme = drive_title(text, *title), self._title_scheme(*title)
        # (a title naming the farmers' scheme by its 新农合-era name, and no basic insurance: the scheme its page's
        # 医保 and 医疗保障 are, as a farmer says 交医保 of 新农合; a modern page's 医保基金 is every scheme's)
        named = self._in(*title)
        self.title_alone = self.title_scheme if any(programs()[h.word][1] == "rural" for h in named if h.word) and not any(
            self.program(h) == BASIC for h in named) else None
        self.page_scheme, self.enrolled_in = page_schemes(self.hits)
        self._asides: dict[int, bool] = {}  # _aside_of, once per hit (the figures after it all ask)
        self._parts: dict[int, bool] = {}  # _a_part, once per hit

    def _title_scheme(self, lead: int, end: int) -> str | None:
        """The one scheme or benefit a document's title line names (某县城乡居民大病保险运行情况公示): its figures'."""
        title = self.text[lead:end].rstrip()
        # (a title may ask or exclaim, at its end or midway: 今年居民医保待遇有哪些变化?, 新增12个病种!这些患者快看过来)
        if end - lead > TITLE_REACH or _FULL_STOP.search(title):
            return None
        schemes = self._one_scheme(lead, end)
        above = self.text.rfind("\n", 0, max(0, lead - 1)) + 1
        if not schemes and lead and is_masthead(self.text[above:lead].strip()):  # (the body issuing it, above)
            schemes = self._one_scheme(above, lead)
        # else an entry's heading alone on a short line below it (某县年鉴(2014卷) / 新型农村合作医疗)
        if not schemes and (m := _HEADING_BELOW.match(self.text, end)) and not _SENTENCE_END.search(m.group(1)):
            schemes = self._one_scheme(m.start(1), m.end(1))
        # else, under a bulletin's masthead (某县医保局 工作简报 第15期; 第 23 期 below it), its issue's title a few lines down
        if not schemes and _ISSUE.search(self.text, lead, end + 12) and (m := _ISSUE_TITLE.match(self.text, end)):
            schemes = self._one_scheme(m.start(1), m.end(1))
        return schemes.pop() if len(schemes) == 1 else None

    def _one_scheme(self, lo: int, hi: int) -> set[str]:
        kinds = (sets().schemes - {BASIC}) | sets().benefits
        if named := {self.program(h) for h in self._in(lo, hi) if h.word and self.program(h) in kinds}:
            return named
        listed = {programs()[h.word][0] for h in within(self.raw, lo, hi) if h.word}  # (新农合和医疗救助工作综述: one
        one = len(listed & kinds) == 1 and listed - kinds <= sets().specific_helps | {"medical_assistance"}  # scheme, helps)
        return listed & kinds if one else set()

    def program(self, h: Hit) -> str:
        return programs()[h.word][0] if h.word else BASIC

    def generic(self, h: Hit) -> bool:
        return bool(h.word) and programs()[h.word][1] == "generic"

    def _in(self, lo: int, hi: int) -> list[Hit]:
        return within(self.hits, lo, hi)

    def read(self, w: Window, metric: str, ev: Evidence = Evidence()) -> str:
        t = sets()
        if metric == "service_points" and not _POOLING.search(self.text, *w.clause):
            return SERVICES  # (门诊统筹试点在70个村卫生室开展: the clinics of the scheme's pooling are the scheme's)
        for k, item in enumerate(ev.items):
            # a 分别 item is one member of a list; a table's caption may name its programs as one
            inside = within(self.raw if ev.listed else self.hits, *item)
            if ev.listed and len(inside) > 1 and inside[-1].word in all_layers():
                inside = inside[:-1]  # (新农合、大病保险、医疗救助三重保障分别…: the list's name after its last item)
            # (…住院补偿X人次;门诊慢性病补偿…;大病保险赔付…。现将各乡镇补偿情况公示如下: sentences naming many, no caption)
            if inside and not (0 < k == len(ev.items) - 1 and not ev.listed and _FULL_STOP.search(self.text, *item) and len(
                    {self.program(x) for x in inside if x.word and not self.generic(x)}) > 2):
                h = inside[-1]
                specific = [x for x in inside if x.word and not self.generic(x)]
                if self.generic(h) and specific and not ev.listed:
                    h = specific[-1]  # 居民医疗保险基金支出: the generic word continues the scheme before it
                if not ev.listed and (paid := [x for x in inside if self.program(x) == SUBSIDY]):
                    h = paid[-1]  # 资助困难群众参加居民医保情况: who is helped to enroll, not the scheme they join
                elif metric in t.enrollment_metrics and (own := [x for x in inside if self.program(x) in t.schemes]):
                    h = own[-1]  # (参保人数 under …基本医疗保险参保及医疗救助情况: the scheme's)
                elif 0 < k == len(ev.items) - 1 and (own := scheme_beside_help({self.program(x) for x in within(self.raw, *item)})):
                    return own  # (新型农村合作医疗及医疗救助情况 over 基金支出: a caption's one scheme, beside a help)
                found = (ev.listed and self.generic(h) and self._list_head(h)) or self.program(h)
                named = {self.program(x) for x in inside if x.word and (not self.generic(x) or "基本" in x.word)}  # (not 医疗保障)
                if not ev.listed and (_BOTH <= {self.program(x) for x in specific} or (
                        BASIC in named and len(named) > 1 and _FULL_STOP.search(self.text, *item))):
                    # (a caption naming 职工医保 and 居民医保: both; sentences over the table naming it and a scheme too)
                    found = BASIC
                if self.generic(h) and not specific and not ev.listed and self.title_alone in t.schemes:
                    found = self.title_alone  # (a caption naming only 医疗保障 under a title naming 新农合)
                elif found == BASIC and not specific and not ev.listed and (own := self._caption_scheme(ev.items[k + 1:])):
                    found = own  # (基本医疗保险基金收入 under 城镇职工基本医疗保险和生育保险情况: the caption's one scheme)
                if found == "medical_assistance" and ev.listed:
                    # 住院救助方面,A、B、C的救助比例分别为…: the item's 救助 is the one form its sentence names
                    found = self._one_help(w.sentence[0], w.start) or self._one_form(w.clause[0], w.start) or found
                elif found == "medical_assistance":  # | 住院人次 | 住院金额 | under a caption of 医疗救助: that form
                    forms = {f for label in ev.items if (f := self._one_form(*label))}  # (the caption's too)
                    found = forms.pop() if len(forms) == 1 else found
                return found
        others = self._other_members(w) if ev.listed else frozenset()
        # (门诊慢特病结算X人次,住院结算Y人次: a kind of care beside the help before it is its paragraph's scheme's, no help's)
        beside = not ev.items and care_beside_help(self.text, self.hits, w)
        found = None if beside else share_program(self.text, self.hits, w, metric) or self._near(w, metric, others)
        if found is None:
            found = self._caption_scheme(((w.paragraph[0], w.start),)) if beside else ev.head_program or self._run_head(w)
        if found is None and not beside:
            found = self._around(w, metric, others)
        if found is None:
            found = BASIC if broken_into_layers(self.text, self.hits, w) else (
                point_scheme(self.text, self.raw, w) or self.title_scheme or self.page_scheme
                or (self.enrolled_in if metric in t.enrollment_metrics else None) or BASIC)
        if found in t.schemes or found in ("medical_assistance", CRITICAL):  # (为…缴纳参合费, 个人缴费部分由财政…给予补贴)
            found = SUBSIDY if pays_premiums(self.text, w) else found
        elif found == SUBSIDY and benefit_paid(self.text, w):  # (资助参保X人次;报销住院费用Y人次: the scheme's)
            found = BASIC
        if found == BASIC and (metric in t.standards or collects_premiums(self.text, w, metric, self.drive_title)):
            return RESIDENT  # annual contribution standards and a collection drive's figures are the resident scheme's
        return found

    def _caption_scheme(self, labels: tuple) -> str | None:
        """The one scheme the labels after a cell's generic one (its caption last) name."""
        named = {self.program(x) for span in labels for x in within(self.hits, *span)
                 if x.word and not self.generic(x) and self.program(x) in sets().schemes - {BASIC}}
        return named.pop() if len(named) == 1 else None

    def _other_members(self, w: Window) -> frozenset[int]:
        """住院、普通门诊、门诊慢性病分别结算X、Y、Z人次: the program words that are another member of the figure's
        分别 list, whole (followed by the list's 、, or after one and right before 分别), name only that member's."""
        return frozenset(h.start for h in self._in(w.sentence[0], w.start)  # (依次为A、B、C: the list before)
                         if self.text[h.end:h.end + 1] in LIST_JOINS and h.end < w.start
                         or (self.text[h.start - 1:h.start] in LIST_JOINS and FENBIE.match(self.text, h.end)))

    def _near(self, w: Window, metric: str, others: frozenset[int] = frozenset()) -> str | None:
        """The clause, then the sentence (for a rate of enrollment, then its ；-run: …其中:职工X人,居民Y人;参保率Z%): a
        form of help outranks the scheme it is paid from (before the figure and after it); service delivery counts
        only in the figure's own clause; a 分别 item reads no other member's program (`others`)."""
        t, item = sets(), last_of(self.text, ";；", w.sentence[0], w.start) + 1  # (its item of a ；-run)
        run = ((lo, w.sentence[1]),) if metric in t.enrollment_metrics and (lo := run_start(self.text, w)) < w.sentence[0] else ()
        for span in (w.clause, w.sentence) + run:
            before = [h for h in self._in(span[0], w.start) if h.start not in others and (
                span == w.clause or (self.program(h) != SERVICES
                                     and (h.start >= item or not self._aside_of(h, w.paragraph))))]
            before = past_layers(self.text, self.hits, self._past_sources(before, w.clause, w.sentence), w)
            if span == w.sentence and (parts := self.parts_opened(w)) >= 0:
                before = [h for h in before if h.start < parts or self.program(h) in t.schemes]
            schemes = {self.program(h) for h in before if self.program(h) in t.schemes - {BASIC}}
            if span != w.clause and metric in t.enrollment_metrics and len(schemes) > 1:
                # 职工医保X人、城乡居民医保Y人，参保率Z%, 基本医保X人，其中…，参保率Z%: the total; but
                # …职工X人,城镇居民医保参保Y人,参保率Z%: the rate of the one scheme the clause before it counts
                lead = last_of(self.text, ",，", span[0], w.clause[0] - 1) + 1
                named = {self.program(h) for h in before if h.start >= lead and self.program(h) in t.schemes - {BASIC}}
                # (全县参保X人,其中职工A人,居民B人,参保率Z%: the parts of a total named before them)
                total = (any(self.program(h) == BASIC for h in before) or "其中" in self.text[span[0]:lead]
                         or _TOTAL_OPENS.match(self.text, w.clause[0]))  # (…,职工医保Y人,合计Z人: both)
                return named.pop() if len(named) == 1 and lead > span[0] and not total else BASIC
            if span in run:
                break
            helps = [h for h in before if self.program(h) not in t.schemes and not (span != w.clause and self.program(h) == SUBSIDY
                     and metric in ("reimbursement_rate", "covered_disease_types"))]  # (代缴参合费用,并将…补偿比例提高到70%)
            # (up to the next labelled 、 item, 普通门诊支出X万元、门诊慢特病支出Y万元 (not 分别给予70%、60%的…), or its parts)
            labelled, parts = _LABELLED_ITEM.search(self.text, w.end, w.clause[1]), self.text.find("其中", w.end, w.clause[1])
            item_end = min((i for i in (labelled.start() if labelled else -1, parts) if i >= 0), default=-1)
            if before and before[-1].word in all_layers():
                helps = []  # 经基本医保、大病保险和医疗救助报销后的综合保障比例: every layer, no one form of help
            if span == w.sentence and before and (_ADDED_UP.search(self.text, w.sentence[0], w.clause[0]) or (
                    metric == "reimbursement_rate" and every_layer({self.program(h) for h in before}))):
                return BASIC  # 加上大病保险倾斜和医疗救助托底,…报销比例稳定在90%; 新农合X,大病保险Y,医疗救助Z,补偿比W%
            h = (helps or before or [None])[-1] or min(  # else the first after it, a form of help first
                self._in(w.end, after_reach(self.text, w, span, item_end)),
                key=lambda x: (self.program(x) in t.schemes, x.start), default=None)
            if h is None:
                continue
            found = self.program(h)
            # 城乡居民医保参保X人,基本医保参保率达Y%: the rate of basic insurance is both schemes'
            if self.generic(h) and not (metric in t.enrollment_metrics and h.word.startswith("基本")):
                # 城镇职工医保参保X人,征缴医疗保险费Y元: the generic word continues the scheme named before it (its ；-list's)
                specific = [x for x in self._in(run_start(self.text, w), h.start) if not self.generic(x) and x.word
                            and (x.start >= max(item, w.sentence[0]) or self.program(x) in t.schemes)]  # (not 门诊慢特病…;)
                if specific:  # (after both schemes, 居民医保参保X人;职工医保参保Y人;医保基金支出Z亿元: both)
                    found = BASIC if _BOTH <= {self.program(x) for x in specific} else self.program(specific[-1])
                elif own := point_scheme(self.text, self.raw, w) or (self.title_alone in t.schemes and self.title_alone):
                    found = own  # (（一）城镇职工基本医疗保险。…⏎征收医疗保险基金X; 新农合…over 提高…医疗保障水平: the title's)
            elif h.word and programs()[h.word][1] == "people" and CRITICAL in map(self.program, self._in(w.sentence[0], h.start)):
                found = CRITICAL  # (大病保险起付线…,城镇居民起付线为1.9万元: the insurance's insured, named as residents)
            if found == "medical_assistance" or found in t.specific_helps:  # 救助资金 after 住院救助: that form
                helps = [x for x in self._in(w.sentence[0], w.start)
                         if self.program(x) in t.specific_helps and not paid_before(self.text, x)  # (经住院救助后…二次救助)
                         and not in_a_breakdown(self.text, x, w.sentence[0], w.clause[0])]  # (…(其中住院救助A人次),支出Y)
                specific = {self.program(x) for x in helps}
                if len(specific) > 1 and len(own := {self.program(x) for x in helps if x.start >= w.clause[0]}) == 1:
                    specific = own  # (住院救助X人次、资金Y万元,门诊救助Z人次、救助资金W万元: its own clause's form)
                item = item_start(self.text, w.clause[0], w.start)  # (住院救助X人次、门诊救助Y人次)
                forms = {assistance_forms()[m.group()] for m in assistance_form().finditer(self.text, item, w.start)}
                if not forms and bare_item(self.text, self.hits, item, w.start) and (one := self._one_form(w.clause[0], w.start)):
                    forms = {one}  # 分别为100%、75%, 救助比例特困人员100%、低保对象75%: its clause's one form of help
                if len(forms) > 1 or (found == "medical_assistance" and len(specific) > 1):
                    found = "medical_assistance"  # 门诊和住院救助X人次; 住院…,门诊…,支出医疗救助资金Y元: every form
                elif found == "medical_assistance" and (specific or forms):
                    found = (specific or forms).pop()  # (救助困难群众住院8.1万人次: the one form its clause names)
                elif found == "medical_assistance":
                    found = (self._section_help(w) or self._point_help(w) or self._heading_help(w)  # (问:住院救助…)
                             or (h.word != "医疗救助" and self._run_help(w))  # (…门诊救助Y人次;医疗救助资金支出Z: the whole)
                             or self._one_help(*(question_above(self.text, w.start) or (0, 0))) or found)
            return found
        return None

    def parts_opened(self, w: Window) -> int:
        """其中，普通门急诊X人次，门诊慢特病Y人次，住院Z人次 (or after a colon, 职工医保：普通门急诊X人次，…): where the
        parts of a count of care open in the figure's sentence, when its clause is one of them, opening with its own
        kind of visit (visit_kinds.txt); else -1. A benefit another part names (门诊慢特病) is no program of it."""
        if not word_pattern("visit_kinds.txt").match(self.text, w.clause[0]):
            return -1
        opened, colon = self.text.find("其中", w.sentence[0], w.clause[0]), last_of(self.text, ":：", w.sentence[0], w.clause[0])
        return colon if opened < 0 and colon >= 0 and word_pattern("visit_kinds.txt").match(self.text, colon + 1) else opened

    def _past_sources(self, before: list[Hit], clause: Span, sentence: Span | None = None) -> list[Hit]:
        """从城乡居民医保基金中按每人40元划转大病保险资金: the fund money is drawn from is no topic of the
        clause, where the clause (or its sentence: 开展大病保险,每人每年从新农合基金中筹集30元) names another program."""
        drawn = [h for h in before if drawn_from(self.text, h)]
        if not drawn:
            return before  # (most figures: no fund named as a source)
        named = {self.program(h) for h in self._in(*(sentence or clause))} - {self.program(h) for h in drawn}
        return [h for h in before if h not in drawn] if named else before

    def _one_form(self, lo: int, hi: int) -> str | None:
        """A、B住院费用救助比例分别为80%和70%: the one form of help (住院, 门诊) text[lo:hi] names."""
        forms = {assistance_forms()[m.group()] for m in assistance_form().finditer(self.text, lo, hi)}
        return forms.pop() if len(forms) == 1 else None

    def _list_head(self, h: Hit) -> str | None:
        """机关事业单位养老保险、基本医疗保险、工伤保险参保人数依次是…: a scheme named at the head
        of a list goes with a generic item of it; listed with an insurance only employees have
        (工伤保险、失业保险和医疗保险…), a generic item is the employee scheme."""
        lo = last_of(self.text, ",;:。，；：!?！？\n", 0, h.start) + 1
        named = [x for x in within(self.raw, lo, h.start)
                 if x.word and not self.generic(x) and self.program(x) in sets().schemes]
        if named:
            return self.program(named[0])
        end = _CLAUSE_BREAK.search(self.text, h.end, h.end + LIST_REACH)
        hi = end.start() if end else min(len(self.text), h.end + LIST_REACH)
        if not h.word.startswith("基本") and word_pattern("employee_only_insurances.txt").search(self.text, lo, hi):
            return EMPLOYEE  # (基本医疗保险 names both schemes, also in such a list)
        return None

    def _run_head(self, w: Window) -> str | None:
        """城镇职工医保统筹收入X;个人账户收入Y;…统筹累计结余Z: a ；-run goes on with the scheme at its head
        (not into the next point of an enumeration: 一是…居民医保…;二是…转外就医3.6万人次; a part's scheme heads
        none: 收入合计X,其中职工医保Y,居民医保Z;支出合计W)."""
        if _NEXT_POINT.match(self.text, w.sentence[0]):
            return None
        lo, heads = run_start(self.text, w), sets().schemes | {SUBSIDY}  # (and 资助: 甲旗资助X人；乙旗Y人)
        schemes = [h for h in self._in(lo, w.sentence[0]) if self.program(h) in heads and h.word and not self.generic(h)]
        return self.program(schemes[0]) if schemes and not breaks_down(self.text, lo, schemes[0].start) else None

    def _aside_of(self, h: Hit, paragraph: Span) -> bool:
        """A program named before the figure's sentence (in its paragraph) that names no topic of it:
        premiums paid for others (…代缴资金1765万元。贫困患者住院实际报销比例…), or a form of help or benefit
        named in a later item of a ；-run of parallel items (…;慢性病门诊补偿1092人次;住院分娩补助283人: the
        next item is no chronic care, nor is the total after the run), or in its first item where the
        run's items name several (大病保险赔付…;实施医疗救助…。)."""
        if h.start not in self._asides:
            self._asides[h.start] = self._names_no_topic(h, paragraph)
        return self._asides[h.start]

    def _names_no_topic(self, h: Hit, paragraph: Span) -> bool:
        program = self.program(h)
        if program == SUBSIDY or program in sets().schemes:
            return program == SUBSIDY
        lo, hi = paragraph
        item = last_of(self.text, "。!?！？;；", lo, h.start)
        if item >= 0 and self.text[item] in ";；":
            return True
        start = max(lo, last_of(self.text, "。!?！？", lo, h.start) + 1)
        end = _SENTENCE_END.search(self.text, h.end, hi)
        end = end.start() if end else hi
        helps = {self.program(x) for x in self._in(start, end)} - sets().schemes - {SERVICES}
        return (len(helps) > 1 and _RUN_BREAK.search(self.text, h.end, end) is not None) or care_listed_after(self.text, self.hits, h, end)

    def _a_part(self, h, lo: int) -> bool:
        """全县参保人数28.6万人,其中职工6.3万人。: a scheme named after 其中, in a sentence that gave the
        whole before it or that 其中 opens (…享受待遇2.84亿人次。其中门诊慢特病…), is one of its parts, no topic
        of the sentences after."""
        if h.start not in self._parts:
            opened = max(lo, last_of(self.text, "。!?！？", lo, h.start) + 1)
            parts = self.text.rfind("其中", opened, h.start)
            self._parts[h.start] = parts >= 0 and (_FIGURE.search(self.text, opened, parts) is not None
                                                   or not self.text[opened:parts].strip())
        return self._parts[h.start]

    def _around(self, w: Window, metric: str, others: frozenset[int] = frozenset()) -> str | None:
        """The paragraph before the figure (for enrollment, which a sentence naming no scheme gives for both,
        only its numbered point's heading: （二）城乡居民基本医疗保险。年末参保X人), then the heading or headline above it."""
        point = w.sentence[0] if _NEXT_POINT.match(self.text, w.sentence[0]) else w.paragraph[0]
        paragraph = (point, w.start) if metric not in sets().enrollment_metrics else (
            (w.paragraph[0], head) if (head := heading_sentence_end(self.text, w.paragraph[0], w.sentence[0])) > 0 else
            # (…城乡居民医保集中参保缴费工作有序推进。截至12月16日,全县共有X人完成缴费: those paying the scheme named)
            (point, w.start) if _PAYING_IN.search(self.text, *w.sentence) else None)
        heading = None if w.headline is None or is_posting_stamp(self.text, w.headline) else w.headline  # (no 某医保 2021年8月18日 11:30)
        # 一是职工医保。统筹基金收入X…。二是居民医保。基金收入Y: the point the figure's sentences run under, first
        labelled = (lp, w.start) if point == w.paragraph[0] and (lp := last_point(self.text, point, w.sentence[0])) > point else None
        for span in (labelled, paragraph, question_above(self.text, w.start), heading):  # (an answer's: 问:大病保险能报多少?)
            if span is None:
                continue
            # (programs named aside in an earlier sentence name no topic of this one: _aside_of; nor do
            # the parts an earlier sentence breaks its scheme into: _a_part)
            named = [h for h in self._in(*span) if self.program(h) != SERVICES and h.start not in others and not (
                span in (paragraph, labelled) and ((h.start < w.sentence[0] and (
                    self._aside_of(h, w.paragraph) or self._a_part(h, w.paragraph[0]) or drawn_from(self.text, h)))
                    or (h.word and paid_before(self.text, h))))]
            if not named:
                continue
            last = named[-1]
            if span == heading and metric in sets().enrollment_metrics and all(map(self.generic, named)):
                continue  # (二、医疗保障 over a township's 参保率: no scheme; the page's, if it names one)
            if span == heading and not last.word and len(one := self._one_scheme(*span)) == 1:
                return one.pop()  # (某县新农合和医疗救助工作综述 over 全年住院补偿X人次: the scheme it lists)
            if span == heading and last.word and not self.generic(named[0]) and metric not in sets().enrollment_metrics:
                last = named[0]  # (某县城乡居民医保待遇再提升 大病保险取消封顶线: the story its headline opens with)
            if span in (paragraph, labelled) and last.start < w.sentence[0] and _BOTH <= {self.program(h) for h in named}:
                return BASIC  # (…职工医保基金收入X;居民医保基金收入Y。住院结算Z人次: after both schemes, both)
            if span in (paragraph, labelled) and self.generic(last):
                # (启动城乡居民医保征缴以来,县医保局…: a generic word goes on with its sentence's scheme; if none, the headline's)
                opened = last_of(self.text, "。!?！？", span[0], last.start) + 1
                specific = [h for h in named if h.start >= opened and h.word and not self.generic(h)]
                if specific:
                    return self.program(specific[-1])
                if all(map(self.generic, named)):
                    continue
            return self.program(last)
        return None
