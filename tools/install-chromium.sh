#!/bin/sh
# Install Debian's chromium for the browser test of chronoreport's
# page.  Never fails the build: without root or apt-get it says why
# and the test skips.
if command -v chromium >/dev/null 2>&1; then
	echo "install-chromium: $(command -v chromium) is there"
	exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
	echo "install-chromium: not root or no apt-get; the browser test" \
	    "will be skipped" >&2
	exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y --no-install-recommends chromium >/dev/null 2>&1; then
	apt-get update >/dev/null 2>&1 &&
	    apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 ||
	    echo "install-chromium: apt-get could not install chromium; the" \
		"browser test will be skipped" >&2
fi
exit 0
