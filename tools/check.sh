#!/bin/sh
# Runs every t/*.bats.  bats-core and mandoc (for the man page lint)
# are fetched when missing: from the system's packages where we may
# install them, else bats-core from the npm registry into .deps/.
cd "$(dirname "$0")/.." || exit 2

have() { command -v "$1" >/dev/null 2>&1; }

apt_install() {
	have apt-get && [ "$(id -u)" = 0 ] || return 1
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >&2 ||
	    { apt-get update -q >&2 &&
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >&2; }
}

BATS=
if have bats; then
	BATS=bats
elif [ -x .deps/node_modules/bats/bin/bats ]; then
	BATS=.deps/node_modules/bats/bin/bats
elif apt_install bats && have bats; then
	BATS=bats
elif have npm && npm install --silent --prefix .deps bats >&2; then
	BATS=.deps/node_modules/bats/bin/bats
else
	echo "check: bats-core is missing and could not be installed" >&2
	exit 2
fi
have mandoc || apt_install mandoc || echo "check: no mandoc; man pages are linted with groff" >&2

exec "$BATS" ${BATS_FLAGS:-} t/*.bats
