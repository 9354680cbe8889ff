"""Language: the spaCy model with almanac's block-boundary component, Docs made from clean text, and
the Doc extension attributes (registered once, in `extensions.py`)."""
