"""`python -m vinhbao …` is the `vinhbao` command."""

import sys

from .publish.cli import main

sys.exit(main())
