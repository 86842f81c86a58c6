"""`python -m eventwire ...` runs the `eventwire` command."""

from eventwire.cli import main

main()
