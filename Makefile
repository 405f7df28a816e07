# Two commands do all set-up: `make run` and `make test` (see README.md).
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON ?= python3
UV = $(shell tools/ensure-uv.sh)
# Python keeps the bytecode it compiles, whatever the shell says: the tests start the real command hundreds of times,
# and each start would otherwise compile every module again (about 2 s of a 4 s `tally`).
unexport PYTHONDONTWRITEBYTECODE

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

DEMO := out/demo/demo-2020.t10
# The demo selection over the 2020 edition's events, opened in the editor's window; with no display, the same
# selection run headless: the count (a tie at the cut stays open), a public lot draw, the workbook and the report.
run: env-user
	@rm -rf out/demo
	@$(UV) run --no-sync top10-panel demo out/demo
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname -s)" != Linux ]; then \
	  echo "== Opening the demo selection in the app =="; \
	  $(UV) run --no-sync top10-panel open $(DEMO); \
	else \
	  echo "== No display (DISPLAY is not set), so the app cannot open a window: running the demo headless =="; \
	  echo "   (on a desktop, or under xvfb-run, make run opens the app on the same selection)"; \
	  echo "== The count: the tie at the cut line stays open until it is settled =="; \
	  $(UV) run --no-sync top10-panel tally $(DEMO) && \
	  echo "== Settled by a public lot draw: first the seed's source is recorded, then the announced number drawn ==" && \
	  $(UV) run --no-sync top10-panel settle $(DEMO) --lot-source "福彩3D 2020-12-31 开奖号码" --known-at "2020-12-31 21:15" --by 编辑部 && \
	  $(UV) run --no-sync top10-panel settle $(DEMO) --lot "2020-12-31 福彩3D 123" --by 编辑部 && \
	  $(UV) run --no-sync top10-panel tally $(DEMO) && \
	  echo "== Published: the results workbook and the PDF report, each with a SHA-256 sidecar ==" && \
	  $(UV) run --no-sync top10-panel export $(DEMO) && \
	  $(UV) run --no-sync top10-panel verify $(DEMO) && \
	  echo "The exported workbook: $$(pwd)/out/demo/demo-2020-results.xlsx"; \
	fi

test: env wheel-check
	$(UV) run --no-sync ruff check src tests bench
	$(UV) run --no-sync lint-imports
	$(UV) run --no-sync mypy
	$(UV) run --no-sync pytest -q -p no:cacheprovider

# The app as Python users install it (pip, pipx, uv tool): the wheel in a fresh environment, run away from the
# checkout (packaging/wheel-check.sh).
.PHONY: wheel-check
wheel-check:
	UV=$(UV) packaging/wheel-check.sh

bench: env
	$(UV) run --no-sync python bench/bench_tally.py
	$(UV) run --no-sync python bench/bench_collect.py
	$(UV) run --no-sync python bench/bench_export.py

clean:
	rm -rf .venv .pytest_cache .mypy_cache .ruff_cache

# The standalone app folder dist/top10-panel/ (README, "Packaging"). PyInstaller runs in its own environment,
# build/bundle-env (runtime dependencies + the `bundle` group), so .venv stays as `make env` left it and nothing
# of the dev tools or test oracles can reach the bundle. The .qm come from the committed .ts (translations-to-qm,
# not lupdate: a release build does not rewrite its sources).
.PHONY: bundle bundle-check
BUNDLE_ENV := build/bundle-env
bundle: system
	@packaging/ensure-build-tools.sh
	UV_PROJECT_ENVIRONMENT=$(BUNDLE_ENV) $(UV) sync --locked --no-default-groups --group bundle
	UV_PROJECT_ENVIRONMENT=$(BUNDLE_ENV) $(MAKE) --no-print-directory translations-to-qm
	UV_PROJECT_ENVIRONMENT=$(BUNDLE_ENV) $(UV) run --no-sync pyinstaller --noconfirm --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/top10-panel.spec
	@echo "dist/top10-panel: $$(du -sh dist/top10-panel | cut -f1)"

# Runs the bundle away from the checkout: --version, --help, the demo through the command, the app offscreen.
bundle-check:
	packaging/bundle-check.sh dist/top10-panel

# Qt Linguist (STYLE §8, §15): the app's source strings into the .ts (English sources, zh_CN translations written
# there with Linguist), then the .qm the app loads; `make translations` does both, as the bundle needs.
# The editor's window keeps its strings in its own editor_*_zh_CN.ts; translations-to-qm builds every .ts there.
.PHONY: translations translations-from-source translations-to-qm
TS := resources/translations/top10_panel_zh_CN.ts
translations: translations-from-source translations-to-qm
translations-from-source:
	$(UV) run --no-sync pyside6-lupdate $$(find src/top10_panel/ui -name '*.py' -not -path '*/editor/*' | sort) \
	  -ts $(TS) -no-obsolete -locations none -source-language en -target-language zh_CN
	$(UV) run --no-sync pyside6-lupdate $$(ls src/top10_panel/ui/editor/*.py | grep -E '/(collect|results|publish)_') \
	  -ts resources/translations/editor_results_zh_CN.ts -no-obsolete -locations none -source-language en -target-language zh_CN
	$(UV) run --no-sync pyside6-lupdate $$(ls src/top10_panel/ui/editor/*.py | grep -v -E '/(collect|results|publish)_') \
	  -ts resources/translations/editor_setup_zh_CN.ts -no-obsolete -locations none -source-language en -target-language zh_CN
translations-to-qm:
	for ts in resources/translations/*.ts; do $(UV) run --no-sync pyside6-lrelease "$$ts" -qm "$${ts%.ts}.qm"; done
