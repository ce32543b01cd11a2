"""The kiosk shell: a clinic's waiting-room screen around the same visitor's view, full
screen, locked down, and fresh for every visitor."""
