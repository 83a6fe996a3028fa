"""Read: bytes or text -> normalised text -> document (paragraphs, sections, footnotes, tables)."""
