"""The in-memory buffer of one metric series (key, slice) of a run."""

from array import array


class SeriesBuffer:
    """Points logged but not yet flushed, as three parallel typed arrays.

    Typed arrays cost 24 bytes a point and encode to the chunk blobs with one
    tobytes() call. The flusher replaces the three arrays with fresh ones under the
    run's lock, so log_metric never waits for SQLite.
    """

    __slots__ = ("key", "slice_db", "steps", "vals", "times", "next_step")

    def __init__(self, key, slice_db):
        self.key = key
        self.slice_db = slice_db          # '' for the overall series, as stored
        self.steps = array("q")
        self.vals = array("d")
        self.times = array("d")
        self.next_step = 0                # default step: largest step so far + 1

    def trim(self):
        """Make the three arrays equally long again after an interrupted append.

        Points are appended steps -> vals -> times under the lock, so a partial point
        (an exception or KeyboardInterrupt between the appends) is always the last
        element of the longer arrays.
        """
        n = min(len(self.steps), len(self.vals), len(self.times))
        del self.steps[n:]
        del self.vals[n:]
        del self.times[n:]

    def take(self):
        """Return (steps, vals, times) and start empty buffers; caller holds the lock."""
        if not self.times:
            return None
        taken = (self.steps, self.vals, self.times)
        self.steps, self.vals, self.times = array("q"), array("d"), array("d")
        return taken

    def restore(self, steps, vals, times):
        """Put back a batch that could not be written, in front of newer points."""
        steps.extend(self.steps)
        vals.extend(self.vals)
        times.extend(self.times)
        self.steps, self.vals, self.times = steps, vals, times
