"""The bundle's entry script: the same ``main()`` as the installed ``acupress-gui``.

PyInstaller needs a script, not a ``module:function`` entry point; this one is that
entry point written out, so the bundle starts exactly as ``acupress-gui`` does.
"""

import sys

from acupress_gui.app import main

sys.exit(main())
