"""Language: the spaCy model with almanac's block-boundary component and its array versions of the
model's attribute ruler and lemmatizer, Docs made from clean text, and the Doc extension attributes
(registered once, in `extensions.py`)."""
