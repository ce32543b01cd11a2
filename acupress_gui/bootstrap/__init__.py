"""Start-up: the only code that knows every concrete class."""
