"""BranchDesk (支部台账): the archive of a school Party branch, for its clerk."""

from importlib import metadata

try:
    __version__ = metadata.version("branchdesk")
except metadata.PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0+source"

APP_NAME = "BranchDesk"
