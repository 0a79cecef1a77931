"""Analyst tools: they read the written tables (and the source files they name) or run the core on
a string, and sit beside the run in the import flow: review (HTML page), show (terminal), eval
(gold scoring), panel (region × period export), corrections template, extract_text (notebooks)."""
