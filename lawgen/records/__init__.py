"""Order records from the platforms (CSV or XLSX): reading, the column mapping, and the summary of working
time, overtime, pay and the relationship indicators they show. The legal rules live in ``lawgen.law``
(``working_time``, ``day_class``, ``gig_pay``); this package reads files and applies them."""

from lawgen.records.errors import RecordsError, RowProblem
from lawgen.records.summary import RecordsSummary, Settings, summarise_file

__all__ = ["RecordsError", "RecordsSummary", "RowProblem", "Settings", "summarise_file"]
