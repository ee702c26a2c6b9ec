"""Pure-Python core: scales, scoring, bands, findings and calculators. Imports no Qt."""
