"""Looking back for unit leaders: all units, one unit's measurements over time, comparisons, CSV."""

from .controller import HistoryController

__all__ = ["HistoryController"]
