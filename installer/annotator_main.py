"""Entry point of the frozen app (PyInstaller): the same ``annotator`` command as a pip install."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # `preannotate --n-process N` starts worker processes
    from annotator.cli import main

    sys.exit(main())
