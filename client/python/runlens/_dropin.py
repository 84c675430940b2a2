"""What the MLflow and TensorBoard drop-ins raise for the parts of those APIs they lack.

A script that calls something Runlens cannot do must learn it at once, by name: a
silent no-op would look like tracking and lose the data.
"""


class UnsupportedByRunlens(NotImplementedError):
    """A call of the MLflow or TensorBoard API that Runlens' drop-in does not support."""

    def __init__(self, call, hint=""):
        message = f"{call} is not supported by Runlens' drop-in"
        super().__init__(message + (f"; {hint}" if hint else ""))
        self.call = call


def unsupported(call, hint=""):
    """Return a function that raises UnsupportedByRunlens naming `call`, whatever its arguments."""
    def refuse(*args, **kwargs):
        raise UnsupportedByRunlens(call, hint)
    refuse.__name__ = call.rsplit(".", 1)[-1].split("(")[0]
    refuse.__doc__ = "Not supported by Runlens' drop-in: raises UnsupportedByRunlens."
    return refuse
