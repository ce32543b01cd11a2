"""``python -m acupress_gui``: the same entry point as the installed ``acupress-gui``."""

import sys

from acupress_gui.app import main

sys.exit(main())
