"""``python -m quotes.cli``: the command line."""
from . import main

main()
