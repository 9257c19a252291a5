"""The command-line subcommands; cli.py parses the arguments, these modules act."""

from branchdesk.commands.archive import check, demo, info
from branchdesk.commands.printing import print_form

__all__ = ["check", "demo", "info", "print_form"]
