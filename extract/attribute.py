"""Attribution: each figure's region, period, domain and (medical security) program and metric.

A composition of resolvers over one document's normalised text: the page layout (extract.segment) gives each
figure its window of clause, sentence, paragraph and article; RegionResolver, PeriodResolver and the classifiers
read that window. Context never crosses an article boundary.
"""
from __future__ import annotations

from dataclasses import replace

from extract.aligned_cells import row_label
from extract.breakdowns import Links, add_sums, link_figures, opens_with_change, reaches_levels
from extract.budget import Budget
from extract.care_levels import after_care_level, rates_a_care_level, serves_the_scheme, the_fund_acts
from extract.cell_context import caption_of, is_total_row, rate_before, topic_context
from extract.changes import change_of, level_before
from extract.classify import (DocWords, domain_reading, group_domain, groups_enrolled, groups_helped, groups_only,
                              item_of, label_item, list_label, listed_item, names_topic, population_of, topic_labels)
from extract.denominators import per_for, per_in_label, per_of, per_of_change
from extract.individuals import is_individual, is_person_row, is_spoken_amount
from extract.layout import Layout
from extract.livelihood import counts_livelihood
from extract.medical import ProgramReader
from extract.medical_metric import Evidence, changes_metric, keeps_its_metric, metric_of
from extract.medical_settle import MERGED, maternity, settle_metric, settle_program, unnamed_count
from extract.periods import PeriodResolver
from extract.plans import drive_task, is_target, names_target
from extract.program_lists import draws_from_a_fund
from extract.regions import Region, RegionResolver
from extract.scan import Found
from extract.stock_flow import counted_alike, counts_members, helped_after, part_of_a_flow, part_of_a_level
from extract.subjects import split_conflicts, subject_label
from extract.spans import Span, Window, last_of, record, run_start, within
from rules.pattern_cache import compiled
from rules.taxonomy import entries, sets


@record
class Attribution:
    region: str = ""
    region_code: str = ""
    locality: str = ""
    period_kind: str = ""
    period_start: str = ""
    period_end: str = ""
    domain: str = ""
    program: str = ""
    metric: str = ""
    population: str = ""
    change: str = ""
    per: str = ""
    item: str = ""
    sentence: Span = (0, 0)
    repeat: bool = False  # the figure stands in a pull quote or headline, which repeat the body
    article: int = -1
    sign: int = 1  # -1 for a fall (下降, 减少): the value is stored negative
    target: bool = False  # a target or plan (力争, 计划), not a result
    region_stated: bool = False  # the region is named in the figure's own sentence (or table labels)
    period_stated: bool = False  # the period is given in the figure's own sentence (or table labels)
    head: int = -1  # index of the figure this one is a part of (其中 …), -1 for none
    parts_add_up: str = ""  # for a head with parts: "yes" when they add up to it, else "no"
    parts_total: float | None = None


class DocumentContext:
    """Everything about one document that all its figures share, computed once."""

    def __init__(self, text: str, published: str | None, home_name: str = "", home_code: str = "",
                 budget: Budget | None = None):
        budget = budget or Budget(None)
        self.text = text
        budget.enter("layout")
        self.layout = Layout(text)
        budget.enter("word lists")
        self.words = DocWords(text)
        budget.enter("places")
        self.regions = RegionResolver(text, home_name, home_code, unit_end=self.layout.unit_end)
        self.programs = ProgramReader(text, self.words.program, self.words.title)
        budget.enter("time expressions")
        self.periods = PeriodResolver(text, published, self.layout.articles, self.layout.article_of,
                                      self.layout.sentences)

    def attribute_all(self, found: list[Found], check=None, every: int = 512) -> list[Attribution]:
        """Every figure of the document in text order: the parts of a breakdown and the items of a
        分别 list read what their own words leave open from the figures they hang on. `check` is
        called every `every` figures (the document's time budget)."""
        windows = [self.layout.window(f.start, f.end) for f in found]
        links = link_figures(self.text, [(f.start, f.end) for f in found],
                             lambda i: windows[i][0].sentence, lambda i: windows[i][0].paragraph, self.regions.names)
        for i, f in enumerate(found):
            if f.quantity.unit == "个百分点" and f.context and links[i].after < 0:
                links[i].after = rate_before(found, i)
        out: list[Attribution] = []
        units = [f.quantity.unit for f in found]
        for i, (f, window, link) in enumerate(zip(found, windows, links)):
            if check is not None and i % every == every - 1:
                check()
            out.append(self.attribute(f, window, link, out, units))
        add_sums(found, out)
        subjects = split_conflicts(self.text, [_fact_key(a, f) for a, f in zip(out, found)],
                                   [float(f.quantity.value) * a.sign for a, f in zip(out, found)],
                                   [w.clause for w, _, _ in windows], [f.start for f in found], [a.item for a in out],
                                   [self._table_subject(f.context[1]) if f.parents else "" for f in found],
                                   [w.article for w, _, _ in windows])
        for a, s in zip(out, subjects):
            a.item = s  # each attribution is this call's own, and read by no one any more
        return out

    def _region(self, f: Found, w: Window, item: Span | None) -> Region:
        return (self._cell_region(f, w) or (self.regions.region_in(item, item=True) if item else None)
                or self.regions.region(w))

    def _domain(self, w: Window, items: tuple, unit: str, caption: Span | None = None,
                whom: bool = False, groups: frozenset[int] = frozenset()) -> tuple[str, str]:
        if (of_group := group_domain(w, self.words, unit)) is not None:
            return of_group, "clause"  # (how many the roll of the poor holds, or a group whose premiums are paid)
        if (whom or unit in ("%", "元", "人", "户", "人次")) and not items and caption is None and (helped := groups_helped(w, self.words, unit)):
            return domain_reading(w, self.words, whom=helped)  # (二是住院救助。特困人员救助比例为100%…)
        # (…住院救助比例提高到100%,低保对象提高到70%: a rate whose clause names only whom, the sentence's rate)
        if (whom or (unit == "%" and not items)) and caption is None and groups_only(self.text, self.words, w.clause):
            if members := self._members_domain(w, unit):
                return members  # 城市、农村低保对象分别为X人和Y人: how many each group has is about the group
            w = replace(w, clause=(w.start, w.start))
        if items or caption is not None:
            return domain_reading(w, self.words, items, caption, groups)
        if (parts := _PARTS_AFTER.match(self.text, w.end, min(w.clause[1], w.end + 4))) is not None:
            # 定点医疗机构135家(其中县级医院2家、乡镇卫生院13家…): the words of its parts are theirs, not its own
            w = replace(w, clause=(w.clause[0], parts.start()))
        if _BENEFITS.match(self.text, w.clause[0]) and not _FUND_MONEY.search(self.text, w.clause[0], w.start):
            # (涉及医保基金X, 共涉及医保资金X: the money its clause names is its own) 代缴个人保费X万元,惠及特困、
            # 低保等对象Y人: a clause that says whom what its sentence did reached takes its topic from the sentence
            w = replace(w, clause=(w.start, w.start), sentence=(w.sentence[0], w.clause[0]))
        elif (unit == "人次" or whom or (unit == "元" and (_HELPED.search(self.text, *w.clause) or _GROUPS_OWN.search(
                self.text, max(w.clause[0], w.start - 6), w.start)))) and groups_only(
                self.text, self.words, w.clause):
            # 在医疗救助对象中,特困人员1.1万人次、低保对象3.2万人次: visits of the groups the sentence
            # names take their topic from it, and so do the figures of a 分别 list of groups
            # (住院救助方面,对特困人员、低保对象的救助比例分别为100%、75%); where the sentence too only names
            # groups (按救助对象分:特困供养人员救助6120人次、682万元;低保对象…, the label before the ；s), from the paragraph
            w = replace(w, clause=(w.start, w.start))
            if _HELPED.search(self.text, run_start(self.text, w), w.sentence[1]) and groups_only(self.text, self.words, w.sentence):
                w = replace(w, sentence=(w.start, w.start))
        elif whom := groups_enrolled(self.text, self.words, w.clause):
            return domain_reading(w, self.words, whom=whom)
        return self._under_label(w, unit)

    def _topic_items(self, f: Found, w: Window, own: tuple) -> tuple:
        """What the figure's domain is read from first: a table cell's labels, a 分别 item, else its own item
        of a 、 list of labelled figures (低保资金X万元、养老服务补贴Y万元), else its row's label in a table
        flattened one cell per line (完成68.4公里 in the row of 农村公路提质改造)."""
        if f.context:
            return own
        if own:
            return self._topic(own[0])
        listed = listed_item(self.text, self.words, w)
        return self._topic(listed) if listed else row_label(self.text, w.start)

    def _topic(self, item: Span) -> tuple:
        """A 分别 item, as what its figure is about: none when every topic word of the item stands
        inside the name of a group of people (今年特困人员、低保对象…分别提高到90%和75%: 特困 in
        特困人员), since it then says whom the figure is for, and the figure's clause says what."""
        return () if groups_only(self.text, self.words, item) else (item,)

    def _table_subject(self, label: Span) -> str:
        """What a table row counts: a listed item (住院, 门诊), else the row's own words."""
        return item_of(self.text, label) or label_item(self.text, label)

    def _under_label(self, w: Window, unit: str) -> tuple[str, str]:
        """The domain of a bare item under a list's label (住院补偿起付线：乡镇卫生院100元…) is
        the label's when the label names a topic; a topic label opening the sentence of any other
        figure (医疗保障：…累计兜底X人次) is read with the figure's clause; how many members a group
        has (全镇共有低保对象612户) is about the group, whatever help the rest of the sentence tells
        of; else the figure's own words decide."""
        label, read = list_label(self.text, w), ()
        if label:
            read = label  # a bare item: the label before its own words
        elif label := list_label(self.text, w, bare=False):
            read = label + (w.clause,)  # any other figure: the label with its clause
        if label:
            domain, decided_at = domain_reading(w, self.words, read)
            if decided_at == "item" and names_topic(label[0], domain, self.words):
                return domain, "clause"
        if (members := self._members_domain(w, unit)) is not None:
            return members
        if unit in ("人", "户") and (helped := helped_after(self.text, w)) is not None:
            domain, decided_at = domain_reading(w, self.words, (helped,))  # (…3126人,给予全额资助: the help's)
            if decided_at == "item":
                return domain, "clause"
        if label and groups_only(self.text, self.words, label[0]):
            # (2)低保对象:救助X人次,救助资金Y万元 under 3.医疗救助: a label naming a group says whom, not what
            return domain_reading(w, self.words, whom=frozenset(h.start for h in within(self.words.domain, *label[0])))
        return domain_reading(w, self.words)

    def _members_domain(self, w: Window, unit: str) -> tuple[str, str] | None:
        """How many members a group has is about the group (全镇共有低保对象612户), whatever help
        the rest of its sentence or paragraph tells of."""
        if not counts_members(self.text, w, unit):
            return None
        # (the group named before the count: 、农村低保对象… after it is the next count's, and the
        # one after the last 、 is this one's where it names one: 城市低保对象X人、农村低保对象Y人)
        lo = last_of(self.text, "、", w.clause[0], w.start) + 1
        group = (lo, w.start) if lo > w.clause[0] and within(self.words.domain, lo, w.start) else (w.clause[0], w.start)
        domain, decided_at = domain_reading(w, self.words, (group,))
        return (domain, "clause") if decided_at == "item" else None

    def _target(self, f: Found, w: Window, art) -> bool:
        """A target: its words say so (its section heading too), or its table column's (任务数), or a drive's task."""
        return (is_target(w, self.text, w.headline if art and w.headline != art.headline else None)
                or (f.column is not None and names_target(self.text, f.column)) or drive_task(self.text, w))

    def _own_topic(self, domain: str, decided_at: str, span: Span, w: Window) -> bool:
        """Whether a part's own words name its topic; a level of care (其中县级医院4家 under
        定点医疗机构186家) names only which of its head's kind it is."""
        return (decided_at in ("item", "clause") and names_topic(span, domain, self.words)
                and not after_care_level(self.text, w) and not draws_from_a_fund(self.text, span))

    def _cell_region(self, f: Found, w: Window) -> Region | None:
        """A table cell's place: its column (睢县 虞城县 …), else its labels or caption (…宁陵县…
        公示表); a total row that names none (合计, 全市) is the page's area, not the row above's."""
        spans = ((f.column,) if f.column else ()) + f.context
        found = next((r for r in map(self.regions.region_of_row, spans) if r), None)
        if found is None and f.context and is_total_row(self.text, f.context[0]):
            top = min((s[0] for s in f.context[1:]), default=w.article[0])  # its column header or caption
            return self.regions.area_of_rows(min(top, f.context[0][0]), f.context[0][0], w)
        if found is None and f.column and is_total_row(self.text, f.column):  # (全 市 | 莲都区 | 青田县: the columns')
            return self.regions.area_of_rows(self.text.rfind("\n", 0, f.column[0]) + 1, self.text.find("\n", f.column[1]), w)
        return found

    def _settled_domain(self, domain: str, w: Window, unit: str, item: Span | None, cell: tuple = ()) -> str:
        """4项民生工程 counts every domain's projects together; 县级医院80% in a paragraph about medical
        security is the scheme's rate at that level of care, also as a 分别 item (乡镇卫生院、县级医院…分别为90%、75%)
        and as a table cell whose row is a level of care (乡镇卫生院 | 100 | 85, under 起付线(元) 报销比例(%))."""
        if counts_livelihood(w, self.words):
            return "other"
        if domain == "health_services" and (
                serves_the_scheme(self.text, w, unit) or rates_a_care_level(self.text, w, unit, self.words)
                or the_fund_acts(self.text, w, unit)  # (…被追回26.3万元; …清算应付情况为:县人民医院X万元)
                or (item is not None and rates_a_care_level(self.text, w, unit, self.words, item))
                or (cell and rates_a_care_level(self.text, w, unit, self.words, cell[0], cell[1:]))
                # (一)乡镇卫生院:起付线100元,报销比例85%: the level its list's label names
                or any(rates_a_care_level(self.text, w, unit, self.words, label)
                       for label in list_label(self.text, w, bare=False))):
            return "medical_security"
        return domain

    def attribute(self, f: Found, window=None, link: Links = Links(), earlier: list[Attribution] = (),
                  units: list[str] = ()) -> Attribution:
        (w, art, unit_kind), q = window or self.layout.window(f.start, f.end), f.quantity
        items = topic_context(f.context, f.column, f.compared) or ((link.item,) if link.item else ())
        caption = caption_of(f.context, f.column)
        # 涡阳县、蒙城县、利辛县参保人数分别为A、B、C: the place and the year a 分别 item names are its figure's
        item = link.item if link.item and not (f.context or link.compared) else None
        region = self._region(f, w, item)
        own, groups = topic_labels(self.text, self.words, items, caption, f.column)  # (a table's caption last)
        domain, decided_at = self._domain(w, self._topic_items(f, w, own), q.unit, caption,
                                          whom=bool(own) and not f.context, groups=groups)
        # a part reads what its words leave open from the part before it; the rest (其他支出) from the head
        rest = link.head >= 0 and _THE_REST.match(self.text, w.clause[0], w.start) is not None
        previous = link.previous_part if not rest else -1
        source_at = previous if previous >= 0 else link.head
        source = earlier[source_at] if source_at >= 0 else None
        if source is not None and source.domain and domain != source.domain and not self._own_topic(
                domain, decided_at, link.item or w.clause, w):
            domain = source.domain  # a part is about what its head is about, unless it names its own topic
        domain = self._settled_domain(domain, w, q.unit, link.item, f.context)
        program = metric = ""
        change, fall = (f.change, False) if f.change else change_of(w, self.words, q.unit, self.text)
        of = earlier[link.after] if (change and link.after >= 0 and link.order is None
                                     and opens_with_change(self.text, w.clause[0], w.start)) else None
        paired = None if not change else earlier[link.of] if link.of >= 0 else (  # (else the level of its unit before it)
            level_before(earlier, units, q.unit, w.sentence) if of is None and not decided_at else None)
        domain = self._domain_of_change(domain, decided_at, w, of, paired)
        # (每人每月656元、每人每年5520元,分别提高21元和240元: each rise is per what its level is)
        written_per = self._written_per(f, w, link, earlier, change, of, paired, units=units)
        if domain == "medical_security":
            program, metric = self._program_metric(f, w, link, earlier, source, rest, items, change, written_per)
        kind, start, end = self.periods.period(w, art, metric, change, q.unit, f.period, f.context, f.column,
                                               item, link.order, f.parents)
        if (link.head >= 0 and source is not None and {kind, source.period_kind} == {"as_of", "during"} and not change
                and end == source.period_end and counted_alike(units[source_at:source_at + 1], q.unit) and program == source.program
                # 特困供养人员4010人,其中集中供养968人: a part of a level is a level; 全年保障低保对象X人,其中
                # 城市…,农村低保对象Y人: a bare count of a flow head's members is a flow, as its head
                and (part_of_a_level(self.text, w, q.unit) if kind == "during" else part_of_a_flow(self.text, w, q.unit))):
            kind, start = source.period_kind, source.period_start
        if (domain == "medical_security" and program != "resident_medical_insurance"
                and maternity(self.text, w, items[:1] + ((f.column,) if items and f.column else ()), self.programs.raw, f.context[1:])):
            if end and int(end[:4]) < MERGED:  # a social insurance of its own before the merger
                domain, program, metric = "employment_social_security", "", ""
            else:
                program, metric = "employee_medical_insurance", "other"
        row = f.context[0] if f.context else None  # a table cell's row label: its place too, on a line of its own
        individual = (is_individual(w, self.text) or bool(row and is_person_row(self.text, row))
                      or is_spoken_amount(f.rule, q.unit, self.text, w))
        subject = self._table_subject(subject_label(self.text, row, f.column)) if row else (
            item_of(self.text, link.item) if link.item else "") or item_of(self.text, w.clause)
        return Attribution(
            region=region.name, region_code=region.code if len(region.code) == 6 else "",
            locality=self.regions.locality(w, item or row), period_kind=kind, period_start=start, period_end=end,
            domain=domain, program=program, metric=metric,
            population="individual" if individual else population_of(w, self.words, item),
            change=change, per=per_for(metric, written_per, self.text[w.start:w.end], q), item=subject,
            sentence=w.sentence, repeat=unit_kind in ("pullquote", "headline"),
            article=art.index if art else -1, sign=-1 if fall else 1, target=self._target(f, w, art),
            region_stated=bool(f.context) or self.regions.stated_in(w),
            period_stated=bool(f.context or f.period) or self.periods.stated_in(w), head=link.head)

    def _domain_of_change(self, domain: str, decided_at: str, w: Window, of: Attribution | None,
                          paired: Attribution | None) -> str:
        """住院次均费用8746元,同比下降3.2%: a change is about the figure before it; 低保对象分别为X人和Y人,
        比上年分别减少A人、B人: a 分别 change with no topic of its own is about its 分别 level."""
        if of is not None and of.domain:
            return of.domain
        if paired is not None and paired.domain and not self._own_topic(domain, decided_at, w.clause, w):
            return paired.domain
        return domain

    def _written_per(self, f: Found, w: Window, link: Links, earlier: list[Attribution], change: str,
                     *levels: Attribution | None, units: list[str] = ()) -> str:
        """The per the text gives the figure, else the per of the level it is the change of, or of the
        分别 level it is what that was raised to (由每人每年2600元、2000元,分别提高到3000元和2300元), or
        of the density head it is a part of in its unit (每千常住人口卫生技术人员6.59人,其中执业医师2.27人; not
        a standard's total: 人均筹资300元,…其中财政补助X万元)."""
        q, surface = f.quantity, self.text[w.start:w.end]
        if not change and link.of >= 0 and q.unit == "元" and reaches_levels(self.text, w.clause[0], w.start):
            levels += (earlier[link.of],)
        own = per_of(w, self.words, q.per, q.unit, link.item) or (
            per_in_label(self.words, f.context, f.column, q.unit, bool(f.change)) if f.context else "")
        head_unit = units[link.head] if 0 <= link.head < len(units) else ""
        if own or (not change and head_unit == q.unit and not f.context
                   and (own := earlier[link.head].per).endswith(_DENSITIES)):
            return own
        return next((p for a in levels if a is not None and (p := per_of_change(a.per, q.unit, surface))), "")

    def _program_metric(self, f: Found, w: Window, link: Links, earlier: list[Attribution], source,
                        rest: bool, items: tuple, change: str, written_per: str) -> tuple[str, str]:
        q = f.quantity
        # a per-person standard (110元/人) says nothing of what a total next to it is
        alike = source is not None and bool(source.per) == bool(written_per)
        ev = Evidence(items, self._head_program(w, link, earlier, source), source.metric if alike else "",
                      listed=not f.context and link.item is not None)
        # a table's change cell takes the metric of its row, whose unit it does not carry
        metric = metric_of(self.text, w, self.words.metric, f.row_unit or q.unit, "" if f.row_unit else change, ev)
        program = self.programs.read(w, metric, ev)
        # (a change cell settles as its row: 其中:职工医保 | 万人 | 3.41 | … | 3.3 is of the insured)
        settled = settle_metric(metric, program, f.row_unit or q.unit, written_per, float(q.value), bool(f.context), self.text, w)
        metric = settled if f.context else unnamed_count(metric, settled, self.text, w)  # (a cell's labels say)
        if (metric == "amount" and _CAP.match(self.text, w.start)) or (
                q.unit == "%" and not change and f.context and metric in _COUNTED):
            # 单张处方补偿不超过15元: a cap on what is paid is a policy parameter (GUIDELINES §9); a
            # completion rate in a row of people or money (参保人数 | 52000 | 51800 | 99.6%) counts neither
            metric = "other"
        program = settle_program(program, metric, q.unit, self.text, w)
        if rest and source.program and not within(self.programs.hits, w.clause[0], w.start):
            program = source.program  # (not the last sibling's, which its sentence names)
        of = earlier[link.of] if link.of >= 0 else (
            earlier[link.after] if link.after >= 0 and (link.listed_change or not within(self.words.metric, w.clause[0], w.start))
            else None)
        if of is not None and keeps_its_metric(of.metric, change, link.of < 0, self.text, w) and changes_metric(of.metric, q.unit, change):
            # 结算X人次,…同比分别增长Y%; 享受待遇X人次,比上年增长Y%; 办理零星报销612件,同比减少39.5%: the change of X
            # (…,两项合计比上年末增加0.92万人: a clause that names its own programme keeps it)
            own = within(self.programs.hits, w.clause[0], w.start) and not link.listed_change
            program, metric = (program if own else of.program), of.metric
        elif of is not None and of.program and q.unit == "个百分点" and not within(self.programs.hits, w.clause[0], w.start):
            program = of.program  # 激活率达到73.8%,较去年底提高5.1个百分点: the rise of that rate, of its programme
        return program, metric

    def _head_program(self, w: Window, link: Links, earlier: list[Attribution], source) -> str:
        """The program a part reads from the figure before it; a part of a count of care that opens with its own
        kind of visit (…,门诊慢特病Y人次,住院Z人次) reads its head's, not a benefit the part before names."""
        if source is None:
            return ""
        head = earlier[link.head] if link.head >= 0 else None
        if source is not head and source.program in sets().benefits and self.programs.parts_opened(w) >= 0:
            return head.program if head else ""
        return source.program


_HELPED = compiled(r"救助")  # (a sentence of help to groups: 特困供养人员救助6120人次)
# (特困供养人员219人次、63.40万元: the group's visits and their sum; 学生儿童每人每年345元: what a group's member
# pays or gets, whose scheme the sentence names)
_GROUPS_OWN = compiled(r"人次\s*[、和]\s*$|每人每[年月]\s*$")
# metrics that count people, visits, things or money (their taxonomy unit is no percent)
_COUNTED = frozenset(e.code for e in entries() if e.kind == "metric" and e.unit not in ("%", "*"))
_BENEFITS = compiled(r"\s*(?:共|累计)?(?:惠及|受益|涉及|覆盖|帮助)")
_FUND_MONEY = compiled(r"[基资]金")
_CAP = compiled(r"不超过|不高于")
_PARTS_AFTER = compiled(r"\s*[(（]\s*其中")  # right after the figure
_THE_REST = compiled(r"(?:其中[:：]?)?\s*(?:其他|其它|其余)")
_DENSITIES = ("thousand_persons", "ten_thousand_persons")  # a rate per so many residents


def _fact_key(a: Attribution, f: Found) -> tuple | None:
    """What makes a fact of a figure in one document (None: it makes none, or only supports a
    body figure's: a pull quote's; a table row laid out as a short line may stand for a body
    figure too, but it makes its own fact when it repeats none, so it is keyed)."""
    if (a.repeat and not f.context) or not a.period_kind or a.population == "individual":
        return None
    return (a.region_code, a.region, a.locality, a.domain, a.program, a.metric, a.change, a.population, a.per,
            a.period_kind, a.period_start, a.period_end, a.item, a.target, f.quantity.unit)

