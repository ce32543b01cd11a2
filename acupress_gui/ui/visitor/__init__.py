"""One visitor at the screen: the view and the session that owns it."""
