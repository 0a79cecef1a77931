"""Page segmentation: split a newspaper / web page into articles, units
(headline, paragraph, section, byline, caption, pull quote, furniture),
sentences and clauses without moving offsets.

All spans are half-open ``[start, end)`` offsets into the text passed in.
The text is expected to be normalised (full-width punctuation mapped to
ASCII, length preserved) but unnormalised punctuation is handled as well.

Layout model (see DESIGN-NOTES "Page layout"):

* paragraphs are lines separated by blank lines; a run of two or more blank
  lines (more than the page's usual gap) is a *box boundary* that no article
  crosses;
* an article starts with a group of short headline lines (kicker lines ending
  in ``——`` start a new group) or with a body paragraph carrying a dateline
  (``本报讯``, ``新华社…电``); it ends at an author tag ``(X)`` / ``·X·``, a
  box boundary or the next article start;
* a photo caption is the paragraph(s) before a credit line (``记者 X 摄``) and
  forms its own article;
* a paragraph without sentence-final punctuation that is continued by the
  next one (column break) is joined into one paragraph unit;
* pull quotes (short paragraphs repeating body text) are assigned to the
  article whose body contains their text;
* web furniture lines (发布时间, ICP备 …) form ``furniture`` units/articles.

The work is done in stages, one module each: ``lines`` says what kind each
line is, ``blocks`` joins column-broken lines and finds pull quotes,
``articles`` groups blocks into articles, ``sentences`` splits a unit into
sentences and clauses.
"""
from extract.segment.page import Article, Unit, article_at, segment_page
from extract.segment.sentences import clause_at, clauses, sentences

__all__ = ["Unit", "Article", "segment_page", "sentences", "clauses", "clause_at", "article_at"]
