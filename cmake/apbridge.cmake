# Helpers shared by every layer's CMakeLists: one static library per layer,
# and a unit-test binary built from the *_test.cpp files beside the code.

# apbridge_layer(NAME SOURCES...): library apbridge_NAME, includes rooted at src/.
function(apbridge_layer name)
  add_library(apbridge_${name} STATIC ${ARGN})
  target_include_directories(apbridge_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  add_library(apbridge::${name} ALIAS apbridge_${name})
endfunction()

# apbridge_unit_tests(NAME TESTS... LIBS ...): gtest binary NAME_test.
function(apbridge_unit_tests name)
  cmake_parse_arguments(ARG "" "" "TESTS;LIBS" ${ARGN})
  if(NOT ARG_TESTS)
    return()
  endif()
  add_executable(${name}_test ${ARG_TESTS})
  target_link_libraries(${name}_test PRIVATE apbridge_${name} ${ARG_LIBS}
                        GTest::gtest GTest::gtest_main GTest::gmock)
  gtest_discover_tests(${name}_test DISCOVERY_TIMEOUT 60
                       PROPERTIES LABELS unit)
endfunction()
