# Two commands do all set-up: `make run` and `make test` (see README.md).
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON ?= python3
UV = $(shell tools/ensure-uv.sh)

.PHONY: run test system env env-user lint bench clean

# Debian packages Qt and the PDF report need (installed when run as root).
system:
	@tools/ensure-system.sh

# The user's environment: runtime dependencies only.
env-user: system
	$(UV) sync --locked --no-default-groups --inexact

# The developer's environment: runtime + dev tools + test oracles.
env: system
	$(UV) sync --locked

DEMO := resources/demo/sample-approval.csv
run: env-user
	@echo "== The sample ballot matrix over the seed's events, counted: a tie at the cut stays open =="
	$(UV) run --no-sync top10-panel tally $(DEMO) --mode approval
	@echo "== The same ballots, the tie settled by a public lot draw =="
	$(UV) run --no-sync top10-panel tally $(DEMO) --mode approval --tie-break lot --seed "2020-12-31"
	@echo "== The demo selection file (.t10): candidates, experts with recusals, ballots, quorum =="
	rm -rf out/demo
	$(UV) run --no-sync top10-panel demo out/demo
	$(UV) run --no-sync top10-panel tally out/demo/demo-2020.t10

test: env
	$(UV) run --no-sync ruff check src tests bench
	$(UV) run --no-sync lint-imports
	$(UV) run --no-sync mypy
	$(UV) run --no-sync pytest -q -p no:cacheprovider

bench: env
	$(UV) run --no-sync python bench/bench_tally.py
	$(UV) run --no-sync python bench/bench_collect.py

clean:
	rm -rf .venv .pytest_cache .mypy_cache .ruff_cache
