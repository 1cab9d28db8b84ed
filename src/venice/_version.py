"""The package version (kept in sync with pyproject.toml by a unit test)."""

__version__ = "0.1.0"
