"""Courier tracking: asking a courier-tracking aggregator where a parcel is (off unless a manager turns it on with
the showroom's own key). The counter never waits on it: it runs in a lane of its own (ui/tasks.py)."""
