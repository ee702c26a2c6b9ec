"""`python -m fidelity_app` is the same as `fidelity-app`."""

import sys

from .cli import main

sys.exit(main())
