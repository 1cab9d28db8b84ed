"""The regeneration pipeline: pull -> normalise -> overlay -> generate -> verify.

Each module does one step; `scripts/regen.py` and `scripts/pull.py` are thin command-line wrappers.
"""
