"""The package's version: one home, read by the package's face, the CLI and the rules cache."""

__version__ = "0.1.0"
