"""Entry point of ``python -m library``."""

import sys

from .cli import main

sys.exit(main())
