# The two commands of the README, and their parts.
#   make demo  - install what is missing, build (Release), serve the demo on 127.0.0.1:8080
#   make test  - install what is missing, build, run every test with ctest
.PHONY: deps build demo test clean

JOBS ?= $(shell nproc)
# CI (CI=true) builds with -Werror.
WERROR ?= $(if $(CI),ON,OFF)

deps:
	@scripts/install-deps

build: deps
	cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release
	cmake --build build/release -j $(JOBS) --target apbridge

demo: build
	./build/release/apbridge serve --demo --listen 127.0.0.1:8080 --data-dir ./data

test: deps
	cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DAPBRIDGE_WERROR=$(WERROR)
	cmake --build build/test -j $(JOBS)
	cd build/test && ctest --output-on-failure -j $(JOBS) --timeout 300

clean:
	rm -rf build
