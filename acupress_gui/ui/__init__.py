"""Qt widgets; each is handed the core objects it shows."""
