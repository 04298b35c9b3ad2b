"""Entry point of ``python -m extraction``."""

import sys

from .cli import main

sys.exit(main())
