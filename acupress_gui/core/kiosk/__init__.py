"""What a clinic's kiosk needs without Qt: its settings file, the staff PIN, the PIN
pad's lockout and the anonymous counters, each kept where a read-only image allows."""
