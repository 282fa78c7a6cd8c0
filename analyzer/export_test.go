package analyzer

// EnsureTestdataModules is for the external tests, which load the corpus.
var EnsureTestdataModules = ensureTestdataModules
