// Replaced by the analysis work.
