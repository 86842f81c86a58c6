"""eventwire: news in, dated and geolocated ACLED-coded conflict events out.

The library is the product; the CLI and any HTTP layer are thin adapters over it.
"""

from eventwire.errors import EventwireError
from eventwire.records import Document, Event, Place
from eventwire.settings import Settings

__version__ = "0.1.0"

__all__ = ["Document", "Event", "EventwireError", "Place", "Settings", "__version__"]
