"""BranchDesk (支部台账): the archive of a school Party branch, for its clerk."""

__version__ = "0.1.0"  # the project's version (pyproject.toml reads it from here)

APP_NAME = "BranchDesk"
