# Two commands work on a fresh machine:
#   make demo   set up .venv and run the main job on the bundled sample (the seed dispatch)
#   make test   set up .venv and run the test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test

$(BIN)/veille: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/veille

# Browser libraries of `veille serve` (package.json, locked), copied into the package's static files:
# Cytoscape.js (network graphs) and Swagger UI (/docs).
VENDOR := veille/serve/static/vendor/cytoscape.min.js

$(VENDOR): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	mkdir -p $(dir $(VENDOR))
	cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css $(dir $(VENDOR))
	cp node_modules/cytoscape/dist/cytoscape.min.js $(VENDOR)

setup: $(BIN)/veille $(VENDOR)

demo: setup
	$(BIN)/veille extract examples/seed-000.json --summary
	$(BIN)/veille ingest examples/seed-000.json --db sqlite:///veille.db
	$(BIN)/veille query who "Nezha El Ouafi" --db sqlite:///veille.db

test: setup
	$(BIN)/python -m pytest -q -p no:cacheprovider
