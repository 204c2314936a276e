"""lawgen: wage and overtime claims for gig workers in China, from facts to filings."""

__version__ = "0.1.0"
