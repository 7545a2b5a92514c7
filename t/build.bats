#!/usr/bin/env bats
# The Makefile's install and uninstall targets.

load helper

@test "install and uninstall honour DESTDIR and PREFIX" {
	cd "$ROOT"
	run make -s install DESTDIR="$TMP/root" PREFIX=/opt/cu
	[ "$status" -eq 0 ]
	[ -x "$TMP/root/opt/cu/bin/splitdoc" ]
	[ -f "$TMP/root/opt/cu/share/man/man1/splitdoc.1" ]
	[ -f "$TMP/root/opt/cu/share/man/man7/chronutils.7" ]
	run make -s uninstall DESTDIR="$TMP/root" PREFIX=/opt/cu
	[ "$status" -eq 0 ]
	[ ! -e "$TMP/root/opt/cu/bin/splitdoc" ]
	[ ! -e "$TMP/root/opt/cu/share/man/man7/chronutils.7" ]
}
