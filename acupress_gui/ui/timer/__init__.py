"""One hold: the timer card, its dial, the driver on the event loop and the cue sounds."""
