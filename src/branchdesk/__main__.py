"""``python -m branchdesk``."""

import sys

from branchdesk.cli import main

sys.exit(main())
