# The two commands of the README, and their parts.
#   make demo  - install what is missing, build (Release), serve the demo on 127.0.0.1:8080
#   make test  - install what is missing, check the formatting, build with
#                AddressSanitizer + UndefinedBehaviorSanitizer, run every test
#                with ctest, run clang-tidy
.PHONY: deps build demo test check-format check-tidy clean

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

# The tests run in the sanitized build: any ASan or UBSan report fails them.
test: deps check-format
	cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DAPBRIDGE_WERROR=$(WERROR) -DAPBRIDGE_SANITIZE=ON
	cmake --build build/test -j $(JOBS)
	cd build/test && ctest --output-on-failure -j $(JOBS) --timeout 300
	$(MAKE) check-tidy

check-format: deps
	scripts/check-format

# Uses build/test's compile_commands.json (make test configures it first).
check-tidy: deps
	JOBS=$(JOBS) scripts/check-tidy build/test

clean:
	rm -rf build
