"""CareerDesk's test suite: a package, so that `tests.conftest` is ours and not a `tests`
package that a dependency installs into site-packages (textstat does)."""
