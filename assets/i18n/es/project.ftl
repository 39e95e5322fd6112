# Projects: corpus, codebook, coded segments, tables, corpus search.
