"""What the notebooks share: the first cell (`start`), table helpers and charts (matplotlib
imported only when drawing)."""

from .page import start

__all__ = ["start"]
