"""The tabs of a career profile, each filled the first time it is shown for a career."""
