"""Parse: Vietnamese numbers, units and target intervals, read by generic readers."""
