"""Law as code: pure rules over a validated case, with dated, cited parameters. No I/O, no UI.

One module per legal question, each opening with the article text it implements; ``docs/articles.md`` maps
every article to its function and its test.
"""

from lawgen.law.assessment import Assessment, ClaimAssessment, assess
from lawgen.law.limitation import ClaimLimitation, LimitationRule, LimitationStatus
from lawgen.law.parameters import MissingParameter, ParameterBook
from lawgen.law.routes import Route
from lawgen.law.small_claims import SmallClaimsStatus
from lawgen.law.timeline import TimelineStep

__all__ = [
    "Assessment", "ClaimAssessment", "ClaimLimitation", "LimitationRule", "LimitationStatus", "MissingParamet"
        "er",
    "ParameterBook", "Route", "SmallClaimsStatus", "TimelineStep", "assess",
]
