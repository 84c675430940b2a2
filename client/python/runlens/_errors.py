"""Errors the client raises about the store file itself."""


class StoreError(Exception):
    """The store cannot be used: wrong file, newer schema, read-only, corrupt, busy.

    One exception type for everything that is wrong with the *file* (as opposed to
    bad arguments, which raise ValueError), so a training script can catch it and
    carry on without tracking instead of dying on a sqlite3 error it never asked for.
    """
