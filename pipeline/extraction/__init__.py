"""Extraction: small pure functions from an annotated Doc to records (clean-text offsets): dates and
their TIMEX3 values, figures, checks between figures, events; with the rule data they read (numbers,
the gazetteer, token-pattern matching). The Doc is only read."""
