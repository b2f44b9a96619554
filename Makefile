# Everything starts from a fresh machine with only Python 3.11 and make.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Every package at the exact version and hash tested here; `make update-deps` refreshes it.
LOCK := requirements.lock
# `make update-deps UPGRADE=` keeps the current pins and only adds what pyproject.toml now needs.
UPGRADE ?= --upgrade

.PHONY: demo test bench soak lint browser postgres clean update-deps

$(STAMP): pyproject.toml $(LOCK)
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed (looked for $(PYTHON))"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/pip install --quiet --no-deps -e .
	@$(BIN)/pip check >/dev/null || { $(BIN)/pip check; \
	  echo "$(LOCK) does not match pyproject.toml: run \`make update-deps\`"; exit 1; }
	@touch $(STAMP)

update-deps:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed (looked for $(PYTHON))"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra test --generate-hashes --universal \
	  --python-version 3.11 $(UPGRADE) --quiet -o $(LOCK)
	@echo "$(LOCK) refreshed: review the diff, then \`make test\`."

demo: $(STAMP)
	$(BIN)/hearme demo --out demo-output

# Browser tests drive Debian's chromium; install it when it is missing.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

# The PostgreSQL tests start a throwaway cluster of Debian's server (initdb into a temp folder,
# a loopback port); install the server when it is missing.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || { \
	  echo "Installing Debian's postgresql for the PostgreSQL tests..."; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null; }

# The suite is shared out over the machine's cores (four at most), a test file to each worker
# process; `make test WORKERS=` runs it in one process.
WORKERS ?= -n auto --maxprocesses 4 --dist loadfile

test: $(STAMP) browser postgres
	$(BIN)/python -m pytest -q -p no:cacheprovider $(WORKERS)

soak: $(STAMP) browser postgres
	HEARME_SOAK=1 $(BIN)/python -m pytest -q -p no:cacheprovider -m soak

bench: $(STAMP) postgres
	$(BIN)/python -m bench

lint: $(STAMP)
	$(BIN)/ruff check bot surveys storage reports hearme_dev tests bench
	$(BIN)/mypy
	$(BIN)/python .ci/audit_lock.py $(LOCK)

clean:
	rm -rf $(VENV) demo-output bench-results.json
