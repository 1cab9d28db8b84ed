"""``python -m venice``: the ``venice`` command line (``venice.cli``)."""

from venice.cli import main

raise SystemExit(main())
