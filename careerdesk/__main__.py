"""Run CareerDesk with ``python -m careerdesk``."""

import sys

from careerdesk.cli import main

sys.exit(main())
