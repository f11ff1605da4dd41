"""`python -m desktop_app`: the same program as the `casecref` command."""

import sys

from desktop_app.cli import main

sys.exit(main())
