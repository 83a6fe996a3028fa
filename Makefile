# vinhbao — `make run` sets up and does the main job; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]-*.ipynb))

.DEFAULT_GOAL := help
.PHONY: help setup browser run build render notebooks test lint lab bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-11s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP) ## Create .venv, install vinhbao with its dependencies, byte-compile vinhbao
	@# Python reads __pycache__ even under PYTHONDONTWRITEBYTECODE=1 (it then only writes none):
	@# with these, a process does not compile vinhbao's modules from source at each start.
	$(BIN)/python -m compileall -q vinhbao

run: setup build render ## Set up, parse the report, write data/processed/, render notebooks to reports/

build: setup ## Parse the report and write data/processed/*.csv + datapackage.json
	$(BIN)/vinhbao build

render: setup ## Execute every notebook and render it to self-contained HTML in reports/
	$(BIN)/python -m vinhbao render

notebooks: setup ## Re-execute the notebooks in place (refresh stored outputs after a change)
	$(BIN)/jupyter nbconvert --to notebook --execute --inplace \
		"--ExecutePreprocessor.extra_arguments=['--IPKernelApp.log_level=ERROR']" \
		--ClearMetadataPreprocessor.enabled=True \
		--ClearMetadataPreprocessor.clear_notebook_metadata=False $(NOTEBOOKS)

browser: ## Install headless Chromium and its driver (Debian, as root) when missing: the browser test
	@command -v chromedriver >/dev/null || [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null \
		|| { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends chromium chromium-driver >/dev/null; }
	@command -v chromedriver >/dev/null || echo "no chromedriver: install chromium and chromium-driver" \
		"(or set VINHBAO_SKIP_BROWSER=1): tests/test_browser.py will fail"

test: setup browser ## Run every test: unit tests, then the notebooks under nbval
	$(BIN)/python -m pytest tests
	$(BIN)/python -m pytest --nbval notebooks

lint: setup ## ruff check and format check
	$(BIN)/ruff check vinhbao tests benchmarks
	$(BIN)/ruff format --check vinhbao tests benchmarks

lab: setup ## Start JupyterLab with vinhbao importable
	$(BIN)/jupyter lab notebooks $(if $(filter 0,$(shell id -u)),--allow-root,)

bench: setup ## Run the benchmarks (not part of make test)
	$(BIN)/python -m pytest benchmarks --benchmark-only

clean: ## Remove .venv and rendered reports
	rm -rf $(VENV) reports
