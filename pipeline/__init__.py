"""almanac: encyclopedia articles and their revisions into validated tables of dated events and figures."""

__version__ = "0.15.0"
# Bumped whenever extraction output can change; the manifest redoes everything on a new value.
PIPELINE_VERSION = f"almanac-{__version__}"
