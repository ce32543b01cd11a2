"""Reminder times: the scheduler and the dialog that sets them."""
