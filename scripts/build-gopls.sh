#!/usr/bin/env bash
# build-gopls.sh builds a gopls that runs viewcheck's analyzer, so that
# editors show its diagnostics and offer its fixes as quick fixes.
#
# gopls cannot load third-party analyzers (golang/go#59869), so this script
# takes a pinned gopls release from the module proxy, adds one file that
# appends viewcheck's analyzer to gopls's analyzer list
# (scripts/gopls/viewcheck.go), and builds it. Nothing of gopls is kept in
# this repository.
#
# Usage:
#   scripts/build-gopls.sh [output]        # default output: ./bin/gopls
#
# Environment:
#   GOPLS_VERSION      gopls module version (default: the pinned one below)
#   VIEWCHECK_VERSION  viewcheck module version to build in; default: this
#                      checkout (through a replace directive)
#
# Then point the editor at the result, e.g. in VS Code settings.json:
#   "go.alternateTools": { "gopls": "/path/to/bin/gopls" }
set -euo pipefail

# v0.23.0 is the newest gopls release whose go.mod asks for no newer Go
# than this module's (go 1.26); v0.24.0 needs Go 1.27.
GOPLS_VERSION="${GOPLS_VERSION:-v0.23.0}"

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$repo/bin/gopls}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac

work="$(mktemp -d)"
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT

echo "build-gopls: fetching golang.org/x/tools/gopls@$GOPLS_VERSION" >&2
src="$(GOFLAGS=-mod=mod go mod download -json "golang.org/x/tools/gopls@$GOPLS_VERSION" |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
if [ -z "$src" ] || [ ! -f "$src/go.mod" ]; then
	echo "build-gopls: could not download gopls $GOPLS_VERSION" >&2
	exit 1
fi

# The module cache is read-only: work on a copy.
cp -R "$src/." "$work/gopls"
chmod -R u+w "$work/gopls"
cd "$work/gopls"
cp "$repo/scripts/gopls/viewcheck.go" internal/settings/zz_viewcheck.go
# The copy's build constraint keeps it out of this repository's build.
sed -i.bak '/^\/\/go:build ignore$/d' internal/settings/zz_viewcheck.go
rm -f internal/settings/zz_viewcheck.go.bak

# gopls imports x/tools internals, which change between x/tools versions,
# so it builds only with the x/tools it was released with. viewcheck uses
# only x/tools' public API (go/analysis, go/ssa), so pin x/tools to gopls's
# version even though viewcheck's go.mod asks for a newer one.
tools_version="$(go mod edit -json | awk '
	/"Path": "golang.org\/x\/tools"/ { found = 1; next }
	found && /"Version"/ { gsub(/[",]/, "", $2); print $2; exit }')"
if [ -z "$tools_version" ]; then
	echo "build-gopls: cannot find gopls's golang.org/x/tools requirement" >&2
	exit 1
fi
go mod edit -replace="golang.org/x/tools=golang.org/x/tools@$tools_version"

if [ -n "${VIEWCHECK_VERSION:-}" ]; then
	go mod edit -require="github.com/viewcheck/viewcheck@$VIEWCHECK_VERSION"
else
	go mod edit -require=github.com/viewcheck/viewcheck@v0.0.0 \
		-replace="github.com/viewcheck/viewcheck=$repo"
fi
# Resolve the combined requirements; this adds go.sum entries only.
GOFLAGS=-mod=mod go mod tidy -e >/dev/null 2>&1 || GOFLAGS=-mod=mod go mod download

echo "build-gopls: building $out" >&2
mkdir -p "$(dirname "$out")"
GOFLAGS=-mod=mod go build -trimpath -o "$out" .
echo "build-gopls: built gopls $GOPLS_VERSION (golang.org/x/tools $tools_version) with viewcheck ${VIEWCHECK_VERSION:-from $repo}" >&2
echo "build-gopls: viewcheck's analyzer is on by default; \"analyses\": {\"viewcheck\": false} turns it off" >&2
