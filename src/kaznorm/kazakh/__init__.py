"""Kazakh language facts: alphabet, phonology, morphotactics, analyser, error model."""
