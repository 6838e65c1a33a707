"""Transfer accuracy of every RM on every language, by category, with 95 % paired bootstrap CIs."""

from _cli import main

from repshift.plots import transfer_bars

if __name__ == "__main__":
    main("transfer_accuracy", "transfer", transfer_bars, __doc__)
