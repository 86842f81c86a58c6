"""`python -m eventwire ...` runs the `eventwire` command."""

from eventwire.cli import main

if __name__ == "__main__":
    main()
