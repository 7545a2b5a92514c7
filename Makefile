# chronutils: small Unix filters that turn news articles into a
# chronology and a figures report.
.POSIX:
.SUFFIXES:
.SUFFIXES: .c .o

VERSION = 0.1.0
PREFIX = /usr/local
MANPREFIX = $(PREFIX)/share/man
DESTDIR =

CC = cc
CFLAGS = -O3
LDFLAGS =
ALL_CFLAGS = $(CFLAGS) -std=c99 -D_POSIX_C_SOURCE=200809L \
	-Wall -Wextra -Wshadow -Wpointer-arith -Wstrict-prototypes \
	-Wmissing-prototypes -DVERSION=\"$(VERSION)\"
SANFLAGS = -g -O1 -fsanitize=address,undefined,float-cast-overflow \
	-fno-sanitize-recover=all \
	-fno-omit-frame-pointer

HDR = src/cal.h src/lex.h src/msg.h src/opt.h src/rec.h src/tsv.h src/utf8.h
LIBOBJ = src/cal.o src/lex.o src/msg.o src/opt.o src/rec.o src/tsv.o \
	src/utf8.o
LIB = src/libchron.a

PROGS = bin/splitdoc bin/extractdates bin/extractnums bin/mergeevents \
	bin/chronoreport
MAN1 = man/splitdoc.1 man/extractdates.1 man/extractnums.1 \
	man/mergeevents.1 man/chronoreport.1
MAN7 = man/chronutils.7

all: $(PROGS)

$(LIB): $(LIBOBJ)
	rm -f $@
	$(AR) -rc $@ $(LIBOBJ)

bin/splitdoc: src/splitdoc.o $(LIB)
	@mkdir -p bin
	$(CC) $(LDFLAGS) -o $@ src/splitdoc.o $(LIB)

bin/extractdates: src/extractdates.o $(LIB)
	@mkdir -p bin
	$(CC) $(LDFLAGS) -o $@ src/extractdates.o $(LIB)

bin/extractnums: src/extractnums.o $(LIB)
	@mkdir -p bin
	$(CC) $(LDFLAGS) -o $@ src/extractnums.o $(LIB)

bin/mergeevents: src/mergeevents.o $(LIB)
	@mkdir -p bin
	$(CC) $(LDFLAGS) -o $@ src/mergeevents.o $(LIB)

bin/chronoreport: src/chronoreport.o $(LIB)
	@mkdir -p bin
	$(CC) $(LDFLAGS) -o $@ src/chronoreport.o $(LIB)

$(LIBOBJ) src/splitdoc.o src/extractdates.o src/extractnums.o \
    src/mergeevents.o src/chronoreport.o: $(HDR)

.c.o:
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

check: all
	sh tools/check.sh

test: check

sanitize:
	$(MAKE) clean
	SANITIZED=1 $(MAKE) CFLAGS="$(SANFLAGS)" LDFLAGS="$(SANFLAGS)" check
	$(MAKE) clean

demo: all
	sh tools/demo.sh

bench: all
	sh tools/bench.sh

eval: all
	sh tools/eval.sh

matrix: all
	bash tools/matrix.sh

# libFuzzer targets (clang) in out/fuzz/, FUZZ_SECONDS each; the smoke
# run is the short one for CI.
FUZZ_SECONDS = 60

fuzz: all
	FUZZ_SECONDS=$(FUZZ_SECONDS) sh tools/fuzz.sh

fuzz-smoke: all
	FUZZ_SECONDS=10 sh tools/fuzz.sh

eval-dates: bin/extractdates
	sh tools/eval-dates.sh

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANPREFIX)/man1 \
	    $(DESTDIR)$(MANPREFIX)/man7
	cp -f $(PROGS) $(DESTDIR)$(PREFIX)/bin/
	cp -f $(MAN1) $(DESTDIR)$(MANPREFIX)/man1/
	cp -f $(MAN7) $(DESTDIR)$(MANPREFIX)/man7/

uninstall:
	for p in $(PROGS); do rm -f $(DESTDIR)$(PREFIX)/bin/$${p#bin/}; done
	for m in $(MAN1); do rm -f $(DESTDIR)$(MANPREFIX)/man1/$${m#man/}; done
	for m in $(MAN7); do rm -f $(DESTDIR)$(MANPREFIX)/man7/$${m#man/}; done

clean:
	rm -f $(PROGS) $(LIBOBJ) $(LIB) src/*.o

.PHONY: all check test sanitize demo bench eval matrix fuzz fuzz-smoke eval-dates \
	install uninstall clean
