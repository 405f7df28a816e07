import sys

from top10_panel.cli import main

sys.exit(main())
