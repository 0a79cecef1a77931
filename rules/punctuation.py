"""Punctuation sets shared by segmentation and attribution, defined once.

Each set holds the ASCII form (what normalised text has) and the full-width
form, so that text which was not normalised splits the same way.
"""
from __future__ import annotations

FULL_STOPS = "。！？!?"
# ；separates the items of a report's enumerations, each a statement of its own
SENTENCE_ENDS = FULL_STOPS + "；;"
# 、 is not a break: it joins the items of one list (城镇职工、城乡居民医保),
# which share their clause
CLAUSE_BREAKS = ",;:!?。，；：！？"
LIST_COMMA = "、"
# what joins the items of a short list of figures or dates (3.6和0.9个百分点, 2016年、2017年)
LIST_JOINS = LIST_COMMA + "和与及"
# what joins the two ends of a range of figures that share the second's unit (100—300元, 3至5万人)
RANGE_MARKS = "—–~～至到"  # (and a hyphen after a number that is no year: rules/fragments.py)
# closing quotes and brackets stay with the sentence they close
CLOSERS = "”’\"'』」》】)）"
OPENING_QUOTES = "“\"『「"
# after one of these a paragraph is finished, so the next line is no column-break continuation
PARAGRAPH_ENDS = SENTENCE_ENDS + "…:："
# characters that print nothing, which web pages leave inside words and figures (参保\u200b人数):
# zero-width space, non-joiner and joiner, word joiner, a byte-order mark inside the text, soft hyphen
INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# the marks that open a line of a list or a 数读 box (● 5月19日 …, ◆ 99.12%:…), before its first word
LINE_BULLETS = "●○◆◇■□▲△★☆•·◎▶►➢-"
