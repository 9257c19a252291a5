"""The command-line subcommands; cli.py parses the arguments, these modules act."""

from branchdesk.commands.archive import check, demo, info
from branchdesk.commands.backup import backup_command
from branchdesk.commands.members_io import export_members, import_members
from branchdesk.commands.printing import print_form

__all__ = [
    "backup_command",
    "check",
    "demo",
    "export_members",
    "import_members",
    "info",
    "print_form",
]
