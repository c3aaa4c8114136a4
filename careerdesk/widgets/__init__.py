"""Reusable widgets with no knowledge of the app: chart canvas, meters, chips."""
