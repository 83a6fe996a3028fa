"""Rules as data: units, cue and bound words, headings, statuses, lexicon, indicators, checks.

Modules here hold tables only and import nothing from vinhbao.
"""
