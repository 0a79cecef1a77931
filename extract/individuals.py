"""One person's story (GUIDELINES §9: population = individual, never a county statistic): a
figure in a quotation by one person, or in a sentence about one person, or with a first-person
cue in its clause."""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.care_places import story_words
from extract.quotations import quote_close, quote_open
from extract.spans import Window, last_of
from rules.fragments import alternation, word_pattern
from rules.pattern_cache import compiled
from rules.quantity import MONEY_VERB
from rules.wordlists import table, words


# (我局, 我委, 我中心: an office speaking of its own work)
_FIRST_PERSON_NOT_A_UNIT = compiled(r"我(?:们|[县市区省州旗国乡镇村局委院厅办站]|中心|单位|部门|系统|社区)")


def is_individual(w: Window, text: str) -> bool:
    """One person's story (我今年看病花了2万多元, 把3600元送到患者本人手中): a cue in the figure's
    clause, a first-person word in the quotation that holds the figure, or a sentence about one
    person (72岁的脱贫户张大爷…个人仅承担3200元) unless the figure's clause names an area."""
    if (_one_person_sentence(w, text) or _story_goes_on(w, text)) and not _names_an_area(text, w):
        return True
    spans = [w.clause]
    opened = quote_open(text, w)
    if opened >= 0:
        spans.append((opened, w.start))  # the figure stands inside a quotation
        # (李秀英大姐算了一笔账:“…”: one person, named before the quotation opens)
        if _said_by_one_person(text, w) or _names_one_person(text, max(w.paragraph[0], opened - SPEAKER_REACH), opened):
            return True
    for lo, hi in spans:
        for m in word_pattern("individual_cues.txt").finditer(text, lo, hi):
            if not _FIRST_PERSON_NOT_A_UNIT.match(text, m.start()) and not text.startswith("们", m.end()):
                return True  # (为他们: for a group)
    return False


def is_spoken_amount(rule: str, unit: str, text: str, w: Window) -> bool:
    """报了十一万多, 又给了一千六, 三万七千块: an amount as people say it, with no 元 written (an office
    writes its totals in 元 or 万元), is one person's unless its clause names an area (全县…)."""
    return (unit == "元" and (rule == MONEY_VERB.name or text.endswith(("块", "块钱"), w.start, w.end))
            and "元" not in text[w.start:w.end] and not _names_an_area(text, w))


def _names_an_area(text: str, w: Window) -> bool:
    """全县, 我市 … in the figure's clause: an area's figure, whoever else its sentence names (not 县里 in a
    villager's words: 县里防贫保险还赔了八千块 is what his family got)."""
    return _area_word(text, *w.clause)


def _area_word(text: str, lo: int, hi: int) -> bool:
    return any(not m.group().endswith("里") for m in word_pattern("region_refs.tsv").finditer(text, lo, hi))


SPEAKER_REACH = 60  # characters from a quotation's close to the end of the sentence naming its speaker


def _said_by_one_person(text: str, w: Window) -> bool:
    """“…自己只交了1800多元。”村民王大爷说: a quotation whose speaker, named after it, is one
    person with a form of address (officials speak with their titles: 局长张明说)."""
    closed = quote_close(text, w)
    if closed < 0:
        return False
    end = min((i for i in (text.find(c, closed + 1, closed + 1 + SPEAKER_REACH) for c in "。！？!?\n") if i >= 0),
              default=closed + 1 + SPEAKER_REACH)
    return _names_one_person(text, closed + 1, end) or _named_speaker().search(text, closed + 1, end) is not None


@lru_cache(maxsize=None)
def _named_speaker() -> regex.Pattern:
    """…”大洲村村民韦秀兰(笑着)说: one of a kind of people, named, says the quotation."""
    return compiled("(?:" + alternation(words("one_person_kinds.txt")) + r")\p{Han}{2,7}?(?:"
                         + alternation(words("speech_verbs.txt")) + ")")


# an age before the person it describes (72岁的张大爷, 今年四十一岁的, 6岁男孩小斌), not a threshold (60岁以上)
# (年满70周岁、80周岁的: the ages that define groups)
_AGE_OF_ONE = compiled(r"(?<![\d.、满至到])(?:\d{1,3}|[一二三四五六七八九十]{2,3})周?岁(?:的|[男女]孩|[男女]童|患儿|女婴|男婴)")


def _one_person_sentence(w: Window, text: str) -> bool:
    """The figure's sentence, up to it, is about one person: an age before a person, or a surname
    and a form of address (王阿姨, 李师傅); or it opens with 他/她, or says anywhere what someone
    paid himself (…基本医保报销5.1万元,…个人自付仅1.2万元), right after a sentence about one person
    (…王大爷高兴地说。他这次住院花了2万多元)."""
    lo = w.sentence[0]
    if _names_one_person(text, lo, w.start):
        return True
    if _TOLD_US.match(text, lo):
        return True  # 刘春生告诉笔者,他这次住了6天院…: one person's account of his own bill
    if (told := _TOLD_US_AFTER.search(text, lo, w.start)) is not None and not _OFFICIAL.search(
            text, max(lo, told.start() - 6), told.start()):
        return True  # (…村民吐尔逊告诉记者,他去年住院花了六千多元, after his quotation; not a bureau chief's)
    if _HIS_BILL.search(text, lo, w.start):
        return True  # (记者从县合管局了解到,他去年住院总费用共计13.2万元,…: a clause on his own bill)
    if not (_PRONOUN_OPENS.match(text, lo) or _OWN_SHARE.search(text, *w.sentence)):
        return False
    before = max(w.paragraph[0], last_of(text, "。！？!?", w.paragraph[0], lo - 1) + 1)
    return _names_one_person(text, before, lo)


STORY_REACH = 4  # sentences back from a figure to the one that names the person whose story it is


def _story_goes_on(w: Window, text: str) -> bool:
    """A sentence after one about one person's illness, care or bill in the same paragraph, with no area, count of
    many or report between (他的孙子小军查出白血病。经新农合补偿10.22万元,医疗救助2万元…): still that person's bill
    (not after 张某某冒用他人医保卡…, a case of fraud, whose reward rule follows)."""
    lo, hi = w.paragraph[0], w.sentence[0]
    return hi > lo and not _ends_a_story(text, hi, w.end) and _story_before(text, lo, hi)


@lru_cache(maxsize=256)  # (per sentence, not per figure: the figures of one sentence all ask)
def _story_before(text: str, lo: int, hi: int) -> bool:
    """Whether a sentence of the paragraph from `lo`, up to STORY_REACH before `hi`, tells one person's story, with
    no area's figures between."""
    for _ in range(STORY_REACH):
        start = max(lo, last_of(text, "。！？!?", lo, hi - 1) + 1)
        if _ends_a_story(text, start, hi):
            return False
        if _names_one_person(text, start, hi) and story_words().search(text, start, hi):
            return True
        if start <= lo:
            return False
        hi = start
    return False


def _ends_a_story(text: str, lo: int, hi: int) -> bool:
    """全县…, 据统计…, 今年以来…, X人次: the area's figures, no longer one person's."""
    return _area_word(text, lo, hi) or _MANY.search(text, lo, hi) is not None or _RULE_OPENS.match(text, lo) is not None


_RULE_OPENS = compiled(r"\s*按(?:照)?(?:规定|政策|标准)")  # (按规定给予举报人奖励200元: a rule, no one's bill)
_MANY = compiled(r"据(?:了解|统计|悉|介绍)|以来|截至|截止|全年|累计|人次|户次|(?<!\d)\d+(?:\.\d+)?万?(?:人|户|名)(?![^\s,，。；;]{0,2}(?:住院|看病))")


def _names_one_person(text: str, lo: int, hi: int) -> bool:
    if text.find("岁", lo, hi) >= 0 and _AGE_OF_ONE.search(text, lo, hi):
        return True
    if text.find("家住", lo, hi) >= 0 and _LIVES_AT.search(text, lo, hi):
        return True  # 家住蓝塘镇布心村的钟亚婆…: where one person lives, said to introduce her
    if _kin_of_one().search(text, lo, hi):
        return True  # 她丈夫前年查出尿毒症, 李桂兰的丈夫: one person's kin
    return _addressed_person().search(text, lo, hi) is not None or _one_of_them().search(text, lo, hi) is not None


@lru_cache(maxsize=None)
def _one_of_them() -> regex.Pattern:
    """One of a kind of people (那社乡一位贫困户…, 村里有位老人…), not each of them (每一位参保人)."""
    # (一名尿毒症患者, 一名白血病患儿: the illness between)
    return compiled(r"(?<!每)[一有][位名](?:\p{Han}{2,4}?(?:患者|患儿|病人)|" + alternation(words("one_person_kinds.txt")) + ")")


_LIVES_AT = compiled(r"家住[^，,。！？!?\n]{2,16}?的\p{Han}")
# (after a time that heads it: 今年3月,他的儿子…)
_PRONOUN_OPENS = compiled(r"\s*[“\"]?(?:[^，,。！？!?\n]{1,8}[，,]|[今去前当]年(?:以来)?)?[他她](?!们)")  # (去年他先后住院5次, 今年以来他多次住院)
# a clause that opens with 他/她 and goes on to his or her care or bill (他去年住院总费用…, 她先后做了…手术)
_HIS_BILL = compiled(r"(?:^|[，,：:；;])\s*[他她](?!们)[^，,。！？!?\n]{0,8}?(?:住院|看病|治病|就医|治疗|手术|化疗|透析|花费|花了|医药费)")
_TOLD = r"(?:告诉|对)(?:笔者|记者)(?:说)?[,，]\s*[他她](?!们)"  # (…告诉记者,他…: his own account)
_TOLD_US = compiled(r"\s*(?:本报讯)?\s*\p{Han}{2,4}" + _TOLD)
_TOLD_US_AFTER = compiled(_TOLD)
_OFFICIAL = compiled(r"局长|主任|负责人|书记|院长|科长|站长|所长|干部|工作人员")
# what the person paid himself, in the sentence after his story (…住院花了18.6万元。经三重保障报销后,
# 个人自付仅1.2万元)
_OWN_SHARE = compiled(r"个人(?:仅|只|实际)?需?(?:自付|负担|支付|承担|花费|掏)")


@lru_cache(maxsize=None)
def _kin_of_one() -> regex.Pattern:
    """她丈夫, 他的儿子, 李桂兰的丈夫: the kin of one person, by pronoun or by a surname and a given name."""
    surnames = "".join(regex.escape(w) for w, kind in table("person_cues.tsv") if kind == "surname")
    kin = "丈夫|妻子|老伴|儿子|女儿|父亲|母亲|爱人|孙子|孙女|儿媳|女婿"
    # (not a group's: 农民的儿子, 群众的子女 — a name does not end in 民, 众, 户, 人, 员, 者)
    return compiled(rf"[他她](?!们)的?(?:{kin}|孩子)|[{surnames}]\p{{Han}}{{1,2}}(?<![民众户人员者工生])的(?:{kin})")


@lru_cache(maxsize=None)
def _addressed_person() -> regex.Pattern:
    surnames = "".join(regex.escape(w) for w, kind in table("person_cues.tsv") if kind == "surname")
    # (老王, 小李: a surname after 老 or 小, not a village's name; 陈某, 李某某: a name withheld, not 某些, 某县)
    # (村民李德全, 低保户张某: a kind of person, then a surname and a given name, then what he does: 拉着记者的手说)
    kinds = alternation(words("one_person_kinds.txt"))
    # (村民老黄, 村民申某: after a kind of person, a nickname, or any surname with its name withheld)
    return compiled(f"(?<=[{surnames}]\\p{{Han}}{{0,2}})(?:" + alternation(words("person_subjects.txt")) + ")"
                         + rf"|(?:{kinds})[{surnames}]\p{{Han}}{{1,2}}(?=[，,今去前在因说于患住做拉告激高感笑握对拿带向讲谈回表算指翻坐站])"
                         # (农民艾买提·吐尔逊, 牧民巴特尔·朝克图: a name written in another tongue, its parts dotted)
                         + rf"|(?:{kinds})\p{{Han}}{{1,6}}[·・•]\p{{Han}}{{1,8}}"
                         # (西关村的李秀英老人: an old person named in full; not 80周岁老人, 李村老人)
                         + rf"|(?<=[的，,。\s])[{surnames}]\p{{Han}}{{1,2}}(?<![岁村庄镇乡县])老人"
                         + rf"|(?:(?<!\p{{Han}})|(?<={kinds}))(?!小于)[老小][{surnames}](?![村庄镇乡屯寨沟湾店集堡家])"
                         + rf"|(?:(?<=[{surnames}])|(?<=(?:{kinds})\p{{Han}}))某某?"
                         + "(?![一些种项类个地年月日段处方县市区镇乡村省州旗单位部门公司医院机构企业])")


# a person's row of a published list: a masked name (王某某, 李某, 张**, 王*亮), or a name and its gender
# column (王建国  男); a row labelled 男 or 女 alone counts a sex, no person (王*亮|410526…: a pipe ends a cell)
_PERSON_ROW = compiled(r"(?<!\p{Han})(?:\p{Han}(?:某某|某\p{Han}?|[*＊×]{1,2}\p{Han}?)|\p{Han}{2,3}\s+[男女])(?![^\s|｜])")


def is_person_row(text: str, label: tuple[int, int]) -> bool:
    """王某某  男  城关镇  住院救助  3200: a table row about one person (a 公示 list of who got
    help) is that person's story, not the county's statistic (GUIDELINES §9)."""
    return _PERSON_ROW.search(text, *label) is not None

