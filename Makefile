# CareerDesk: `make run` starts the app, `make test` runs the whole test suite.
# Both set up .venv on first use (tools/bootstrap.sh).
PY := .venv/bin/python
SOURCES ?= ../shared/data

.PHONY: run test lint db bench screenshots clean

run:
	@tools/bootstrap.sh run
	$(PY) -m careerdesk

test:
	@tools/bootstrap.sh test
	$(PY) -m ruff check careerdesk tests bench packaging
	$(PY) -m mypy
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) -m pytest

db:
	@tools/bootstrap.sh test
	$(PY) -m careerdesk build-db --sources $(SOURCES) --out data/careers.db
	$(PY) -m careerdesk build-meanings

bench:
	@tools/bootstrap.sh test
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

screenshots:
	@tools/bootstrap.sh test
	QT_QPA_PLATFORM=offscreen $(PY) -m careerdesk screenshots screenshots

clean:
	rm -rf .venv .pytest_cache .mypy_cache .ruff_cache
