"""A sitting (a routine or one press of Start): pain check-ins, routine strip, summary."""
