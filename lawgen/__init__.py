"""lawgen: wage and overtime claims for gig workers in China, from facts to filings."""

__version__ = "0.1.0"
CASE_FORMAT = "lawgen.case/1"  # the case-file format marker, importable without the case model
