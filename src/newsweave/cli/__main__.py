"""`python -m newsweave.cli`: the `newsweave` command."""

import sys

from newsweave.cli import main

sys.exit(main())
