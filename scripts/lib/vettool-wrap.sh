#!/bin/sh
# vettool-wrap.sh: a go vet -vettool that runs another vet tool, for
# scripts/bench-vet.sh and scripts/crash-test.sh. Configured by environment
# variables, which go vet passes on to the tool:
#
#   VETWRAP_TOOL   the real vet tool (viewcheck, or $(go env GOTOOLDIR)/vet)
#   VETWRAP_NONCE  if set, the answer to -V=full carries it as the build ID.
#                  go vet keys its cache of vet results by that ID, so a new
#                  nonce gives fresh vet results (every package analysed
#                  again, dependencies' facts included) while the build cache
#                  (compiled packages, export data) stays warm.
#   VETWRAP_LOG    if set, each analysis runs under /usr/bin/time and appends
#                  one line to this file:
#                  maxrss_kb elapsed_s user_s sys_s exit_status vetx_only import_path
set -u
real=${VETWRAP_TOOL:?VETWRAP_TOOL must name the real vet tool}

case "${1:-}" in
-V=full)
	if [ -n "${VETWRAP_NONCE:-}" ]; then
		# go vet reads "NAME version devel ... buildID=ID" and keys vet
		# results by ID.
		echo "vettool-wrap version devel vetwrap buildID=${VETWRAP_NONCE}"
		exit 0
	fi
	exec "$real" "$@"
	;;
-V* | -flags | --flags | -help | --help)
	exec "$real" "$@"
	;;
esac

if [ -z "${VETWRAP_LOG:-}" ]; then
	exec "$real" "$@"
fi

# The last argument is the package's vet.cfg (JSON); it names the package
# and says whether go vet only wants its facts (a dependency) or its report.
cfg=
for a in "$@"; do cfg=$a; done
pkg=$(sed -n 's/^[[:space:]]*"ImportPath": "\(.*\)",$/\1/p' "$cfg" 2>/dev/null | head -n 1)
vetx=$(sed -n 's/^[[:space:]]*"VetxOnly": \(true\|false\),$/\1/p' "$cfg" 2>/dev/null | head -n 1)
# GNU time's -f %M is the "Maximum resident set size" line of time -v. A
# tool killed by a signal makes time write "Command terminated by signal N"
# first; the scripts treat that line as a crash.
exec /usr/bin/time -a -o "$VETWRAP_LOG" -f "%M %e %U %S %x ${vetx:-?} ${pkg:-?}" "$real" "$@"
