import sys

from mlmatch.cli import main

sys.exit(main())
