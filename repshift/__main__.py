import sys

from repshift.cli import main

sys.exit(main())
