"""What went wrong with a file, in words that do not depend on the operating system.

``OSError.strerror`` is the system's own English ("No such file or directory", or on
Windows "The system cannot find the file specified"): a message built from it could not
be translated. :func:`reason` gives one fixed English phrase per kind of failure, which
the GUI translates (ui/errors.py); an unknown failure keeps the system's words.
"""

from __future__ import annotations

import errno

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


def reason(exc: OSError) -> str:
    """The phrase for ``exc`` (its ``errno``), else the system's own words."""
    phrase = PHRASES.get(exc.errno or 0)
    if phrase is not None:
        return phrase
    return exc.strerror or str(exc)
