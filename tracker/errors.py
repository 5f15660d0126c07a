"""Exceptions the core raises; the CLI and GUI turn them into one clear message.

A message can be built from a template (:func:`refuse`): its English text is
``template.format(**params)``, and the template and params travel with the exception
so that the GUI can show the same message in the user's language (ui/errors.py; the
templates are collected for the translators by scripts/error_strings.py).
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from typing import Any


class TrackerError(Exception):
    """Base class for every error the core reports to a user.

    Attributes:
        template: the English template the message was made from (None: plain text).
        params: the values the template was filled with.
    """

    def __init__(
        self,
        message: str,
        *,
        template: str | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.template = template
        self.params: dict[str, Any] = dict(params or {})


class InputError(TrackerError, ValueError):
    """A value the user typed (amount, date, rate, name, option) is not acceptable.

    The message names the problem and the offending value; nothing has been written.
    ``field`` optionally names the setting or form field at fault (for the GUI).
    """

    def __init__(
        self,
        message: str,
        field: str | None = None,
        *,
        template: str | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message, template=template, params=params)
        self.field = field

    def at(self, field: str | None) -> InputError:
        """The same refusal, said of ``field`` (template and params kept)."""
        return InputError(str(self), field, template=self.template, params=self.params)


class ConfirmationNeeded(InputError):
    """Input that is possible but probably a mistake (a payment above what is owed): the
    caller asks the user, then calls again saying it was meant. Nothing was written."""


def ask(template: str, /, *, field: str | None = None, **params: Any) -> ConfirmationNeeded:
    """A :class:`ConfirmationNeeded` made like :func:`refuse`."""
    return ConfirmationNeeded(template.format(**params), field, template=template, params=params)


class NotFoundError(TrackerError, LookupError):
    """A product, bill, plan or payment that the user named does not exist."""


class StorageError(TrackerError):
    """The data file cannot be used: not SQLite, not ours, newer schema, locked, corrupt."""


class DamagedFileError(StorageError):
    """The data file (or a row in it) is damaged: it is not written; a backup is offered."""


def refuse(template: str, /, *, field: str | None = None, **params: Any) -> InputError:
    """An :class:`InputError` whose message is ``template.format(**params)``.

    Write ``raise refuse("amount {text!r} is not a number", text=raw)``: the template is
    a plain string literal (the translators' tool reads it from the source).
    """
    return InputError(template.format(**params), field, template=template, params=params)


def not_found(template: str, /, **params: Any) -> NotFoundError:
    """A :class:`NotFoundError` made like :func:`refuse`."""
    return NotFoundError(template.format(**params), template=template, params=params)


def unusable(template: str, /, **params: Any) -> StorageError:
    """A :class:`StorageError` (the data file cannot be used as asked) made like :func:`refuse`."""
    return StorageError(template.format(**params), template=template, params=params)


def damaged(template: str, /, **params: Any) -> DamagedFileError:
    """A :class:`DamagedFileError` made like :func:`refuse`."""
    return DamagedFileError(template.format(**params), template=template, params=params)


# -- why a file could not be used -------------------------------------------------
# ``OSError.strerror`` is the system's own English ("No such file or directory", or on
# Windows "The system cannot find the file specified"): a message built from it could
# not be translated. :func:`os_reason` gives one fixed English phrase per kind of
# failure, which the GUI translates (ui/errors.py); an unknown one keeps the system's.

#: errno → the phrase messages say (kept short: they follow "cannot read {path}: ").
PHRASES: dict[int, str] = {
    errno.ENOENT: "there is no such file or folder",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ENOSPC: "the disk is full",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.EEXIST: "a file of that name exists already",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EBUSY: "the file is in use",
}


#: Said when a folder that exists takes no new file and the system gives a wrong reason
#: (creating a file in /proc fails with ENOENT, "no such file", of a folder that is there).
NO_NEW_FILES = "files cannot be created in this folder"


def write_reason(exc: OSError) -> str:
    """Why a new file could not be made (or written) in a folder that exists: as
    :func:`os_reason`, but "no such file" there is :data:`NO_NEW_FILES` (/proc)."""
    return NO_NEW_FILES if exc.errno == errno.ENOENT else os_reason(exc)


def os_reason(exc: OSError) -> str:
    """The phrase for ``exc`` (its ``errno``), else the system's own words."""
    phrase = PHRASES.get(exc.errno or 0)
    if phrase is not None:
        return phrase
    return exc.strerror or str(exc)
