"""Stage 1, load: a content folder read into validated records (config, lexicon, documents, study appraisals)."""
