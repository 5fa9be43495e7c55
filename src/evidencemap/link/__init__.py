"""Stage 4, link: claims, sources and citations joined into one evidence graph, with research matched and
sources appraised."""
