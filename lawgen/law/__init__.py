"""Law as code: pure rules over a validated case, with dated, cited parameters. No I/O, no UI."""

from lawgen.law.assessment import Assessment, ClaimAssessment, Route, assess
from lawgen.law.parameters import MissingParameter, ParameterBook

__all__ = ["Assessment", "ClaimAssessment", "MissingParameter", "ParameterBook", "Route", "assess"]
