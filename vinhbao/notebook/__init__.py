"""What the notebooks share: charts and small helpers (matplotlib imported only when drawing)."""
