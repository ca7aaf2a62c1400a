import sys

from mlmatch.train.cli import main

sys.exit(main())
