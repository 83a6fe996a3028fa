"""`python -m vinhbao …` is the `vinhbao` command."""

import sys

from .cli import main

sys.exit(main())
