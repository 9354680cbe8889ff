"""Reading and cleaning: paths and MediaWiki exports into raw documents, and raw text (rendered or
wikitext) into clean text with a map back to raw offsets. Nothing here knows about spaCy."""
