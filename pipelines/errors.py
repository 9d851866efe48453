"""Errors of a run as a whole (the per-document errors live in extract/errors.py).

    PipelineError (Exception)
    ├── UsageError (ValueError)             a bad argument: names the option and its value
    │   ├── OutputDirError (OSError)        --out is a file or cannot be created or written
    │   └── InputNotFoundError (FileNotFoundError)  an input path does not exist, or none found
    └── DocumentTimeoutError (TimeoutError) one document took longer than --timeout: a failed row

The message names the option as the caller wrote it: "--out" on the command line,
"out=" in the Python API (`style`).
"""

from __future__ import annotations

CLI = "cli"
API = "api"
CLI_NAMES = {"out": "--out", "password": "--password", "inputs": "INPUT"}


def option_name(param: str, style: str) -> str:
    """How the caller writes an option: --out on the command line, out= in Python."""
    return CLI_NAMES.get(param, f"--{param}") if style == CLI else f"{param}="


class PipelineError(Exception):
    """A run could not start or go on."""


class UsageError(PipelineError, ValueError):
    """A bad argument; the message names the option and the value given."""

    def __init__(self, param: str, value: str, reason: str, style: str = API) -> None:
        self.param = param
        self.value = value
        self.reason = reason
        self.style = style
        super().__init__(self._message())

    def _message(self) -> str:
        return f"{option_name(self.param, self.style)} {self.value}: {self.reason}"

    def for_style(self, style: str) -> UsageError:
        """The same error, its message naming the option the way `style` writes it."""
        return type(self)(self.param, self.value, self.reason, style)


class OutputDirError(UsageError, OSError):
    """The output folder is a file, or cannot be created or written."""


class InputNotFoundError(UsageError, FileNotFoundError):
    """An input path does not exist, or a folder holds no file we can read."""


class DocumentTimeoutError(PipelineError, TimeoutError):
    """Reading one document took longer than the time limit; it becomes a failed row."""

    def __init__(self, path: str, seconds: float) -> None:
        self.path = path
        self.seconds = seconds
        super().__init__(f"{path}: gave up after {seconds:g}s (the time limit per document)")
