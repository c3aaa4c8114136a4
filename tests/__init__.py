"""CareerDesk's test suite (a package, so that `tests.conftest` is ours, not a `tests` package some dependency installs)."""
