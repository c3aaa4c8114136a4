"""Entry script of the PyInstaller bundle: the same program as the ``careerdesk`` command.

With no arguments it opens the window; ``--selftest``, ``show``, ``compare`` and the other
subcommands work as in a checkout (see ``careerdesk --help``).
"""

import sys

from careerdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
