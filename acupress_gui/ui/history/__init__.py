"""The history window: recent holds, paged, with totals."""
