"""Central Asia Security Reference.

python main.py                 open the window
python main.py build|entities|search|summary|self-test|bench ...   (see --help)
"""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
