"""repshift: interpretability of reward models across languages.

train (Bradley-Terry RMs with TRL) -> score (transfer accuracy) -> capture (nnsight) -> metrics
(representation shift) -> results (tidy tables, figures, report).
"""

__version__ = "0.1.0"
