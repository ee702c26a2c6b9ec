"""The frozen program's entry point: the same as `fidelity-app` from the installed package."""

import sys

from fidelity_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
